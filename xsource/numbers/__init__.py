"""Figures in running text: `extract_numbers(text, lang) -> list[NumberMention]`.

Reads digits in any script (ASCII, ٠-٩, ۰-۹, mixed), Western and Indian grouping, the decimal
marks `.` `٫` `،`, scale words (thousand, lakh, crore, million, billion; ہزار لاکھ کروڑ ارب;
زر لک میلیون; هزار میلیون میلیارد), number words (English; Urdu 1-100; Pashto; Dari/Persian),
fractions (two and a half million, ڈیڑھ لاکھ, دو و نیم میلیون), then the hedge before/after
it and the unit after it. Dates, years, ordinals, phone numbers and ids are not quantities and
are left out: `extract_dates` claims date spans first. Currency glued to the figure
(Rs50,000, PKR50,000, Af1,000, $2m) is money, not an id; Arabic presentation forms copied out
of PDFs (ﮨﺰﺍﺭ) are read as the letters they show (see `tokens.fold`).

Offsets are into `text` as given. `value` is a float; integral values are exact.
"""

from __future__ import annotations

import re

from xsource.numbers import lexicon as lx
from xsource.numbers.nil import nil_counts
from xsource.numbers.parse import ORDINAL_SUFFIX, Parsed, parse_at
from xsource.numbers.tokens import Token, fold, only_space, phrase_index, tokenize
from xsource.records import NumberMention

__all__ = ["extract_numbers", "parse_number"]

# Counted things a bare year is never followed by: "۱۳۲۰ استوګنځي" is 1,320 homes, not 1320;
# "۲۱۰۰ ټیمونه" 2,100 teams. Not cases: "in 2023 cases rose".
_NEVER_AFTER_A_YEAR = {"people", "families", "houses", "percent", "teams", "vehicles",
                       # ...nor measures: "۲۰۰۰ مېګاواټه", "2000 km", "2000 kilogrammes"
                       "MW", "acre-ft", "km", "ha", "acres", "m", "kg", "tons"}
_YEAR_WORDS = {fold(w) for w in ("year", "solar", "سال", "کال", "برس", "سن")}
_ID_SYMS = {"/", "-", ":", "#", "+", "_", "@", "–"}


def extract_numbers(text: str, lang: str, *, skip_dates: bool = True,
                    dates=None) -> list[NumberMention]:
    """Quantities in `text`. Date spans are left out: pass `dates` (from `extract_dates` on
    the same text) to avoid reading them twice, or `skip_dates=False` to keep them."""
    toks = tokenize(text)
    date_spans: list[tuple[int, int]] = []
    if skip_dates:
        if dates is None:
            from xsource.dates import extract_dates

            dates = extract_dates(text, lang)
        date_spans = [(d.start, d.end) for d in dates]
    L = lx.table_lang(lang)
    out: list[NumberMention] = []
    i = 0
    while i < len(toks):
        parsed = parse_at(toks, i, text, lang)
        if parsed is None:
            i += 1
            continue
        mention = _finish(parsed, toks, text, L, date_spans)
        if mention is not None:
            out.append(mention)
        i = parsed.last
    spans = [(n.start, n.end) for n in out]
    nil = [n for n in nil_counts(text, lang)
           if not any(s < n.end and n.start < e for s, e in spans)]
    return sorted(out + nil, key=lambda n: n.start) if nil else out


# "The number of polio cases reported this year has risen to 41", "the death toll rose to
# 41": the unit is named before the verb that gives the figure
_GIVEN_AS = (r"\b(?:risen|rose|reached|climbed|jumped|increased|grown|grew|stands|stood|is|was|"
             r"has hit|hit)(?:\s+(?:to|at))?\s+$")  # ... right before the figure
_NUMBER_OF = re.compile(r"\b(?:number|total|tally|count) of ((?:[\w-]+\s+){0,2}[a-z]+)\b"
                        rf"[^.;:]{{0,80}}?{_GIVEN_AS}", re.I)
_TOLL = re.compile(rf"\btoll\b[^.;:]{{0,60}}?{_GIVEN_AS}", re.I)


# ...and in the region's languages, the count of the dead or wounded named before it:
# "ہلاک ہونے والوں کی تعداد 63 ہو گئی" (the number of those killed has become 63), "د مړو شمېر
# ۶۳ ته ورسېد", "شمار کشته‌شدگان به ۶۳ رسید": people, though no noun follows the figure
_CASUALTIES = {
    "ur": "والوں|ہلاکتوں|زخمیوں|افراد|لوگوں|شہداء|شہیدوں|جاں بحق|ہلاک|زخمی",
    "ps": "مړو|ټپیانو|ټپيانو|ژوبلو|وژل شویو|وژل شوو|قربانیانو|کسانو|تلفاتو",
    "fa": "کشته‌شدگان|کشته شدگان|زخمی‌ها|زخمیان|زخمی ها|مجروحان|قربانیان|جان‌باختگان|تلفات|افراد",
}
# "X کی تعداد N", "د X شمېر N", "شمار X N": the count of X, named before its figure
_NUMBER_OF_FRAMES = {"ur": r"(?P<noun>{n})\s+کی\s+(?:کل\s+|مجموعی\s+)?تعداد",
                     "ps": r"د\s+(?P<noun>{n})\s+(?:شمېر|شمیر|شمير|تعداد)",
                     "fa": r"(?:شمار|تعداد|آمار)\s+(?P<noun>{n})"}
_FRAME_TAIL = r"(?:\s+\S+){0,3}?\s*$"  # "... تعداد بڑھ کر 63" (has risen to)
_COUNTED_PEOPLE = {L: re.compile(frame.format(n=_CASUALTIES[L]) + _FRAME_TAIL)
                   for L, frame in _NUMBER_OF_FRAMES.items()}
_COUNTED_NOUN = {L: re.compile(frame.format(n=r"\S+") + _FRAME_TAIL)
                 for L, frame in _NUMBER_OF_FRAMES.items()}
_FAMILY = re.compile(r"\bfamil(?:y|ies)\b|خاندان|کنبے|کورنۍ|کورنی|خانواده|خانوار", re.I)


def _counted_before_source(text: str, start: int, lang: str) -> str | None:
    """People when the count named before the figure is of the dead or wounded; else the unit
    of the counted noun: "کنٹینرز کی مجموعی تعداد 3 ہزار" (the total number of containers)."""
    if lang not in _NUMBER_OF_FRAMES:
        return None
    window = max(0, start - 80)
    if _COUNTED_PEOPLE[lang].search(text, window, start):
        return "people"
    m = _COUNTED_NOUN[lang].search(text, window, start)
    return lx.UNIT_PHRASES[lang].get((fold(m.group("noun")),)) if m else None


def _counted_before(text: str, start: int) -> str | None:
    m = _NUMBER_OF.search(text, max(0, start - 160), start)
    if not m:
        return "people" if _TOLL.search(text, max(0, start - 100), start) else None
    return next((lx.UNITS["en"][w] for w in m.group(1).lower().split() if w in lx.UNITS["en"]),
                None)


def parse_number(text: str, lang: str) -> float | None:
    """The value of `text` when it is exactly one number expression, else None."""
    found = extract_numbers(text, lang)
    return found[0].value if len(found) == 1 else None


def _finish(p: Parsed, toks: list[Token], text: str, L: str, date_spans) -> NumberMention | None:
    first, last = toks[p.first], toks[p.last - 1]
    start, end = first.start, last.end
    if any(s < end and start < e for s, e in date_spans):
        return None
    if p.digits_only and _looks_like_id(toks, p.first, text):
        return None
    hedge, frame = _hedge_before(toks, p.first, text, L)
    unit_prefix = _currency_prefix(toks, p.first, text)
    after_hedge, unit, unit_end = _after(toks, p.last, text, L)
    if frame is not None:
        hedge = after_hedge if after_hedge in frame else None
    elif hedge is None and after_hedge and not after_hedge.startswith("frame"):
        hedge = after_hedge
    if hedge is not None and hedge.startswith("frame:"):
        hedge = None
    unit = unit_prefix or unit
    if unit == "acres" and _FEET_AFTER.match(text, toks[unit_end - 1].end if unit_end else end):
        unit = "acre-ft"  # "16.5 million acre-feet": water, not land
    if unit is None and L == "en" and _OFF_BALLS.match(text, end):
        unit = "runs"  # "74 off 92 balls", "177 off 146 deliveries": a batter's runs
    if unit is None:
        unit = _counted_before(text, start) if L == "en" else _counted_before_source(text, start, L)
    if unit == "members" and _FAMILY.search(text[max(0, start - 30):end + 30]):
        unit = None  # "seven members of his family", "12 member family": an anecdote's family
    if _MATCH_FORMAT_BEFORE.search(text, max(0, start - 12), start) or (
            _OVERS_AFTER.match(text, end)):
        # a cricket format or stage named by its number: "T20", ٹی 20, "Super Eight", سوپر
        # هشت, "50-over", بیست‌اووری; never a count
        return None
    if _WEEKDAY_AFTER.match(text, end):
        return None  # پنج‌شنبه, سه شنبه: Thursday and Tuesday, not five and three
    if _SECTION_BEFORE.search(text, max(0, start - 20), start) or (
            L == "ps" and _SECTION_AFTER.match(text, end)):
        # "Section 144", "Article 245", "دفعہ 144": a law's clause, named by its number (which
        # two outlets may share), never a count (see `compare.figures.NEVER_COMPARED_UNITS`)
        unit, hedge = "section", None
    if unit in (None, "years") and (_is_age(text, start, end) or (
            unit is None and 0 < p.value <= 110 and _is_apposed_age(text, start, end))):
        unit = "age"
    elif unit in (None, "degrees") and _is_magnitude(text, start, end, p.value):
        unit = "magnitude"
    if p.ambiguous and (unit is None and hedge is None or p.value == 1):
        return None  # ایک/یک/یو/one + noun is the article "a", not a count
    if p.ambiguous and p.first > 0 and toks[p.first - 1].kind == "num" \
            and only_space(text[toks[p.first - 1].end:first.start]):
        return None  # "له ۱۰ نه زیات" (more than 10): a word after a figure is no second one
    if _is_clock_time(toks, p.first, p.last):
        return None
    if p.digits_only and not p.grouped and p.first > 0 and toks[p.first - 1].key in _YEAR_WORDS \
            and p.value.denominator == 1 and (1300 <= p.value <= 1499 or 1900 <= p.value <= 2100):
        return None  # "in the year 1401", "در سال ۱۴۰۲": a year, whatever follows it
    if p.digits_only and not p.grouped and _is_year(p, L) and (
            hedge is None or hedge == "up_to" and unit is None) \
            and unit not in _NEVER_AFTER_A_YEAR and not (unit or "").startswith("money"):
        # (a span's end is a year too: "1996 سے 2001 تک", "از ۱۳۷۵ تا ۱۳۸۰ هجری خورشیدی")
        return None
    value = float(p.value)
    return NumberMention(value=value, text=text[start:end], hedge=hedge, unit=unit,
                         start=start, end=end)


_OFF_BALLS = re.compile(r"\s+off\s+(?:just\s+|only\s+)?\d+\s+(?:balls|deliveries)\b", re.I)


# A person's age: "a 34-year-old labourer", "aged 60", "28 سالہ", "۳۵ کلن", "۴۰ ساله". An
# attribute of the person quoted, never a figure two outlets report about the story.
_AGE_AFTER = re.compile(
    r"\s*[-‐–]?\s*(?:years?|yrs?)[-‐– ]old\b|\s*(?:سالہ|سالا|ساله|سالې|سالی|سالے|کلن|کلنه|کلنې|کلنو)"
    r"(?!\w)|\s*سال\s+(?:کا|کی|کے)\s+(?:ہے|تھا|تھی|تھے|ہیں)", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|age of|age)\s*$", re.IGNORECASE)
_FEET_AFTER = re.compile(r"\s*[-‐–]?\s*(?:feet|foot|ft)\b", re.IGNORECASE)
_WEEKDAY_AFTER = re.compile("[\u200c ]?(?:شنبه|شنبې|شنبی|شنبے)")
_MATCH_FORMAT_BEFORE = re.compile(r"(?:\b[Tt]-?|\b[Ss]uper\s+|ٹی\s*|ټي\s*|ټی\s*|تی\s*|سپر\s+|"
                                  r"سوپر\s+)$")
# ("50-over" with its hyphen only: "20 over the past week" is twenty)
_OVERS_AFTER = re.compile(r"-over\b|(?:\u200c|\s)?(?:اووری|اوور\u200cی|اوورز\s+(?:کرکٹ|ورلڈ))")
_SECTION_BEFORE = re.compile(r"(?:\b(?:[Ss]ection|[Aa]rticle|[Cc]lause|[Ss]ub-?section|[Rr]ule)"
                             r"|دفعہ|دفعه|آرٹیکل|سیکشن|شق|ماده|مادهٔ|مادۀ|مادې|مادہ)\s*$")
_SECTION_AFTER = re.compile(r"\s*(?:مادې|ماده|دفعې|دفعه)(?!\w)")  # Pashto "د ۲۴۵ مادې له مخې"
# An earthquake's magnitude: "a magnitude 6.3", "6.3 on the Richter scale", "ریکٹر اسکیل پر
# 6.3", "۶.۳ درجه ریشتر", "د ریښتر په کچه ۶.۳": compared with magnitudes only.
_MAGNITUDE_AFTER = re.compile(
    r"\s*(?:magnitude|on the richter|richter|درجه|درجې|درجے|شدت|ریکٹر|ریشتر|ریختر|ریښتر)",
    re.IGNORECASE)
_MAGNITUDE_BEFORE = re.compile(
    r"(?:magnitude(?: of)?|richter scale(?: of)?|ریکٹر اسکیل پر|ریکٹر سکیل پر|ریشتر|ریختر|"
    r"ریښتر په کچه|په کچه|بزرگی|شدت)\s*$", re.IGNORECASE)


def _is_age(text: str, start: int, end: int) -> bool:
    return bool(_AGE_AFTER.match(text, end) or _AGE_BEFORE.search(text, max(0, start - 12), start))


# "Gul Muhammad, 62, who came to Peshawar": a number set off by commas after a name
_APPOSED_BEFORE = re.compile(r"(?P<name>[A-Z][\w'’-]+),\s*$")
_APPOSED_AFTER = re.compile(r"\s*,\s+(?:who|a|an|the|said|says|told|from|of|and)\b")


def _is_apposed_age(text: str, start: int, end: int) -> bool:
    # imported here: xsource.dates reads xsource.numbers.tokens while this package loads
    from xsource.dates.names import EN_MONTHS, WEEKDAYS

    name = _APPOSED_BEFORE.search(text, max(0, start - 40), start)
    return bool(name and name.group("name").casefold() not in (*EN_MONTHS, *WEEKDAYS["en"])
                and _APPOSED_AFTER.match(text, end))


def _is_magnitude(text: str, start: int, end: int, value) -> bool:
    return value < 10 and bool(_MAGNITUDE_AFTER.match(text, end)
                               or _MAGNITUDE_BEFORE.search(text, max(0, start - 25), start)
                               or _MAGNITUDE_PUT_AT.search(text, max(0, start - 45), start)
                               or "." in text[start:end] and _QUAKE_AFTER.match(text, end)
                               or _MEASURING.search(text, max(0, start - 12), start)
                               and _QUAKE_WORDS.search(text) is not None)


# English wire style: "put the magnitude of the tremor at 6.0", "the quake measured 6.3", and
# "a 6.0 quake" (a decimal figure before the quake: "5 quakes" counts them)
_MAGNITUDE_PUT_AT = re.compile(
    r"(?:magnitude of the (?:quake|earthquake|tremor) (?:at|as)|(?:quake|earthquake|tremor) "
    r"(?:measured|measuring|registered|had a magnitude of))\s*$", re.IGNORECASE)
_QUAKE_AFTER = re.compile(r"[\s-]*(?:quake|earthquake|tremor)", re.IGNORECASE)
# "... followed a few hours later by a second measuring 4.9": measuring, in a quake's sentence
_MEASURING = re.compile(r"\bmeasuring\s*$", re.IGNORECASE)
_QUAKE_WORDS = re.compile(r"\b(?:quakes?|earthquakes?|tremors?|aftershocks?|magnitude)\b",
                          re.IGNORECASE)


_CLOCK_AFTER = {fold(w) for w in ("am", "pm", "بجے", "بجی", "بجې", "صبح", "o'clock", "oclock")}
_CLOCK_BEFORE = {fold(w) for w in ("ساعت", "بجکر")}


def _is_clock_time(toks: list[Token], first: int, last: int) -> bool:
    """8 بجے, ساعت ۸, eight a.m., هشت صبح (also the outlet Hasht-e Subh): times, not counts."""
    if last < len(toks) and (toks[last].key in _CLOCK_AFTER or (
            toks[last].key in ("a", "p") and last + 1 < len(toks) and toks[last + 1].text == ".")):
        return True
    return first > 0 and toks[first - 1].key in _CLOCK_BEFORE


def _is_year(p: Parsed, L: str) -> bool:
    v = p.value
    if v.denominator != 1:
        return False
    return 1900 <= v <= 2100 or (L != "en" and 1300 <= v <= 1499)


def _hyphen_run_digits(toks: list[Token], i: int) -> int:
    """Digits in the run of numbers glued together with hyphens around token i."""
    lo = hi = i
    while lo >= 2 and toks[lo - 1].text in "-–" and toks[lo - 2].kind == "num" and \
            toks[lo - 2].end == toks[lo - 1].start == toks[lo - 1].end - 1 == toks[lo].start - 1:
        lo -= 2
    while hi + 2 < len(toks) and toks[hi + 1].text in "-–" and toks[hi + 2].kind == "num" and \
            toks[hi].end == toks[hi + 1].start and toks[hi + 1].end == toks[hi + 2].start:
        hi += 2
    parts = [toks[k].text for k in range(lo, hi + 1, 2)]
    if len(parts) < 2 or any(c in part for part in parts for c in ",٬.٫"):
        return 0  # 2,000–3,000: grouped figures are a range, phone numbers are not grouped
    return sum(c.isdigit() for part in parts for c in part)


def _looks_like_id(toks: list[Token], i: int, text: str) -> bool:
    t = toks[i]
    digits = sum(c.isdigit() for c in t.text)
    if digits >= 9 and not any(c in t.text for c in ",٬.٫،"):
        return True  # phone numbers, CNIC/ID numbers
    if t.text[0] in "0٠۰" and digits > 1 and not any(c in t.text for c in ".٫،"):
        return True
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    prv = toks[i - 1] if i > 0 else None
    if _hyphen_run_digits(toks, i) >= 7:
        return True  # 0300-1234567, 35202-1234567-1
    if nxt is not None and nxt.text in "-–" and nxt.start == t.end:
        nxt = None  # a range (10-15 people): both ends are figures
    if prv is not None and prv.text in "-–" and prv.end == t.start:
        before = toks[i - 2] if i > 1 else None
        if before is not None and before.kind == "word" and before.end == prv.start:
            return True  # COVID-19, F-16, Tu-154
        prv = None
    if nxt is not None and nxt.start == t.end:
        if nxt.kind == "sym" and nxt.text in _ID_SYMS:
            return True
        if nxt.kind == "word" and nxt.key in ORDINAL_SUFFIX:
            return True  # 1st, 31ویں
    if prv is not None and prv.end == t.start:
        if prv.kind == "sym" and prv.text in _ID_SYMS:
            return True
        if prv.kind == "word" and prv.text.isascii() and prv.key not in lx.CURRENCY_PREFIX:
            return True  # F16, COVID19 (but Rs50,000, PKR50,000, Af1,000 are money)
    if prv is not None and prv.key in ("no", "nos", "نمبر", "شماره", "شمېره", "number"):
        return True
    return False


_LAST: dict[int, tuple[dict, dict]] = {}


def _by_last(table: dict) -> dict:
    hit = _LAST.get(id(table))
    if hit is None or hit[0] is not table:
        index: dict = {}
        for words, value in table.items():
            index.setdefault(words[-1], []).append((words, value))
        hit = _LAST[id(table)] = (table, index)
    return hit[1]


def _match_back(toks: list[Token], i: int, text: str, table: dict) -> tuple[str | None, int]:
    """Longest phrase in `table` that ends right before token i; (value, its first index)."""
    best, best_at = None, i
    for words, value in _by_last(table).get(toks[i - 1].key if i > 0 else "", ()):
        n = len(words)
        if i - n < 0 or (best is not None and n <= i - best_at):
            continue
        ok = all(toks[i - n + k].key == w for k, w in enumerate(words))
        ok = ok and all(only_space(text[toks[m].end:toks[m + 1].start]) for m in range(i - n, i))
        if ok:
            best, best_at = value, i - n
    return best, best_at


def _match_fwd(toks: list[Token], i: int, text: str, table: dict) -> tuple[str | None, int]:
    best, best_to = None, i
    if i >= len(toks):
        return None, i
    for words, value in phrase_index(table).get(toks[i].key, ()):
        n = len(words)
        if i + n > len(toks) or (best is not None and n <= best_to - i):
            continue
        ok = all(toks[i + k].key == w for k, w in enumerate(words))
        ok = ok and all(only_space(text[toks[m - 1].end:toks[m].start]) for m in range(i, i + n))
        if ok:
            best, best_to = value, i + n
    return best, best_to


def _currency_prefix(toks: list[Token], i: int, text: str) -> str | None:
    j = i - 1
    if j >= 0 and toks[j].text == ".":
        j -= 1  # Rs. 500
    if j < 0 or not only_space(text[toks[j].end:toks[i].start].replace(".", "")):
        return None
    return lx.CURRENCY_PREFIX.get(toks[j].key)


def _hedge_before(toks, i, text, L) -> tuple[str | None, set | None]:
    j = i
    if j > 1 and toks[j - 1].text == "." and lx.CURRENCY_PREFIX.get(toks[j - 2].key):
        j -= 2  # up to Rs. 50,000
    elif j > 0 and lx.CURRENCY_PREFIX.get(toks[j - 1].key):
        j -= 1
    hedge, _ = _match_back(toks, j, text, lx.HEDGE_BEFORE_PHRASES[L])
    if hedge and hedge.startswith("frame:"):
        # Pashto تر ... زیات: the word after the number decides the code, or there is none
        ends = lx.PS_FRAMES.get(fold(hedge.split(":", 1)[1]), set())
        after = lx.HEDGE_AFTER_PHRASES["ps"]
        return None, {after[(w,)] for w in ends if (w,) in after}
    return hedge, None


_AND_FOREIGN = re.compile(r"\s+او\s+بهرن")


def _unit_after(toks, j: int, text: str, L: str) -> tuple[str | None, int]:
    """The unit at token j, past up to two fillers. A filler that is a unit itself ("7
    police killed", "4 فوجی ہلاک") is the unit when no other unit follows it."""
    fillers = lx.UNIT_FILLERS.get(L, ())
    fallback: tuple[str | None, int] = (None, j)
    k = j
    if L == "en" and k + 1 < len(toks) and toks[k].text in "-–" and k > 0 and \
            toks[k - 1].end == toks[k].start and toks[k].end == toks[k + 1].start and \
            toks[k + 1].kind == "word":
        k += 1  # "the 2,600-kilometre border": a unit joined by a hyphen
    for passed in range(3):
        if k >= len(toks) or (k > 0 and not only_space(text[toks[k - 1].end:toks[k].start])):
            break
        unit, to = _match_fwd(toks, k, text, lx.UNIT_PHRASES[L])
        if unit is None and L == "en" and _hyphen_compound(toks, k):
            k += 3  # "6,000 goods-laden trucks", "200 Kabul-bound buses": an adjective
            continue
        if unit == "families" and L == "ps" and _AND_FOREIGN.match(text, toks[to - 1].end):
            break  # "۲۵۰ کورنۍ او بهرنۍ موسسې": domestic (and foreign) bodies, no families
        is_filler = toks[k].key in fillers and passed < 2
        if unit == "people":
            attacks, after = _match_fwd(toks, to, text, lx.ATTACKS_AFTER[L])
            if attacks is not None:
                return attacks, after
        if unit is not None and not is_filler:
            return unit, to
        if unit is not None and fallback[0] is None:
            fallback = (unit, to)
        if not is_filler:
            break
        k += 1
    return fallback


def _hyphen_compound(toks, k: int) -> bool:
    """toks[k:k+3] are two words joined by a hyphen ("goods-laden")."""
    return (k + 2 < len(toks) and toks[k].kind == "word" and toks[k + 1].text in "-–"
            and toks[k + 2].kind == "word" and toks[k].end == toks[k + 1].start
            and toks[k + 1].end == toks[k + 2].start)


def _after(toks, i, text, L) -> tuple[str | None, str | None, int]:
    """(hedge written after the number, unit, index after them)."""
    hedge = unit = None
    j = i
    if L == "en" and j + 1 < len(toks) and toks[j].text in "-–" and toks[j + 1].key == "plus" \
            and toks[j - 1].end == toks[j].start and toks[j].end == toks[j + 1].start:
        hedge, j = "over", j + 2  # agency style: 170,000-plus
    for _ in range(2):
        if hedge is None:
            h, to = _match_fwd(toks, j, text, lx.HEDGE_AFTER_PHRASES[L])
            if h is not None:
                hedge, j = h, to
                continue
        if unit is None:
            unit, j = _unit_after(toks, j, text, L)
            if unit is not None:
                continue
        break
    if hedge == "up_to" and _reached(toks, j, L):
        hedge = None  # "تعداد تین ہزار تک جا پہنچی": the count has reached 3,000, no bound
    return hedge, unit, j


# "X تک پہنچ گئی" / "X تک جا پہنچی" (Urdu), "X ته ورسېد" / "تر X پورې رسېدلی" (Pashto): a count
# that has reached X, where تک / پورې ("up to") is the verb's, not a hedge
_REACH_STEMS = {lang: tuple(fold(stem) for stem in stems) for lang, stems in
                {"ur": ("پہنچ",), "ps": ("ورسېد", "رسېد")}.items()}


def _reached(toks, j: int, L: str) -> bool:
    """...but "۱۷ لاکھ تک پہنچ سکتی ہے" (could reach) is a bound."""
    stems = _REACH_STEMS.get(L)
    if not stems:
        return False
    for k in range(j, min(j + 3, len(toks))):
        if toks[k].key.startswith(stems):
            return not (k + 1 < len(toks) and toks[k + 1].key.startswith(_CAN))
    return False


_CAN = (fold("سک"), fold("کولای"), fold("شي"))  # Urdu سکتا/سکتی, Pashto کولای شي / شي
