"""Month, weekday and relative-day words per language and calendar, as folded token tuples.

Gregorian month names come from CLDR (babel: ur, ps, fa, fa_AF) plus spellings seen in the
wild that CLDR lacks (Afghan جنوری/فبروری/سپتمبر, Urdu مئی, Iranian ژوییه). Solar Hijri:
Afghan zodiac names (حمل ... حوت), their Pashto forms (وری ... کب) and Iranian names
(فروردین ... اسفند). Lunar Hijri: Arabic-script and English transliterations.
"""

from __future__ import annotations

from functools import lru_cache

from xsource.numbers.tokens import fold

EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december"]
EN_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
           "sept": 9, "oct": 10, "nov": 11, "dec": 12}
# Spellings CLDR does not list, per month number.
EXTRA_GREGORIAN = {
    1: "جنوری جنوري ژانویه ژانویهٔ ژانویۀ",
    2: "فروری فبروری فبروري فیبروری فیبروري فوریه فبرورى",
    3: "مارچ مارس",
    4: "اپریل اپریل آپریل آوریل اپریل",
    5: "مئی مئ می مۍ مه",
    6: "جون جوون ژوئن",
    7: "جولائی جولائ جولای جولاى ژوئیه ژوییه",
    8: "اگست اګست آگست اگوست آگوست اوت",
    9: "ستمبر سپتمبر سېپتمبر سپتامبر سیپتمبر سپټمبر سېپټمبر",
    10: "اکتوبر اکټوبر اکتبر",
    11: "نومبر نوومبر نوامبر",
    12: "دسمبر دیسمبر دسامبر ډسمبر ډیسمبر",  # Pashto often writes ډ (and ټ in سپټمبر)
}
# Solar month names, split by where they are written, so Pashto "دی" (is) or Dari "تیر"
# (past) are not read as the Iranian months دی and تیر in text that never uses them.
SOLAR_AFGHAN = "حمل ثور جوزا جوزاء سرطان اسد سنبله سنبلہ میزان عقرب قوس جدی دلو حوت".split()
# (with the oblique forms news writes after د: د تلې په ۱۵، د سلواغې ۳مه)
SOLAR_PASHTO = ("وری غویی غوایی غبرگولی چنگاښ چنگاش زمری وږی تله تلې لړم لیندۍ لیندی مرغومی "
                "سلواغه سلواغې کب").split()
SOLAR_IRANIAN = "فروردین اردیبهشت خرداد تیر مرداد امرداد شهریور مهر آبان آذر دی بهمن اسفند".split()
SOLAR_BY_LANG = {"fa": SOLAR_IRANIAN + SOLAR_AFGHAN, "prs": SOLAR_AFGHAN + SOLAR_IRANIAN,
                 "ps": SOLAR_AFGHAN + SOLAR_PASHTO, "ur": SOLAR_AFGHAN, "en": []}
SOLAR = {
    1: "حمل وری فروردین",
    2: "ثور غویی غوایی اردیبهشت",
    3: "جوزا جوزاء غبرگولی خرداد",
    4: "سرطان چنگاښ چنگاش تیر",
    5: "اسد زمری مرداد امرداد",
    6: "سنبله سنبلہ وږی شهریور",
    7: "میزان تله تلې مهر",
    8: "عقرب لړم آبان",
    9: "قوس لیندۍ لیندی آذر",
    10: "جدی مرغومی دی",
    11: "دلو سلواغه سلواغې بهمن",
    12: "حوت کب اسفند",
}
LUNAR = {
    1: ["محرم", "محرم الحرام", "muharram"],
    2: ["صفر", "صفر المظفر", "safar"],
    3: ["ربیع الاول", "ربیع الأول", "ربیع اول", "rabi al-awwal", "rabi ul awwal",
        "rabi-ul-awwal", "rabi al awwal"],
    4: ["ربیع الثانی", "ربیع الآخر", "ربیع الاخر", "ربیع ثانی", "rabi al-thani",
        "rabi ul sani", "rabi-ul-akhir", "rabi al thani", "rabi-ul-sani"],
    5: ["جمادی الاول", "جمادی الاولی", "جمادی الأولى", "جمادی الاولیٰ", "jumada al-awwal",
        "jumadi ul awwal", "jumada al-ula"],
    6: ["جمادی الثانی", "جمادی الثانیه", "جمادی الآخر", "جمادی الاخری", "jumada al-thani",
        "jumadi ul sani", "jumada al-akhirah"],
    7: ["رجب", "رجب المرجب", "rajab"],
    8: ["شعبان", "شعبان المعظم", "shaban", "sha'ban"],
    9: ["رمضان", "رمضان المبارک", "رمضان المبارك", "ramadan", "ramazan", "ramzan"],
    10: ["شوال", "شوال المکرم", "shawwal"],
    11: ["ذوالقعده", "ذی القعده", "ذیقعده", "ذو القعده", "ذی قعده", "dhul qadah", "zul qad",
         "dhu al-qadah"],
    12: ["ذوالحجه", "ذی الحجه", "ذیحجه", "ذو الحجه", "ذی حجه", "dhul hijjah", "zul hijja",
         "dhu al-hijjah"],
}
WEEKDAYS = {  # Monday = 0
    "en": {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
           "saturday": 5, "sunday": 6},
    "ur": {"پیر": 0, "سوموار": 0, "منگل": 1, "بدھ": 2, "جمعرات": 3, "جمعہ": 4, "جمعے": 4,
           "ہفتہ": 5, "ہفتے": 5, "سنیچر": 5, "اتوار": 6},
    "ps": {"دوشنبه": 0, "دوشنبې": 0, "دونۍ": 0, "سه شنبه": 1, "سه شنبې": 1, "درېنۍ": 1,
           "چهارشنبه": 2, "چهارشنبې": 2, "څلرنۍ": 2, "پنجشنبه": 3, "پنجشنبې": 3,
           "پنج شنبه": 3, "پينځنۍ": 3, "جمعه": 4, "جمعې": 4, "شنبه": 5, "شنبې": 5,
           "یکشنبه": 6, "یکشنبې": 6, "يونۍ": 6},
    "fa": {"دوشنبه": 0, "سه شنبه": 1, "سهشنبه": 1, "چهارشنبه": 2, "پنجشنبه": 3,
           "پنج شنبه": 3, "جمعه": 4, "شنبه": 5, "یکشنبه": 6, "یک شنبه": 6},
}
# Relative words -> ("day", offset), ("month", offset), or ("either", n): n days back or
# ahead as the tense of the sentence says (Urdu پرسوں is both "day before yesterday" and
# "day after tomorrow").
RELATIVE = {
    "en": {"today": ("day", 0), "yesterday": ("day", -1), "tomorrow": ("day", 1),
           "the day before yesterday": ("day", -2), "the day after tomorrow": ("day", 2),
           "last week": ("day", -7),
           "next week": ("day", 7), "last month": ("month", -1), "this month": ("month", 0),
           "next month": ("month", 1), "earlier this month": ("month", 0)},
    "ur": {"آج": ("day", 0), "گزشتہ روز": ("day", -1), "گذشتہ روز": ("day", -1),
           "آج کل": None, "گزشتہ شب": ("day", -1), "گزشتہ ہفتے": ("day", -7),
           "گذشتہ ہفتے": ("day", -7), "پچھلے ہفتے": ("day", -7), "گزشتہ ماہ": ("month", -1),
           "گذشتہ ماہ": ("month", -1), "پچھلے مہینے": ("month", -1), "رواں ماہ": ("month", 0),
           "اگلے ہفتے": ("day", 7), "آئندہ ہفتے": ("day", 7), "آئندہ ماہ": ("month", 1),
           "پرسوں": ("either", 2), "پرسو": ("either", 2)},
    "ps": {"نن": ("day", 0), "نن ورځ": ("day", 0), "پرون": ("day", -1), "سبا": ("day", 1),
           "بله ورځ": None, "تېره اونۍ": ("day", -7), "تیره اونۍ": ("day", -7),
           "تېره میاشت": ("month", -1), "تیره میاشت": ("month", -1), "روانه میاشت": ("month", 0),
           "راتلونکې اونۍ": ("day", 7),
           "پرون ماښام": ("day", -1), "پروسږ": None, "ورپرون": ("day", -2),
           "بل سبا": ("day", 2)},
    "fa": {"امروز": ("day", 0), "دیروز": ("day", -1), "فردا": ("day", 1),
           "پریروز": ("day", -2), "پریشب": ("day", -2), "پس فردا": ("day", 2),
           "روز گذشته": ("day", -1), "دیشب": ("day", -1),
           "هفته گذشته": ("day", -7), "هفته پیش": ("day", -7), "هفته قبل": ("day", -7),
           "ماه گذشته": ("month", -1), "ماه پیش": ("month", -1), "ماه جاری": ("month", 0),
           "هفته آینده": ("day", 7), "ماه آینده": ("month", 1)},
}

# A year named beside a date without one: "18 March last year", گزشتہ سال ۱۸ مارچ, تېر کال د
# کب ۲۸مه, ۲۸ حوت سال گذشته. The offset from the article's year in the date's own calendar,
# so a recalled day is not read as the near future ("28 Hut" in a December article).
YEAR_OFFSETS = {
    "en": {"last year": -1, "previous year": -1, "this year": 0, "current year": 0},
    "ur": {"گزشتہ سال": -1, "گذشتہ سال": -1, "پچھلے سال": -1, "گزشتہ برس": -1,
           "گذشتہ برس": -1, "پچھلے برس": -1, "رواں سال": 0, "اس سال": 0, "امسال": 0},
    "ps": {"تېر کال": -1, "تیر کال": -1, "پروسږ": -1, "پروسږکال": -1, "پروسکال": -1,
           "سږ کال": 0, "سږکال": 0, "روان کال": 0},
    "fa": {"سال گذشته": -1, "سال پار": -1, "پارسال": -1, "سال قبل": -1, "سال پیش": -1,
           "امسال": 0, "سال جاری": 0, "سال روان": 0},
}

# Words that name a month as a month: ماه دسمبر, ماہ نومبر, the month of November (before);
# د نومبر میاشت (after). And the Pashto day noun: د نومبر په لومړۍ نېټه.
MONTH_NOUN_BEFORE = {"ماه", "ماہ", "of"}
MONTH_NOUN_AFTER = {"میاشت", "میاشتې", "میاشتی", "میاشتي"}
DAY_NOUN = {"نېټه", "نېټې", "نیټه", "نیټې", "تاریخ"}
# Suffixes glued to a day or year number: 1st, ۹مه, 2023ء, ۱۴۰۲ش, 1445ھ.
# Pashto writes the ordinal's oblique after a preposition: د سپتمبر له ۱۵مې (from the 15th).
DAY_SUFFIX = {"st", "nd", "rd", "th", "مه", "مې", "م", "ام", "ویں", "وین"}
# Pashto writes the Gregorian era "زېږدیز" (of the birth), shortened ز: د ۲۰۰۱ ز کال; and
# the solar one لمریز, shortened ل
ERA = {"ء": "gregorian", "ع": "gregorian", "میلادی": "gregorian", "عیسوی": "gregorian",
       "میلادي": "gregorian", "ز": "gregorian", "زېږدیز": "gregorian", "زیږدیز": "gregorian",
       "ل": "solar_hijri",
       "ad": "gregorian", "ش": "solar_hijri", "هش": "solar_hijri", "خورشیدی": "solar_hijri",
       "شمسی": "solar_hijri", "لمریز": "solar_hijri", "ق": "lunar_hijri", "هق": "lunar_hijri",
       "ھ": "lunar_hijri", "قمری": "lunar_hijri", "ah": "lunar_hijri", "ه": "lunar_hijri"}
YEAR_WORDS = {"سال", "سنہ", "کال", "year", "سن"}
# Urdu future tense (جائیں گے, ہوگا, آئیگی): decides whether پرسوں is past or future.
FUTURE_WORDS = {"ur": {"گا", "گی", "گے"}}
FUTURE_ENDINGS = {"ur": ("یگا", "یگی", "ینگے", "ےگا", "ےگی", "وگا", "وگی", "ونگا", "ونگی")}
NEXT_WORDS = {"next", "coming", "آئندہ", "اگلے", "آینده", "راتلونکې", "راتلونکی"}
LAST_WORDS = {"last", "past", "گزشتہ", "گذشتہ", "پچھلے", "گذشته", "تېره", "تیره", "پیش"}


def table_lang(lang: str) -> str:
    return {"prs": "fa", "fa": "fa", "ur": "ur", "ps": "ps"}.get(lang, "en")


def _phr(s: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in s.replace("\u200c", " ").replace("-", " ").split())


@lru_cache(maxsize=8)
def month_table(lang: str = "und") -> dict[tuple[str, ...], tuple[str, int]]:
    """Folded word tuple -> (calendar, month number) for text in `lang`."""
    allowed_solar = {fold(n) for n in SOLAR_BY_LANG.get(lang, SOLAR_AFGHAN + SOLAR_PASHTO
                                                          + SOLAR_IRANIAN)}
    table: dict[tuple[str, ...], tuple[str, int]] = {}
    for m, name in enumerate(EN_MONTHS, 1):
        table[(name,)] = ("gregorian", m)
    for abbr, m in EN_ABBR.items():
        table[(abbr,)] = ("gregorian", m)
    try:
        from babel import Locale

        for loc in ("ur", "ps", "fa", "fa_AF"):
            months = Locale.parse(loc).months
            for ctx in ("format", "stand-alone"):
                for m, name in months[ctx]["wide"].items():
                    table.setdefault(_phr(name), ("gregorian", m))
    except Exception:  # babel data missing: the hand lists below still cover the common forms
        pass
    for m, names in EXTRA_GREGORIAN.items():
        for name in names.split():
            table.setdefault(_phr(name), ("gregorian", m))
    for m, names in SOLAR.items():
        for name in names.split():
            if fold(name) in allowed_solar:
                table[_phr(name)] = ("solar_hijri", m)
            else:
                table.pop(_phr(name), None)
    for m, names in LUNAR.items():
        for name in names:
            table[_phr(name)] = ("lunar_hijri", m)
    return table


def phrase_table(d: dict) -> dict[tuple[str, ...], object]:
    return {_phr(k): v for k, v in d.items()}


WEEKDAY_PHRASES = {k: phrase_table(v) for k, v in WEEKDAYS.items()}
RELATIVE_PHRASES = {k: phrase_table(v) for k, v in RELATIVE.items()}
YEAR_OFFSET_PHRASES = {k: phrase_table(v) for k, v in YEAR_OFFSETS.items()}
MONTH_NOUN_BEFORE_KEYS = {fold(k) for k in MONTH_NOUN_BEFORE}
MONTH_NOUN_AFTER_KEYS = {fold(k) for k in MONTH_NOUN_AFTER}
DAY_NOUN_KEYS = {fold(k) for k in DAY_NOUN}
DAY_SUFFIX_KEYS = {fold(k) for k in DAY_SUFFIX}
ERA_KEYS = {fold(k): v for k, v in ERA.items()}
YEAR_WORD_KEYS = {fold(k) for k in YEAR_WORDS}
FUTURE_KEYS = {k: {fold(w) for w in v} for k, v in FUTURE_WORDS.items()}
NEXT_KEYS = {fold(k) for k in NEXT_WORDS}
LAST_KEYS = {fold(k) for k in LAST_WORDS}
