"""Claim polarity: a reported rebuttal ("X said Y did NOT ...") is denied; negated facts are not.

The rule is written down in `xsource/claims/rebuttal.py`. Per language: rebuttals of an act,
of responsibility or of a report's truth read as "denied"; ordinary negated facts, modal or
future policy, "not only", possession, passive happenings, and denials of a mere connection
("no connection with the TTP") stay "asserted".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from xsource.claims import extract_claims
from xsource.records import Article, Translation
from xsource.segment import split_sentences

REPO = Path(__file__).resolve().parent.parent


def _claim(text: str, lang: str, english: str = ""):
    """The one claim of a one-sentence article; `english` is its (machine) translation."""
    article = Article(id="a1", path="x.txt", outlet="Desk", title="A headline", text=text,
                      date="2023-09-07")
    sentences = split_sentences(text, lang)
    assert len(sentences) == 1, [s.text for s in sentences]
    english = english or (text if lang == "en" else "")
    translations = [Translation(sentences[0].text, english, lang, "test", "test:sig")]
    [claim] = extract_claims(article, sentences, translations, None, lang)
    return claim


REBUTTALS = [
    # Dari (TOLOnews): Mujahid says IEA forces were NOT the initiators of the clash
    ("prs", ("ذبیح الله مجاهد، سخنگوی امارت اسلامی، گفت که نیروهای امارت اسلامی آغازگر درگیری "
            "نبوده اند و نظامیان پاکستانی نخست آتش گشودند.")),
    # same, as sites print it: ZWNJ in نبوده‌اند, Arabic yeh and kaf
    ("prs", "ذبيح الله مجاهد گفت كه نيروهاي امارت اسلامي آغازگر درگيري نبوده‌اند."),
    ("prs", "وزارت دفاع امارت اسلامی گفت که نیروهای مرزی به پوسته های پاکستانی حمله نکرده اند."),
    ("prs", "سخنگوی وزارت خارجه گفت که طالبان در این حمله هیچ دستی نداشته اند."),
    ("prs", "عنایت الله خوارزمی افزود که این گزارش ها صحت ندارد."),
    ("prs", "مجاهد گفت: «نیروهای ما آغازگر جنگ نبودند.»"),  # a quote after the marker
    ("prs", "وی تأکید کرد که نیروهای امارت اسلامی مسئول این حمله نیستند."),
    # Iranian Persian
    ("fa", "سخنگوی وزارت امور خارجه ایران اعلام کرد که تهران مسئول این حمله نیست."),
    ("fa", "وی افزود که مرزبانان ایرانی نخست آتش نگشوده‌اند."),
    # Pashto
    ("ps", "ذبیح الله مجاهد وویل چې د اسلامي امارت ځواکونه د نښتې پیلوونکي نه وو."),
    ("ps", "د دفاع وزارت ویاند وویل چې افغان ځواکونو په پاکستاني پوستو برید نه دی کړی."),
    ("ps", "د طالبانو ویاند ویلي چې په دې برید کې یې لاس نه درلود."),
    ("ps", "د بهرنیو چارو وزارت ویاند ویلي چې دا راپور رښتیا نه دی."),
    ("ps", "د دفاع وزارت ویاند ټینګار وکړ چې افغان ځواکونو لومړی ډزې نه دي کړې."),
    # Urdu
    ("ur", "طالبان کے ترجمان ذبیح اللہ مجاہد نے کہا کہ افغان فورسز نے فائرنگ میں پہل نہیں کی۔"),
    ("ur", "دفتر خارجہ کی ترجمان نے کہا کہ پاکستان اس حملے میں ملوث نہیں ہے۔"),
    ("ur", "آئی ایس پی آر کے مطابق پاکستانی فورسز نے سرحد کی کوئی خلاف ورزی نہیں کی۔"),
    ("ur", "وزارت داخلہ کے ترجمان نے کہا کہ ان خبروں میں کوئی صداقت نہیں۔"),
    ("ur", "ترجمان نے واضح کیا کہ افغان حکومت اس واقعے کی ذمہ دار نہیں۔"),
    ("ur", "وزیر اطلاعات نے کہا کہ اس عدالتی فیصلے میں حکومت کا کوئی عمل دخل نہیں۔"),
    ("ur", "انہوں نے کہا کہ افغان فورسز نے پاکستانی چوکی پر حملہ نہیں کیا۔"),
    # English
    ("en", "Taliban spokesman Zabihullah Mujahid said Afghan forces did not open fire first."),
    ("en", "Mujahid insisted that the Islamic Emirate's forces were not the first to open fire."),
    ("en", "A Foreign Office spokesperson said Pakistan had no hand in the attack."),
    ("en", "The Taliban said they were not responsible for the blast in Chaman."),
    ("en", "The ministry made clear that Afghan forces had not attacked the post."),
    ("en", ("No casualties were caused by Afghan fire, officials said, adding that reports of "
           "shelling were not true.")),
    # Kabul's answer to the charge that an attack came from Afghanistan: its soil was not used
    ("prs", "ذبیح الله مجاهد به طلوع‌نیوز گفت که به هیچ کسی اجازه داده نشده است تا از خاک "
            "افغانستان برای این حمله استفاده کند."),
    ("prs", "مجاهد گفت که هیچ جنگجوی تحریک طالبان پاکستان در خاک افغانستان پناه داده نشده است."),
    ("ps", "مجاهد وویل چې له افغان خاورې هېڅ برید کوونکی نه دی راغلی."),
    ("ur", "ترجمان نے کہا کہ افغان سرزمین پاکستان کے خلاف استعمال نہیں ہوئی۔"),
    ("en", "Mujahid said Afghan soil had not been used for the attack."),
]


@pytest.mark.parametrize("lang, text", REBUTTALS)
def test_a_reported_rebuttal_is_denied(lang, text):
    assert _claim(text, lang).polarity == "denied"


NEGATED_FACTS = [
    # Dari / Persian
    ("prs", "در این درگیری به کسی آسیب نرسیده است."),  # nobody was hurt (no speaker)
    ("prs", "مسئولان گمرک می گویند که بندر تورخم هنوز باز نشده است."),  # not reopened
    ("prs", "رانندگان گفتند که نتوانستند از مرز عبور کنند."),  # could not cross
    ("prs", "مقام های پاکستانی به درخواست هشت صبح برای اظهار نظر پاسخ ندادند."),  # no reply
    ("prs", "پولیس گفت که اطلاعاتی در دست ندارد."),  # "no information at hand", not "no hand in"
    ("prs", "فعالان حقوق زن می گویند که زنان در حکومت هیچ نقشی ندارند."),  # no role: a fact
    ("prs", "یک زن پناهجو که در این درگیری دستی نداشت، گفت که خانه اش ویران شده است."),
    ("prs", "به گفته یک مسئول ولایت ننگرهار، تاکنون هیچ کمکی به بازگشت کنندگان نرسیده است."),
    ("fa", "یک منبع آگاه گفت که تصمیم اخراج مهاجرین هیچ ربطی به مسئله تحریک طالبان ندارد."),
    ("fa", "سخنگوی وزارت کشور گفت که هنوز هیچ مهاجری اخراج نشده است."),
    ("prs", "وی گفت اگر نیروهای پاکستانی حمله نکرده اند، پوسته ها چگونه ویران شده است."),
    # Pashto
    ("ps", "په دې پېښه کې چا ته زیان نه دی رسېدلی."),
    ("ps", "چارواکي وايي چې د تورخم لاره لا نه ده پرانیستل شوې."),
    ("ps", "راستانه شوي مهاجرین وايي چې د ژمي په درشل کې نه سرپناه لري او نه کار."),
    ("ps", "هغې زیاته کړه چې دا پالیسي پر ټولو بې اسنادو بهرنیانو پلې کېږي، نه یوازې پر افغانانو."),
    ("ps", "چارواکو وویل چې د کمېسیون کار لا پیل نه دی شوی."),  # has not started: a happening
    ("ps", "ممتاز زهرا بلوڅ ویلي چې د کډوالو د اېستلو پرېکړه له ټي ټي پي سره هېڅ تړاو نه لري."),
    # Urdu
    ("ur", "حکام نے بتایا کہ فائرنگ کے تبادلے میں کوئی جانی نقصان نہیں ہوا۔"),
    ("ur", "کسٹمز حکام کا کہنا ہے کہ سرحد اب تک دوبارہ نہیں کھولی گئی۔"),
    ("ur", "مسافروں نے بتایا کہ وہ سرحد پار نہیں کر سکے۔"),
    ("ur", "پولیس کا کہنا ہے کہ کسی گروپ نے اب تک حملے کی ذمہ داری قبول نہیں کی۔"),
    ("ur", "جان اچکزئی نے کہا ہے کہ پاسپورٹ کی شرط واپس نہیں لی جائے گی۔"),
    ("ur", "سرفراز بگٹی نے واضح کیا کہ اس فیصلے کا کالعدم ٹی ٹی پی کے معاملے سے کوئی تعلق نہیں۔"),
    ("ur", "مقامی لوگوں نے بتایا کہ رات کو علاقے میں کوئی حملہ نہیں ہوا۔"),  # nothing happened
    ("ur", "عبدالرحمان نے بی بی سی کو بتایا کہ وہ آج تک کبھی افغانستان نہیں گئے۔"),
    ("ur", "متاثرین نے کہا کہ امدادی سامان ان کے ہاتھ کچھ نہیں آیا۔"),  # "got nothing"
    ("ur", "حکام نے بتایا کہ کیمپ پر کوئی حملہ نہیں کیا گیا۔"),  # passive: a happening
    ("ur", "حکام نے بتایا کہ حملے میں ملوث افراد کو تاحال گرفتار نہیں کیا جا سکا۔"),
    # English
    ("en", "No casualties were reported in the exchange of fire, officials said."),
    ("en", "Officials said the border was not reopened on Friday."),
    ("en", "Travellers said they could not cross the border."),
    ("en", "Caretaker Interior Minister Sarfraz Bugti said nobody would be mistreated."),
    ("en", "He added that registered refugees would not be affected by the drive."),
    ("en", '"Such unprovoked firing cannot be justified," the spokesperson said.'),
    ("en", "Officials said the border post was never attacked."),  # passive: a happening
    ("en", ("A senior government official insisted that the crackdown was not connected to "
           "Islamabad's differences with Kabul.")),
    ("en", ("The official, who was not involved in the attack inquiry, said the crossing would "
           "reopen.")),
    ("en", "Rights activists said women had no role in the government."),
    ("en", "Pakistan did not open fire first."),  # the outlet's own narration, no speaker
    ("en", "Officials said the policy applies to every foreigner, not only to Afghans."),
    ("en", "The commander asked whether Afghan forces had not fired first?"),
    ("en", ("Officials said that if Afghan forces had not attacked the post, talks would have "
           "gone ahead.")),
    # the charge itself, a condemnation, and a denial elsewhere in the sentence
    ("en", "Pakistani officials said the attack was planned on Afghan soil."),
    ("ps", "امنیتي چارواکو وویل چې بریدګر له افغان خاورې نه راغلي وو."),  # له ... نه: from
    ("ur", "حکام نے کہا کہ افغان سرزمین سے کوئی حملہ آور آیا تھا۔"),
    ("ur", "ترجمان نے کہا کہ افغان سرزمین پر پاکستانی حملے قابل قبول نہیں۔"),
    ("prs", "مقامات پاکستانی گفتند که جنگجویان در خاک افغانستان پناه گرفته اند، اما طالبان "
            "این اتهام را نپذیرفته است."),
]


@pytest.mark.parametrize("lang, text", NEGATED_FACTS)
def test_a_negated_fact_stays_asserted(lang, text):
    assert _claim(text, lang).polarity == "asserted"


def test_a_rebuttal_keeps_its_attribution_code_and_speaker():
    claim = _claim("Taliban spokesman Zabihullah Mujahid said Afghan forces did not open fire "
                   "first.", "en")
    assert (claim.attribution, claim.speaker, claim.polarity) == (
        "said", "Zabihullah Mujahid", "denied")


def test_machine_english_never_makes_a_rebuttal():
    """Only the words the outlet printed decide: a translation that reads like a rebuttal
    does not flip an affirmative source sentence."""
    claim = _claim("ذبیح الله مجاهد گفت که نیروهای پاکستانی نخست آتش گشودند.", "prs",
                   english="Zabihullah Mujahid said Afghan forces did not open fire first.")
    assert claim.polarity == "asserted"


def test_explicit_denial_words_still_deny():
    claim = _claim("وزارت داخله این گزارش ها را تکذیب کرد و آن را بی اساس خواند.", "fa")
    assert (claim.attribution, claim.polarity) == ("denied", "denied")


def test_torkham_samples_who_fired_first_sides_read_asserted_and_denied():
    """samples/torkham-closure-2023: Dawn (asserted) vs TOLOnews (denied), as expected.json's
    `who-fired-first` conflict says; the two outlets' other negated sentences stay asserted."""
    from xsource.pipeline import Settings, analyze, ingest

    settings = Settings(backend="glossary")
    articles = ingest([str(REPO / "samples" / "torkham-closure-2023")], settings).articles
    claims = [c for a in analyze(articles, settings) for c in a.claims]
    polarity = {c.text: c.polarity for c in claims}

    def of(fragment: str) -> str:
        [value] = [p for text, p in polarity.items() if fragment in text]
        return value

    assert of("The Foreign Office said Afghan forces had opened fire first") == "asserted"
    assert of("آغازگر درگیری نبوده اند") == "denied"
    assert of("No casualties were reported in the exchange of fire") == "asserted"
    assert of("در این درگیری به کسی آسیب نرسیده است") == "asserted"
    assert of("Such unprovoked firing cannot be justified") == "asserted"
    assert [t for t, p in polarity.items() if p == "denied"] == [
        next(t for t in polarity if "آغازگر درگیری نبوده اند" in t)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Kabul blamed the explosions on Pakistani air strikes; Islamabad neither confirmed "
           "nor denied carrying them out."),
    ("en", "Pakistan did not deny the strikes, officials said."),
    ("ur", "افغان حکومت نے ان کا الزام پاکستان پر عائد کیا تھا، تاہم پاکستان نے ان حملوں کی "
           "تصدیق یا تردید نہیں کی تھی۔"),
    ("ps", "طالبانو پاکستان تورن کړ، خو پاکستان دا خبره نه یې تایید کړې او نه یې رد کړې ده."),
    ("prs", "طالبان پاکستان را متهم کردند، اما پاکستان این ادعا را رد نکرده است."),
])
def test_a_denial_word_under_a_negation_is_no_denial(lang, text):
    assert _claim(text, lang).polarity == "asserted"


@pytest.mark.parametrize("text", [
    "According to UNESCO, about 1.4 million Afghan girls have been deliberately denied access to "
    "secondary school under Taliban rule.",
    "Afghan women were denied entry to the park, witnesses said.",
    "The Taliban have denied women their right to work, the UN envoy said.",
])
def test_being_denied_something_is_no_denial(text):
    """Deprived of access, entry or a right: no rebuttal of anything another outlet says."""
    assert _claim(text, "en").polarity == "asserted"


@pytest.mark.parametrize("lang, text", [
    ("en", "Taliban officials maintain that their policies are in line with Islamic law and have "
           "repeatedly dismissed foreign criticism as interference in internal affairs."),
    ("en", "The foreign ministry rejected the concerns raised by the UN envoy, officials said."),
    ("ur", "طالبان حکام نے عالمی برادری کی تنقید کو یکسر مسترد کر دیا ہے۔"),
    ("ps", "طالبانو د نړیوالو نیوکې یې بیا رد کړې او ویې ویل چې دا کورنۍ چاره ده."),
    ("prs", "سخنگوی طالبان انتقادهای جامعه جهانی را رد کرد و گفت که این یک موضوع داخلی است."),
])
def test_brushing_off_criticism_is_no_denial(lang, text):
    """Dismissing criticism or concerns rebuts no fact another outlet reports; an outlet saying
    the same policy without "dismissed" is no polarity conflict with it."""
    assert _claim(text, lang).polarity == "asserted"


def test_a_denial_of_a_report_is_still_a_denial():
    assert _claim("The ministry denied the reports, calling them baseless.", "en").polarity == "denied"
