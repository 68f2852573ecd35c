"""Day ranges: "Oct 11-12", "11 and 12 October", "11 اور 12 اکتوبر", "۱۹ و ۲۰ میزان",
"د تلې د ۱۹مې او ۲۰مې". The date reader finds the day written next to the month; the
range's other day is a date of the same month too, not a count of 12 or 11 things (the night
"of 11-12 October" told by one outlet is the night of ۱۹ میزان told by another).
"""

from __future__ import annotations

import datetime as dt

from xsource.dates.names import DAY_SUFFIX_KEYS
from xsource.numbers.tokens import Token, fold, only_space, read_digits
from xsource.records import DateMention

# "11-12", "11 and 12", "11 to 12", Urdu اور and سے, Pashto او and تر, Dari و and تا
_JOIN = {fold(w) for w in ("-", "–", "and", "to", "اور", "سے", "او", "تر", "و", "تا")}
_DASHES = {"-", "–"}
MAX_RANGE_DAYS = 14


def day_ranges(toks: list[Token], text: str, found: list[DateMention]) -> list[DateMention]:
    """The other day of each range whose one day `found` holds (a full date)."""
    extra: list[DateMention] = []
    taken = [(d.start, d.end) for d in found]
    starts = {t.start: k for k, t in enumerate(toks)}
    ends = {t.end: k for k, t in enumerate(toks)}
    for mention in found:
        if mention.calendar == "relative" or not mention.value or len(mention.value) != 10:
            continue
        first, last = starts.get(mention.start), ends.get(mention.end)
        if first is None or last is None:
            continue
        day = _day(toks, first)
        if day is not None:  # day first ("11 and 12 October"): the other day is before it
            other = _other_day(toks, text, first - 1, -1, taken)
            if other is not None and 0 < day[0] - other[0] <= MAX_RANGE_DAYS:
                extra.append(_shifted(mention, other, day[0], text))
                continue
        last_day = _day_ending(toks, last)
        if last_day is not None:  # month first ("Oct 11-12"): the other day is after it
            other = _other_day(toks, text, last + 1, 1, taken)
            if other is not None and 0 < other[0] - last_day <= MAX_RANGE_DAYS:
                extra.append(_shifted(mention, other, last_day, text))
    return extra


def _other_day(toks, text, j, step, taken) -> tuple[int, int, int] | None:
    """(day, start, end) of a day joined to the date at token j (the joining word first)."""
    if not 0 <= j < len(toks) or toks[j].key not in _JOIN:
        return None
    joiner = j
    k = j + step
    if not 0 <= k < len(toks):
        return None
    near = (toks[k].end, toks[joiner].start) if step < 0 else (toks[joiner].end, toks[k].start)
    far = (toks[joiner].end, toks[joiner + 1].start) if step < 0 else (
        toks[joiner - 1].end, toks[joiner].start)
    if not (only_space(text[near[0]:near[1]]) and only_space(text[far[0]:far[1]])):
        return None
    if step < 0 and toks[k].key in DAY_SUFFIX_KEYS and k > 0 and toks[k - 1].end == toks[k].start:
        k -= 1  # the day's glued suffix ("۱۹مې او ۲۰مې"): step back over it to the digits
    found = _day(toks, k)
    if found is None:
        return None
    if step > 0 and found[1] == k + 1 and toks[joiner].text not in _DASHES:
        return None  # "October 11 and 12 soldiers": only a dash or a day suffix says day
    span = (toks[k].start, toks[found[1] - 1].end)
    if any(s < span[1] and span[0] < e for s, e in taken):
        return None
    return found[0], span[0], span[1]


def _day(toks, i) -> tuple[int, int] | None:
    """(day 1-31, index after) of digits at token i with an optional glued suffix."""
    t = toks[i]
    if t.kind != "num" or len(t.text) > 2:
        return None
    rd = read_digits(t.text)
    if rd is None or rd[1] or rd[0].denominator != 1 or not 1 <= rd[0] <= 31:
        return None
    j = i + 1
    if j < len(toks) and toks[j].start == t.end and toks[j].key in DAY_SUFFIX_KEYS:
        j += 1
    return int(rd[0]), j


def _day_ending(toks, last) -> int | None:
    """The day a month-first date ends with ("Oct 11", "د تلې د ۱۹مې")."""
    if toks[last].key in DAY_SUFFIX_KEYS and last > 0 and toks[last - 1].end == toks[last].start:
        last -= 1
    found = _day(toks, last)
    return found[0] if found else None


def _shifted(mention: DateMention, other: tuple[int, int, int], day: int,
             text: str) -> DateMention:
    value = dt.date.fromisoformat(mention.value) + dt.timedelta(days=other[0] - day)
    return DateMention(value.isoformat(), text[other[1]:other[2]], mention.calendar,
                       other[1], other[2])
