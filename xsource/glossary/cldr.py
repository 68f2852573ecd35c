"""Month and country entries derived from CLDR (via babel), plus the spellings CLDR lacks.

`scripts/gen_cldr_glossary.py` writes these rows into the generated block of
`glossaries/afpak.tsv`, so a desk sees and can override them like any other row. CLDR gives
ur, ps, fa_AF (our `prs`) and fa names; the extras below add forms outlets use in the wild.
Solar Hijri month names are not in babel's CLDR subset, so they are listed here by hand.
"""

from __future__ import annotations

from babel import Locale
from babel.dates import get_month_names

from xsource.glossary.model import LANGS

CLDR_LOCALES = {"en": "en", "ur": "ur", "ps": "ps", "prs": "fa_AF", "fa": "fa"}

# Gregorian month forms CLDR does not list, per language, month number -> forms.
MONTH_EXTRAS = {
    "en": {2: ("Feb",), 8: ("Aug",), 9: ("Sept", "Sep"), 10: ("Oct",), 11: ("Nov",), 12: ("Dec",)},
    "ur": {2: ("فبروری",), 7: ("جولائ",)},
    # (with Pashto's ې and its oblique ۍ: د اپرېل ۲۶مه، د فبرورۍ پر ۸مه)
    "ps": {1: ("جنوري",), 2: ("فبروري", "فبروري", "فبرورۍ", "فېبرورۍ"), 4: ("اپرېل",),
           7: ("جولای", "جولايي"), 8: ("اګست", "اگست"), 9: ("سېپتمبر", "سپټمبر"),
           10: ("اکټوبر",), 12: ("ډسمبر", "ډیسمبر")},
    "prs": {},
    "fa": {7: ("ژوئیه", "ژوییه"), 8: ("آگوست",), 4: ("آوریل",)},
}
# CLDR forms that are everyday words in that language, so matching them would mistranslate
# ("می" is the Dari/Persian verb prefix, "مه" means fog).
MONTH_EXCLUDE = {"prs": {"می"}, "fa": {"مه"}, "ps": set(), "ur": set(), "en": set()}

# Afghan solar Hijri months: English (Dari transliteration), Dari/Arabic name, Pashto name.
AFGHAN_SOLAR = [
    ("Hamal", ("Hamal",), ("حمل",), ("وری", "وري")),  # obliques too: د وري ۱۴مه
    ("Sawr", ("Sawr", "Saur", "Sowr"), ("ثور",), ("غویی", "غويی")),
    ("Jawza", ("Jawza", "Jauza", "Jowza"), ("جوزا",), ("غبرګولی", "غبرگولی", "غبرګولي")),
    ("Saratan", ("Saratan",), ("سرطان",), ("چنګاښ", "چنگاښ")),
    ("Asad", ("Asad",), ("اسد",), ("زمری", "زمري")),
    ("Sunbula", ("Sunbula", "Sonbola", "Sumbula"), ("سنبله",), ("وږی", "وږي")),
    ("Mizan", ("Mizan", "Meezan"), ("میزان",), ("تله", "تلې")),  # and its oblique: د تلې ۱۲مه
    ("Aqrab", ("Aqrab", "Akrab"), ("عقرب",), ("لړم",)),
    ("Qaws", ("Qaws", "Qaus", "Qos"), ("قوس",), ("لیندۍ", "لیندی")),
    ("Jadi", ("Jadi", "Jaddi", "Jadey"), ("جدی",), ("مرغومی", "مرغومي")),
    ("Dalw", ("Dalw", "Dalv"), ("دلو",), ("سلواغه", "سلواغې")),
    ("Hut", ("Hut", "Hoot"), ("حوت",), ("کب",)),
]
# Iranian solar Hijri months (same months, other names).
IRANIAN_SOLAR = [
    ("Farvardin", ("فروردین",)), ("Ordibehesht", ("اردیبهشت",)), ("Khordad", ("خرداد",)),
    ("Tir", ("تیر",)), ("Mordad", ("مرداد", "امرداد")), ("Shahrivar", ("شهریور",)),
    ("Mehr", ("مهر",)), ("Aban", ("آبان",)), ("Azar", ("آذر",)), ("Dey", ("دی",)),
    ("Bahman", ("بهمن",)), ("Esfand", ("اسفند",)),
]

# Countries on this beat (CLDR territory codes); English canonical overrides where outlets
# write otherwise; extra forms per language; `cased` where a Latin form is a common word.
# ...and the cricketing nations outlets of the region report on as often as on neighbours
COUNTRIES = ("AF", "PK", "IR", "IN", "CN", "US", "GB", "RU", "SA", "QA", "TR", "DE", "TJ", "UZ",
             "TM", "AE", "CA", "AU", "FR", "JP", "KZ", "KG", "LK", "ZA", "BD", "NZ", "NL", "IL",
             "MM",  # Myanmar: the other great opium grower
             # ...and the rest of the world as this beat's news names it: donors and hosts of
             # Afghan refugees (Norway, Sweden, Italy, Spain...), the Gulf, the wars next door,
             # the tourists' and aid workers' countries (Spain, Lithuania in Bamiyan, 2024)
             "ES", "NO", "LT", "IT", "SE", "BE", "PL", "UA", "ID", "MY", "NP", "CH", "AT", "DK",
             "FI", "GR", "IE", "AZ", "IQ", "SY", "JO", "OM", "KW", "BH", "YE", "SD", "SO", "KE",
             "NG", "BR", "SG", "TH", "PH", "KR", "KP", "BY", "PS", "MN", "PT", "HU", "RO", "MX",
             "AR", "VN", "LY", "TN", "MA", "DZ")
COUNTRY_CANONICAL = {"TR": "Turkey", "MM": "Myanmar",  # CLDR: "Myanmar (Burma)"
                     "PS": "Palestine"}  # CLDR: "Palestinian Territories"
# CLDR names that are everyday words in that language: Urdu "شام" (Syria) is "evening".
# Egypt and Czechia are left out altogether: "مصر" is also "insistent" in Urdu and Dari,
# "چک" a cheque in Dari and Persian.
COUNTRY_EXCLUDE = {"ur": {"شام"}}
COUNTRY_EXTRAS = {
    "US": {"en": ("US", "U.S.", "USA", "United States of America", "America"),
           "ur": ("امریکہ", "امریکا"), "ps": ("امریکا", "متحده ایالات"),
           "prs": ("امریکا", "ایالات متحده امریکا"), "fa": ("آمریکا", "ایالات متحده آمریکا")},
    "GB": {"en": ("UK", "U.K.", "Britain", "Great Britain"), "ur": ("برطانیہ",),
           "ps": ("بریتانیا",), "prs": ("انگلستان",)},
    "IN": {"ur": ("ہندوستان",), "ps": ("هندوستان",), "prs": ("هندوستان",)},
    "IR": {"ps": ("ایران",)},
    "TR": {"en": ("Türkiye", "Turkiye"), "ur": ("ترکی",)},
    # Pashto's oblique of a name in -ه: "د روسیې ولسمشر" (Russia's president)
    "RU": {"ps": ("روسیې",)},
    "SA": {"ps": ("سعودي",)},
    "DE": {"ps": ("جرمني",), "prs": ("جرمنی",)},
    "AE": {"en": ("UAE",), "ur": ("یو اے ای",), "prs": ("امارات",), "fa": ("امارات",)},
    "AF": {"ur": ("افغانستان",)},
    "LK": {"ps": ("سریلانکا", "سري لانکا"), "prs": ("سریلانکا",)},
    "ZA": {"ur": ("جنوبی افریقا",), "ps": ("سویلي افریقا", "جنوبي افریقا"),
           "prs": ("افریقای جنوبی",)},
    "BD": {"ps": ("بنګله دېش", "بنګله دیش"), "prs": ("بنگله‌دیش",)},
    "NZ": {"ur": ("نیوزی لینڈ",), "ps": ("نیوزیلنډ", "نیوزیلینډ"), "prs": ("نیوزیلند",)},
    "NL": {"ur": ("نیدرلینڈز", "ہالینڈ"), "ps": ("هالنډ",), "prs": ("هالند",)},
    "IL": {"ur": ("اسرائیل",), "ps": ("اسراییل", "اسرائیل"), "prs": ("اسرائیل", "اسراییل")},
    "MM": {"en": ("Myanmar", "Burma"), "ur": ("میانمار", "میانمر", "برما"), "ps": ("میانمار",),
           "prs": ("میانمار",), "fa": ("میانمار",)},
    "ES": {"ur": ("اسپین", "سپین"), "ps": ("اسپانیا", "هسپانیې"), "prs": ("اسپانیا",)},
    "NO": {"ps": ("ناروې", "ناروی"), "prs": ("ناروې",)},
    "LT": {"ur": ("لتھوانیا",), "prs": ("لیتوانیا",)},
    "IT": {"ps": ("ایټالیا", "ایتالیا", "ایټالیې"), "ur": ("اطالیہ",)},
    "SE": {"ps": ("سویډن", "سویدن")},
    "UA": {"ur": ("یوکرائن",), "ps": ("اوکراین", "یوکرین")},
    "MY": {"ur": ("ملائیشیا",)},
    "SY": {"ur": ("سیریا",), "prs": ("سوریه",)},
    "KR": {"en": ("Korea",)},
    "PS": {"en": ("Palestine", "Palestinian territories"), "ur": ("فلسطین",),
           "ps": ("فلسطین",), "prs": ("فلسطین",), "fa": ("فلسطین",)},
}
COUNTRY_CASED = {"US", "TR"}


def _add(variants: dict[str, list[str]], lang: str, forms, exclude=MONTH_EXCLUDE) -> None:
    bucket = variants.setdefault(lang, [])
    for form in forms:
        if form and form not in bucket and form not in exclude.get(lang, ()):
            bucket.append(form)


def month_rows() -> list[dict]:
    rows = []
    for month in range(1, 13):
        variants: dict[str, list[str]] = {}
        for lang, locale in CLDR_LOCALES.items():
            names = [get_month_names("wide", ctx, locale)[month] for ctx in ("stand-alone", "format")]
            _add(variants, lang, [n.rstrip("\u0654ٔ") for n in names])
            _add(variants, lang, MONTH_EXTRAS.get(lang, {}).get(month, ()))
        canonical = variants["en"][0]
        rows.append(_row(f"month.gregorian.{month:02d}", "month", canonical, variants,
                         notes=f"Gregorian month {month}", match="cased"))
    for i, (canonical, en, dari, pashto) in enumerate(AFGHAN_SOLAR, 1):
        variants = {"en": list(en), "prs": list(dari), "ps": list(pashto)}
        rows.append(_row(f"month.solar.{i:02d}", "month", canonical, variants,
                         notes=f"Afghan solar Hijri month {i} (Iranian: {IRANIAN_SOLAR[i - 1][0]})",
                         match="dated"))
    for i, (canonical, persian) in enumerate(IRANIAN_SOLAR, 1):
        variants = {"en": [canonical], "fa": list(persian)}
        rows.append(_row(f"month.iranian.{i:02d}", "month", canonical, variants,
                         notes=f"Iranian solar Hijri month {i} (Afghan: {AFGHAN_SOLAR[i - 1][0]})",
                         match="dated"))
    return rows


def country_rows() -> list[dict]:
    rows = []
    for code in COUNTRIES:
        variants: dict[str, list[str]] = {}
        for lang, locale in CLDR_LOCALES.items():
            _add(variants, lang, [Locale.parse(locale).territories[code]], COUNTRY_EXCLUDE)
            _add(variants, lang, COUNTRY_EXTRAS.get(code, {}).get(lang, ()), COUNTRY_EXCLUDE)
        canonical = COUNTRY_CANONICAL.get(code, variants["en"][0])
        rows.append(_row(f"country.{code.lower()}", "place", canonical, variants,
                         notes=f"country (CLDR {code})", match="cased" if code in COUNTRY_CASED else ""))
    return rows


def _row(entry_id, kind, canonical, variants, notes="", match="") -> dict:
    row = {"id": entry_id, "type": kind, "canonical": canonical, "framing": "", "notes": notes,
           "match": match}
    for lang in LANGS:
        forms = [f for f in variants.get(lang, []) if not (lang == "en" and f == canonical)]
        row[lang] = " | ".join(forms)
    return row
