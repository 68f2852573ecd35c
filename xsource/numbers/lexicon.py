"""Number words, scale words, hedges and units per language, as data.

Keys are written as people write them; `tokens.fold` is applied when the tables are built,
so one entry covers the Arabic/Persian/Urdu spellings of the same letters.
Languages: en, ur, ps, prs (Dari), fa (Iranian Persian); prs and fa share one table.
"""

from __future__ import annotations

from fractions import Fraction

from xsource.numbers.tokens import fold

EN_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}

# Urdu 1-100 are irregular words, listed whole (variants after the first spelling).
_UR_1_100 = """
ایک دو تین چار پانچ چھ|چھے|چھہ سات آٹھ نو دس
گیارہ بارہ تیرہ چودہ پندرہ سولہ سترہ اٹھارہ انیس بیس
اکیس بائیس|بایئس تئیس|تیئیس چوبیس پچیس چھبیس ستائیس|ستاییس اٹھائیس انتیس|اُنتیس تیس
اکتیس بتیس تینتیس|تیتیس چونتیس پینتیس چھتیس سینتیس اڑتیس انتالیس|اُنتالیس چالیس
اکتالیس بیالیس تینتالیس|تیتالیس چوالیس پینتالیس چھیالیس سینتالیس اڑتالیس انچاس|اُنچاس پچاس
اکیاون|اکاون باون ترپن چون|چوون پچپن چھپن ستاون اٹھاون انسٹھ|اُنسٹھ ساٹھ
اکسٹھ باسٹھ تریسٹھ چونسٹھ پینسٹھ چھیاسٹھ سڑسٹھ اڑسٹھ انہتر|اُنہتر ستر
اکہتر بہتر تہتر چوہتر پچھتر چھہتر ستتر|ستہتر اٹھہتر اناسی|اُناسی اسی
اکیاسی بیاسی تراسی چوراسی پچاسی چھیاسی ستاسی اٹھاسی نواسی نوے
اکانوے بانوے ترانوے چورانوے پچانوے چھیانوے ستانوے اٹھانوے ننانوے سو
""".split()
UR_WORDS = {}
for _n, _forms in enumerate(_UR_1_100, 1):
    for _f in _forms.split("|"):
        UR_WORDS[_f] = _n
UR_WORDS.update({"صفر": 0, "درجن": 12})

PS_UNITS = {"یو": 1, "یوه": 1, "دوه": 2, "درې": 3, "دری": 3, "څلور": 4, "پنځه": 5, "شپږ": 6,
            "اوه": 7, "اووه": 7, "اته": 8, "نهه": 9, "نه": 9, "لس": 10, "یوولس": 11, "دوولس": 12,
            "دیارلس": 13, "څوارلس": 14, "پنځلس": 15, "شپاړس": 16, "اوولس": 17, "اتلس": 18,
            "نولس": 19, "شل": 20, "سل": 100, "صفر": 0}
# Pashto 21-99: a unit prefix fused with (or written before) a tens form: یوویشت, دوه ویشت.
PS_TENS = {"ویشت": 20, "دېرش": 30, "دیرش": 30, "څلوېښت": 40, "څلویښت": 40, "پنځوس": 50,
           "شپېته": 60, "شپیته": 60, "اویا": 70, "اتیا": 80, "نوي": 90, "نوی": 90}
_PS_PREFIX = {1: ("یو",), 2: ("دوه", "دو"), 3: ("درې", "در"), 4: ("څلیر", "څلور"),
              5: ("پنځه",), 6: ("شپږ",), 7: ("اوه", "اووه"), 8: ("اته",), 9: ("نهه", "نه")}
PS_WORDS = dict(PS_UNITS)
PS_WORDS.update(PS_TENS)  # ویشت alone is not 20, but follows a unit: دوه ویشت
for _u, _prefixes in _PS_PREFIX.items():
    for _p in _prefixes:
        for _t, _tv in PS_TENS.items():
            PS_WORDS.setdefault(_p + _t, _tv + _u)


def _ps_oblique(word: str) -> tuple[str, ...]:
    """Oblique plural of a Pashto number (په درېیو ورځو کې, د پنځو کسانو): a final ه/ې/ی
    gives way to و (پنځه -> پنځو, دوه -> دوو, درې -> درېیو/دریو), otherwise و is added."""
    if word in ("درې", "دری"):
        return ("درېیو", "دریو", "درېو", "درییو")
    if word in ("نوي", "نوی"):
        return ("نویو",)
    if word[-1] in "هېی":
        return (word[:-1] + "و",)
    return (word + "و",)


for _w, _v in list(PS_WORDS.items()):
    if _v != 0 and _w not in ("نه", "یو", "یوه"):  # نو is "so", یوه/یوې already cover one
        for _o in _ps_oblique(_w):
            PS_WORDS.setdefault(_o, _v)

FA_WORDS = {
    "صفر": 0, "یک": 1, "یکی": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "شیش": 6,
    "هفت": 7, "هشت": 8, "نه": 9, "ده": 10, "یازده": 11, "دوازده": 12, "سیزده": 13,
    "چهارده": 14, "پانزده": 15, "پونزده": 15, "شانزده": 16, "هفده": 17, "هجده": 18,
    "هیجده": 18, "نوزده": 19, "بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50, "شصت": 60,
    "هفتاد": 70, "هشتاد": 80, "نود": 90, "صد": 100, "یکصد": 100, "دویست": 200, "سیصد": 300,
    "چهارصد": 400, "پانصد": 500, "ششصد": 600, "هفتصد": 700, "هشتصد": 800, "نهصد": 900,
    "دوصد": 200, "سهصد": 300, "پنجصد": 500,
}

# Words that are also ordinary words ("a", "not", "village", "better", "same", "so", "new"):
# read as numbers only next to a scale word, a unit or a hedge.
AMBIGUOUS = {
    "en": {"one", "dozen"},
    "ur": {"ایک", "نو", "سو", "اسی", "بہتر", "ستر", "بیس", "چون", "سات", "تیس", "دس"},
    "ps": {"ویشت", "یو", "یوه", "نه", "نوي", "نوی", "دری", "درې", "اوه", "لس", "شل", "سل",
           "اوو", "لسو", "شلو", "سلو", "ویشتو", "نویو"},
    "fa": {"یک", "یکی", "نه", "ده", "سی", "شش", "دو", "سه"},
}

# Multipliers written after a number. "hundred" multiplies the group being built; the others
# close it (4 لاکھ 52 ہزار 273).
HUNDRED = {"en": {"hundred"}, "ur": {"سو"}, "ps": {"سوه", "سل"}, "fa": {"صد"}}
SCALES = {
    "en": {"thousand": 1000, "lakh": 10**5, "lakhs": 10**5, "lac": 10**5, "lacs": 10**5,
           "crore": 10**7, "crores": 10**7, "million": 10**6, "mn": 10**6, "billion": 10**9,
           "bn": 10**9, "trillion": 10**12, "m": 10**6, "k": 1000},
    "ur": {"ہزار": 1000, "لاکھ": 10**5, "لاکھوں": None, "کروڑ": 10**7, "ملین": 10**6,
           "میلین": 10**6, "ارب": 10**9, "بلین": 10**9, "کھرب": 10**11},
    "ps": {"زر": 1000, "زره": 1000, "زرو": 1000, "لک": 10**5, "لکه": 10**5, "لکو": 10**5,
           "میلیون": 10**6, "ملیون": 10**6, "میلیونه": 10**6, "ملیونه": 10**6,
           "میلیونو": 10**6, "ملیونو": 10**6, "ملیونونه": None, "میلیارد": 10**9,
           "ملیارد": 10**9, "میلیارده": 10**9, "هزار": 1000},
    "fa": {"هزار": 1000, "لک": 10**5, "میلیون": 10**6, "ملیون": 10**6, "میلیارد": 10**9,
           "ملیارد": 10**9, "بیلیون": 10**9, "کرور": 10**7},
}
CONNECTORS = {"en": {"and"}, "ur": {"اور", "و"}, "ps": {"او", "و"}, "fa": {"و"}}
ARTICLE = {"en": {"a", "an"}}

# Fractions. `whole`: a word that is itself a value (ڈیڑھ = 1.5); `add`: a prefix adding to the
# following unit word (ساڑھے تین = 3.5); `half`: "and a half" / و نیم after a value.
WHOLE_FRACTIONS = {"ur": {"ڈیڑھ": Fraction(3, 2), "ڈھائی": Fraction(5, 2), "ڈھائ": Fraction(5, 2),
                          "آدھا": Fraction(1, 2), "آدھے": Fraction(1, 2)},
                   "en": {"half": Fraction(1, 2), "quarter": Fraction(1, 4)},
                   "ps": {"نیم": Fraction(1, 2)}, "fa": {"نیم": Fraction(1, 2)}}
PREFIX_FRACTIONS = {"ur": {"ساڑھے": Fraction(1, 2), "سوا": Fraction(1, 4),
                           "پونے": Fraction(-1, 4)}}
HALF = {"en": {"half"}, "ur": set(), "ps": {"نیم"}, "fa": {"نیم"}}

# Hedges: (words before the number, words after it) -> code. A "frame" hedge has both parts
# (Pashto تر ... زیات). Codes are fixed: nearly, about, more_than, at_least, up_to, over,
# less_than, past (a mark passed).
HEDGES_BEFORE = {
    "en": {"nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
           "about": "about", "around": "about", "approximately": "about", "approx": "about",
           "roughly": "about", "some": "about", "an estimated": "about", "estimated": "about",
           "more than": "more_than", "over": "over", "above": "over", "in excess of": "over",
           "upwards of": "over", "at least": "at_least", "no fewer than": "at_least",
           "up to": "up_to", "as many as": "up_to", "at most": "up_to", "less than": "less_than",
           "fewer than": "less_than", "under": "less_than", "below": "less_than",
           # a mark passed: "the index climbed beyond the 1,000 mark", "deaths crossed 100"
           **{f"{verb}{the}": "past" for verb in ("crossed", "passed", "surpassed", "exceeded",
                                                  "topped", "breached", "beyond")
              for the in ("", " the")}},
    "ur": {"تقریباً": "about", "تقریبا": "about", "قریب": "nearly", "قریباً": "nearly",
           "تقریباََ": "about", "لگ بھگ": "about", "کم از کم": "at_least", "کم و بیش": "about",
           "زائد از": "more_than", "تخمیناً": "about", "اندازاً": "about", "لگ بهگ": "about",
           "زیادہ سے زیادہ": "up_to", "زیادہ سے زائد": "up_to", "کم سے کم": "at_least"},
    "ps": {"نږدې": "nearly", "نژدې": "nearly", "شاوخوا": "about", "تقریباً": "about",
           "تقریبا": "about", "لږ تر لږه": "at_least", "لږترلږه": "at_least", "نږدی": "nearly",
           "اټکل": "about", "د اټکل له مخې": "about", "کابو": "about", "تر": "frame:تر",
           "له": "frame:له"},
    "fa": {"تقریباً": "about", "تقریبا": "about", "حدود": "about", "در حدود": "about",
           "حدوداً": "about", "حدودا": "about", "بیش از": "more_than", "بیشتر از": "more_than",
           "بیش تر از": "more_than", "افزون بر": "more_than", "بالغ بر": "about",
           "دست کم": "at_least", "حداقل": "at_least", "کمتر از": "less_than",
           "کم تر از": "less_than", "نزدیک به": "nearly", "قریب به": "nearly", "نزدیک": "nearly",
           "حداکثر": "up_to", "تا": "up_to", "فراتر از": "over",
           "از مرز": "past"},  # "از مرز ۱۰۰۰ فراتر رفت / گذشت": past the mark of 1,000
}
# "more than" after the number in Pashto: masculine, feminine (تر ۵ زرو ډېرې کورنۍ) and
# oblique forms; ي/ې spellings fold together.
_PS_MORE = {"زیات", "ډېر", "زیاتو", "ډېرو", "زیاته", "زیاتې", "ډېره", "ډېرې", "زیاتي", "ډېري"}
_PS_LESS = {"کم", "لږ", "کمې", "کمه", "لږې"}
HEDGES_AFTER = {
    "en": {"or more": "at_least", "or so": "about", "plus": "over"},
    "ur": {"سے زائد": "more_than", "سے زیادہ": "more_than", "سے اوپر": "over",
           # "ایک ہزار کی حد بھی عبور کر گیا" (crossed the limit of 1,000), "سے تجاوز کر گیا"
           "کی حد عبور": "past", "کی حد بھی عبور": "past", "سے تجاوز": "past",
           "سے بھی تجاوز": "past",
           "سے کم": "less_than", "تک": "up_to", "کے قریب": "nearly", "کے لگ بھگ": "about",
           "لگ بھگ": "about", "کے لگ بهگ": "about"},
    "ps": {**dict.fromkeys(_PS_MORE, "more_than"),
           "څه باندې": "more_than", "پورې": "up_to", "کم": "less_than", "لږ": "less_than",
           # "له ۱۰۰۰ (څخه) واوښت": went past 1,000
           "واوښت": "past", "څخه واوښت": "past",
           "کمې": "less_than", "کمه": "less_than", "لږې": "less_than",
           # "له ۵۰۰ څخه زیات": the ablative's closing word comes first (not نه: it is
           # also "nine")
           **{f"څخه {more}": "more_than" for more in _PS_MORE},
           **{f"څخه {less}": "less_than" for less in _PS_LESS}},
    "fa": {"و اندی": "more_than"},
}
# Pashto frames: the word before the number decides which after-words complete the hedge.
PS_FRAMES = {"تر": _PS_MORE | _PS_LESS | {"پورې"}, "له": _PS_MORE | _PS_LESS | {"واوښت"}}

UNITS = {
    "en": {"hostages": "people", "hostage": "people", "captives": "people", "students": "people",
           "doctors": "people", "nurses": "people", "teachers": "people",
           "villages": "villages", "village": "villages", "districts": "districts",
           "posts": "posts", "checkposts": "posts", "outposts": "posts", "check posts": "posts",
           "provinces": "provinces", "trucks": "vehicles", "lorries": "vehicles",
           # delegations at a meeting: "envoys from about 25 countries" (`text.figures` drops
           # "the two countries" and a trilateral's three, neighbours named as a set)
           "countries": "countries", "nations": "countries",
           # a trial's witnesses ("statements of 25 prosecution witnesses"; `text.figures`
           # drops the few quoted as sources: "two witnesses told AFP")
           "witnesses": "witnesses",
           # places struck or searched: "nine sites", "six locations"
           "sites": "sites", "locations": "sites",
           "vehicles": "vehicles", "containers": "vehicles",
           "people": "people", "persons": "people", "person": "people", "individuals": "people",
           "afghans": "people", "refugees": "people", "migrants": "people", "nationals": "people",
           "citizens": "people", "returnees": "people", "children": "people", "women": "people",
           "men": "people", "foreigners": "people", "deportees": "people", "residents": "people",
           "soldiers": "people", "troops": "people", "policemen": "people", "jawans": "people",
           "militants": "people", "attackers": "people", "terrorists": "people",
           "bombers": "people", "gunmen": "people", "assailants": "people",
           "civilians": "people", "personnel": "people", "fighters": "people", "forces": "people",
           "insurgents": "people", "officers": "people", "guards": "people", "police": "people",
           "protesters": "people", "prisoners": "people", "detainees": "people",
           "workers": "people", "labourers": "people", "passengers": "people",
           # who else a toll or a crowd counts: "shot dead 23 travellers and drivers",
           # "three Spanish tourists", "14 convicts were flogged"
           "travellers": "people", "travelers": "people", "drivers": "people",
           "tourists": "people", "visitors": "people", "worshippers": "people",
           "pilgrims": "people", "journalists": "people", "traders": "people",
           "miners": "people", "farmers": "people", "employees": "people",
           "suspects": "people", "convicts": "people", "laborers": "people",
           "villagers": "people", "mourners": "people", "spectators": "people",
           "vaccinators": "people", "volunteers": "people", "teams": "teams", "team": "teams",
           "cases": "cases", "case": "cases",
           # a match's figures: runs, wickets, overs and balls are four quantities
           "runs": "runs", "run": "runs", "wickets": "wickets", "wicket": "wickets",
           "overs": "overs", "balls": "balls", "ball": "balls", "deliveries": "balls",
           "goals": "goals",
           "fours": "fours", "sixes": "sixes",
           "points": "points",
           # "18 wounded", "26 dead": the casualties counted are people
           "wounded": "people", "injured": "people", "dead": "people",
           "patients": "people", "victims": "people", "bodies": "people", "boys": "people",
           "girls": "people", "soldier": "people", "civilian": "people", "child": "people",
           "woman": "people", "man": "people", "militant": "people", "policeman": "people",
           "families": "families", "households": "families", "family": "families",
           "percent": "percent", "per cent": "percent", "pc": "percent", "%": "percent",
           "dollars": "money:USD", "usd": "money:USD", "$": "money:USD", "rupees": "money:PKR",
           "rs": "money:PKR", "pkr": "money:PKR", "afghanis": "money:AFN", "afn": "money:AFN",
           "euros": "money:EUR", "pounds": "money:GBP", "days": "days", "day": "days",
           "months": "months",
           "weeks": "weeks", "years": "years", "hours": "hours", "houses": "houses",
           "homes": "houses", "dwellings": "houses", "buildings": "houses", "km": "km",
           "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
           "miles": "miles", "mile": "miles",
           # a distance in metres, and the rounds of a shooting ("five shots", "12 bullets")
           "metres": "m", "meters": "m", "metre": "m", "meter": "m", "ft": "ft", "feet": "ft",
           # rain in an hour or a day: "150 millimetres", "150mm"
           "millimetres": "mm", "millimeters": "mm", "mm": "mm",
           # a temperature: "peaked at 42 degrees Celsius" (°C written as a symbol stays bare)
           "degrees": "degrees", "degree": "degrees",
           "shots": "rounds", "bullets": "rounds", "rounds": "rounds", "gunshots": "rounds",
           # a delegation's or a body's members: "a seven-member team" (a count of its own)
           "members": "members", "member": "members", "missiles": "missiles",
           "missile": "missiles", "rockets": "missiles", "rocket": "missiles",
           # aircraft and drones: a count of machines, never of people
           "aircraft": "aircraft", "jets": "aircraft", "planes": "aircraft", "jet": "aircraft",
           "warplanes": "aircraft", "drones": "aircraft", "drone": "aircraft",
           "helicopters": "aircraft", "helicopter": "aircraft",
           # land under a crop ("10,800 hectares", "ہیکٹر", "هکتار")
           "hectares": "ha", "hectare": "ha", "acres": "acres", "acre": "acres",
           # a river's water and a dam's power: "16.5 million acre-feet", "1,500 megawatts"
           "acre-feet": "acre-ft", "acre feet": "acre-ft", "maf": "acre-ft",
           "megawatts": "MW", "megawatt": "MW", "mw": "MW",
           # explosives and drugs seized, aid sent: "six kilogrammes", "1,000 tonnes"
           "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg", "kilogrammes": "kg",
           "tons": "tons", "tonnes": "tons", "ton": "tons", "tonne": "tons", "metric tons": "tons"},
    "ur": {"یرغمالی": "people", "یرغمالیوں": "people", "مغوی": "people", "مغویوں": "people",
           "زخمی": "people", "زخمیوں": "people",  # "21 زخمی": the wounded counted
           "روزہ": "days",  # "دو روزہ دورہ": a two-day visit
           "طلبہ": "people", "طالبات": "people", "طالب علم": "people", "ڈاکٹرز": "people",
           "دیہات": "villages", "دیہاتوں": "villages", "گاؤں": "villages", "گاوں": "villages",
           # "دو فوجی چوکیوں": military posts, not two soldiers
           "چوکیوں": "posts", "چوکیاں": "posts", "چوکی": "posts", "پوسٹوں": "posts",
           "اضلاع": "districts", "ضلعوں": "districts", "صوبوں": "provinces", "صوبے": "provinces",
           "ممالک": "countries", "ملکوں": "countries", "گواہوں": "witnesses",
           "گواہان": "witnesses",
           "ٹرک": "vehicles", "ٹرکوں": "vehicles", "ٹرکس": "vehicles", "گاڑیاں": "vehicles",
           "گاڑیوں": "vehicles", "کنٹینرز": "vehicles", "کنٹینر": "vehicles",
           "افراد": "people", "لوگ": "people", "لوگوں": "people", "شہری": "people",
           "مشتبہ افراد": "people", "مشتبہ": "people", "ملزمان": "people", "ملزم": "people",
           "شہریوں": "people", "مہاجرین": "people", "پناہ گزین": "people", "پناہ گزینوں": "people",
           "تارکین وطن": "people", "باشندے": "people", "باشندوں": "people", "افغانوں": "people",
           "غیر ملکی": "people", "غیر ملکیوں": "people", "بچے": "people", "بچوں": "people",
           "جوان": "people", "جوانوں": "people", "اہلکار": "people", "اہلکاروں": "people",
           "فوجی": "people", "فوجیوں": "people", "دہشت گرد": "people", "دہشت گردوں": "people",
           "شدت پسند": "people", "شدت پسندوں": "people", "حملہ آور": "people", "حملہ آوروں": "people",
           "خواتین": "people", "عورتیں": "people", "عورتوں": "people", "مرد": "people",
           "مردوں": "people", "بچیاں": "people", "بچیوں": "people", "سپاہی": "people",
           "سپاہیوں": "people", "عسکریت پسند": "people", "عسکریت پسندوں": "people",
           "جنگجو": "people", "جنگجوؤں": "people", "مسافر": "people", "مسافروں": "people",
           "قیدی": "people", "قیدیوں": "people", "مزدور": "people", "مزدوروں": "people",
           "مریض": "people", "مریضوں": "people", "لاشیں": "people", "مقامات": "sites",
           "جگہوں": "sites",
           "ورکرز": "people", "ورکروں": "people", "کارکن": "people", "کارکنوں": "people",
           "کارکنان": "people", "رضاکار": "people", "رضاکاروں": "people", "ٹیمیں": "teams",
           "ٹیموں": "teams", "ٹیم": "teams", "کیسز": "cases", "کیس": "cases", "کیسوں": "cases",
           "مقدمات": "cases", "مقدمے": "cases", "مقدموں": "cases",
           "رنز": "runs", "رن": "runs", "وکٹوں": "wickets", "وکٹیں": "wickets", "وکٹ": "wickets",
           "اوورز": "overs", "اوور": "overs", "گیندوں": "balls", "گیندیں": "balls",
           "چوکے": "fours", "چوکوں": "fours", "چھکے": "sixes", "چھکوں": "sixes",
           "پوائنٹس": "points",
           "خاندان": "families", "خاندانوں": "families", "کنبے": "families", "گھرانے": "families",
           "فیصد": "percent", "%": "percent", "٪": "percent", "روپے": "money:PKR",
           "پاؤنڈ": "money:GBP", "پاؤنڈز": "money:GBP", "پونڈ": "money:GBP",
           "روپیہ": "money:PKR", "روپوں": "money:PKR", "ڈالر": "money:USD", "ڈالرز": "money:USD",
           "افغانی": "money:AFN", "دن": "days", "دنوں": "days", "روز": "days", "ماہ": "months",
           "مہینے": "months", "سال": "years", "ہفتے": "weeks", "گھنٹے": "hours",
           "مکانات": "houses", "مکان": "houses", "گھر": "houses", "گھروں": "houses",
           "کلومیٹر": "km", "کلو میٹر": "km", "کلومیٹرز": "km", "میٹر": "m", "میٹرز": "m",
           "فٹ": "ft",  # "چھ فٹ برف" (six feet of snow)
           "گولیاں": "rounds", "گولیوں": "rounds", "راؤنڈ": "rounds", "رکنی": "members",
           "ارکان": "members", "اراکین": "members", "میزائل": "missiles", "میزائلوں": "missiles",
           "راکٹ": "missiles", "طیارے": "aircraft", "طیاروں": "aircraft", "طیارہ": "aircraft",
           "ڈرون": "aircraft", "ڈرونز": "aircraft", "ہیلی کاپٹر": "aircraft", "ہیکٹر": "ha", "ہیکٹرز": "ha", "ایکڑ": "acres",
           "ملی میٹر": "mm", "ڈگری": "degrees", "ڈگریز": "degrees", "درجے": "degrees",
           "ایکڑ فٹ": "acre-ft", "میگاواٹ": "MW", "میگا واٹ": "MW",
           "کلو گرام": "kg", "کلوگرام": "kg", "کلو": "kg", "ٹن": "tons"},
    "ps": {"ګروګان": "people", "ګروګانان": "people", "ګروګانانو": "people", "یرغمل": "people",
           "ټپیان": "people", "ټپيان": "people", "ټپیانو": "people",  # "۲۱ ټپیان": the wounded
           "اتباع": "people", "تبعه": "people",  # "درې چینايي اتباع": nationals
           "ورځني": "days", "ورځنی": "days", "ورځنۍ": "days",  # "درې ورځنی سفر": a three-day trip
           "زده کوونکي": "people", "زده کوونکو": "people", "محصلین": "people",
           "محصلانو": "people", "ډاکټران": "people", "ډاکټرانو": "people",
           "کلي": "villages", "کليو": "villages", "کلیو": "villages", "ولسوالۍ": "districts",
           "پوستې": "posts", "پوستو": "posts", "ځایونه": "sites", "ځایونو": "sites",
           "ولسوالیو": "districts", "ولسوالي": "districts", "ولایتونه": "provinces",
           "ولایتونو": "provinces", "لارۍ": "vehicles", "لاریو": "vehicles", "ټرکونه": "vehicles",
           "هېوادونو": "countries", "هېوادونه": "countries", "هیوادونو": "countries",
           "هیوادونه": "countries", "شاهدانو": "witnesses", "شاهدان": "witnesses",
           "شاهدینو": "witnesses",
           "ټرکونو": "vehicles", "موټرې": "vehicles", "موټرونه": "vehicles", "موټرو": "vehicles",
           "کانتینرونه": "vehicles", "کانټینرونه": "vehicles",
           "کسان": "people", "تنه": "people", "تنو": "people", "وګړي": "people", "وګړو": "people",
           "شکمن": "people", "شکمنو": "people", "مشکوک": "people", "تورن": "people", "تورنو": "people",
           "کډوال": "people", "کډوالو": "people", "کډوالې": "people", "افغانان": "people",
           "افغانانو": "people", "مهاجر": "people", "مهاجرین": "people", "مهاجرو": "people",
           "کسانو": "people", "ماشومان": "people", "کورنۍ": "families", "کورنیو": "families",
           "پوځیان": "people", "پوځیانو": "people", "سرتیري": "people", "سرتیرو": "people",
           "بریدګر": "people", "بریدګرو": "people", "وسله وال": "people", "وسله والو": "people",
           "ښځې": "people", "ښځو": "people", "ماشومانو": "people", "ماشوم": "people",
           "نارینه": "people", "هلکان": "people", "نجونې": "people", "وګړي": "people",
           "ځواکونه": "people", "ځواکونو": "people", "پولیس": "people", "پولیسان": "people",
           "جنګیالي": "people", "جنګیالیو": "people", "طالبان": "people", "بندیان": "people",
           "مسافر": "people", "مسافرین": "people", "کارګر": "people", "کارګران": "people",
           "ناروغان": "people", "مړي": "people", "تروریستان": "people", "ترهګر": "people",
           "ترهګرو": "people", "کارکوونکي": "people", "کارکوونکو": "people",
           "کارکونکي": "people", "کارکونکو": "people", "رضاکاران": "people", "ټیمونه": "teams",
           "ټیمونو": "teams", "ټیمې": "teams", "ټیم": "teams", "پېښې": "cases", "پېښو": "cases",
           "دوسیې": "cases", "دوسیو": "cases", "قضیې": "cases", "قضیو": "cases",
           "پېښه": "cases", "منډې": "runs", "منډو": "runs", "منډه": "runs", "ویکټونه": "wickets",
           "ویکټونو": "wickets", "ویکټو": "wickets", "ویکټې": "wickets", "ویکټه": "wickets",
           "اوورونو": "overs", "اوورونه": "overs", "توپونو": "balls", "توپونه": "balls",
           "څلوریزې": "fours", "څلوریزو": "fours", "شپږیزې": "sixes", "شپږیزو": "sixes",
           "امتیازه": "points",
           "کورنۍ ګانې": "families", "سلنه": "percent", "%": "percent", "٪": "percent",
           "افغانۍ": "money:AFN", "افغانی": "money:AFN", "ډالر": "money:USD", "ډالره": "money:USD",
           "دالر": "money:USD", "کلدار": "money:PKR", "روپۍ": "money:PKR",
           "پونډه": "money:GBP", "ورځې": "days",
           "ورځو": "days", "ورځ": "days", "میاشتې": "months", "میاشتو": "months",
           "کاله": "years", "کلونه": "years",
           # "۳ ساعته جګړه" (a three-hour fight), "څو ساعتونه"
           "ساعته": "hours", "ساعتونه": "hours", "ساعتونو": "hours",
           "کلونو": "years", "اونۍ": "weeks", "اونیو": "weeks", "کورونه": "houses",
           "کورونو": "houses", "استوګنځي": "houses", "استوګنځیو": "houses",
           "کیلومتره": "km", "کیلومتر": "km", "کلومتره": "km", "کیلو متره": "km",
           "ملي متره": "mm", "ملي میتره": "mm", "ملي مېټره": "mm", "درجې": "degrees",
           "درجو": "degrees", "درجه": "degrees", "ډګري": "degrees", "ډيګري": "degrees",
           "متره": "m", "متر": "m", "فټه": "ft", "فټ": "ft", "مرمۍ": "rounds", "مرمی": "rounds", "ډزې": "rounds",
           "ګولۍ": "rounds", "غړي": "members", "غړو": "members", "غړی": "members",
           # "یوه ۵۰ کسیزه جرګه" (a 50-member jirga): the "-person" adjective
           "کسیزه": "members", "کسیز": "members", "کسيزه": "members",
           "توغندي": "missiles", "توغندیو": "missiles", "راکټونه": "missiles",
           "الوتکې": "aircraft", "الوتکو": "aircraft", "الوتکه": "aircraft", "ډرونونه": "aircraft",
           "ډرون": "aircraft", "چورلکې": "aircraft", "چورلکو": "aircraft",
           "برید کوونکي": "people", "برید کوونکو": "people", "بریدګر": "people",
           "بریدګرو": "people", "هکتاره": "ha", "هکتار": "ha", "جریبه": "jeribs",
           "ایکړ فټه": "acre-ft", "ایکړ فټ": "acre-ft", "مېګاواټه": "MW", "میګاواټه": "MW",
           "مېګاواټ": "MW", "میګاواټ": "MW", "کیلوګرامه": "kg", "کیلوګرام": "kg", "کیلو": "kg",
           "ټنه": "tons", "ټنو": "tons", "ټن": "tons"},
    "fa": {"گروگان": "people", "گروگان‌ها": "people", "گروگانان": "people",
           "دانشجو": "people", "دانشجویان": "people", "محصل": "people", "محصلان": "people",
           "محصلین": "people", "شاگرد": "people", "شاگردان": "people", "داکتر": "people",
           "پزشک": "people", "کارمند": "people", "کارمندان": "people", "واکسیناتور": "people",
           "واکسیناتوران": "people", "رضاکار": "people", "رضاکاران": "people", "تیم": "teams",
           "تیم‌ها": "teams", "تیم‌های": "teams", "مورد": "cases", "موارد": "cases",
           # court cases: "با بیش از ۱۵۰ پرونده روبه‌رو" is no head count
           "پرونده": "cases", "پرونده‌ها": "cases", "پرونده‌های": "cases",
           "دوش": "runs", "دوشه": "runs", "ویکت": "wickets", "ویکټ": "wickets", "آور": "overs",
           "اوور": "overs", "توپ": "balls", "امتیاز": "points",
           "روستا": "villages", "روستای": "villages", "روستاها": "villages", "قریه": "villages",
           "پاسگاه": "posts", "پاسگاه‌ها": "posts", "پوسته": "posts", "پوسته‌ها": "posts",
           "قریه‌ها": "villages", "قریه‌جات": "villages", "ولسوالی": "districts",
           "ولسوالی‌ها": "districts", "ولایت": "provinces", "ولایات": "provinces",
           "کشور": "countries", "کشورها": "countries", "کشورهای": "countries",
           "شاهد": "witnesses", "شاهدان": "witnesses",
           "موتر": "vehicles", "موترهای": "vehicles", "کامیون": "vehicles",
           "کامیون‌ها": "vehicles", "کانتینر": "vehicles", "لاری": "vehicles",
           "نفر": "people", "تن": "people", "مهاجر": "people", "مهاجرین": "people",
           # the suspects held after an attack: "۴ مظنون را بازداشت کرده‌اند"
           "مظنون": "people", "مظنونان": "people", "مظنونین": "people", "مشکوک": "people",
           "مهاجران": "people", "پناهجو": "people", "پناهجویان": "people", "پناهنده": "people",
           "پناهندگان": "people", "شهروند": "people", "افغان": "people", "عودت کننده": "people",
           "کودک": "people", "کودکان": "people", "نقطه": "sites", "مکان": "sites",
           "زن": "people", "زنان": "people", "مرد": "people", "مردان": "people",
           "دختر": "people", "دختران": "people", "پسر": "people", "پسران": "people",
           "نیرو": "people", "نیروی": "people", "نیروهای": "people", "پولیس": "people",
           "پلیس": "people", "طالب": "people", "طالبان": "people", "جنگجو": "people",
           "جنگجویان": "people", "زندانی": "people", "زندانیان": "people", "مسافر": "people",
           "مسافران": "people", "بیمار": "people", "بیماران": "people", "کارگر": "people",
           "کارگران": "people", "جسد": "people", "اجساد": "people", "خانواده": "families", "خانوار": "families", "درصد": "percent",
           "سرباز": "people", "سربازان": "people", "نظامی": "people", "نظامیان": "people",
           "مهاجم": "people", "مهاجمان": "people", "شورشی": "people", "شورشیان": "people",
           "تروریست": "people", "تروریستان": "people", "غیرنظامی": "people", "غیرنظامیان": "people",
           "%": "percent", "٪": "percent", "افغانی": "money:AFN", "دالر": "money:USD",
           "دلار": "money:USD", "کلدار": "money:PKR", "روپیه": "money:PKR", "تومان": "money:IRR",
           "پوند": "money:GBP",
           "ریال": "money:IRR", "روز": "days", "ماه": "months", "سال": "years", "هفته": "weeks",
           "ساعت": "hours", "فوت": "ft",  # "شش فوت برف" (six feet of snow)
           "خانه": "houses", "منزل": "houses", "منازل": "houses", "واحد مسکونی": "houses",
           "کیلومتر": "km", "کیلومتری": "km", "کیلو متر": "km", "کیلومتر مربع": "km2",
           "متر": "m", "متری": "m", "گلوله": "rounds", "گلوله‌ها": "rounds",
           "فیر": "rounds", "عضو": "members", "عضوی": "members", "اعضای": "members",
           # "هیئت ۱۱ نفره" (an 11-member delegation): the "-person" adjective
           "نفره": "members",
           "اعضا": "members", "موشک": "missiles", "موشک‌ها": "missiles", "راکت": "missiles",
           "هواپیما": "aircraft", "هواپیمای": "aircraft", "هواپیماها": "aircraft",
           "جنگنده": "aircraft",
           "پهپاد": "aircraft", "پهپادها": "aircraft", "هلیکوپتر": "aircraft",
           "هکتار": "ha", "جریب": "jeribs", "ایکر فوت": "acre-ft", "مگاوات": "MW",
           "میلی متر": "mm", "ملی متر": "mm", "درجه": "degrees", "درجهٔ": "degrees",
           "کیلوگرام": "kg", "کیلو": "kg",
           # "۲۱ زخمی", "۳۲ کشته": the wounded and the dead counted are people
           "زخمی": "people", "زخمیان": "people", "کشته": "people", "کشته‌ها": "people",
           "تبعه": "people", "اتباع": "people", "روزه": "days"},  # "سفر سه روزه": a three-day trip
}
# Adjectives that may sit between a number and its unit (1.7 million Afghan migrants).
# Nationality and service words too: "six Pakistani soldiers", "7 سیکیورٹی اہلکار",
# "شپږ پاکستاني سرتېري", "اووه ملکي وګړي"; and Pashto یې: "پنځه یې ښځې" (five of them women).
# ("of the": "killed 12 of the attackers" counts attackers)
UNIT_FILLERS = {"en": {"afghan", "undocumented", "illegal", "registered", "unregistered",
                       "pakistani", "more", "other", "of", "the", "security", "army",
                       "paramilitary", "fc", "police", "forces", "taliban", "loaded", "empty",
                       "cargo",
                       "goods", "fuel", "aid", "relief", "stranded", "remote",
                       # "400,000 health workers", "1,800 vaccination teams"
                       "health", "polio", "vaccination", "frontline", "medical", "female",
                       "male", "mobile",
                       # "two Hellfire missiles", "three cruise missiles"
                       "hellfire", "cruise", "ballistic",
                       # "of those who lost their lives, 14 were soldiers"
                       "were", "are",
                       # "five Chinese citizens", "two foreign guests"
                       "chinese", "foreign", "american", "british", "indian", "iranian",
                       "spanish", "german", "french", "russian", "turkish", "italian",
                       "japanese", "norwegian", "saudi", "uzbek", "tajik",
                       # "five Indian fighter jets", "two combat drones"
                       "fighter", "combat", "military",
                       # "two suicide bombers", "four armed attackers"
                       "suicide", "armed"},
                "ur": {"افغان", "غیر", "قانونی", "رجسٹرڈ", "مزید", "پاکستانی", "افغانی", "عام",
                       "مال", "بردار", "لدے", "لوڈڈ",
                       "سیکیورٹی", "سکیورٹی", "سیکورٹی", "پولیس", "ایف", "سی", "فوجی",
                       "پولیو", "ہیلتھ", "طبی", "خواتین", "چینی", "ملکی", "امریکی", "ایرانی",
                       "جنگی", "بھارتی", "ہندوستانی", "خودکش", "مسلح"},
                "ps": {"افغان", "نور", "غیرقانوني", "پاکستاني", "افغاني", "ملکي", "امنیتي",
                       "پوځي", "یې", "روغتیايي", "روغتیایي", "ګرځنده", "پولیو", "چینايي",
                       "چینایي", "بهرني", "امریکايي", "ایراني", "جنګي", "هندي", "ځانمرګي",
                       "ځانمرګی"},
                "fa": {"دیگر", "غیرقانونی", "صحی", "سیار", "واکسین", "پولیو", "چینی", "خارجی",
                       "امریکایی", "ایرانی", "پاکستانی", "جنگی", "هندی"}}
CURRENCY_PREFIX = {"$": "money:USD", "£": "money:GBP", "usd": "money:USD", "rs": "money:PKR",
                   "pkr": "money:PKR", "afn": "money:AFN", "af": "money:AFN", "afs": "money:AFN", "€": "money:EUR"}


def table_lang(lang: str) -> str:
    return {"prs": "fa", "fa": "fa", "ur": "ur", "ps": "ps"}.get(lang, "en")


def _fold_keys(d: dict) -> dict:
    return {fold(k): v for k, v in d.items()}


def _fold_set(s) -> set:
    return {fold(k) for k in s}


WORDS = {"en": EN_WORDS, "ur": _fold_keys(UR_WORDS), "ps": _fold_keys(PS_WORDS),
         "fa": _fold_keys(FA_WORDS)}
AMBIGUOUS = {k: _fold_set(v) for k, v in AMBIGUOUS.items()}
HUNDRED = {k: _fold_set(v) for k, v in HUNDRED.items()}
SCALES = {k: _fold_keys(v) for k, v in SCALES.items()}
CONNECTORS = {k: _fold_set(v) for k, v in CONNECTORS.items()}
WHOLE_FRACTIONS = {k: _fold_keys(v) for k, v in WHOLE_FRACTIONS.items()}
PREFIX_FRACTIONS = {k: _fold_keys(v) for k, v in PREFIX_FRACTIONS.items()}
HALF = {k: _fold_set(v) for k, v in HALF.items()}
UNIT_FILLERS = {k: _fold_set(v) for k, v in UNIT_FILLERS.items()}
PS_FRAMES = {fold(k): _fold_set(v) for k, v in PS_FRAMES.items()}


def phrases(d: dict) -> dict[tuple[str, ...], str]:
    """Multi-word keys split into folded word tuples, for token-sequence matching."""
    out = {}
    for k, v in d.items():
        words = tuple(fold(w) for w in k.replace("‌", " ").split())
        out[words] = v
    return out


HEDGE_BEFORE_PHRASES = {k: phrases(v) for k, v in HEDGES_BEFORE.items()}
HEDGE_AFTER_PHRASES = {k: phrases(v) for k, v in HEDGES_AFTER.items()}
UNIT_PHRASES = {k: phrases(v) for k, v in UNITS.items()}
# Attacks after a word that counts people ("300 militant attacks", "۳۰۰ وسله‌وال بریدونه",
# "300 دہشت گرد حملے"): the word is the attacks' adjective, and the figure counts attacks.
ATTACKS_AFTER = {k: phrases(dict.fromkeys(v.split(), "attacks")) for k, v in {
    "en": "attacks attack", "ur": "حملے حملوں حملہ", "ps": "بریدونه بریدونو برید حملې",
    "fa": "حملات حمله حملهٔ"}.items()}
