"""Numbers read from the original script: digits, grouping, scale words, number words, hedges."""

from __future__ import annotations


from tests.labelled import read_labelled

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xsource.numbers import extract_numbers, parse_number
from xsource.numbers.lexicon import UR_WORDS



def _rows():
    return read_labelled("numbers.tsv")


def test_labelled_set_is_large_and_covers_every_language():
    rows = _rows()
    assert len(rows) >= 150
    assert {r["lang"] for r in rows} == {"en", "ur", "ps", "prs", "fa"}


def test_labelled_set_values_hedges_units_at_least_97_percent():
    rows = _rows()
    misses = []
    for r in rows:
        found = extract_numbers(r["sentence"], r["lang"])
        got = [(m.text, m.value, m.hedge or "-", m.unit or "-") for m in found]
        want = (r["expr"], float(r["value"]), r["hedge"], r["unit"])
        if got != [want]:
            misses.append(f"{r['lang']} {r['sentence']!r}: want {want}, got {got}")
    assert len(misses) / len(rows) <= 0.03, "\n".join(misses)


def test_no_labelled_number_is_split_or_merged():
    # every sentence holds one quantity: two mentions = a split, a longer text = a merge
    for r in _rows():
        found = extract_numbers(r["sentence"], r["lang"])
        assert len(found) == 1, (r["sentence"], found)
        assert found[0].text == r["expr"], (r["sentence"], found)


@pytest.mark.parametrize("text, lang, value", [
    ("4لاکھ 52ہزار 273", "ur", 452273),
    ("دو لاکھ تین ہزار 639", "ur", 203639),
    ("۱ میلیون و ۷۰۰ هزار", "prs", 1700000),
    ("یک میلیون و ۷۰۰ هزار", "fa", 1700000),
    ("1.73 million", "en", 1730000),
    ("0.246013 million", "en", 246013),
    ("20 lakh", "en", 2000000),
    ("17 لاکھ", "ur", 1700000),
    ("۱٫۷ میلیون", "prs", 1700000),
    ("۱.۷ میلیون", "prs", 1700000),
    ("۱،۷ میلیون", "prs", 1700000),
    ("4,02,312", "en", 402312),
    ("6,00,000", "ur", 600000),
    ("١٧٠٠٠٠", "ur", 170000),
    ("۱۷0,000", "prs", 170000),  # mixed scripts in one number
    ("1٬700٬000", "fa", 1700000),
    ("two and a half million", "en", 2500000),
    ("ڈھائی لاکھ", "ur", 250000),
    ("ڈیڑھ لاکھ", "ur", 150000),
    ("دو نیم میلیون", "prs", 2500000),
    ("دوه نیم میلیونه", "ps", 2500000),
    ("اکتیس", "ur", 31),
    ("باسٹھ", "ur", 62),
    ("۲۰۰ زره", "ps", 200000),
    ("درې زره", "ps", 3000),
    ("پنځه لکه", "ps", 500000),
    ("دوه میلیونه", "ps", 2000000),
    ("سه هزار", "prs", 3000),
    ("هفت لک", "prs", 700000),
    ("۲ میلیارد", "fa", 2000000000),
    ("۵ کروڑ", "ur", 50000000),
    ("3 ارب", "ur", 3000000000),
])
def test_each_form_in_the_issue_reads_to_its_value(text, lang, value):
    assert parse_number(text, lang) == value


@pytest.mark.parametrize("word, value", [("ایک", 1), ("دو", 2), ("تین", 3), ("دس", 10),
                                         ("گیارہ", 11), ("اکتیس", 31), ("باسٹھ", 62),
                                         ("اناسی", 79), ("ننانوے", 99)])
def test_urdu_number_words_before_a_scale_word(word, value):
    assert parse_number(f"{word} ہزار افراد", "ur") == value * 1000


def test_all_urdu_words_one_to_hundred_are_known():
    values = set(UR_WORDS.values())
    assert set(range(1, 101)) <= values


@pytest.mark.parametrize("text, lang, hedge", [
    ("nearly 2 million", "en", "nearly"), ("about 4.4 million", "en", "about"),
    ("around 800,000", "en", "about"), ("approximately 300", "en", "about"),
    ("more than 170,000", "en", "more_than"), ("over 300", "en", "over"),
    ("at least 35", "en", "at_least"), ("up to 50", "en", "up_to"),
    ("less than 5%", "en", "less_than"), ("almost 2 million", "en", "nearly"),
    ("تقریباً 20 لاکھ", "ur", "about"), ("قریب 17 لاکھ", "ur", "nearly"),
    ("لگ بھگ 3 کروڑ", "ur", "about"), ("17 لاکھ سے زائد", "ur", "more_than"),
    ("5 ہزار سے زیادہ", "ur", "more_than"), ("کم از کم 12 افراد", "ur", "at_least"),
    ("نږدې ۲ میلیونه", "ps", "nearly"), ("شاوخوا ۵۰۰ کورنۍ", "ps", "about"),
    ("تر ۱۰ زرو زیات کډوال", "ps", "more_than"), ("له ۳۰۰ ډېر کسان", "ps", "more_than"),
    ("تقریباً ۳۰۰ خانواده", "prs", "about"), ("حدود ۴ میلیون", "prs", "about"),
    ("بیش از ۲۰ سال", "prs", "more_than"), ("بیش‌تر از ۴۰۰ نفر", "fa", "more_than"),
    ("دست کم ۱۵ نفر", "prs", "at_least"), ("کمتر از ۱۰ درصد", "prs", "less_than"),
    ("نزدیک به ۲ میلیون", "fa", "nearly"),
])
def test_hedges_map_to_fixed_codes(text, lang, hedge):
    found = extract_numbers(text, lang)
    assert len(found) == 1 and found[0].hedge == hedge


def test_a_number_without_hedge_words_has_none():
    assert extract_numbers("1.7 million Afghans", "en")[0].hedge is None
    assert extract_numbers("تر ۳۱ زره کسان", "ps")[0].hedge is None  # تر without زیات


@pytest.mark.parametrize("text, lang, unit", [
    ("1,200 people", "en", "people"), ("50 families", "en", "families"),
    ("29 percent", "en", "percent"), ("5%", "en", "percent"), ("$250 million", "en", "money:USD"),
    ("10,000 afghanis", "en", "money:AFN"), ("30 days", "en", "days"),
    ("35 فیصد", "ur", "percent"), ("3 کروڑ روپے", "ur", "money:PKR"), ("40 خاندان", "ur", "families"),
    ("۲۵ سلنه", "ps", "percent"), ("لس زره افغانۍ", "ps", "money:AFN"),
    ("۱۰ درصد", "prs", "percent"), ("۲۵٪", "fa", "percent"), ("۵۰۰ دالر", "prs", "money:USD"),
    ("۲۰ هزار روپیه", "prs", "money:PKR"), ("۳۰۰ نفر", "fa", "people"),
    # a quoted person's age: never a figure of the story ("a 34-year-old" vs "28 سالہ")
    ("a 34-year-old labourer", "en", "age"), ("children under 5 years old", "en", "age"),
    ("a man aged 60", "en", "age"), ("28 سالہ نور اللہ", "ur", "age"),
    # set off by commas after a name; not after a weekday, nor a count between commas
    ("Gul Muhammad, 62, who came to Peshawar", "en", "age"),
    ("Rahmatullah, 45, a labourer from Kunar, said", "en", "age"),
    ("police said on Tuesday, 24, who were detained", "en", None),
    ("In Karachi, 400, including women, were detained", "en", None),
    ("وہ 40 سال کا ہے", "ur", "age"), ("۳۵ کلن سړی", "ps", "age"), ("یک مرد ۴۰ ساله", "prs", "age"),
    ("40 سال سے مقیم", "ur", "years"), ("for 40 years", "en", "years"),
    # an earthquake's magnitude is compared with magnitudes only
    ("a magnitude 6.3 quake", "en", "magnitude"), ("6.3 on the Richter scale", "en", "magnitude"),
    ("ریکٹر اسکیل پر 6.3 شدت", "ur", "magnitude"), ("د ریښتر په کچه ۶.۳", "ps", "magnitude"),
    ("۶.۳ درجه ریشتر", "prs", "magnitude"),
    # houses destroyed are no head count; a year-like figure before them is a count
    ("1,320 houses", "en", "houses"), ("۱۳۲۰ استوګنځي", "ps", "houses"),
    ("۲۰۰۰ خانه", "prs", "houses"), ("2,000 مکانات", "ur", "houses"),
    # distances: "about 40 km northwest of Herat" in every script
    ("40 km northwest", "en", "km"), ("40 کلومیٹر شمال مغرب", "ur", "km"),
    ("۴۰ کیلومتره لویدیځ", "ps", "km"), ("۴۰ کیلومتری شمال غرب", "prs", "km"),
    ("the roughly 2,600-kilometre border", "en", "km"), ("a 2,640-km-long border", "en", "km"),
    # soldiers and attackers are counted people (the comparator tells which: figures.WHO)
    ("23 soldiers", "en", "people"), ("six attackers", "en", "people"),
    ("23 جوان شہید", "ur", "people"), ("۲۳ پوځیان", "ps", "people"), ("څلور بریدګر", "ps", "people"),
    ("۲۵ سرباز", "prs", "people"),
    # people counted as written in casualty reports: women, forces, and a nationality or
    # service word between the figure and the noun
    ("5 خواتین", "ur", "people"), ("7 سیکیورٹی اہلکار", "ur", "people"),
    ("8 عام شہری", "ur", "people"), ("چار پاکستانی فوجی ہلاک", "ur", "people"),
    ("پنځه یې ښځې", "ps", "people"), ("شپږ پاکستاني سرتېري", "ps", "people"),
    ("اووه ملکي وګړي", "ps", "people"), ("لس امنیتي ځواکونه", "ps", "people"),
    ("پنج زن", "prs", "people"), ("سه کودکان", "prs", "people"), ("۲۳ نیروی امنیتی", "prs", "people"),
    ("six Pakistani soldiers", "en", "people"), ("seven security personnel", "en", "people"),
    ("7 police killed", "en", "people"), ("two FC personnel", "en", "people"),
    # what disasters, strikes and closures count besides people: villages, districts,
    # provinces and trucks (Persian puts a singular noun after a numeral)
    ("13 villages", "en", "villages"), ("زندہ جان کے 13 دیہات", "ur", "villages"),
    ("۱۳ کلي بېخي ویجاړ شول", "ps", "villages"), ("۱۳ روستا", "prs", "villages"),
    ("۷ قریه‌ها", "prs", "villages"), ("in 12 districts", "en", "districts"),
    ("۵ ولسوالۍ", "ps", "districts"), ("۱۰ ولایت", "prs", "provinces"),
    ("about 5,000 loaded trucks", "en", "vehicles"), ("5 ہزار مال بردار گاڑیاں", "ur", "vehicles"),
    ("۷ زره لارۍ", "ps", "vehicles"), ("۴۰۰۰ موتر", "prs", "vehicles"),
    # hostages and students are head counts
    ("21 hostages were martyred", "en", "people"), ("۲۱۴ گروگان را کشته", "prs", "people"),
    ("۳۰۰ ګروګانان خوشې شول", "ps", "people"), ("35 ہزار طالبات", "ur", "people"),
    # a vaccination drive's workers, teams and cases, past the words that say of what
    ("Around 400,000 health workers", "en", "people"), ("۴ لاکھ سے زائد پولیو ورکرز", "ur", "people"),
    ("۲۱۰۰ روغتیايي ټیمونه", "ps", "teams"), ("2,100 teams", "en", "teams"), ("۳ هزار تیم", "prs", "teams"),
    ("1,800 vaccination teams", "en", "teams"), ("41 cases", "en", "cases"),
    ("۳۹ کیسز", "ur", "cases"), ("۱۸ پېښې", "ps", "cases"), ("۲۴ مورد", "prs", "cases"),
    # a match's runs, wickets, overs and balls
    ("by eight wickets", "en", "wickets"), ("off 113 balls", "en", "balls"),
    ("۷۸ رنز", "ur", "runs"), ("۲۸۲ منډې", "ps", "runs"), ("۲۸۶ دوش", "prs", "runs"),
    ("په ۵۰ اوورونو کې", "ps", "overs"), ("با ۷ ویکت", "prs", "wickets"),
    # who else a toll counts, past a nationality
    ("shot dead 23 travellers and drivers", "en", "people"),
    ("Three Spanish tourists were among the dead", "en", "people"),
    # the people word is the attacks' adjective: the figure counts attacks
    ("له ۳۰۰ څخه زیات وسله‌وال بریدونه ثبت شوي دي", "ps", "attacks"),
    ("300 سے زائد دہشت گرد حملے ہوئے", "ur", "attacks"), ("300 militant attacks", "en", "attacks"),
    # the suspects held after an attack
    ("۴ مظنون را بازداشت کرده‌اند", "prs", "people"), ("2 مشتبہ افراد کو حراست میں", "ur", "people"),
    ("درې شکمن کسان ونیول شول", "ps", "people"),
    # the countries a meeting drew
    ("envoys from about 25 countries took part", "en", "countries"),
    ("نمایندگان ۳۰ کشور در این نشست حضور داشتند", "prs", "countries"),
    ("طالبان وفد نے 8 ممالک کے وفود سے ملاقاتیں کیں", "ur", "countries"),
    ("له ۱۲ هېوادونو سره یې لیدنې وکړې", "ps", "countries"),
    # a trial's witnesses
    ("عدالت نے استغاثہ کے 25 گواہوں کے بیانات قلم بند کیے", "ur", "witnesses"),
    ("اظهارات ۲۸ شاهد دادستانی را ثبت کرده بود", "prs", "witnesses"),
    ("the court recorded the statements of 25 witnesses", "en", "witnesses"),
])
def test_units_when_they_can_be_told(text, lang, unit):
    found = extract_numbers(text, lang)
    assert len(found) == 1 and found[0].unit == unit


@pytest.mark.parametrize("text, lang", [
    ("The deadline was October 31.", "en"),
    ("In 2023 the policy changed.", "en"),
    ("Call 03001234567 for help.", "en"),
    ("He finished 1st in the race.", "en"),
    ("The F16 crashed.", "en"),
    ("COVID-19 and F-16 are names.", "en"),
    ("تاریخ 31/10/2023 درج ہے", "ur"),
    ("۳۱ اکتوبر تک ملک چھوڑنا ہوگا", "ur"),
    ("در سال ۱۴۰۲ این تصمیم گرفته شد", "prs"),
    ("ایک سینئر اہلکار نے کہا", "ur"),  # ایک = "a", not a figure
    ("اسی طرح حکومت نے کہا", "ur"),  # اسی = "same", not 80
    ("این کار نه ساده است", "fa"),  # نه = "not", not 9
    ("millions of Afghans and thousands of families", "en"),
    ("میلیون‌ها افغان", "fa"),
    ("یک مهاجر گفت", "prs"),  # یک + noun is "a migrant"
    ("at 8 a.m. on Monday", "en"),
    ("صبح 8 بجے اجلاس ہوا", "ur"),
    ("به هشت صبح گفت", "prs"),  # the outlet Hasht-e Subh, literally "eight morning"
    ("ساعت ۱۰ جلسه شروع شد", "fa"),
    ("صبح روز پنج‌شنبه زلزله آمد", "prs"),  # Thursday, not five
    ("روز سه شنبه", "prs"), ("د پنجشنبې په ورځ", "ps"),  # Tuesday, Thursday
    ("in year 1401 also", "en"),  # a solar year in word-by-word English
    ("در سال ۱۴۰۲ خانه ساخت", "prs"),  # a year, though a house follows it
    # a span of years ends in a year, though "until" is a hedge on figures
    ("1996 سے 2001 تک طالبان کی حکومت رہی", "ur"),
    ("از ۱۳۷۵ تا ۱۳۸۰ هجری خورشیدی", "prs"),
])
def test_dates_years_ids_and_look_alike_words_are_not_quantities(text, lang):
    assert extract_numbers(text, lang) == []


@pytest.mark.parametrize("text, lang, values", [
    ("2 million and 300,000 families", "en", [2000000, 300000]),
    ("10, 20 and 30 people", "en", [10, 20, 30]),
    ("۲۴ خودکش حملوں میں سے ۱۴ میں", "ur", [24, 14]),
    ("2023 میں 5 لاکھ افراد", "ur", [500000]),
    ("17 لاکھ، 20 ہزار", "ur", [1700000, 20000]),
    ("۱۲۰۰ نفر و ۳۰۰ خانواده", "prs", [1200, 300]),
    ("10-15 people were hurt", "en", [10, 15]),
    ("between 2,000–3,000 families", "en", [2000, 3000]),
    ("call 0300-1234567 or 35202-1234567-1", "en", []),
    ("تا ۱۴۰۰ تن زخمی شدند", "prs", [1400]),  # up to 1,400 people: counted, not a year
    ("up to 1950 people were hurt", "en", [1950]),
])
def test_neighbouring_numbers_are_not_merged(text, lang, values):
    assert [m.value for m in extract_numbers(text, lang)] == values


def test_offsets_point_into_the_original_text():
    text = "گزارش: نزدیک به ۲ میلیون تبعه افغانستانی"
    [m] = extract_numbers(text, "fa")
    assert text[m.start:m.end] == m.text == "۲ میلیون"


def test_presentation_forms_read_as_letters_with_offsets_into_the_original():
    # text copied out of PDFs: every letter is a presentation form (U+FB50-FDFF, U+FE70-FEFF)
    text = "ﭘﺸﺎﻭﺭ ﺳﮯ ۲۰ ﮨﺰﺍﺭ ﺍﻓﻐﺎﻥ ﺧﺎﻧﺪﺍﻥ ﻭﺍﭘﺲ ﺟﺎ ﭼﮑﮯ ﮨﯿﮟ"
    [m] = extract_numbers(text, "ur")
    assert (m.value, m.unit) == (20000, "families")
    assert text[m.start:m.end] == m.text == "۲۰ ﮨﺰﺍﺭ"
    [m] = extract_numbers("ﺑﯿﺶ ﺍﺯ ۱۰ ﻫﺰﺍﺭ ﻣﻬﺎﺟﺮ", "prs")
    assert (m.value, m.hedge) == (10000, "more_than")


@pytest.mark.parametrize("text, value, unit", [
    ("up to Rs50,000", 50000, "money:PKR"), ("Rs.50,000", 50000, "money:PKR"),
    ("$2m", 2000000, "money:USD"), ("Af1,000", 1000, "money:AFN"),
    ("PKR50,000", 50000, "money:PKR"), ("up to Rs. 50,000", 50000, "money:PKR"),
])
def test_currency_glued_to_the_number_is_money_not_an_id(text, value, unit):
    [m] = extract_numbers(text, "en")
    assert (m.value, m.unit) == (value, unit)
    assert m.hedge == ("up_to" if text.startswith("up to") else None)


@pytest.mark.parametrize("text, value, hedge", [
    ("170,000-plus returnees", 170000, "over"), ("1.7m Afghans", 1700000, None),
    ("2mn Afghans", 2000000, None), ("170k people", 170000, None),
])
def test_english_agency_style(text, value, hedge):
    [m] = extract_numbers(text, "en")
    assert (m.value, m.hedge) == (value, hedge)


@pytest.mark.parametrize("text, lang, value, hedge", [
    ("تر ۵ زرو ډېرې کورنۍ", "ps", 5000, "more_than"),  # feminine, agreeing with کورنۍ
    ("تر 1500 زياتې کورنۍ", "ps", 1500, "more_than"),  # Arabic yeh
    ("تر ۲۰۰ زیاته کورنۍ", "ps", 200, "more_than"),
    ("زیادہ سے زیادہ ۵۰ ہزار روپے", "ur", 50000, "up_to"),
    ("کم سے کم ۲۰۰ افراد", "ur", 200, "at_least"),
])
def test_hedge_forms_seen_in_the_wild(text, lang, value, hedge):
    [m] = extract_numbers(text, lang)
    assert (m.value, m.hedge) == (value, hedge)


@pytest.mark.parametrize("word, value", [
    ("دوو", 2), ("درېیو", 3), ("دریو", 3), ("څلورو", 4), ("پنځو", 5), ("شپږو", 6),
    ("اوو", 7), ("اتو", 8), ("نهو", 9), ("لسو", 10), ("شلو", 20), ("پنځوسو", 50),
])
def test_pashto_oblique_number_forms(word, value):
    [m] = extract_numbers(f"په تېرو {word} ورځو کې", "ps")
    assert (m.text, m.value, m.unit) == (word, value, "days")


def test_pashto_no_so_is_not_nine():
    assert extract_numbers("نو دوی بېرته راغلل", "ps") == []


def test_a_day_written_in_words_belongs_to_the_date():
    text = "حکومت نے اکتیس اکتوبر کی ڈیڈ لائن میں توسیع سے انکار کر دیا۔"
    assert extract_numbers(text, "ur") == []
    assert extract_numbers("مهلت تا نهم آبان بود", "fa") == []


# --- property tests: format a number the ways outlets do, read it back -------------------

_EASTERN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_FA_ONES = ["", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه"]
_FA_TEENS = ["ده", "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده",
             "نوزده"]
_FA_TENS = ["", "", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود"]
_FA_HUNDREDS = ["", "صد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد"]


def _indian(n: int) -> str:
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    groups.insert(0, head)
    return ",".join(groups) + "," + tail


def _fa_words(n: int) -> str:
    parts = []
    if n >= 100:
        parts.append(_FA_HUNDREDS[n // 100])
        n %= 100
    if 10 <= n < 20:
        parts.append(_FA_TEENS[n - 10])
    else:
        if n >= 20:
            parts.append(_FA_TENS[n // 10])
        if n % 10:
            parts.append(_FA_ONES[n % 10])
    return " و ".join(parts)


def _ur_word(n: int) -> str:
    return next(w for w, v in UR_WORDS.items() if v == n)


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1, max_value=10**9))
def test_property_digits_in_every_script_and_grouping(n):
    assert parse_number(f"{n:,} افراد", "ur") == n
    assert parse_number(f"{n:,}".translate(_EASTERN).replace(",", "٬") + " نفر", "fa") == n
    assert parse_number(_indian(n).translate(_ARABIC) + " افراد", "ur") == n
    assert parse_number(_indian(n) + " people", "en") == n


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=99), st.integers(min_value=0, max_value=99),
       st.integers(min_value=0, max_value=99), st.integers(min_value=0, max_value=999))
def test_property_urdu_crore_lakh_hazar_compositions(crore, lakh, hazar, rest):
    n = crore * 10**7 + lakh * 10**5 + hazar * 1000 + rest
    if n == 0:
        return
    parts = []
    for value, scale in ((crore, "کروڑ"), (lakh, "لاکھ"), (hazar, "ہزار")):
        if value:
            parts.append(f"{value}{scale}" if value % 2 else f"{value} {scale}")
    if rest:
        parts.append(str(rest))
    assert parse_number(" ".join(parts) + " افراد", "ur") == n
    # the same with number words for each group below 100
    words = [f"{_ur_word(v)} {s}" for v, s in ((crore, "کروڑ"), (lakh, "لاکھ"), (hazar, "ہزار")) if v]
    if rest and rest < 100 and (words or rest > 1):  # a lone ایک + noun is the article "a"
        words.append(_ur_word(rest))
        assert parse_number(" ".join(words) + " افراد", "ur") == crore * 10**7 + lakh * 10**5 + hazar * 1000 + rest


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999),
       st.booleans())
def test_property_persian_milyun_o_hazar(millions, thousands, as_words):
    n = millions * 10**6 + thousands * 1000
    m = _fa_words(millions) if as_words else str(millions).translate(_EASTERN)
    text = f"{m} میلیون"
    if thousands:
        t = _fa_words(thousands) if as_words else str(thousands).translate(_EASTERN)
        text += f" و {t} هزار"
    assert parse_number(text + " نفر", "fa") == n
    assert parse_number(text + " نفر", "prs") == n


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=9999), st.sampled_from([1, 2, 3]),
       st.sampled_from([("million", 10**6), ("lakh", 10**5), ("crore", 10**7),
                        ("billion", 10**9), ("thousand", 1000)]))
def test_property_decimal_with_english_scale_words(whole, places, scale):
    word, factor = scale
    text = f"{whole / 10**places:.{places}f}"
    expected = round(whole * factor / 10**places)
    assert parse_number(f"{text} {word}", "en") == expected
    assert parse_number(f"{text.translate(_EASTERN).replace('.', '٫')} میلیون", "fa") == \
        round(whole * 10**6 / 10**places)


def test_arabic_comma_between_digits():
    # ۱،۷ is a decimal as Dari writers use it; ۱،۲۰۰،۰۰۰ (groups of three) is grouping;
    # a list written with the Arabic comma has a space after it and stays two numbers
    assert parse_number("۱،۷ میلیون", "prs") == 1700000
    assert parse_number("۱،۲۰۰،۰۰۰ نفر", "fa") == 1200000
    assert [m.value for m in extract_numbers("۱۲، ۱۵ و ۲۰ نفر", "fa")] == [12, 15, 20]


@pytest.mark.parametrize("text, lang, value", [
    ("17 لاكھ", "ur", 1700000),  # Arabic kaf
    ("۵ ہـزار", "ur", 5000),  # tatweel
    ("۱٫۷ ميليون", "prs", 1700000),  # Arabic yeh
    ("دو هَزار", "fa", 2000),  # harakat
    ("٢ ملیون", "prs", 2000000),  # Arabic-Indic digit in Dari text
    ("دري زره", "ps", 3000),  # درې written with Arabic yeh
    ("څلور ميليونه", "ps", 4000000),
])
def test_spellings_seen_in_the_wild(text, lang, value):
    assert parse_number(text, lang) == value


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=99), st.integers(min_value=0, max_value=99),
       st.integers(min_value=0, max_value=999), st.booleans())
def test_property_pashto_lakh_and_zara(lakh, zar, rest, eastern):
    def digits(n: int) -> str:
        return str(n).translate(_EASTERN) if eastern else str(n)

    text = f"{digits(lakh)} لکه"
    if zar:
        text += f" او {digits(zar)} زره"
    if rest:
        text += f" او {digits(rest)}"
    assert parse_number(text + " کسان", "ps") == lakh * 10**5 + zar * 1000 + rest


@pytest.mark.parametrize("digits", ["1" * 4301, "۱" * 4301, "9" * 25])
def test_a_pasted_digit_column_is_not_a_figure_and_does_not_crash(digits):
    from xsource.dates import extract_dates

    text = f"The ministry said {digits} people crossed on Friday."
    assert extract_numbers(text, "en") == []
    assert [d.text for d in extract_dates(text, "en", "2023-11-07")] == ["Friday"]


@pytest.mark.parametrize("text, hedge", [
    ("له ۵۰۰ څخه زیات مسافر پکې سپاره وو", "more_than"),  # the ablative closes before زیات
    ("له ۵۰۰ څخه کم کسان", "less_than"),
    ("تر ۵۰۰ کم کسان", "less_than"),
])
def test_pashto_more_and_less_than_around_the_ablative(text, hedge):
    [m] = extract_numbers(text, "ps")
    assert (m.value, m.hedge) == (500, hedge)


@pytest.mark.parametrize("text, unit", [
    ("The U.S. Geological Survey (USGS) put the magnitude of the tremor at 6.0.", "magnitude"),
    ("The quake measured 6.3, the agency said.", "magnitude"),
    ("A 6.0 quake struck late on Sunday.", "magnitude"),
    ("5 quakes struck the region this year.", None),  # a count of quakes
])
def test_an_english_magnitude_told_wire_style(text, unit):
    [m] = extract_numbers(text, "en")
    assert m.unit == unit


@pytest.mark.parametrize("text, lang, value, hedge", [
    # a count that has reached a figure: تک / ته / پورې belong to the verb, no upper bound
    ("زخمیوں کی تعداد تین ہزار تک جا پہنچی ہے", "ur", 3000, None),
    ("ہلاکتوں کی تعداد 800 تک پہنچ گئی", "ur", 800, None),
    ("د ټپیانو شمېر ۲۵۰۰ ته ورسېد", "ps", 2500, None),
    ("د مړو شمېر ۹۳ تنو ته ورسېد", "ps", 93, None),
    # ...and "up to" where nothing is reached
    ("تین ہزار تک لوگ متاثر ہو سکتے ہیں", "ur", 3000, "up_to"),
    ("تر ۵۰۰ پورې کسان", "ps", 500, "up_to"),
    ("واپس جانے والوں کی تعداد 17 لاکھ تک پہنچ سکتی ہے", "ur", 1_700_000, "up_to"),  # could
])
def test_a_count_that_reached_a_figure_is_no_up_to(text, lang, value, hedge):
    [m] = extract_numbers(text, lang)
    assert (m.value, m.hedge) == (value, hedge)


@pytest.mark.parametrize("text, lang, unit", [
    ("دو فوجی چوکیوں کو نشانہ بنایا", "ur", "posts"),  # military posts, not two soldiers
    ("4 فوجی ہلاک ہو گئے", "ur", "people"),
    ("د پاکستاني پوځ دوه پوستې په نښه شوې", "ps", "posts"),
    ("مهاجمان ۲ پاسگاه را هدف قرار دادند", "prs", "posts"),
    ("Pakistani troops killed 12 of the attackers in the fighting", "en", "people"),
    ("د مړو شمېر ۹۳ تنو ته ورسېد", "ps", "people"),  # تنو, the oblique of تنه
    # the rounds of a shooting, and a distance
    ("at least five shots rang out", "en", "rounds"),
    ("۱۲ گلوله به سوی محوطه سفارت شلیک شد", "prs", "rounds"),
    ("درې مرمۍ ولګېدې", "ps", "rounds"),
    ("حملہ آور نے 12 گولیاں چلائیں", "ur", "rounds"),
    ("about 200 metres from the embassy gate", "en", "m"),
    ("شاوخوا ۵۰۰ متره لرې ده", "ps", "m"),
    ("۳۰۰ متر دورتر از سفارت", "prs", "m"),
    # a delegation's or a house's members: a count of their own ("169 members", not seats)
    ("Islamabad has dispatched a seven-member team", "en", "members"),
    ("هیئت پاکستانی ۱۱ عضو دارد", "prs", "members"),
    ("سات رکنی وفد استنبول پہنچ گیا", "ur", "members"),
    ("A government needs the support of 169 members in the house", "en", "members"),
    # a strike's missiles, and attackers counted in Pashto words ("لس برید کوونکي", ten)
    ("the drone fired two Hellfire missiles at the building", "en", "missiles"),
    ("پهپاد سه موشک هلفایر را شلیک کرد", "prs", "missiles"),
    ("دو میزائل داغے گئے", "ur", "missiles"),
    ("لس برید کوونکي وژلي دي", "ps", "people"),
    # land under a crop
    ("The area planted with poppy shrank to an estimated 10,800 hectares", "en", "ha"),
    ("محض 18 ہزار ہیکٹر رقبے پر پوست کاشت کی گئی", "ur", "ha"),
    ("۱۸ زره هکتاره ځمکه", "ps", "ha"),
    ("۲۳۳ هزار هکتار زمین", "prs", "ha"),
    # ...but the members of an anecdote's family are no such count
    ("he lost seven members of his family in the quake", "en", None),
    ("۱۲ عضو خانواده‌اش را از دست داده است", "prs", None),
    # the wounded and the dead counted by their state: people
    ("Emergency said it had received 18 wounded", "en", "people"),
    ("شفاخانه اعلام کرد که ۲۱ زخمی را پذیرفته است", "prs", "people"),
    ("ہسپتال میں 21 زخمی لائے گئے", "ur", "people"),
    ("روغتون ته ۲۱ ټپیان راوړل شوي دي", "ps", "people"),
    ("Of those who lost their lives, 14 were soldiers", "en", "people"),
    # a river's water and a dam's power (a year-like figure before a unit is no year)
    ("the Kabul river brings about 16.5 million acre-feet of water a year", "en", "acre-ft"),
    ("ہر سال لگ بھگ 16.5 ملین ایکڑ فٹ پانی پاکستان آتا ہے", "ur", "acre-ft"),
    ("the dams could produce around 1,500 megawatts", "en", "MW"),
    ("دا بندونه کولای شي ۲۰۰۰ مېګاواټه برېښنا تولید کړي", "ps", "MW"),
    ("این بندها ۲۰۰۰ مگاوات برق تولید خواهند کرد", "prs", "MW"),
    # nationals counted with their nationality between: people
    ("five Chinese citizens were wounded in the attack", "en", "people"),
    ("فائرنگ کی زد میں آ کر تین چینی شہری زخمی ہوئے", "ur", "people"),
    ("په برید کې درې چینايي اتباع ټپیان شول", "ps", "people"),
    ("در این حمله سه تبعه چینی زخمی شدند", "prs", "people"),
    # explosives and aid weighed
    ("the bomber had been carrying around six kilogrammes of explosives", "en", "kg"),
    ("بریدګر له ځان سره شاوخوا شپږ کیلوګرامه چاودېدونکي توکي درلودل", "ps", "kg"),
    ("حملہ آور کے پاس تقریباً 6 کلو گرام بارودی مواد تھا", "ur", "kg"),
    ("Kabul sent 1,000 tonnes of food and medicine", "en", "tons"),
    ("پولیسو ۲۰۰۰ کیلوګرامه چرس ونیول", "ps", "kg"),  # a year-like figure before kg is no year
    # a length of days written as the event's adjective: "a two-day visit"
    ("اسحاق ڈار چین کے دو روزہ دورے پر ہیں", "ur", "days"),
    ("اسحاق ډار د درې ورځني سفر لپاره بیجینګ ته تللی", "ps", "days"),
    ("وزیر خارجه به یک سفر سه روزه رفته است", "prs", "days"),
    # attackers counted past "suicide" (the Kandahar mosque: four bombers against two)
    ("witnesses said two suicide bombers blew themselves up", "en", "people"),
    ("عینی شاہدین کا کہنا ہے کہ حملے میں دو خودکش حملہ آور ملوث تھے", "ur", "people"),
    ("څلور ځانمرګي بریدګر په برید کې ښکېل وو", "ps", "people"),
    ("all three gunmen were killed by special forces", "en", "people"),
])
def test_the_unit_a_figure_counts(text, lang, unit):
    [m] = extract_numbers(text, lang)
    assert m.unit == unit


@pytest.mark.parametrize("text, lang", [
    ("the Punjab government imposed Section 144 across the province", "en"),
    ("troops were called in under Article 245 of the Constitution", "en"),
    ("پنجاب حکومت نے صوبے بھر میں دفعہ 144 نافذ کر دی", "ur"),
    ("وفاقی حکومت نے آرٹیکل 245 کے تحت فوج طلب کر لی", "ur"),
    ("د اساسي قانون د ۲۴۵ مادې له مخې پوځ وغوښتل شو", "ps"),
    ("بر اساس ماده ۲۴۵ قانون اساسی ارتش فراخوانده شد", "prs"),
])
def test_a_law_s_clause_is_named_by_its_number_not_counted(text, lang):
    """Section 144 and Article 245 are two clauses of law, never two counts that conflict."""
    [m] = extract_numbers(text, lang)
    assert m.unit == "section"


@pytest.mark.parametrize("text, lang", [
    ("the £190 million the UK's National Crime Agency returned", "en"),
    ("برطانیہ سے پاکستان منتقل ہونے والی 190 ملین پاؤنڈ کی رقم", "ur"),
])
def test_pounds_are_money(text, lang):
    [m] = extract_numbers(text, lang)
    assert (m.value, m.unit) == (190e6, "money:GBP")


def test_a_number_word_right_after_a_figure_is_no_second_figure():
    """Pashto نه is "nine" and the ablative's "than": "له ۱۰ نه زیات" has one figure."""
    assert [m.value for m in extract_numbers("له ۱۰ نه زیات کسان", "ps")] == [10]
    assert [m.value for m in extract_numbers("نه کسان ووژل شول", "ps")] == [9]


@pytest.mark.parametrize("text, unit", [
    ("The number of polio cases reported in the country this year has risen to 41.", "cases"),
    ("The number of Afghans who have returned has reached 400,000.", "people"),
    ("The death toll has risen to 41.", "people"),
    ("The drive ended at 41.", None),
])
def test_a_unit_named_before_the_verb_that_gives_the_figure(text, unit):
    [found] = extract_numbers(text, "en")
    assert found.unit == unit


@pytest.mark.parametrize("text, lang, value", [
    # "the number of those killed in the blast has become 63"
    ("خودکش دھماکے میں ہلاک ہونے والوں کی تعداد 63 ہو گئی ہے۔", "ur", 63),
    ("زخمیوں کی تعداد بڑھ کر 130 ہو گئی ہے۔", "ur", 130),
    ("د مړو شمېر ۶۳ ته ورسېد.", "ps", 63),
    ("شمار کشته‌شدگان این رویداد به ۶۳ رسید.", "prs", 63),
])
def test_a_count_of_the_dead_or_wounded_named_before_its_figure_counts_people(text, lang, value):
    [found] = extract_numbers(text, lang)
    assert (found.value, found.unit) == (value, "people")


def test_a_count_of_things_named_before_its_figure_is_no_count_of_people():
    [found] = extract_numbers("سرحد پر کھڑی گاڑیوں کی تعداد 63 ہو گئی ہے۔", "ur")
    assert found.unit != "people"


def test_pashto_domestic_and_foreign_bodies_are_no_families():
    """کورنۍ is "families" after a figure, and "domestic" beside بهرنۍ (foreign)."""
    [found] = extract_numbers("شاوخوا ۲۵۰ کورنۍ او بهرنۍ موسسې ثبت دي.", "ps")
    assert found.unit != "families"
    [found] = extract_numbers("شاوخوا ۲۵۰ کورنۍ بېځایه شوې دي.", "ps")
    assert found.unit == "families"


def test_a_counted_noun_named_before_its_figure_is_its_unit():
    """"رکے ہوئے ٹرانزٹ کنٹینرز کی مجموعی تعداد 3 ہزار تک جا پہنچی" (the total number of stuck
    transit containers has reached 3,000): containers, as "3 ہزار کنٹینرز" would say."""
    [found] = extract_numbers("رکے ہوئے افغان ٹرانزٹ کنٹینرز کی مجموعی تعداد 3 ہزار تک جا پہنچی ہے",
                              "ur")
    assert (found.value, found.unit, found.hedge) == (3000, "vehicles", None)


# What a figure counts, or that it is a name: one table, each row a reading a desk relies on
FIGURES_READ = [
    # a batter's innings is written as runs off balls; fours and sixes are counts of their own
    ("Babar Azam top-scored with 74 off 92 balls.", "en", [(74, "runs"), (92, "balls")]),
    ("Zadran's 177 off 146 deliveries is a record.", "en", [(177, "runs"), (146, "balls")]),
    ("His innings featured 12 fours and six sixes.", "en", [(12, "fours"), (6, "sixes")]),
    ("انہوں نے 12 چوکے اور 6 چھکے لگائے", "ur", [(12, "fours"), (6, "sixes")]),
    ("ځدراڼ په خپل اننګز کې پنځه شپږیزې ووهلې", "ps", [(5, "sixes")]),
    ("In 20 overs they made 115 runs.", "en", [(20, "overs"), (115, "runs")]),
    # a cricket format or stage named by its number is never a count
    ("Afghanistan beat Australia in the Super Eight stage of the T20 World Cup.", "en", []),
    ("Australia, the current 50-over world champions, went out.", "en", []),
    ("ٹی 20 انٹرنیشنل کرکٹ میں آسٹریلیا کے خلاف پہلی فتح", "ur", []),
    ("د ټي ۲۰ نړیوال جام په نیمه پایلوبه کې", "ps", []),
    ("جام جهانی بیست‌اووری در مرحله سوپر هشت", "prs", []),
    ("Officials counted 30 over the past week.", "en", [(30, None)]),  # "over" alone: a count
    # aircraft and drones are machines counted, past the adjectives before them
    ("Pakistan shot down five Indian fighter jets.", "en", [(5, "aircraft")]),
    ("پاک فضائیہ نے بھارت کے پانچ جنگی طیارے مار گرائے", "ur", [(5, "aircraft")]),
    ("پنځه هندي جنګي الوتکې وغورځول شوې", "ps", [(5, "aircraft")]),
    ("پنج جنگنده هندی سرنگون شد", "prs", [(5, "aircraft")]),
    ("پنج هواپیمای جنگی هند سقوط کرد", "prs", [(5, "aircraft")]),
    # places struck are counted as sites: "nine sites", Dari "۹ نقطه", Urdu "نو مقامات"
    ("Indian officials said nine sites had been hit.", "en", [(9, "sites")]),
    ("بھارت نے نو مقامات پر حملے کیے", "ur", [(9, "sites")]),
    ("موشک‌های هندی در مجموع ۹ نقطه را هدف قرار دادند", "prs", [(9, "sites")]),
    ("په نهو ځایونو برید وشو", "ps", [(9, "sites")]),
    # rain is measured in millimetres, never a count of people
    ("Some 150 millimeters of rain fell on Buner in a single hour.", "en", [(150, "mm")]),
    ("ایک گھنٹے میں 150 ملی میٹر بارش ہوئی", "ur", [(150, "mm")]),
    ("۱۵۰ میلی‌متر باران بارید", "prs", [(150, "mm")]),
    # a gunfight's hours: Pashto "۳ ساعته جګړه" (a three-hour fight), Dari "سه ساعت درگیری"
    # (not "ساعت ۱۰ صبح", ten in the morning)
    ("امنیتي ځواکونو له بریدګرو سره ۳ ساعته جګړه وکړه", "ps", [(3, "hours")]),
    # feet of snow or of a ravine: Urdu فٹ, Pashto فټه, Dari فوت (not فوت کردند, died)
    ("طوفان کے دوران مری میں چھ فٹ برف پڑی", "ur", [(6, "ft")]),
    ("په یوه شپه کې څلور فټه واوره ورېدلې", "ps", [(4, "ft")]),
    ("شش فوت برف بارید", "prs", [(6, "ft")]),
    ("ده نفر فوت کردند", "prs", [(10, "people")]),
    # "a quarter of a million" is 250,000, never "a million"
    ("a drought that forced about a quarter of a million people from their homes", "en",
     [(250_000, "people")]),
    ("in the first quarter of the year 200 people left", "en", [(200, "people")]),
    # a second tremor "measuring 4.9" in a quake's sentence is a magnitude
    ("The first tremor, with a magnitude of 5.3, was followed by a second measuring 4.9.",
     "en", [(5.3, "magnitude"), (4.9, "magnitude")]),
    ("سه ساعت درگیری ادامه داشت", "prs", [(3, "hours")]),
    ("حمله ساعت ۱۰ صبح آغاز شد", "prs", []),
]


@pytest.mark.parametrize("text, lang, expected", FIGURES_READ)
def test_what_a_figure_counts_or_names(text, lang, expected):
    assert [(n.value, n.unit) for n in extract_numbers(text, lang)] == expected


def test_the_officials_who_tell_a_figure_are_no_count_of_it():
    """"two Pakistani security officials told Arab News": the sources, not a count."""
    found = extract_numbers("two Pakistani security officials told Arab News", "en")
    assert [(n.value, n.unit) for n in found] == [(2.0, None)]
