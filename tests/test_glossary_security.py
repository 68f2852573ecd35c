"""The security beat in the bundled glossary: militant groups, parties, security forces,
places and the armed/deaths framing words, as outlets write them in each language."""

from __future__ import annotations

import pytest

from xsource.glossary import FRAMING, load_glossaries
from xsource.translate.glossary_backend import GlossaryTranslator


@pytest.fixture(scope="module")
def g():
    return load_glossaries()


def ids(glossary, text, lang):
    return [h.entry_id for h in glossary.match(text, lang)]


def english(glossary, text, lang):
    return GlossaryTranslator(glossary).translate_one(text, lang).english


def test_the_two_security_axes_are_in_the_framing_vocabulary():
    assert FRAMING["armed"] == ("terrorists", "militants", "insurgents", "khawarij",
                                "mujahideen", "gunmen")
    assert FRAMING["deaths"] == ("martyred",)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The Hafiz Gul Bahadur group, Jamaat-ul-Ahrar and the BLA were named, as was the "
           "Frontier Corps in Razmak.",
     ["org.hafiz_gul_bahadur_group", "org.jamaat_ul_ahrar", "org.bla", "org.frontier_corps",
      "place.razmak"]),
    ("en", "Tehreek-e-Jihad Pakistan claimed the attack on FC personnel in Datta Khel; the CTD "
           "and Levies arrested suspects in Turbat.",
     ["org.tjp", "org.frontier_corps", "place.datta_khel", "org.ctd", "org.levies",
      "term.detention", "place.turbat"]),
    ("en", "PTM, JUI-F, PML-N, PPP and ANP leaders met Jamaat-e-Islami and BNP-Mengal.",
     ["org.ptm", "org.jui_f", "org.pml_n", "org.ppp", "org.anp", "org.jamaat_e_islami",
      "org.bnp_m"]),
    ("ur", "درابن حملے کی ذمہ داری تحریک جہاد پاکستان نے قبول کی، سی ٹی ڈی کے مطابق ایف سی کے "
           "اہلکار رزمک اور دتہ خیل میں تعینات تھے۔",
     ["place.daraban", "org.tjp", "org.ctd", "org.frontier_corps", "place.razmak",
      "place.datta_khel"]),
    ("ur", "سکیورٹی فورسز نے تیراہ اور باڑہ میں لشکر اسلام اور کالعدم بی ایل اے کے ٹھکانوں کو نشانہ بنایا",
     ["place.tirah", "place.bara", "org.lashkar_e_islam", "org.bla"]),
    ("ur", "جمعیت علمائے اسلام (ف)، مسلم لیگ (ن)، پیپلز پارٹی اور پشتون تحفظ موومنٹ",
     ["org.jui_f", "org.pml_n", "org.ppp", "org.ptm"]),
    ("ps", "د خوست د سپېرې ولسوالۍ او د پکتیکا برمل ولسوالۍ کې د حافظ ګل بهادر ډله په نښه شوې",
     ["place.khost", "place.spera", "place.paktika", "place.barmal",
      "org.hafiz_gul_bahadur_group"]),
    ("ps", "د شمالي وزیرستان دته خېل او رزمک سیمو کې د پاکستاني طالبانو بریدونه",
     ["place.north_waziristan", "place.datta_khel", "place.razmak", "org.ttp"]),
    ("ps", "د اسلامي امارت سرحدي ځواکونو د ډنډ پټان په سیمه کې ډزې وکړې، پاړاچنار ته نږدې",
     ["org.af_border_forces", "place.dand_e_patan", "place.parachinar"]),
    ("prs", "گروه تحریک جهاد پاکستان مسئولیت حمله را پذیرفت؛ ولسوالی برمل "
            "و سپیره بمباران شد",
     ["org.tjp", "place.barmal", "place.spera"]),
    ("prs", "ارتش آزادی‌بخش بلوچستان و القاعده در دیره بگتی",
     ["org.bla", "org.al_qaeda", "place.dera_bugti"]),
])
def test_security_names_are_found_in_each_language(g, lang, text, expected):
    assert ids(g, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # armed men, as each side names them
    ("ur", "سکیورٹی فورسز نے 12 دہشت گرد ہلاک کر دیے جبکہ شدت پسندوں کے ٹھکانے تباہ کر دیے گئے",
     ["term.terrorists", "term.militants"]),
    ("ur", "آئی ایس پی آر کے مطابق فتنہ الخوارج سے تعلق رکھنے والے 8 خوارج مارے گئے",
     ["org.ispr", "term.fitna_al_khawarij", "term.khawarij"]),
    ("ur", "بی بی سی کے مطابق عسکریت پسندوں نے چوکی پر حملہ کیا",
     ["org.bbc", "term.militants"]),
    ("ps", "وسله والو پر پوځي پوستې برید وکړ او ترهګرو ته یې ګواښ وکړ",
     ["term.militants", "term.terrorists"]),
    ("ps", "د پاکستاني طالبانو جنګیالي او نامعلومو وسله والو کسانو ډزې وکړې",
     ["org.ttp", "term.gunmen"]),
    ("prs", "شورشیان و افراد مسلح ناشناس بر پاسگاه حمله کردند؛ مخالفان مسلح مسئولیت نپذیرفتند",
     ["term.insurgents", "term.gunmen", "term.armed_opposition"]),
    ("prs", "سخنگوی طالبان گفت مجاهدین به جنگجویان تحریک طالبان پاکستان پناه نداده‌اند",
     ["title.spokesperson", "org.taliban", "term.mujahideen", "org.ttp"]),
    ("prs", "در این حمله تروریستی سه تروریست کشته شدند", ["term.terrorists", "term.terrorists"]),
    # soldiers' deaths
    ("ur", "حملے میں پاک فوج کے 23 جوان شہید ہوگئے، شہداء کی نماز جنازہ ادا کر دی گئی",
     ["org.pakistan_army", "term.were_martyred", "term.martyrs"]),
    ("ur", "لیفٹیننٹ کرنل نے جام شہادت نوش کیا", ["term.martyred"]),
    ("ps", "په برید کې شپږ سرتېري شهیدان شول", ["term.were_martyred"]),
    ("prs", "دو سرباز پاکستانی به شهادت رسیدند", ["demonym.pakistani", "term.martyred"]),
    ("en", "Seven soldiers embraced martyrdom as militants and terrorists attacked; the fighters "
           "fled.",
     ["term.martyred", "term.militants", "term.terrorists"]),
])
def test_security_framing_words_are_found(g, lang, text, expected):
    assert ids(g, text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "Fighter jets struck hideouts after new levies on fuel."),  # fighter, levies
    ("ur", "خارجی امور اور داخلی سلامتی"),  # خارجی = external
    ("prs", "وزارت امور خارجی"),  # foreign
    ("prs", "در باره شهادت شاهدان در دادگاه"),  # testimony; باره = about
    ("ur", "تیرا گھر کہاں ہے"),  # your
    ("ps", "دا سیمه سپېره او وچه ده"),  # barren
    ("prs", "تربت جام در خراسان"),  # Iran's Torbat-e Jam
])
def test_everyday_words_are_not_security_hits(g, lang, text):
    assert ids(g, text, lang) == []


def test_security_places_lie_in_their_districts():
    from xsource.compare.places import around

    assert "place.north_waziristan" in around("place.datta_khel")
    assert "place.khyber_pakhtunkhwa" in around("place.tirah")
    assert "place.khost" in around("place.spera")
    assert "place.kurram" in around("place.parachinar")


@pytest.mark.parametrize("lang, text, expected", [
    # the longer name or phrase wins over the framing word inside it
    ("ur", "محکمہ انسداد دہشت گردی نے دہشت گردی کا مقدمہ درج کیا", ["org.ctd", "term.terrorism"]),
    ("ur", "شدت پسندی میں اضافہ", ["term.militancy"]),
    ("ps", "د پاکستان وسله وال ځواکونه او وسله والې ډلې", ["country.pk", "term.armed_forces", "term.armed_groups"]),
    ("ps", "ترهګرۍ پر ضد مبارزه", ["term.terrorism"]),
    ("ur", "شہید بینظیر آباد میں جلسہ", ["place.shaheed_benazirabad"]),
])
def test_longer_entries_keep_framing_words_out(g, lang, text, expected):
    assert ids(g, text, lang) == expected
    tagged = [t for h in g.match(text, lang) for t in g.get(h.entry_id).framing]
    assert tagged == []


@pytest.mark.parametrize("lang, text, rendered", [
    ("ur", "23 جوان شہید ہوگئے", "23 jawan were martyred"),
    ("ur", "ایک اہلکار شہید ہو گیا", "one officials was martyred"),
    ("ps", "شپږ سرتېري شهیدان شول", "six soldiers were martyred"),
    ("prs", "سه سرباز شهید شدند", "three soldier were martyred"),
    ("ur", "شہیدوں کا خون", "martyrs of blood"),
    ("ps", "وسله وال ځواکونه", "armed forces"),
])
def test_security_terms_render_as_readable_english(g, lang, text, rendered):
    assert english(g, text, lang) == rendered
