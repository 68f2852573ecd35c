"""Dates in en/ur/ps/prs/fa: Gregorian, Solar Hijri, Lunar Hijri, weekdays, relative words."""

from __future__ import annotations


from tests.labelled import read_labelled

import pytest

from xsource.dates import extract_dates



def _rows():
    return read_labelled("dates.tsv")


def test_labelled_set_is_large_and_covers_every_language():
    rows = _rows()
    assert len(rows) >= 80
    assert {r["lang"] for r in rows} == {"en", "ur", "ps", "prs", "fa"}
    assert {r["calendar"] for r in rows} == {"gregorian", "solar_hijri", "lunar_hijri", "relative"}


def test_labelled_set_at_least_97_percent_exact():
    rows = _rows()
    misses = []
    for r in rows:
        ref = None if r["ref"] == "-" else r["ref"]
        got = [(d.text, d.value or "-", d.calendar) for d in extract_dates(r["sentence"], r["lang"], ref)]
        want = (r["expr"], r["value"], r["calendar"])
        if got != [want]:
            misses.append(f"{r['lang']} {r['sentence']!r} ref={ref}: want {want}, got {got}")
    assert len(misses) / len(rows) <= 0.03, "\n".join(misses)


@pytest.mark.parametrize("text, lang, value", [
    ("9 عقرب 1402", "prs", "2023-10-31"),
    ("۱۰ آبان ۱۴۰۲", "fa", "2023-11-01"),
    ("۹ لړم ۱۴۰۲", "ps", "2023-10-31"),
    ("۱ حمل ۱۴۰۲", "prs", "2023-03-21"),
    ("۱۷ ربیع الثانی ۱۴۴۵", "fa", "2023-11-01"),
    ("31 October 2023", "en", "2023-10-31"),
    ("October 31, 2023", "en", "2023-10-31"),
    ("یکم نومبر 2023", "ur", "2023-11-01"),
    ("۳۱ اکتبر ۲۰۲۳", "fa", "2023-10-31"),
    ("۵ فبروری ۲۰۲۴", "prs", "2024-02-05"),
    ("۵ ژانویه ۲۰۲۴", "fa", "2024-01-05"),
])
def test_each_calendar_converts_to_gregorian(text, lang, value):
    [d] = extract_dates(text, lang)
    assert d.value == value


def test_a_date_without_a_year_takes_it_from_the_article_date():
    [d] = extract_dates("the deadline of October 31", "en", "2023-11-07")
    assert d.value == "2023-10-31"
    [d] = extract_dates("the camp opened on 31 December", "en", "2024-01-05")
    assert d.value == "2023-12-31"  # the nearest sensible year, not eleven months ahead
    [d] = extract_dates("۹ عقرب", "prs", "2023-11-10")
    assert d.value == "2023-10-31"


@pytest.mark.parametrize("text, lang, expr, value", [
    # a December 2024 article recalls last year's strikes: not 18 March 2025, three months on
    ("در ۲۸ حوت سال گذشته هم", "prs", "۲۸ حوت سال گذشته", "2024-03-18"),
    ("سال گذشته در ۲۸ حوت", "prs", "سال گذشته در ۲۸ حوت", "2024-03-18"),
    ("تېر کال د کب په ۲۸مه", "ps", "تېر کال د کب په ۲۸مه", "2024-03-18"),
    ("گزشتہ سال ۱۸ مارچ کو", "ur", "گزشتہ سال ۱۸ مارچ", "2023-03-18"),
    ("on March 18 of last year", "en", "March 18 of last year", "2023-03-18"),
    ("on 5 January this year", "en", "5 January this year", "2024-01-05"),
    # ...and beside a month alone: the Peshawar attack Dawn recalls "in March last year"
    ("in March last year, a bomber", "en", "March last year", "2023-03"),
    ("گزشتہ سال مارچ میں", "ur", "گزشتہ سال مارچ", "2023-03"),
])
def test_a_year_named_beside_a_date_sets_its_year(text, lang, expr, value):
    assert [(d.text, d.value) for d in extract_dates(text, lang, "2024-12-25")] == [(expr, value)]


@pytest.mark.parametrize("text, lang, found", [
    ("نماز جمعہ کے دوران دھماکا ہوا", "ur", []),  # Friday prayers, not a Friday
    ("د جمعې لمونځ ته راغلي وو", "ps", []),
    ("در جریان نماز جمعه", "prs", []),
    ("during Friday prayers at the mosque", "en", []),
    ("جمعہ کو دھماکا ہوا", "ur", ["جمعہ"]),  # ...and a Friday still is
    ("on Friday the blast", "en", ["Friday"]),
])
def test_the_friday_prayer_is_no_date(text, lang, found):
    assert [d.text for d in extract_dates(text, lang, "2023-01-31")] == found


def test_without_article_date_yearless_and_relative_dates_stay_unresolved():
    assert [d.value for d in extract_dates("October 31", "en")] == [None]
    assert [d.value for d in extract_dates("دیروز", "prs")] == [None]
    assert [d.value for d in extract_dates("پرون", "ps")] == [None]
    assert [d.value for d in extract_dates("گزشتہ روز", "ur")] == [None]
    assert [d.value for d in extract_dates("on Monday", "en")] == [None]


@pytest.mark.parametrize("text, lang, value", [
    ("today", "en", "2023-11-07"), ("yesterday", "en", "2023-11-06"),
    ("last week", "en", "2023-10-31"), ("on Monday", "en", "2023-11-06"),
    ("on Tuesday", "en", "2023-11-07"), ("next Friday", "en", "2023-11-10"),
    ("گزشتہ روز", "ur", "2023-11-06"), ("پرون", "ps", "2023-11-06"),
    ("دیروز", "prs", "2023-11-06"), ("امروز", "fa", "2023-11-07"),
])
def test_relative_words_resolve_against_the_article_date(text, lang, value):
    [d] = extract_dates(text, lang, "2023-11-07")  # a Tuesday
    assert d.value == value and d.calendar == "relative"


@pytest.mark.parametrize("text, lang", [
    ("31 February 2023", "en"),
    ("۳۲ اکتوبر", "ur"),
    ("Officials may 5 times review it", "en"),  # the verb, not the month
    ("صفر سے شروع", "ur"),  # صفر is zero here, and a lunar month needs a full date anyway
    ("وہ پیر صاحب کے پاس گئے", "ur"),  # پیر is a title here, not Monday
    ("هغه دی", "ps"),  # Pashto "is", not the Iranian month دی
    ("1.7 million", "en"),
    ("منطقه معروف قرن هفدهم می باشد", "prs"),  # "is", the verb prefix می, not May
    ("in November", "en"),  # a bare month name is not resolved to a month
    ("د نومبر له ۲۰ زره کډوالو", "ps"),  # "from 20 thousand", not "from the 20th"
])
def test_things_that_are_not_dates(text, lang):
    assert extract_dates(text, lang, "2023-11-07") == []


def test_a_weekday_beside_a_full_date_is_one_date():
    found = extract_dates("از روز چهارشنبه، اول نوامبر، اخراج آغاز شد", "fa", "2023-11-02")
    assert [(d.text, d.value) for d in found] == [("اول نوامبر", "2023-11-01")]


@pytest.mark.parametrize("text, lang, text_found", [
    ("از اول ماه جون تاکنون ۷۰۰ هزار مهاجر برگشته‌اند", "prs", "اول ماه جون"),
    ("یکم ماہ جون سے اب تک", "ur", "یکم ماہ جون"),
])
def test_the_first_of_the_month_of_june_is_june_1(text, lang, text_found):
    # "the first of month June": a day, then the word for month, then its name
    found = extract_dates(text, lang, "2025-07-08")
    assert [(d.text, d.value) for d in found] == [(text_found, "2025-06-01")]


def test_offsets_and_text_are_as_written():
    text = "حکومت پاکستان تا ۹ عقرب ۱۴۰۲ مهلت داده بود"
    [d] = extract_dates(text, "prs")
    assert text[d.start:d.end] == d.text == "۹ عقرب ۱۴۰۲"
    assert d.calendar == "solar_hijri"


def test_month_and_year_only_gives_a_month():
    [d] = extract_dates("in November 2023", "en")
    assert d.value == "2023-11"


def test_presentation_forms_are_read_and_offsets_point_into_the_original():
    text = "ﺑﯿﺶ ﺍﺯ ۱۰ ﻫﺰﺍﺭ ﻣﻬﺎﺟﺮ ﺩﯾﺮﻭﺯ ﺍﺯ ﻃﺮﯾﻖ ﺗﻮﺭﺧﻢ ﻭﺍﺭﺩ ﺷﺪﻧﺪ"
    [d] = extract_dates(text, "prs", "2023-11-03")
    assert (d.value, d.calendar) == ("2023-11-02", "relative")
    assert text[d.start:d.end] == d.text == "ﺩﯾﺮﻭﺯ"


@pytest.mark.parametrize("text, lang, expr, value", [
    ("د ۲۰۲۳ کال د نومبر په لومړۍ نېټه نیول پیل شول", "ps", "۲۰۲۳ کال د نومبر په لومړۍ نېټه",
     "2023-11-01"),
    ("پاکستان د ۱۴۰۲ کال د لړم ۹مه وروستۍ نېټه اعلان کړې وه", "ps", "۱۴۰۲ کال د لړم ۹مه",
     "2023-10-31"),
    ("د ۲۰۲۳ کال د نومبر میاشت", "ps", "۲۰۲۳ کال د نومبر میاشت", "2023-11"),
    # Pashto writes December and September with its own letters too (ډسمبر, سپټمبر)
    ("د ۲۰۲۳ کال د ډسمبر په ۱۲مه هم برید وشو", "ps", "۲۰۲۳ کال د ډسمبر په ۱۲مه", "2023-12-12"),
    ("د ۲۰۲۵ کال د سپټمبر په ۱۵مه", "ps", "۲۰۲۵ کال د سپټمبر په ۱۵مه", "2025-09-15"),
    # the era written out or shortened: زېږدیز / ز (Gregorian), لمریز / ل (solar)
    ("د ۲۰۰۱ ز کال د سپتمبر په نهمه ووژل شو", "ps", "۲۰۰۱ ز کال د سپتمبر په نهمه",
     "2001-09-09"),
    ("د ۲۰۲۱ زېږدیز کال د جولای په ۱۴مه", "ps", "۲۰۲۱ زېږدیز کال د جولای په ۱۴مه", "2021-07-14"),
    ("د ۱۴۰۰ ل کال د وږي ۱۵مه", "ps", "۱۴۰۰ ل کال د وږي ۱۵مه", "2021-09-06"),
])
def test_pashto_year_first_dates_keep_the_year(text, lang, expr, value):
    [d] = extract_dates(text, lang)
    assert (d.text, d.value) == (expr, value)


def test_year_first_needs_the_calendar_to_match_the_month():
    # a Gregorian year with a solar month is not one date: the month is read on its own
    [d] = extract_dates("د ۲۰۲۳ کال د لړم ۹مه", "ps")
    assert (d.text, d.value) == ("لړم ۹مه", None)


@pytest.mark.parametrize("text, lang, value", [
    ("نهم آبان", "fa", "2023-10-31"), ("نهم عقرب", "prs", "2023-10-31"),
    ("اول عقرب", "prs", "2023-10-23"), ("دوم نوامبر", "fa", "2023-11-02"),
    ("سوم عقرب", "prs", "2023-10-25"), ("بیست و یکم عقرب", "prs", "2023-11-12"),
    ("سی‌ام مهر", "fa", "2023-10-22"), ("سی و یکم اکتبر", "fa", "2023-10-31"),
    ("د لړم نهمه", "ps", "2023-10-31"), ("د نومبر په دوهمه نېټه", "ps", "2023-11-02"),
    ("اکتیس اکتوبر", "ur", "2023-10-31"), ("یکم نومبر", "ur", "2023-11-01"),
    ("دو نومبر", "ur", "2023-11-02"), ("the first of November", "en", "2023-11-01"),
    ("the thirty-first of October", "en", "2023-10-31"),
])
def test_days_written_as_words(text, lang, value):
    [d] = extract_dates(text, lang, "2023-11-20")
    assert d.value == value


@pytest.mark.parametrize("text, value", [
    ("د سپتمبر له ۱۵مې راهیسې ۳۲۷ زره کسان ستانه شوي", "2023-09-15"),  # from the 15th (oblique)
    ("د اکتوبر تر ۳۱مې پورې", "2023-10-31"),  # until the 31st
    ("د نومبر له لومړۍ نېټې راهیسې", "2023-11-01"),
    ("د لړم له ۹مې", "2023-10-31"),
    ("د تلې په ۱۵مه، د شنبې په ورځ", "2023-10-07"),  # the oblique month name after د
])
def test_pashto_month_first_with_from_and_until(text, value):
    d = extract_dates(text, "ps", "2023-11-20")[0]
    assert d.value == value and d.calendar != "relative"


@pytest.mark.parametrize("text, lang, ref, expr, value", [
    ("تا ماه دسمبر برگشته اند", "prs", "2023-12-20", "ماه دسمبر", "2023-12"),
    ("ماہ نومبر میں", "ur", "2023-11-20", "ماہ نومبر", "2023-11"),
    ("د نومبر میاشت کې", "ps", "2023-11-20", "نومبر میاشت", "2023-11"),
    ("in the month of January", "en", "2023-12-20", "month of January", "2024-01"),
    ("تا ماه دسمبر", "prs", None, "ماه دسمبر", None),
])
def test_a_month_named_as_a_month(text, lang, ref, expr, value):
    [d] = extract_dates(text, lang, ref)
    assert (d.text, d.value) == (expr, value)


def test_a_bare_month_name_or_a_solar_month_alone_is_not_a_date():
    assert extract_dates("in November", "en", "2023-11-20") == []
    assert extract_dates("ماه عقرب", "prs", "2023-11-20") == []  # straddles two Gregorian months
    assert extract_dates("این ماه می‌رسد", "fa", "2023-11-20") == []  # می‌ the verb prefix


@pytest.mark.parametrize("text, lang, value", [
    ("پرسوں رات پولیس نے ۳۰۰ افغان شہریوں کو گرفتار کیا۔", "ur", "2023-11-03"),
    ("پرسوں سرحد کھول دی جائے گی۔", "ur", "2023-11-07"),  # پرسوں is also two days ahead
    ("ورپرون پوله وتړل شوه", "ps", "2023-11-03"),
    ("پریروز صدها خانواده رسیدند", "prs", "2023-11-03"),
    ("پس فردا", "fa", "2023-11-07"),
    ("the day before yesterday", "en", "2023-11-03"),
    ("the day after tomorrow", "en", "2023-11-07"),
])
def test_two_days_away(text, lang, value):
    [d] = extract_dates(text, lang, "2023-11-05")
    assert (d.value, d.calendar) == (value, "relative")


@pytest.mark.parametrize("text,lang,values", [
    ("The hostilities began on the night of Oct 11-12, when", "en", ["2025-10-11", "2025-10-12"]),
    ("clashes on the night between 11 and 12 October", "en", ["2025-10-11", "2025-10-12"]),
    ("11 اور 12 اکتوبر کی درمیانی شب", "ur", ["2025-10-11", "2025-10-12"]),
    ("درگیری‌ها در شب ۱۹ و ۲۰ میزان آغاز شد", "prs", ["2025-10-11", "2025-10-12"]),
    ("د تلې د ۱۹مې او ۲۰مې ترمنځ شپه", "ps", ["2025-10-11", "2025-10-12"]),
    ("from 10 to 12 November", "en", ["2025-11-10", "2025-11-12"]),
])
def test_both_days_of_a_day_range_are_dates(text, lang, values):
    from xsource.numbers import extract_numbers

    dates = extract_dates(text, lang, "2025-10-19")
    assert [d.value for d in dates] == values
    assert extract_numbers(text, lang, dates=dates) == []  # "12" counts nothing


@pytest.mark.parametrize("text,lang", [
    ("on October 11 and 12 soldiers were killed", "en"),  # a count after "and"
    ("killed 30 and 12 November", "en"),  # not a range: 30 > 12
])
def test_a_number_beside_a_date_is_not_taken_for_a_range(text, lang):
    assert len(extract_dates(text, lang, "2025-10-19")) == 1


@pytest.mark.parametrize("text,value", [
    ("طالبانو د تلې د ۱۹مې په شپه پر پوستو برید وکړ", "2025-10-11"),
    ("د تلې پر ۲۳مه په سپین بولدک کې", "2025-10-15"),
])
def test_pashto_month_first_with_d_and_par_before_a_suffixed_day(text, value):
    assert [d.value for d in extract_dates(text, "ps", "2025-10-19")] == [value]


def test_pashto_d_before_a_bare_number_is_a_quantity():
    assert extract_dates("د تلې د ۲۰ زرو کډوالو", "ps", "2025-10-19") == []


@pytest.mark.parametrize("text, lang, value", [
    ("two days before the September 11 attacks on the United States", "en", "2001-09-11"),
    ("دو روز پیش از حملات یازدهم سپتامبر بر ایالات متحده", "prs", "2001-09-11"),
    ("یہ حملہ امریکہ پر 11 ستمبر کے حملوں سے دو دن پہلے ہوا تھا", "ur", "2001-09-11"),
    ("د سپتمبر د ۱۱مې بریدونه", "ps", "2001-09-11"),
    # any other September 11 is this story's, attacks or not
    ("Talks will resume on September 11, officials said", "en", "2021-09-11"),
    ("Bombers attacked on 11 September; attacks went on", "en", "2021-09-11"),
])
def test_the_september_11_attacks_are_of_2001(text, lang, value):
    """A Panjshir report of 7 September 2021 recalls Ahmad Shah Massoud's killing "two days
    before the September 11 attacks": not a day four days after the report."""
    [d] = extract_dates(text, lang, "2021-09-07")
    assert d.value == value
