"""Glossary matching: longest match, word boundaries, script variants, offsets, the test set."""

from __future__ import annotations

from pathlib import Path

import pytest

from xsource.glossary import load_glossaries
from xsource.records import GlossaryHit

SENTENCES = Path(__file__).parent / "data" / "glossary_sentences.tsv"
HEADER = "id\ttype\tcanonical\ten\tur\tps\tprs\tfa\tframing\tnotes\tmatch\n"


@pytest.fixture(scope="module")
def g():
    return load_glossaries()


def ids(glossary, text, lang):
    return [h.entry_id for h in glossary.match(text, lang)]


def surfaces(glossary, text, lang):
    return [h.surface for h in glossary.match(text, lang)]


def small(tmp_path, rows: str):
    path = tmp_path / "g.tsv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return load_glossaries([path], bundled=False)


# --- the sentence test set: every hit rendered canonically -------------------------------


def _sentences():
    for number, line in enumerate(SENTENCES.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#") or line.startswith("lang\t") or not line.strip():
            continue
        lang, sentence, expected = line.split("\t")
        yield pytest.param(lang, sentence, [e.strip() for e in expected.split("|")],
                           id=f"{lang}-{number}")


@pytest.mark.parametrize("lang, sentence, expected", list(_sentences()))
def test_sentence_set_hits_are_the_expected_entries_rendered_canonically(g, lang, sentence, expected):
    hits = g.match(sentence, lang)
    assert [h.entry_id for h in hits] == expected
    for hit in hits:
        assert hit.canonical == g.get(hit.entry_id).canonical
        assert sentence[hit.start:hit.end] == hit.surface


def test_sentence_set_covers_every_language():
    langs = {p.values[0] for p in _sentences()}
    assert langs == {"en", "ur", "ps", "prs", "fa"}
    assert sum(1 for _ in _sentences()) >= 40


# --- longest match and overlaps ------------------------------------------------------------


def test_longest_match_wins_over_its_parts(g):
    assert ids(g, "تحریک طالبان پاکستان نے", "ur") == ["org.ttp"]
    assert ids(g, "وزارت داخله پاکستان گفت", "prs") == ["org.pk_interior_ministry"]
    assert ids(g, "Islamic State Khorasan Province claimed", "en") == ["org.iskp"]
    assert ids(g, "غیر قانونی غیر ملکیوں کی وطن واپسی کا منصوبہ", "ur") == ["doc.ifrp"]


def test_overlapping_candidates_leftmost_first(tmp_path):
    glossary = small(tmp_path, "t.ab\tterm\tAB\ta b\t\t\t\t\t\t\t\n"
                               "t.bc\tterm\tBCD\tb c d\t\t\t\t\t\t\t\n"
                               "t.c\tterm\tC\tc\t\t\t\t\t\t\t\n")
    # "a b" starts first and wins; "b c d" overlaps it and is dropped; "c" is free again
    assert ids(glossary, "a b c d", "en") == ["t.ab", "t.c"]
    assert ids(glossary, "x b c d", "en") == ["t.bc"]


def test_hits_are_non_overlapping_and_in_order(g):
    hits = g.match("Sirajuddin Haqqani Sirajuddin Haqqani Torkham Torkham", "en")
    assert [h.entry_id for h in hits] == ["person.sirajuddin_haqqani"] * 2 + ["place.torkham"] * 2
    assert all(a.end <= b.start for a, b in zip(hits, hits[1:]))


# --- word boundaries ------------------------------------------------------------------------


def test_latin_word_boundaries_and_case(g):
    assert ids(g, "Kabuli pulao and Kabul", "en") == ["place.kabul"]
    assert ids(g, "KABUL, kabul. (Kabul)", "en") == ["place.kabul"] * 3
    assert ids(g, "Pakistan's", "en") == ["country.pk"]
    assert ids(g, "Kabul-based", "en") == ["place.kabul"]


def test_cased_entries_only_match_with_capitals(g):
    assert ids(g, "Pakistan may expel them; they were un-Islamic", "en") == ["country.pk", "term.expulsion"]
    assert ids(g, "an amnesty for the UN and Amnesty", "en") == ["org.un", "org.amnesty"]
    assert ids(g, "on 3 May", "en") == ["month.gregorian.05"]
    assert ids(g, "the US said to us", "en") == ["country.us"]


def test_arabic_script_match_must_not_start_or_end_inside_a_word(g):
    assert ids(g, "کابلستان", "prs") == []  # not a whole word, not an allowed ending
    assert ids(g, "شهرکابل", "prs") == []
    assert ids(g, "کابل،", "prs") == ["place.kabul"]
    assert ids(g, "«کابل»", "prs") == ["place.kabul"]


def test_attached_endings_per_language(g):
    # The hit covers the whole word, ending included, so a translator replaces clean words.
    # Urdu oblique plural: افغانوں, تارکین وطنوں
    assert surfaces(g, "افغانوں کو", "ur") == ["افغانوں"]
    assert ids(g, "پناہ گزینوں کی", "ur") == ["term.refugees"]
    # Pashto case/plural endings: کډوالانو, and the plural ونه (کارتونه)
    assert surfaces(g, "کډوالانو ته", "ps") == ["کډوالانو"]
    assert ids(g, "د ثبت کارتونه یې وغځول", "ps") == ["doc.por_card"]
    # Dari/Persian ezafe ی, plural ها, ZWNJ-joined ها/های, object marker را
    assert surfaces(g, "مرزهای پاکستان", "fa") == ["مرزهای", "پاکستان"]
    assert surfaces(g, "پاکستان‌ها", "prs") == ["پاکستان"]  # ZWNJ ends the word
    assert surfaces(g, "کابلرا", "prs") == ["کابلرا"]
    # ...but Urdu does not take Persian endings
    assert ids(g, "کابلها", "ur") == []


def test_a_name_or_term_with_one_more_letter_is_another_word(g):
    """فراهم ("provide") is no Farah with a possessive م, مهاجرت ("migration") no migrants
    with a possessive ت: one-letter possessives are not endings a match may take."""
    assert ids(g, "کمک حقوقی فراهم می‌کند", "prs") == []
    assert ids(g, "مهاجرت افغان‌ها", "prs") == ["demonym.afghan"]
    assert ids(g, "ولایت فراه", "prs") == ["place.farah"]


def test_dari_attached_be_preposition(g):
    assert surfaces(g, "بکابل رفت", "prs") == ["بکابل"]
    assert ids(g, "بکابل", "ur") == []  # Urdu never attaches it


# --- script variants -----------------------------------------------------------------------


def test_zwnj_space_and_nothing(g):
    for text in ("سراج‌الدین حقانی", "سراج الدین حقانی", "سراجالدین حقانی"):
        assert ids(g, text, "prs") == ["person.sirajuddin_haqqani"], text
    assert ids(g, "اسلام‌آباد", "ur") == ids(g, "اسلام آباد", "ur") == ["place.islamabad"]


def test_arabic_vs_persian_yeh_and_kaf(g):
    assert ids(g, "كابل", "prs") == ["place.kabul"]
    assert ids(g, "سراج الدين حقاني", "prs") == ["person.sirajuddin_haqqani"]
    assert ids(g, "امیر خان متقي", "fa") == ["person.amir_khan_muttaqi"]


def test_urdu_typed_on_a_persian_keyboard(g):
    # ه for ہ and ی for ے: still the same entries
    assert ids(g, "هبت الله اخوندزاده", "ur") == ["person.hibatullah_akhundzada"]
    assert ids(g, "ملک بدری اور بی دخلی", "ur") == ["term.deportation", "term.eviction"]


def test_pashto_letters_kept_and_persian_gaf_folded(g):
    assert ids(g, "ننگرهار", "ps") == ["place.nangarhar"]  # Persian گ typed for ګ
    assert ids(g, "کډوال", "ps") == ["term.migrants"]


def test_tatweel_diacritics_and_eastern_digits(g):
    assert surfaces(g, "طـــورخم", "ur") == ["طـــورخم"]
    assert ids(g, "کَابُل", "prs") == ["place.kabul"]
    assert ids(g, "۱۵ عقرب", "prs") == ids(g, "١٥ عقرب", "prs") == ["month.solar.08"]


def test_offsets_map_to_the_original_text(g):
    text = "در  طـــورخم، كَابُل و «سراج‌الدين حقاني»"
    hits = g.match(text, "prs")
    assert [h.entry_id for h in hits] == ["place.torkham", "place.kabul", "person.sirajuddin_haqqani"]
    for hit in hits:
        assert text[hit.start:hit.end] == hit.surface
        assert isinstance(hit, GlossaryHit)
    assert hits[0].surface == "طـــورخم" and hits[1].surface == "كَابُل"


# --- solar months need a date context --------------------------------------------------------


def test_dated_entries_need_a_number_or_month_word(g):
    assert ids(g, "حمل و نقل کالا", "prs") == []  # "transport"
    assert ids(g, "۱ حمل ۱۴۰۳", "prs") == ["month.solar.01"]
    assert ids(g, "برج حمل", "prs") == ["month.solar.01"]
    assert ids(g, "میزان آب بالا رفت", "prs") == []  # "level"
    assert ids(g, "د لړم په ۱۵مه", "ps") == ["month.solar.08"]
    assert ids(g, "د وری میاشت", "ps") == ["month.solar.01"]
    assert ids(g, "کب یې ونیو", "ps") == []  # "fish"
    assert ids(g, "در دی ماه", "fa") == ["month.iranian.10"]
    assert ids(g, "مهر دولت", "fa") == []
    # Pashto's oblique month and "until the 16th": د تلې ۱۲مه, د سلواغې ۲۲مه, د چنګاښ تر ۱۶مې
    assert ids(g, "د تلې ۱۲مه", "ps") == ["month.solar.07"]
    assert ids(g, "د سلواغې ۲۲مه", "ps") == ["month.solar.11"]
    assert ids(g, "د چنګاښ تر ۱۶مې نېټې پورې", "ps") == ["month.solar.04"]
    assert ids(g, "دا تله ده", "ps") == []  # "trap"
    assert ids(g, "د وري په ۱۴مه", "ps") == ["month.solar.01"]
    # a bracket may open before the day: "روز شنبه (۳ قوس)"
    assert ids(g, "روز شنبه (۳ قوس) اعلام کردند", "prs") == ["month.solar.09"]
    assert ids(g, "(عقرب ۱۴)", "prs") == ["month.solar.08"]
    assert ids(g, "یک قوس بزرگ", "prs") == []  # "a big arc"


# --- languages ---------------------------------------------------------------------------


def test_english_names_are_found_inside_urdu_and_dari(g):
    assert ids(g, "TTP اور UNHCR کے مطابق", "ur") == ["org.ttp", "org.unhcr"]
    assert ids(g, "به گفته IOM در Torkham", "prs") == ["org.iom", "place.torkham"]


def test_an_office_named_with_a_title_word_is_one_name():
    from xsource.claims.names import english_names

    # "Ministry" is a title before a person's name, not before "of Defense"
    assert [name for _, _, name in english_names(
        "According to the statement, the Ministry of Defense has dispatched helicopters")] == [
        "Ministry of Defense"]
    assert [name for _, _, name in english_names("Defence Minister Khawaja Asif said")] == [
        "Khawaja Asif"]


def test_dari_and_persian_share_spellings_and_und_searches_all(g):
    assert ids(g, "کمیساریای عالی پناهندگان سازمان ملل", "fa") == ["org.unhcr"]  # a prs form
    assert ids(g, "اسلام قلعه", "prs") == ["place.islam_qala"]
    assert ids(g, "طورخم Torkham تورخم", "und") == ["place.torkham"] * 3
    assert ids(g, "طورخم", "sd") == ["place.torkham"]  # unknown codes search everything


def test_hit_records_the_language_column_that_matched(g):
    hits = g.match("TTP اور طورخم", "ur")
    assert [(h.entry_id, h.lang) for h in hits] == [("org.ttp", "en"), ("place.torkham", "ur")]


def test_automata_are_built_once_per_language_and_reused(g):
    g.match("کابل", "ps")
    first = g._matchers["ps"]
    g.match("تورخم", "ps")
    assert g._matchers["ps"] is first


def test_empty_inputs(g, tmp_path):
    assert g.match("", "ur") == []
    empty = small(tmp_path, "")
    assert empty.match("Kabul", "en") == []


@pytest.mark.parametrize("lang, sentence, expected", [
    ("ur", "ٹانک اور لکی مروت میں مختلف کارروائیوں کے دوران 12 دہشت گرد مارے گئے",
     ["place.tank", "place.lakki_marwat", "term.terrorists"]),
    ("ps", "په سویلي وزیرستان کې قومي مشرانو د وانه په بازار کې جرګه وکړه",
     ["place.south_waziristan", "place.wana", "term.jirga"]),
    ("en", "Militants stormed the Daraban police station in Tank district",
     ["term.militants", "place.daraban", "place.tank"]),
    # a tank is no district: the English form matches with its capital only
    ("en", "a tank was seen near the police station", []),
    ("prs", "یک تانک در نزدیکی پاسگاه دیده شد", []),
])
def test_security_beat_districts_are_matched_and_a_tank_is_not(g, lang, sentence, expected):
    assert [h.entry_id for h in g.match(sentence, lang)] == expected


@pytest.mark.parametrize("lang, sentence, expected", [
    # the tourists' and donors' countries, as each language's outlets write them
    ("ur", "مرنے والوں میں سپین سے تعلق رکھنے والے تین سیاح بھی شامل ہیں", ["country.es"]),
    ("prs", "گردشگرانی از کشورهای ناروی، استرالیا و لیتوانیا نیز دیده می‌شوند",
     ["country.no", "country.au", "country.lt"]),
    ("ps", "د ناروې او سویډن حکومتونو مرسته اعلان کړه", ["country.no", "country.se"]),
    # Spin Boldak is no Spain; Urdu "شام" is the evening, Syria only in Dari
    ("ur", "سپین بولدک میں شام کو اجلاس ہوا", ["place.spin_boldak"]),
    ("prs", "پناهجویان از سوریه و عراق", ["term.refugees", "country.sy", "country.iq"]),
])
def test_countries_beyond_the_neighbours_and_their_false_friends(g, lang, sentence, expected):
    assert [h.entry_id for h in g.match(sentence, lang)] == expected


@pytest.mark.parametrize("lang, sentence, expected", [
    # the PTI's march on Islamabad, November 2024, in the spellings each language uses
    ("prs", "بشری بی‌بی و علی امین گنداپور دی‌چوک را ترک کردند و به شهر مانسهره در خیبرپشتونخوا رسیدند",
     ["person.bushra_bibi", "person.ali_amin_gandapur", "place.d_chowk", "place.mansehra",
      "place.khyber_pakhtunkhwa"]),
    ("ps", "بشرا بي بي له ډي چوک څخه ووتله او مانسهرې ښار ته ورسېده",
     ["person.bushra_bibi", "place.d_chowk", "place.mansehra"]),
    ("ur", "بشریٰ بی بی ڈی چوک سے مانسہرہ پہنچ گئیں",
     ["person.bushra_bibi", "place.d_chowk", "place.mansehra"]),
])
def test_the_marchs_leaders_and_places_in_every_language(g, lang, sentence, expected):
    assert [h.entry_id for h in g.match(sentence, lang)] == expected


@pytest.mark.parametrize("lang, sentence, expected", [
    # Russia's recognition of the Taliban (July 2025), told in each language
    ("ur", "ماسکو نے نئے سفیر گل حسن حسن کی سفارتی اسناد قبول کر لی ہیں",
     ["place.moscow", "person.gul_hassan_hassan"]),
    ("prs", "ژیرنوف گفت که ولادیمیر پوتین به پیشنهاد سرگئی لاوروف این تصمیم را گرفت",
     ["person.dmitry_zhirnov", "person.vladimir_putin", "person.sergei_lavrov"]),
    ("ps", "د روسیې ولسمشر پوتین دا پرېکړه وکړه", ["country.ru", "person.vladimir_putin"]),
])
def test_the_leaders_and_envoys_a_recognition_is_told_with(g, lang, sentence, expected):
    assert [h.entry_id for h in g.match(sentence, lang)] == expected


# --- adjective entries: Urdu چینی is "Chinese" before a noun, "sugar" before a postposition -


@pytest.mark.parametrize("text", [
    "شانگلہ میں چینی انجینئرز پر حملہ ہوا",
    "چینی وزیر خارجہ نے کہا",
    "پانچ چینیوں کو قتل کیا گیا",  # an ending makes the noun "the Chinese"
])
def test_an_urdu_adjective_before_its_noun_is_the_demonym(g, text):
    assert "demonym.chinese" in ids(g, text, "ur")


@pytest.mark.parametrize("text", [
    "چینی کی قیمت میں اضافہ ہو گیا",
    "افغانستان کو چینی کی اسمگلنگ روک دی گئی",
    "بازار میں چینی",
])
def test_urdu_sugar_before_a_postposition_is_no_chinese_and_no_china(g, text):
    assert not {"demonym.chinese", "country.cn"} & set(ids(g, text, "ur"))


def test_adjective_mode_is_read_from_the_match_column_and_leaves_other_languages_alone(tmp_path):
    glossary = small(tmp_path, "demonym.x\tdemonym\tXian\tXian\tچینی\t\tچینی\t\t\t\tadjective\n")
    assert ids(glossary, "چینی کی قیمت", "ur") == []
    assert ids(glossary, "چینی شہری", "ur") == ["demonym.x"]
    assert ids(glossary, "انجنیر چینی در حمله", "prs") == ["demonym.x"]


def test_pashto_chinese_is_chinese_not_chennai(g):
    assert ids(g, "پنځه چینايي اتباع ووژل شول", "ps") == ["demonym.chinese"]
    assert ids(g, "په چېنای کې لوبه", "ps") == ["place.chennai"]


# --- a word the lexicon knows as another word is no name with an ending -------------------


@pytest.mark.parametrize("lang, text, entry", [
    ("ur", "بچوں کو پولیو کے قطرے پلائے گئے", "country.qa"),  # drops, not Qatar + ے
    ("ps", "برید کوونکي پکې ځای نیولی و", "term.detention"),  # taken position
    ("ps", "پنځه چینايي اتباع", "place.chennai"),
])
def test_a_lexicon_word_is_not_an_entry_with_an_attached_ending(g, lang, text, entry):
    assert entry not in ids(g, text, lang)


@pytest.mark.parametrize("lang, text, entry", [
    ("ps", "د هغوی د نیولو او ایستلو عملیات پیل شول", "term.detention"),  # of arresting
    ("ur", "قطر میں مذاکرات ہوئے", "country.qa"),
    ("prs", "سخنگوهای طالبان گفتند", "title.spokesperson"),  # spokespeople: one word's plural
])
def test_an_entry_with_an_ending_the_lexicon_reads_alike_still_matches(g, lang, text, entry):
    assert entry in ids(g, text, lang)


def test_the_lexicon_check_applies_to_any_glossary(tmp_path):
    glossary = small(tmp_path, "place.x\tplace\tQatar\tQatar\tقطر\t\t\t\t\t\t\n")
    assert ids(glossary, "قطر میں", "ur") == ["place.x"]
    assert ids(glossary, "قطرے پلائے", "ur") == []


@pytest.mark.parametrize("lang, text, entity", [
    ("ur", "دارالعلوم حقانیہ اکوڑہ خٹک کے مہتمم مولانا حامد الحق حقانی", "person.hamid_ul_haq_haqqani"),
    ("ps", "د اکوړه خټک په دارالعلوم حقانیه کې", "org.darul_uloom_haqqania"),
    ("prs", "مدرسه حقانیه در اکوره ختک", "place.akora_khattak"),
    ("ur", "جمعیت علمائے اسلام (س) کے سربراہ", "org.jui_s"),
    ("prs", "حمله بر امام‌بارگاه فاطمیه قندهار", "place.imam_bargah_fatimiya"),
    ("en", "Maulana Hamid-ul-Haq Haqqani, who headed the seminary", "person.hamid_ul_haq_haqqani"),
    ("ps", "د وژل شویو ډېری هغه وزیرستان کډوال دي", "place.waziristan"),
    ("ur", "شمالی وزیرستان میں آپریشن", "place.north_waziristan"),
    ("prs", "انفجار در مسجد گازرگاه شهر هرات", "place.guzargah"),
    ("ur", "قصہ خوانی بازار سے متصل کوچہ رسالدار", "place.kucha_risaldar"),
])
def test_the_haqqania_seminary_and_its_people_are_named(g, lang, text, entity):
    assert entity in ids(g, text, lang)


@pytest.mark.parametrize("lang, text, entity", [
    # the twelfth and thirteenth blind batches
    ("ps", "پریانتا کمارا د راجکو انډسټریز عمومي منیجر و", "person.priyantha_kumara"),
    ("prs", "طالبان مرکز بازارک را تصرف کردند", "place.bazarak"),
    ("ur", "قومی مزاحمتی محاذ نے دعویٰ مسترد کر دیا", "org.national_resistance_front"),
    ("ps", "د ملي مقاومت جبهې ځواکونه", "org.national_resistance_front"),
    ("ur", "سپیکر قاسم سوری نے تحریک مسترد کر دی", "person.qasim_suri"),
    ("ps", "د قادس ولسوالۍ په غرنیو سیمو کې", "place.qadis"),
    ("prs", "مولوي حمدالله مخلص، فرمانده قول اردوی کابل", "person.hamdullah_mokhlis"),
    ("ur", "وفاقی وزیر داخلہ شیخ رشید احمد نے کہا", "person.sheikh_rashid_ahmad"),
    ("ps", "د کوټې د هزار ګنجۍ د مېوو په بازار کې چاودنه", "place.hazarganji"),
    ("prs", "انفجار در بازار هزارگنجی کویته", "place.hazarganji"),
    ("ur", "جنوری 2013 میں علمدار روڈ پر ایک سنوکر ہال میں دھماکے", "place.alamdar_road"),
    ("ps", "د کراچۍ پوهنتون د کنفیوشس انسټیټیوټ د چینايي ښوونکو موټر", "org.confucius_institute"),
    ("prs", "طارق آرین، سخنگوی وزارت امور داخله، گفت", "person.tariq_arian"),
])
def test_the_blind_batches_names_are_named(g, lang, text, entity):
    assert entity in ids(g, text, lang)
