"""The word lexicon of the glossary-only backend (`xsource/translate/data/lexicon.tsv`).

It is what readers of Urdu, Pashto, Dari and Persian articles get without a model, so it
must parse, never shadow a glossary term (that would hide a name or a framing word from
the matcher's counts), never carry loaded words itself, and render plain news prose as
English words rather than romanization.
"""

from __future__ import annotations

import re
from importlib import resources

import pytest

from xsource.glossary import load_glossaries
from xsource.translate.glossary_backend import GlossaryTranslator
from xsource.translate.romanize import fold

LANGS = {"ur", "ps", "prs", "fa"}
ARABIC_FORM = re.compile(r"^[\u0600-\u06ff\u200c]+(?: [\u0600-\u06ff\u200c]+)*$")
# Framing words belong to the glossary, where they are tagged and counted per outlet. ("illegal"
# alone is a plain adjective here; the glossary still matches "illegal migrants" and the like first.)
LOADED = re.compile(r"\b(refugees?|migrants?|migration|deport\w*|expel\w*|expulsion|"
                    r"undocumented|foreigners?|repatriat\w*|evict\w*|crackdown|forced|forcibly)\b", re.I)


def lexicon_rows() -> list[tuple[int, str, str, str]]:
    text = resources.files("xsource.translate").joinpath("data/lexicon.tsv").read_text("utf-8")
    return [(n, *line.split("\t")) if line.count("\t") == 2 else (n, line, "", "")
            for n, line in enumerate(text.splitlines(), 1)
            if line.strip() and not line.startswith("#")]


def key(form: str) -> str:
    return " ".join(fold(word) for word in form.split())


@pytest.fixture(scope="module")
def glossary():
    return load_glossaries()


@pytest.fixture(scope="module")
def translator(glossary):
    return GlossaryTranslator(glossary)


def test_every_row_has_known_languages_an_arabic_form_and_an_english_rendering():
    rows = lexicon_rows()
    assert len(rows) > 2000
    bad = []
    for n, langs, form, english in rows:
        if (not langs or not set(langs.split(",")) <= LANGS or not ARABIC_FORM.match(form)
                or not english or english != english.strip() or "\t" in english):
            bad.append((n, langs, form, english))
    assert bad == []


def test_each_language_has_a_news_sized_vocabulary():
    counts = {lang: 0 for lang in LANGS}
    for _, langs, _, _ in lexicon_rows():
        for lang in langs.split(","):
            counts[lang] += 1
    assert all(count >= 600 for count in counts.values()), counts


def test_no_form_appears_twice_in_a_language_after_spelling_folding():
    # Lookup folds ي/ی, ك/ک, ہ/ه and ZWNJ, so two such spellings are one key and the
    # later row would silently lose.
    seen: dict[tuple[str, str], int] = {}
    dups = []
    for n, langs, form, _ in lexicon_rows():
        for lang in langs.split(","):
            k = (lang, key(form))
            if k in seen:
                dups.append((lang, form, seen[k], n))
            seen[k] = n
    assert dups == []


def test_no_form_is_also_a_glossary_variant_in_the_same_language(glossary):
    # ...except an `adjective` entry's Urdu form, which the glossary takes only before a noun:
    # the lexicon renders the noun (چینی "sugar")
    variants = {(lang, key(v)) for entry in glossary.entries.values()
                for lang, forms in entry.variants.items() for v in forms
                if not (entry.match == "adjective" and lang == "ur")}
    shadowing = [(lang, form) for _, langs, form, _ in lexicon_rows()
                 for lang in langs.split(",") if (lang, key(form)) in variants]
    assert shadowing == []


def test_no_loaded_word_is_rendered_by_the_lexicon():
    loaded = [(langs, form, english) for _, langs, form, english in lexicon_rows()
              if LOADED.search(english)]
    assert loaded == []


@pytest.mark.parametrize("lang, text", [
    ("ur", "فضائیہ کے ہیلی کاپٹر"), ("prs", "چندین فروند بالگرد"), ("ps", "څو چورلکې"),
    ("ps", "هلیکوپترو")])
def test_helicopters_are_helicopters_in_every_language(translator, lang, text):
    [out] = translator.translate([text], lang)
    assert "helicopter" in out.english


@pytest.mark.parametrize("lang, text, english", [
    ("ur", "یونیورسٹیوں", "university"), ("ur", "کمپیوٹرز", "computer"),
    ("ur", "حکومتیں", "government"), ("ps", "حکومتونو", "government"),
    ("ps", "سرکونو", "road"),
    # Urdu -ہ and -ا nouns take وں in place of their ending; Dari ی written on a known word
    ("ur", "زلزلوں", "earthquake"), ("ur", "دفعوں", "time"), ("prs", "پیامی", "message")])
def test_plural_and_oblique_endings_on_a_known_word_are_that_word(translator, lang, text,
                                                                   english):
    [out] = translator.translate([text], lang)
    assert out.english == english


@pytest.mark.parametrize("lang, text, words", [
    ("ps", "خصوصي طبي انستیتوتونو کې د نرسنګ او قابلګۍ زده کړې", {"private", "institute",
                                                                "nursing", "midwifery"}),
    ("ur", "میڈیکل انسٹی ٹیوٹس میں نرسنگ اور مڈوائفری کے کورسز", {"medical", "institutes",
                                                                "nursing", "midwifery"}),
    ("prs", "انستیتوت‌های طبی در رشته‌های قابلگی و نرسنگ", {"institutes", "midwifery",
                                                            "nursing"}),
    # the word that tells another event from the story's own: "in a separate attack"
    ("ps", "په یوه جلا برید کې درې سرتېري ووژل شول", {"separate", "attack"}),
    ("ur", "ایک علیحدہ واقعے میں تین فوجی ہلاک ہوئے", {"separate", "incident"}),
    ("ur", "ایک اور واقعے میں تین فوجی ہلاک ہوئے", {"another", "incident"}),
    # a court's public punishments (Logar, November 2022)
    ("ur", "ہر فرد کو کم از کم 21 اور زیادہ سے زیادہ 39 کوڑے لگائے گئے", {"lashes"}),
    ("ps", "دا سزاوې د لوګر ولایت د مرکز پل علم ښار په ورزشي لوبغالي کې پلې شوې",
     {"punishments", "Pul-e-Alam", "stadium"}),
    ("ur", "کوڑوں کی سزا پانے والے افراد کو زنا اور چوری سمیت دیگر جرائم میں قصوروار ٹھہرایا گیا",
     {"lashes", "adultery", "guilty"}),
    ("prs", "به هر یک از محکومان، از ۲۱ تا ۳۹ ضربه شلاق زده شده است", {"convicts", "flogging"}),
    # the fifth stop's most frequent leftovers
    ("prs", "شاهدان گفتند که دود غلیظ و تدابیر امنیتی", {"witnesses", "smoke", "measures"}),
    ("ps", "د سرتېرو وینې توی شوې او عیني شاهدانو وویل", {"blood", "eyewitness"}),
    ("ur", "اس حملے کی نوعیت اور تفصیلات کے بارے میں سوالات", {"nature", "details", "questions"}),
])
def test_news_words_are_english(translator, lang, text, words):
    [out] = translator.translate([text], lang)
    assert words <= set(out.english.replace(",", " ").split())


def test_pashto_roads_cut_off_are_cut_not_on_it(translator):
    [out] = translator.translate(["سېلابونو لارې پرې کړې دي"], "ps")
    assert "cut" in out.english.split() and "on it" not in out.english


def test_a_link_cut_off_is_cut_off_in_every_language(translator):
    for lang, text in (("ur", "زمینی رابطہ منقطع ہو گیا"), ("prs", "راه‌ها منقطع شده است"),
                       ("ps", "لارې منقطع شوې")):
        [out] = translator.translate([text], lang)
        assert "cut off" in out.english, lang


def test_according_to_with_the_ezafe_written_on_is_according_to(translator):
    # به گفته‌ی: the ezafe joined with ZWNJ is one token once ZWNJ is gone, not گفته + ی
    [out] = translator.translate(["به گفته\u200cی این منابع، مسئولان آگاه شدند."], "prs")
    assert out.english.startswith("according to")


@pytest.mark.parametrize("lang, text", [
    ("prs", "جنگنده‌ها این ولسوالی را هدف قرار دادند"),
    ("prs", "خانه‌های مردم هدف قرار گرفت"),
    ("prs", "کارزار اخراج مشخصاً مهاجران افغان را هدف گرفته است"),
    ("ps", "الوتکو دا ولسوالي په نښه کړه او کورونه یې په نښه کړل"),
])
def test_a_target_made_is_targeted_not_a_goal_placed(translator, lang, text):
    # Dari هدف قرار دادن and Pashto په نښه کول are the strike stories' "targeted": word by
    # word they read "goal placed given", whose "given" matched every other "given"
    [out] = translator.translate([text], lang)
    assert "targeted" in out.english and "goal" not in out.english and "sign" not in out.english


def test_pashto_more_time_is_more_time_not_other_time(translator):
    [out] = translator.translate(["له پاکستان یې غوښتي چې کډوالو ته نور وخت ورکړي"], "ps")
    assert "more time" in out.english


@pytest.mark.parametrize("lang, text, words", [
    ("ps", "د سه‌شنبې په ورځ یې وویل چې د بهرنیانو شتمنۍ به ضبط شي", {"Tuesday", "property"}),
    ("ur", "غیر قانونی مقیم افراد کی جائیدادیں ضبط کرلیے جائیں گے اور کوئی رعایت نہیں برتی جائے گی",
     {"leniency", "shown"}),
    ("prs", "زنان از بازگشت هراس دارند و نگرانند", {"fear", "are", "worried"}),
    ("ps", "دا عملیات د کوچني اختر له رخصتیو وروسته پیل شول", {"Eid", "al-Fitr", "holidays"}),
])
def test_the_expulsion_order_s_words_are_english(translator, lang, text, words):
    [out] = translator.translate([text], lang)
    assert words <= set(out.english.split()) and "karlie" not in out.english


def test_pashto_expelled_in_the_past_tense_is_the_glossary_s_expulsion(translator):
    [out] = translator.translate(["زرګونه افغان کډوال له پاکستانه وشړل شول"], "ps")
    assert "term.expulsion" in out.glossary_ids


def test_election_results_are_english_and_the_party_is_the_glossary_s(translator):
    [out] = translator.translate(["د پي ټي آی ملاتړ شوو خپلواکو نوماندانو د ملي اسمبلۍ ۹۳ کرسۍ وګټلې"],
                                 "ps")
    assert {"assembly", "seat", "won"} <= set(out.english.split())
    assert "org.pti" in out.glossary_ids


def test_flood_words_are_english(translator):
    [out] = translator.translate(["سیلابی ریلے کئی دیہات بہا لے گئے اور لوگ مٹی میں دب گئے"], "ur")
    assert {"flood", "torrents", "swept", "soil"} <= set(out.english.split())


def test_taking_a_decision_back_is_withdrawing_it(translator):
    [out] = translator.translate(["وہ یہ فیصلہ فوری طور پر واپس لیں"], "ur")
    assert "withdraw" in out.english


@pytest.mark.parametrize("lang, text", [
    ("prs", "پولیس پاکستان پول نقد و اموال شان را ضبط کرده است"),
    ("ps", "پولیسو د کډوالو پیسې ضبط کړې"),
])
def test_police_taking_property_have_seized_it_not_recorded_it(translator, lang, text):
    [out] = translator.translate([text], lang)
    assert "seized" in out.english and "recording" not in out.english


def test_a_name_and_its_bracketed_abbreviation_are_one_name(translator):
    [out] = translator.translate(["کالعدم تحریک طالبان پاکستان (ٹی ٹی پی) کے سربراہ"], "ur")
    assert out.english.count("Tehreek-e-Taliban Pakistan") == 1 and "()" not in out.english
    [out] = translator.translate(["یو این ایچ سی آر یو این ایچ سی آر نے کہا"], "ur")
    assert out.english.split().count("UNHCR") == 1


def test_a_short_word_ending_like_a_plural_is_not_cut(translator):
    [out] = translator.translate(["رکاز"], "ur")  # not رکا ("stopped") + ز
    assert "stopped" not in out.english


def test_persian_verbs_are_found_written_with_a_space_or_with_zwnj(translator):
    spaced, joined, plain = translator.translate(
        ["آنها می گویند", "آنها می\u200cگویند", "آنها میگویند"], "prs")
    assert spaced.english == joined.english == plain.english == "they say"
    [perfect] = translator.translate(["شده\u200cاند و شده اند"], "fa")
    assert perfect.english == "have been and have been"


# Sentences written for this test in the register of the outlets xsource reads (not FLORES,
# not the bundled samples): almost every word must come out as English.
NEWS = {
    "ur": ["حکومت نے اعلان کیا ہے کہ غیر رجسٹرڈ افراد کو ملک چھوڑنا ہوگا۔",
           "وزارت نے ایک بیان میں کہا کہ خواتین اور بچوں کو کیمپوں میں رکھا جا رہا ہے۔",
           "حکام کے مطابق گزشتہ ہفتے ہزاروں خاندان سرحد پار کر گئے۔",
           "انہوں نے خبردار کیا کہ صورتحال مزید خراب ہو سکتی ہے۔",
           "پولیس نے بتایا کہ آج صبح سے گاڑیوں کی طویل قطاریں موجود ہیں۔"],
    "ps": ["چارواکو ویلي دي چې ښځې او ماشومان په کمپونو کې اوسېږي.",
           "ملګرو ملتونو خبرداری ورکړ چې وضعیت لا خرابېږي.",
           "سیمه ییزو چارواکو پرون وویل چې لاره بیا پرانیستل شوه.",
           "حکومت وايي چې تر اوسه یې زرګونه کسان ثبت کړي دي."],
    "prs": ["مقامات محلی اعلام کردند که زنان و کودکان در اردوگاه‌ها زندگی می‌کنند.",
            "سازمان ملل هشدار داده است که وضعیت این افراد بدتر می‌شود.",
            "این مقام افزود که کمک‌ها به زودی توزیع خواهد شد.",
            "مسئولان ولایت گفتند که روزانه صدها موتر از این گذرگاه عبور می کنند."],
    "fa": ["وزارت کشور اعلام کرد که این افراد باید تا پایان هفته کشور را ترک کنند.",
           "به گفته مقامات، شمار زیادی از خانواده‌ها در مرز منتظر مانده‌اند.",
           "این گزارش می‌افزاید که وضعیت اقتصادی مردم بسیار دشوار است.",
           "مسئولان استان روز دوشنبه گفتند که کمک‌های بیشتری لازم است."],
}


@pytest.mark.parametrize("lang", sorted(NEWS))
def test_news_prose_is_mostly_rendered_as_english(translator, lang):
    out = translator.translate(NEWS[lang], lang)
    mean = sum(t.coverage for t in out) / len(out)
    assert mean >= 0.95, [(t.coverage, t.english) for t in out]
    assert min(t.coverage for t in out) >= 0.85, [(t.coverage, t.english) for t in out]


@pytest.mark.parametrize("lang,sentence,expected", [
    ("ur", "انہوں نے خبردار کیا کہ صورتحال مزید خراب ہو سکتی ہے۔",
     "they warned that situation more bad may be."),
    ("ur", "صوبائی حکومت کے ترجمان نے ان الزامات کو مسترد کر دیا۔",
     "provincial government of spokesperson these accusations to rejected."),
    ("ps", "ملګرو ملتونو خبرداری ورکړ چې وضعیت لا خرابېږي.",
     "United Nations warned that situation still worsens."),
    ("ps", "چارواکو پرون وویل چې لاره بیا پرانیستل شوه.",
     "officials yesterday said that route was reopened."),
    ("prs", "سازمان ملل هشدار داده است که وضعیت این افراد بدتر می‌شود.",
     "United Nations has warned that situation this people worse is."),
    ("prs", "مقامات محلی اعلام کردند که زنان و کودکان در خانه‌ها زندگی می‌کنند.",
     "officials local announced that women and children in homes live."),
    ("fa", "وزارت کشور اعلام کرد که این افراد باید تا پایان هفته کشور را ترک کنند.",
     "interior ministry announced that this people must until end week country leave."),
    ("fa", "پلیس روز دوشنبه گفت که بیش از صد نفر زخمی شده‌اند.",
     "police day Monday said that more than hundred people wounded have been."),
])
def test_sentences_translate_to_the_expected_english(translator, lang, sentence, expected):
    [t] = translator.translate([sentence], lang)
    assert t.english == expected
    assert t.coverage == 1.0


# Events other than the deportation story, written for this test in each outlet's register: the
# lexicon must give the same English content words whatever language the outlet prints in, so
# the comparator can align a Pashto and a Dari report of the same sit-in, closure, attack or flood.
EVENTS = {
    ("ur", "protest"): ("تاجروں نے مطالبات کے حق میں دھرنا دیا ہوا ہے اور مذاکرات ناکام ہو گئے۔",
                        {"traders", "demands", "sit-in", "talks", "failed"}),
    ("ur", "trade"): ("کسٹمز حکام کے مطابق ٹرکوں کی قطاریں لگی ہیں اور برآمدات معطل ہیں۔",
                      {"customs", "trucks", "queues", "exports", "suspended"}),
    ("ur", "security"): ("فائرنگ کے تبادلے میں تین فوجی جاں بحق اور پانچ شدت پسند ہلاک ہو گئے۔",
                         {"fire", "killed", "militants"}),
    ("ur", "disaster"): ("زلزلے کے بعد متاثرین کو خیمے، خوراک اور ادویات فراہم کی گئیں۔",
                         {"earthquake", "victims", "tents", "food", "medicine"}),
    ("ps", "protest"): ("لاریونوالو شعارونه ورکړل او غوښتنه یې وکړه چې خبرې اترې بیا پیل شي.",
                        {"marchers", "slogans", "talks"}),
    ("ps", "trade"): ("سوداګرو وویل چې ګمرک کې لارۍ ولاړې دي او صادرات ځنډول شوي.",
                      {"traders", "customs", "trucks", "exports", "suspended"}),
    ("ps", "security"): ("په چاودنه کې دوه سرتېري ووژل شول او څلور کسان ټپیان شول.",
                         {"explosion", "soldiers", "killed", "wounded"}),
    ("ps", "disaster"): ("سېلاب ځپلو سیمو ته خېمې، خواړه او درمل ولېږل شول.",
                         {"flood-hit", "tents", "food", "medicine"}),
    ("prs", "protest"): ("معترضان در برابر ولایت تحصن کردند و خواستار مذاکرات شدند.",
                         {"protesters", "sit-in", "negotiations"}),
    ("prs", "trade"): ("تاجران می‌گویند که کامیون‌ها در گمرک متوقف شده و صادرات کاهش یافت.",
                       {"traders", "trucks", "customs", "exports", "decreased"}),
    ("prs", "security"): ("در تیراندازی افراد مسلح سه سرباز کشته و دو تن زخمی شدند.",
                          {"gunmen", "soldier", "killed", "wounded"}),
    ("prs", "disaster"): ("به سیل‌زدگان چادر، مواد غذایی و دارو توزیع شد.",
                          {"flood", "victims", "tent", "food", "medicine"}),
    ("fa", "protest"): ("کارگران در اعتراض به دستمزد پایین تجمع و اعتصاب کردند.",
                        {"workers", "protest", "wages", "strike"}),
    ("fa", "trade"): ("به گفته بازرگانان، واردات کالا به دلیل تعرفه جدید متوقف شد.",
                      {"traders", "imports", "goods", "tariff"}),
    ("fa", "security"): ("در این حمله انتحاری دست کم ده نفر کشته و بیست نفر مجروح شدند.",
                         {"suicide", "attack", "killed", "injured"}),
    ("fa", "disaster"): ("پس از زلزله، امدادگران به مناطق آسیب‌دیده اعزام شدند.",
                         {"earthquake", "rescuers", "affected"}),
}


@pytest.mark.parametrize("lang,domain", sorted(EVENTS))
def test_event_news_renders_its_key_english_words(translator, lang, domain):
    sentence, expected = EVENTS[lang, domain]
    [t] = translator.translate([sentence], lang)
    words = set(re.findall(r"[\w-]+", t.english.lower()))
    assert expected <= words, (expected - words, t.english)
    assert t.coverage == 1.0, t.english


def test_the_same_sit_in_reported_in_four_languages_shares_english_words(translator):
    reports = {"ur": "مظاہرین نے گزرگاہ بند کرنے کے خلاف دھرنا دیا۔",
               "ps": "معترضینو د لارې د تړلو پر ضد دهرنه وکړه.",
               "prs": "معترضان در اعتراض به بسته شدن گذرگاه تحصن کردند.",
               "fa": "معترضان در مقابل فرمانداری دست به تحصن زدند."}
    english = {lang: set(re.findall(r"[\w-]+", translator.translate([text], lang)[0].english.lower()))
               for lang, text in reports.items()}
    shared = set.intersection(*english.values())
    assert {"protesters", "sit-in"} <= shared, english


# One border story in four outlets' languages, four beats of it (written for this test): a clash at
# border posts, trade losses from a closure, winter aid, a diplomatic reaction. Each must come out
# fully English and carry the content words the comparator aligns on.
BORDER_STORY = {
    ("ur", "clash"): ("سرحدی چوکیوں پر فائرنگ کے تبادلے میں دو فوجی جاں بحق اور چار زخمی ہو گئے۔",
                      {"border", "posts", "fire", "soldiers", "killed"}),
    ("ur", "trade"): ("تاجروں کا کہنا ہے کہ گزرگاہ کی بندش سے پھل اور سبزیاں خراب ہو گئیں اور انہیں بھاری نقصان ہوا۔",
                      {"traders", "crossing", "closure", "fruit", "vegetables", "spoiled", "losses"}),
    ("ur", "aid"): ("سردیوں سے پہلے متاثرہ خاندانوں کو خیمے، کمبل اور خوراک فراہم کی جائے گی۔",
                    {"winter", "affected", "families", "tents", "blankets", "food", "provided"}),
    ("ur", "diplomacy"): ("وزارت خارجہ نے حملے کی شدید مذمت کی اور کہا کہ وفد مذاکرات کے لیے کابل جائے گا۔",
                          {"foreign", "ministry", "condemned", "delegation", "negotiations"}),
    ("ps", "clash"): ("د پولې پر پوستو د ډزو په تبادله کې دوه سرتېري ووژل شول او څلور نور ټپیان شول.",
                      {"border", "posts", "exchange", "soldiers", "killed", "wounded"}),
    ("ps", "trade"): ("سوداګرو وویل چې د لارې د بندېدو له امله میوه او سبزي خرابې شوې او لوی تاوان یې ولید.",
                      {"traders", "closure", "fruit", "vegetables", "spoiled", "loss"}),
    ("ps", "aid"): ("د ژمي له راتګ مخکې زیانمنو کورنیو ته خېمې، کمپلې او خواړه ورکول کېږي.",
                    {"winter", "affected", "families", "tents", "blankets", "food"}),
    ("ps", "diplomacy"): ("د بهرنیو چارو وزارت برید وغانده او ویې ویل چې یو پلاوی به د خبرو لپاره اسلام آباد ته ولاړ شي.",
                          {"attack", "condemned", "said", "delegation", "talks"}),
    ("prs", "clash"): ("در درگیری میان نیروهای مرزی دو سرباز کشته و چهار تن دیگر زخمی شدند.",
                       {"clash", "forces", "border", "soldier", "killed", "wounded"}),
    ("prs", "trade"): ("تاجران می‌گویند که به دلیل بسته شدن گذرگاه، میوه‌ها و سبزیجات گندیده و آنان زیان زیادی دیده‌اند.",
                       {"traders", "closure", "crossing", "fruits", "vegetables", "rotten", "loss"}),
    ("prs", "aid"): ("پیش از آغاز زمستان به خانواده‌های آسیب‌دیده خیمه، کمپل و مواد غذایی توزیع می‌شود.",
                     {"winter", "families", "affected", "tent", "blanket", "food", "distribution"}),
    ("prs", "diplomacy"): ("وزارت خارجه این حمله را محکوم کرد و گفت که یک هیئت برای گفتگو به اسلام‌آباد می‌رود.",
                           {"foreign", "ministry", "attack", "condemned", "delegation", "talks"}),
    ("fa", "clash"): ("در تیراندازی در پاسگاه مرزی دو سرباز کشته و چهار نفر دیگر مجروح شدند.",
                      {"shooting", "post", "border", "soldier", "killed", "injured"}),
    ("fa", "trade"): ("بازرگانان می‌گویند به دلیل بسته شدن مرز، محموله‌های میوه و سبزیجات فاسد شده و زیان سنگینی دیده‌اند.",
                      {"traders", "closure", "shipments", "fruit", "vegetables", "spoiled", "loss", "heavy"}),
    ("fa", "aid"): ("پیش از آغاز زمستان، چادر، پتو و مواد غذایی میان خانواده‌های آسیب‌دیده توزیع می‌شود.",
                    {"winter", "tent", "blanket", "food", "families", "affected", "distribution"}),
    ("fa", "diplomacy"): ("وزارت امور خارجه این حمله را محکوم کرد و اعلام کرد که هیئتی برای مذاکره به کابل اعزام می‌شود.",
                          {"foreign", "ministry", "attack", "condemned", "announced", "delegation", "negotiation"}),
}


@pytest.mark.parametrize("lang,beat", sorted(BORDER_STORY))
def test_border_story_renders_its_key_english_words(translator, lang, beat):
    sentence, expected = BORDER_STORY[lang, beat]
    [t] = translator.translate([sentence], lang)
    words = set(re.findall(r"[\w-]+", t.english.lower()))
    assert expected <= words, (expected - words, t.english)
    assert t.coverage == 1.0, t.english


@pytest.mark.parametrize("beat,shared", [("clash", {"border", "killed"}),
                                         ("trade", {"traders", "closure", "vegetables"})])
def test_the_same_border_beat_in_four_languages_shares_english_words(translator, beat, shared):
    english = [set(re.findall(r"[\w-]+", translator.translate([BORDER_STORY[lang, beat][0]], lang)[0]
                              .english.lower())) for lang in sorted(LANGS)]
    assert shared <= set.intersection(*english), english


def test_returning_is_left_to_the_glossary_where_it_is_counted_as_framing():
    # "return" is a framing axis (removal:return): a lexicon rendering of any of its forms would
    # hide that word choice from the per-outlet counts.
    returning = re.compile(r"\b(return\w*|went back|came back)\b", re.I)
    assert [(langs, form, english) for _, langs, form, english in lexicon_rows()
            if returning.search(english)] == []


# Floors measured on FLORES-200 dev (the set the lexicon was tuned on; devtest is for reporting):
# the share of words the glossary-only backend renders as English.
FLORES_FILES = {"ur": "urd_Arab", "ps": "pbt_Arab", "prs": "prs_Arab", "fa": "pes_Arab"}
FLORES_DEV_FLOORS = {"ur": 0.77, "ps": 0.77, "prs": 0.82, "fa": 0.81}


@pytest.mark.parametrize("lang", sorted(FLORES_FILES))
def test_flores_dev_prose_is_mostly_rendered_as_english(translator, flores_dir, lang):
    path = flores_dir / "dev" / f"{FLORES_FILES[lang]}.dev"
    if not path.exists():
        pytest.skip(f"{path} not found")
    out = translator.translate(path.read_text("utf-8").splitlines(), lang)
    mean = sum(t.coverage for t in out) / len(out)
    assert mean >= FLORES_DEV_FLOORS[lang], round(mean, 4)


@pytest.mark.parametrize("text, lang, english", [
    ("تصمیم حکومت را «غیراسلامی» خواند", "prs", "un-Islamic"),   # a lexicon word
    ("این اقدام غیرسیاسی است", "prs", "non-political"),          # غیر + a known word
    ("دا پرېکړه غیراسلامي ده", "ps", "un-Islamic"),
    ("پاکستاني پولیسو افغانان ځورول او بډې یې غوښتې", "ps", "harassed"),
])
def test_a_word_negated_with_ghair_written_as_one_reads_as_english(glossary, text, lang, english):
    assert english in GlossaryTranslator(glossary).translate_one(text, lang).english


@pytest.mark.parametrize("text, english", [
    ("طالبان در اعلامیه‌ای گفتند", "statement"),          # اعلامیه + ای
    ("در ماه‌های اخیر", "month"),                         # ماه + های
    ("کاردار سفارت پاکستان احضار شد", "summoned"),
])
def test_dari_endings_on_a_known_word_read_as_the_word(glossary, text, english):
    assert english in GlossaryTranslator(glossary).translate_one(text, "prs").english


@pytest.mark.parametrize("text, english", [
    ("ما نمی‌دانیم کجا برویم", "we not know"),   # negated, from می دانیم
    ("ما پول نداریم", "not have"),                # negated, from داریم
    ("ما می‌دانیم", "we know"),                   # another person of می‌دانند
    ("آنها نمی‌روند", "do not go"),
])
def test_a_dari_verb_negated_or_in_another_person_reads_as_the_lexicon_s(glossary, text,
                                                                         english):
    assert english in GlossaryTranslator(glossary).translate_one(text, "prs").english


@pytest.mark.parametrize("text", ["نهایت", "نوامبر", "نظر", "نیروهای", "نمایندگان"])
def test_a_dari_word_starting_with_nun_is_no_negated_verb(glossary, text):
    assert "not" not in GlossaryTranslator(glossary).translate_one(text, "prs").english.split()


@pytest.mark.parametrize("lang, text, english", [
    ("prs", "بازگشت تدریجی و آبرومندانه", "gradual"),
    ("prs", "بازگشت تدریجی و آبرومندانه", "dignified"),
    ("ur", "مرحلہ وار اور باعزت واپسی", "phased"),
    ("ur", "مرحلہ وار اور باعزت واپسی", "dignified"),
    ("ps", "د دغو کارتونو لرونکي", "cards"),
    # fruit rotting at a shut crossing, a story of every closure
    ("ur", "گاڑیوں میں لدے انگور اور انار", "grapes"),
    ("ps", "انګور او انار خوسا کېږي", "grapes"),
    ("prs", "انگور و انار بارشده در کامیون‌هایی", "trucks"),
    # news words the held-out stories' planned sentences left romanized
    ("prs", "حکومت بلوچستان سه روز سوگواری عمومی اعلام کرد", "mourning"),
    ("prs", "در این شفاخانه حالت اضطرار اعلام شده است", "emergency"),
    ("ur", "بیوٹی پارلر چلانے والی خواتین", "salon"),
    ("ur", "موسلا دھار بارش نے امدادی کارروائیوں کو متاثر کیا", "heavy"),
    ("ps", "برید د افطار پر وخت وشو", "iftar"),
    ("ps", "د انټرنېټ خدمتونه بند شول", "internet"),
    ("prs", "عامل این سیلاب‌ها ابرگسست بوده است", "cloudburst"),
    ("ur", "بونیر میں کلاؤڈ برسٹ سے تباہی", "cloudburst"),
    ("ur", "امدادی قافلہ روانہ ہوا", "convoy"),
    ("ps", "په دې کاروان کې", "convoy"),
    ("prs", "قافله کمک‌ها", "convoy"),
    # the dead buried (the Kaaj attack's victims, a day after it)
    ("prs", "قربانیان روز شنبه، ۹ میزان، به خاک سپرده شدند", "buried"),
    ("ps", "قربانیان د شنبې په ورځ خاورو ته وسپارل شول", "buried"),
    ("ur", "جاں بحق افراد کو ہفتے کے روز سپرد خاک کر دیا گیا", "buried"),
    # the fourth stop's most frequent leftovers
    ("ur", "فرانسیسی خبر رساں ادارے کے مطابق", "agency"),
    ("prs", "رعایت حقوق زنان شرط اصلی تعامل با افغانستان است", "engagement"),
    ("ps", "یو عیني شاهد ډیوې ته وویل", "eyewitness"),
    # a defeat given is a win: nothing was given away
    ("prs", "تیم پاکستان را با فاصله ۷ ویکت شکست داد", "defeated"),
    ("ps", "افغانستان پاکستان ته په اوو ویکټونو ماتې ورکړه", "defeated"),
    ("ur", "افغانستان نے پاکستان کو 8 وکٹوں سے شکست دے دی", "defeated"),
])
def test_the_words_of_appeals_registers_and_closures_are_english(translator, lang, text, english):
    [t] = translator.translate([text], lang)
    assert english in t.english.split()


# The words and names of the 2026-11-27 stop's blind stories, as their outlets wrote them
@pytest.mark.parametrize("lang, text, words", [
    # resettlement: "from sentence" was Dari از جمله
    ("prs", "برای همه بازگشت‌کنندگان، از جمله کارمندان حکومت پیشین، عفو عمومی اعلام شده است",
     {"including", "general", "amnesty"}),
    ("ps", "ډېری یې له امریکايي ځواکونو سره د ژباړونکو په توګه کار کړی", {"interpreters"}),
    ("ur", "امریکی محکمہ خارجہ کے ترجمان نے کہا", {"State", "Department"}),
    ("prs", "حدود ۶۰۰ هزار افغان پس از سقوط جمهوریت به پاکستان رفته اند", {"republic"}),
    # Karachi: courts and consulates
    ("ps", "د حقوقو وکیلانو عریضه سپارلې او د اورېدنې نېټه یې وټاکله",
     {"lawyers", "petition", "submitted", "hearing"}),
    ("ps", "په کراچۍ کې د افغانستان سرکنسولګرۍ حقوقي مرسته برابرې کړې",
     {"consulate", "legal", "provided"}),
    # the Torkham closure: a deputy commissioner, construction on the border, money changers
    ("ps", "ډپټي کمشنر وویل چې په پوله روان ساختماني کار ودرول شي",
     {"deputy", "commissioner", "construction"}),
    ("ps", "صرافانو وویل چې کاروبار یې په ټپه ولاړ دی", {"money", "changers", "standstill"}),
    ("ur", "جب تک سرحد پر جاری تعمیرات روکی نہیں جاتیں", {"stopped"}),
    ("ur", "دونوں جانب کے حکام نے فلیگ میٹنگ کی", {"flag", "meeting"}),
    ("ur", "ٹرکوں میں لدے پھل اور سبزیاں گلنا سڑنا شروع ہو گئی ہیں", {"rotting"}),
    ("prs", "نیروهای افغان آغازگر تیراندازی نبوده‌اند", {"initiator", "not"}),
    ("ps", "د دواړو غاړو سرحدي چارواکو سره ولیدل څو ترینګلتیا سړه کړي",
     {"both", "sides", "met", "ease"}),
    # prisoners freed from Karachi's jails
    ("prs", "این زندانیان از زندان مرکزی کراچی رها شدند", {"were", "released"}),
    ("ps", "پاکستاني ساتونکو هغوی په ډنډو وهل", {"guards", "sticks"}),
    ("ps", "تر ټولو کم عمره غړی یو ۱۴ کلن هلک دی", {"youngest"}),
    ("ur", "اسی خطے میں 5.2 شدت کا ایک آفٹر شاک بھی ریکارڈ کیا گیا", {"aftershock"}),
    ("ps", "ډېر کلي لا هم پرې پاتې دي", {"cut", "off"}),
    ("prs", "وزارت دفاع هلیکوپترها را برای انتقال زخمی‌ها فرستاد", {"helicopters"}),
    ("ps", "د ځمکې ښویېدو سړکونه بند کړي", {"landslides"}),
    # a bombing in a mosque during prayers
    ("ur", "دھماکا اس وقت ہوا جب مسجد میں نماز ظہر ادا کی جا رہی تھی", {"Zuhr", "prayers"}),
    ("prs", "نمازگزاران در حال ادای نماز ظهر بودند", {"worshippers", "Zuhr", "prayers"}),
    ("prs", "کمپ عمری گنجایش ۱۰ هزار تن را دارد", {"capacity"}),
    ("ps", "هغه ماشومان درملنه کوي چې په نس ناستې اخته شوي دي", {"diarrhoea"}),
    # passports and visas for truck drivers
    ("prs", "وزارت تجارت از پاکستان خواسته است که اجرای این مقررات را به تعویق اندازد",
     {"postpone"}),
    ("ps", "ټرانسپورټرانو د تازه مېوو د صادرولو په اړه خبرې وکړې", {"transporters", "fresh"}),
    ("ur", "افغان ڈرائیوروں کو ایک سال کے لیے ملٹی پل انٹری ویزا دیا جائے گا", {"multiple-entry"}),
    ("ps", "د یو کال لپاره د څو ځلي ننوتلو (ملټي انټري) ویزه ورکوي", {"multiple-entry"}),
    ("ur", "یہ ریلوے لائن پورے خطے کی معیشت کو بدل دے گی", {"whole", "region"}),
    # measles in the camps
    ("ur", "کیمپوں میں بچوں کو خسرے سے بچاؤ کے ٹیکے لگائے جا رہے ہیں", {"measles", "vaccines"}),
    ("ps", "ناروغ ماشومان روغتون ته راوړل شوي او ناروغي خپرېږي", {"sick", "spreading"}),
    ("prs", "بسیاری از کودکان از سوءتغذی رنج می‌برند و در بخش تجرید بستری اند",
     {"malnutrition", "isolation", "hospitalised"}),
    ("ps", "د جومات د چت یوه برخه پر لمونځ کوونکو راپرېوته",
     {"roof", "worshippers", "collapsed"}),
    ("ur", "صوبے بھر میں یوم سوگ منایا جا رہا ہے اور قومی پرچم سرنگوں ہے",
     {"mourning", "flag", "half-mast"}),
])
def test_the_blind_stories_words_are_english(translator, lang, text, words):
    [out] = translator.translate([text], lang)
    assert words <= set(out.english.replace(",", "").split()), out.english


@pytest.mark.parametrize("lang, text, entity", [
    # resettlement: Pashto returning without its prefix, Washington, NATO, Miller in Dari
    ("ps", "له سپتمبر راهیسې ۲۵۰ زره افغانان خپل هیواد ته ستانه شوي دي", "term.return"),
    ("ps", "ستنېدونکو ته عمومي عفوه اعلان شوې", "term.returnees"),
    ("prs", "میتیو میلر سخنگوی وزارت خارجه امریکا گفت", "person.matthew_miller"),
    ("ur", "واشنگٹن میں پریس بریفنگ کے دوران", "place.washington"),
    ("ps", "د ناټو ځواکونو سره یې کار کړی", "org.nato"),
    # Karachi: the court by its whole name, places, officials
    ("ps", "د حقوقو وکیلانو د سند عالي محکمې ته عریضه سپارلې", "org.sindh_high_court"),
    ("prs", "دادگاه عالی سند جلسه را به تعویق انداخت", "org.sindh_high_court"),
    ("ps", "د سلطان اباد له لنډمهاله مرکز څخه بسونه ووتل", "place.sultanabad_karachi"),
    ("prs", "در سلطان‌آباد ولسوالی کیماری نگهداری می‌شوند", "place.keamari"),
    ("ur", "آئی جی سندھ رفعت مختار نے کہا", "person.riffat_mukhtar"),
    ("ur", "نگران وزیر داخلہ سندھ حارث نواز نے کہا", "person.haris_nawaz"),
    # the PoR extension: ministers, PoR with ZWNJs and in the Pashto plural
    ("ur", "وفاقی وزیر امیر مقام نے صحافیوں کو بتایا", "person.amir_muqam"),
    ("ur", "وفاقی وزیر اطلاعات عطاء اللہ تارڑ نے کہا", "person.attaullah_tarar"),
    ("prs", "کارت‌های پی‌او‌آر مهاجران افغان تمدید شد", "doc.por_card"),
    ("ps", "د ثبت د ثبوت کارتونه یو کال وغځول شول", "doc.por_card"),
    # Iran's officials and crossings
    ("ur", "ایرانی حکومت کی ترجمان فاطمہ مہاجرانی نے کہا", "person.fatemeh_mohajerani"),
    ("prs", "اسکندر مومنی وزیر کشور ایران گفت", "person.eskandar_momeni"),
    ("fa", "مرز دوغارون در شهرستان تایباد", "place.dogharoun"),
    ("ps", "دوی پر اسراییلو د جاسوسۍ تور لګول شوی", "country.il"),
    ("fa", "مدیرکل امور اتباع استانداری خراسان رضوی", "place.khorasan_razavi"),
    # the 2026-11-27 stories' places and spellings
    ("ps", "د تخته پل په سیمه کې یو کمپ جوړ شوی", "place.takhta_pul"),
    ("prs", "طالبان در منطقه تخته‌پل اردوگاه برپا کرده‌اند", "place.takhta_pul"),
    ("ps", "د سرخرود ولسوالۍ په حوزه کې بس واوښت", "place.surkhrod"),
    ("prs", "در تونل سالنگ آتش گرفت", "place.salang"),
    ("ur", "ایسٹرن بائی پاس میں چھاپے مارے گئے", "place.eastern_bypass_quetta"),
    ("ps", "د کوټې په حاجي کمپ کې ساتل کېږي", "place.haji_camp_quetta"),
    ("prs", "در برابر باشگاه ملی مطبوعات تجمع کردند", "place.national_press_club"),
    ("ps", "امنیسټي انټرنشنل له پاکستانه غوښتي", "org.amnesty"),
    # the Kunar quake's magnitude, as Dari, Pashto and Urdu name who measured it
    ("prs", "سازمان زمین‌شناسی ایالات متحده بزرگی این زمین‌لرزه را ۶ درجه اعلام کرد", "org.usgs"),
    ("ps", "د امریکا د جیولوژیکي سروې ادارې د معلوماتو له مخې", "org.usgs"),
    ("ur", "امریکی جیولوجیکل سروے کے مطابق زلزلے کی شدت 6 تھی", "org.usgs"),
    ("ps", "د کونړ د نورګل ولسوالۍ تر ټولو ډېر زیان لیدلی", "place.nurgal"),
    ("prs", "ولسوالی نورگل کنر بیش از هر جای دیگری آسیب دیده", "place.nurgal"),
    ("ps", "ټپیان د پېښور لېډي ریډنګ روغتون ته ورسول شول", "place.lady_reading_hospital"),
    ("prs", "زخمیان به بیمارستان لیدی ریدینگ پشاور انتقال یافتند", "place.lady_reading_hospital"),
    ("ur", "زخمیوں کو لیڈی ریڈنگ ہسپتال منتقل کیا گیا", "place.lady_reading_hospital"),
    ("ur", "افغان ڈرائیور اب تذکرہ پر سرحد پار نہیں کر سکیں گے", "doc.tazkira"),
    ("ur", "ضیاء الحق سرحدی نے خبردار کیا کہ یہ قانون ٹرانزٹ ٹریڈ کو تباہ کر دے گا",
     "person.zia_ul_haq_sarhadi"),
    ("prs", "این انفجار به انتقام کشته شدن عمر خالد خراسانی انجام شده", "person.omar_khalid_khorasani"),
    ("prs", "محمد خراسانی، سخنگوی تحریک طالبان پاکستان، گفت", "person.muhammad_khurasani"),
])
def test_the_blind_stories_names_and_terms_are_the_glossary_s(translator, lang, text, entity):
    [out] = translator.translate([text], lang)
    assert entity in out.glossary_ids


def test_sindh_alone_in_pashto_is_still_a_document(translator):
    """سند is "document"; only the court's whole name is Sindh."""
    [out] = translator.translate(["د سند کاپي یې وښودله"], "ps")
    assert "org.sindh_high_court" not in out.glossary_ids and "place.sindh" not in out.glossary_ids


@pytest.mark.parametrize("lang, text, marker", [
    ("prs", "در همین حال، شماری از بازرگانان افغان به بندر چابهار روی آورده اند", "meanwhile"),
    ("ps", "له بلې خوا، سوداګر وايي چې مېوې خرابې شوې", "on the other hand"),
    ("ur", "دوسری جانب پاکستانی حکام نے ان خبروں کی تردید کی", "on the other hand"),
])
def test_discourse_markers_read_as_english_not_word_by_word(translator, lang, text, marker):
    """Not "in this same state", "from another side", "other side"."""
    [out] = translator.translate([text], lang)
    assert out.english.lower().startswith(marker), out.english


def test_pashto_lakh_after_a_figure_is_lakh_and_alone_is_like(translator):
    [figure, alone] = translator.translate(["شاوخوا ۱۳ لکه افغان کډوال", "لکه څنګه چې وویل شول"],
                                           "ps")
    assert "13 lakh" in figure.english and "lakh" not in alone.english


@pytest.mark.parametrize("lang, text, english", [
    ("ps", "د ۵ میلیونو ډالرو مرسته", "5 million"),  # the lexicon says "millions"
    ("prs", "حدود ۵ لک مهاجر", "5 lakh"),  # the lexicon says "hundred thousand"
])
def test_every_multiplier_after_a_figure_is_the_number_reader_s(translator, lang, text,
                                                                english):
    """The English figure finder reads "5 lakh" back as 500,000, not "5 hundred thousand"."""
    [out] = translator.translate([text], lang)
    assert f" {english} " in f" {out.english} ", out.english  # not "5 millions"


def test_pashto_december_with_its_retroflex_d_is_december(translator):
    """Afghan Pashto outlets write ډسمبر as often as دسمبر."""
    [out] = translator.translate(["د ۲۰۲۳ کال په ډسمبر کې تمدید شوي وو"], "ps")
    assert "month.gregorian.12" in out.glossary_ids and "December" in out.english


def test_a_pashto_attacker_is_an_attacker_not_an_attack(translator):
    """برید کوونکی (the one who attacks) was read word by word as "attack": a denial that
    any attacker came from Afghan soil lost its subject."""
    [out] = translator.translate(["د دې برید هیڅ برید کوونکی له افغان خاورې نه دی راغلی."], "ps")
    assert "attacker" in out.english
    [out] = translator.translate(["یو ځانمرګي برید کوونکي ځان د سټېج ته نږدې والوځاوه."], "ps")
    assert {"suicide", "bomber", "stage"} <= set(out.english.split())


def test_baseless_is_baseless_in_dari_and_pashto(translator):
    """A denial's word: Dari بی‌اساس read "bayasas", Pashto بې بنسټه "without bansta"."""
    for lang, text in (("prs", "این ادعا را بی‌اساس خواند."), ("prs", "این ادعا را بی اساس خواند."),
                       ("ps", "دا ادعا یې بې بنسټه وبلله.")):
        [out] = translator.translate([text], lang)
        assert "baseless" in out.english.split(), (lang, out.english)


def test_the_militants_sent_to_hell_are_sent_to_hell(translator):
    """The military's word for militants killed, Urdu جہنم واصل, read "jahnm wasal"."""
    [out] = translator.translate(["16 دہشت گردوں کو جہنم واصل کر دیا گیا"], "ur")
    assert "sent to hell" in out.english


def test_goods_barred_from_transit_are_english(translator):
    """Tyres, tea and fabrics in Dari and Pashto (تایر، چای و تکه; ټایرونه، چای او ټوکر)."""
    for lang, text in (("prs", "تایر، چای و انواع تکه از جمله کالاهایی‌اند که اجازهٔ ترانزیت ندارند."),
                       ("ps", "ټایرونه، چای او ټوکر د منع شویو توکو په ډله کې راځي")):
        [out] = translator.translate([text], lang)
        assert {"tyres", "tea", "fabric"} <= set(out.english.replace(",", " ").split()), out.english


def test_mediators_are_mediators(translator):
    """Dari میانجی ("mayanji") and Pashto منځګړو ("mandzgro") read as mediators."""
    for lang, text in (("prs", "نمایندگان هر دو کشور میانجی در جلسات حضور دارند."),
                       ("ps", "ترکیه او قطر په دې خبرو کې د منځګړو په توګه ونډه لري")):
        [out] = translator.translate([text], lang)
        assert "mediator" in out.english, out.english


@pytest.mark.parametrize("lang, text", [
    ("ur", "کوئٹہ سے 450 افغان شہریوں کو چمن بارڈر لایا گیا جہاں سے انہیں افغانستان کے حوالے کیا گیا۔"),
    ("prs", "۶۰۰ مهاجر افغان در مرز چمن به مقام‌های افغانستان تحویل داده شدند."),
])
def test_people_handed_over_are_handed_over(translator, lang, text):
    """Urdu "کے حوالے کیا گیا" (read "hawale", which names nothing) and Dari "تحویل داده":
    people sent across a border, which `compare.figures` counts as returned, not detained."""
    [out] = translator.translate([text], lang)
    assert "handed over" in out.english


def test_a_river_ban_reads_in_english(translator):
    """Swat: "په سیند کې لامبو وهل او ... د شګو او جغلو ایستل ... منع": swimming, sand and gravel,
    the words that tell this ban from the story's other orders."""
    [out] = translator.translate(["په سیند کې لامبو وهل او له سیند څخه د شګو او جغلو ایستل منع دي."],
                                 "ps")
    assert all(word in out.english for word in ("swimming", "sand", "gravel"))


def test_a_dari_plural_of_a_two_letter_word_reads_as_the_word(translator):
    """آب‌های (waters), راه‌ها (roads): the plural ending on a short stem, once ZWNJ is gone,
    is no romanized "aabhai"."""
    [out] = translator.translate(["افغان‌ها حق دارند آب‌های خود را مدیریت کنند."], "prs")
    assert "water" in out.english and "aabhai" not in out.english


@pytest.mark.parametrize("lang, text, words", [
    ("ur", "حکومت نے احتیاطی تدابیر اختیار کیں اور افیون کی کاشت پر پابندی لگائی۔",
     ("measures", "opium", "cultivation")),
    ("ps", "د روان لمریز کال په لومړیو کې د کوکنارو کښت کم شوی.", ("solar", "poppy")),
    ("prs", "این تجزیه نشان می‌دهد که کشت تریاک کاهش یافته است.", ("analysis",)),
])
def test_common_news_words_read_in_english(translator, lang, text, words):
    """Words of the beat that came out romanized in the held-out stories ("lamriz", "koknaro",
    "tadabir", "afyon", "kashat"), each read now."""
    [out] = translator.translate([text], lang)
    assert all(word in out.english for word in words), out.english


def test_dari_nine_written_with_its_damma_is_nine_and_bare_na_is_no(translator):
    """نه is "no" and "nine" in Dari; careful writers mark the number: نُه شهروند چینی."""
    [nine, no] = translator.translate(["۱۳ تن، از جمله نُه شهروند چینی، را کشت",
                                       "نه تنها کابل"], "prs")
    assert "9 citizen" in nine.english and "not" not in nine.english.split()
    assert no.english.startswith("not only")


def test_the_time_of_day_and_the_day_in_urdu_are_english(translator):
    [out] = translator.translate(["29 ستمبر بروز پیر کی سہ پہر سے معطل ہے"], "ur")
    assert "on Monday" in out.english and "afternoon from" in out.english


def test_two_known_dari_words_joined_by_a_zwnj_are_both_english(translator):
    """Dari joins compounds with a ZWNJ the folding drops: جنگ‌زده (war-hit), بحران‌زده
    (crisis-hit), قطع‌برق (power cut) are two known words, not a romanized leftover; a word
    no two known parts make stays romanized."""
    war, crisis, cut, border = translator.translate(
        ["مناطق جنگ‌زده", "مناطق بحران‌زده", "قطع‌برق", "مرزنشین"], "prs")
    assert "war hit" in war.english and "crisis hit" in crisis.english
    assert "cut electricity" in cut.english
    assert border.english == "marznshin"



def test_pashto_written_on_a_persian_keyboard_finds_its_words(translator):
    """Many write Pashto with ی for ې and ۍ, گ for ګ, ر for ړ: زرگونو is زرګونو (thousands),
    پریکره is پرېکړه (decision), نژدی is نږدې (nearly)."""
    [plain] = translator.translate(["زرگونو کسانو پریکره وکره چې له نژدی سیمو ووځی"], "ps")
    for word in ("thousands", "decision", "nearly"):
        assert word in plain.english.split(), plain.english


@pytest.mark.parametrize("lang, text, words", [
    ("ur", "چینی کی قیمت میں اضافہ ہو گیا", ("sugar",)),
    ("ur", "شانگلہ میں چینی انجینئرز پر حملہ", ("Chinese engineers", "Shangla")),
    ("ps", "د بشام سیمې ته نږدې پر چینايي انجنیرانو برید", ("Chinese engineers", "Besham")),
    ("prs", "پنج انجنیر چینی در حمله کشته شدند", ("engineer Chinese",)),
])
def test_chinese_engineers_are_chinese_and_sugar_is_sugar(translator, lang, text, words):
    """Urdu چینی is both "Chinese" and "sugar"; Pashto چینايي read "Chennai" (the glossary's
    Pashto Chennai with an ending) in every Besham report."""
    [out] = translator.translate([text], lang)
    assert all(word in out.english for word in words), out.english
    assert "Chennai" not in out.english and ("sugar" in words) == ("sugar" in out.english)


@pytest.mark.parametrize("lang, text, word, not_word", [
    ("ur", "بچوں کو پولیو کے قطرے پلائے گئے", "drops", "Qatar"),
    ("ps", "برید کوونکي پکې ځای نیولی و", "held", "detention"),
    ("prs", "یک گردشگر اسپانیایی کشته شد", "Spanish", "Spain"),
])
def test_a_word_the_lexicon_knows_reads_as_itself_not_as_a_name(translator, lang, text, word,
                                                               not_word):
    """Polio drops read "Qatar" (قطر + ے) and a position taken "detention" (نیول + ی)."""
    [out] = translator.translate([text], lang)
    assert word in out.english and not_word not in out.english, out.english


@pytest.mark.parametrize("lang, text, words", [
    ("ps", "د ۲۰۲۲ کال د اپرېل ۲۶مه", ("April 26",)),  # Pashto's ې in April
    ("ps", "د فبرورۍ پر ۸مه نېټه", ("February",)),  # ...and February's oblique ۍ
    ("ps", "د پاکستان ملي سرود پیل شو، خو د کونسلګرۍ ډیپلوماتان په څوکیو ناست وو",
     ("anthem", "consulate", "chairs")),
    ("prs", "سرکنسول هنگام پخش سرود ملی در تالار ننشست", ("consul general", "anthem", "hall")),
    ("ur", "قونصل خانے کے اہلکار ترانہ بجنے پر کھڑے نہیں ہوئے", ("consulate", "anthem")),
    ("ur", "طالبان انتظامیہ کسی ایسے ترانے کو نہیں مانتی جس میں موسیقی شامل ہو", ("music",)),
    ("prs", "همه حاضران ایستادند اما سرکنسول روی چوکی خود نشسته ماند",
     ("attendees stood", "chair", "seated")),
])
def test_months_anthems_and_consulates_read_in_english(translator, lang, text, words):
    """Words of the Peshawar anthem row (September 2024) and Pashto month spellings that came
    out romanized in a blind set ("aprel", "fabroray", "sarod", "konslgray", "tsokyo")."""
    [out] = translator.translate([text], lang)
    assert all(word in out.english for word in words), out.english


def test_urdu_heartfelt_is_no_delhi(glossary):
    assert glossary.match("انہوں نے دلی تعزیت کا اظہار کیا", "ur") == []


def test_dari_natural_resources_are_resources_not_sources(translator):
    """منابع is "sources" in "local sources said" and "resources" in منابع طبیعی; read as
    sources, a Baloch grievance became an anonymous-sources attribution."""
    [out] = translator.translate(["شورشیان بلوچ پکن را به غارت منابع طبیعی این ایالت متهم "
                                  "می‌کنند."], "prs")
    assert "natural resources" in out.english and "sources natural" not in out.english


@pytest.mark.parametrize("lang, text", [
    ("ps", "دا بندیز لنډمهاله دی او کله چې د حجاب لپاره لازم ترتیبات ونیول شي ښځې به بیا پارک ته لاړې شي"),
    ("ur", "یہ پابندی عارضی ہے اور حجاب کے مناسب انتظامات ہوتے ہی خواتین کو دوبارہ اجازت دی جائے گی"),
    ("prs", "زنان بدون حجاب و چادری اجازه ورود ندارند"),
])
def test_the_hijab_reads_in_english(translator, lang, text):
    """حجاب read "hajab" in all three languages: two sentences on one rule (a ban lifted once
    hijab arrangements are made) then shared one rare word, "temporary", and never linked."""
    [out] = translator.translate([text], lang)
    assert "hijab" in out.english, out.english


@pytest.mark.parametrize("lang, text, words", [
    ("prs", "تورخم به روی رفت‌وآمد و داد و ستد بسته شده است", ("traffic and trade",)),
    ("ur", "یونیورسٹیاں تاحکم ثانی بند رہیں گی", ("until further notice",)),
    ("prs", "مردم به مناسبت این پیروزی به جاده‌ها ریختند", ("occasion", "poured")),
])
def test_trade_further_notice_and_occasions_read_in_english(translator, lang, text, words):
    """Left romanized in the held-out stories' missed sentences ("gave and satd", "tahkam
    sani", "manasbat", "rikhtnad")."""
    [out] = translator.translate([text], lang)
    assert all(word in out.english for word in words), out.english


@pytest.mark.parametrize("lang, text, words", [
    ("ur", "مولانا حامد الحق ہسپتال لے جاتے ہوئے راستے میں دم توڑ گئے", ("maulana", "died")),
    ("ps", "روغتون ته د رسېدو مخکې یې په لاره کې ساه ورکړه", ("died",)),
    ("ps", "د مولانا زوی په چاودنه کې روغ پاتې شو", ("unhurt",)),
    ("prs", "یک بمب‌گذار انتحاری در امام‌بارگاه خود را منفجر کرد", ("bomber", "imambargah")),
    ("ur", "نمازِ جنازہ ہفتے کو ادا کی گئی", ("on Saturday",)),
    ("ur", "مدرسے کے مہتمم نے کہا", ("seminary", "rector")),
    ("ps", "د ښځو د حقونو یوې فعالې وویل چې طالبان دا کار مداخله بولي", ("activist", "calls")),
    ("prs", "این زمین‌لرزه ساعت سه بامداد به وقت محلی رخ داد", ("dawn",)),
    ("ur", "نمازِ جنازہ ہفتے کو ادا کی گئی اور دو زخمی بعد میں جان کی بازی ہار گئے",
     ("was offered", "died")),
    # to save one's life is to escape, no death ("life saving for" had counted the dead)
    ("ur", "دو غیر ملکی مہمان جان بچانے کے لیے کھڑکیوں سے نیچے کود گئے", ("to escape",)),
])
def test_a_seminary_bombing_reads_in_english(translator, lang, text, words):
    """The ninth blind batch (the Haqqania and Kandahar mosque bombings) left these
    romanized or wrong: "dam break were" (died), "saa gave", "bambgzar", "week to" for Urdu
    "on Saturday" (ہفتہ is both), "mahtmm"."""
    [out] = translator.translate([text], lang)
    assert all(word in out.english for word in words), out.english


@pytest.mark.parametrize("lang, text, words", [
    ("ur", "قومی اسمبلی میں تحریک عدم اعتماد منظور ہو گئی", ("no-confidence motion",)),
    ("ps", "د عدم اعتماد تحریک په درمیانی شپه تصویب شوه", ("no-confidence motion",)),
    ("prs", "با رأی عدم اعتماد پارلمان برکنار شد", ("no-confidence vote",)),
    ("ur", "ان پر توہین مذہب کا الزام لگایا گیا", ("blasphemy",)),
    ("prs", "به اتهام توهین به مقدسات کشته شد", ("blasphemy",)),
    ("prs", "مهاجمان مستقیم به‌سوی زایشگاه رفتند", ("maternity ward",)),
    ("prs", "بر اساس گزارش کالبدشکافی، علت مرگ شکستگی جمجمه بود", ("autopsy", "skull")),
    ("ur", "پوسٹ مارٹم رپورٹ کے مطابق کھوپڑی ٹوٹ گئی تھی", ("postmortem", "skull")),
    ("ur", "وادی میں مزاحمتی جنگجوؤں کی لڑائی جاری ہے", ("resistance", "fighting")),
    ("ur", "امریکی محکمۂ خارجہ نے حکومت گرانے کی سازش کا الزام مسترد کیا",
     ("State Department", "topple", "conspiracy")),
    ("prs", "عمران خان برکناری خود را توطئه خارجی خواند", ("conspiracy",)),
    ("ps", "ولسمشر د ملي ماتم ورځ اعلان کړه", ("mourning",)),
    ("prs", "رئیس جمهور امروز را روز عزای عمومی اعلام کرد", ("public mourning",)),
])
def test_a_lynching_a_vote_and_a_maternity_ward_read_in_english(translator, lang, text, words):
    """The twelfth blind batch (Sialkot's lynching, the no-confidence vote, the Dasht-e-Barchi
    maternity ward, Panjshir) left these romanized: "tahrik adm atmad", "tohin", "zaishgaa",
    "kalbdshkafi", "mazahmti mahaz"."""
    [out] = translator.translate([text], lang)
    assert all(word in out.english for word in words), out.english
