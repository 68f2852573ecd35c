"""Dates in running text: `extract_dates(text, lang, ref_date=None) -> list[DateMention]`.

Reads Gregorian dates with month names in en/ur/ps/prs/fa (day-first and month-first, with
or without year, ordinals 1st / یکم / ۹مه, days in words نهم آبان / اکتیس اکتوبر / د لړم
نهمه), Pashto year-first dates (د ۱۴۰۲ کال د لړم ۹مه), a month named as one (ماه دسمبر, the
month of November), numeric dates (31/10/2023, ۱۴۰۲/۸/۹), Solar Hijri dates with Afghan, Pashto
or Iranian month names (converted with `jdatetime`), Lunar Hijri dates written out with a year
(converted with `hijridate`), weekdays and relative words.

A date without a year takes the year that puts it nearest `ref_date` (the article date); with no
`ref_date` it stays unresolved (`value=None`), as do relative words and weekdays: never guessed.
Values are ISO `YYYY-MM-DD`, or `YYYY-MM` for "November 2023", "ماه دسمبر" and "last month".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from xsource.dates import convert
from xsource.dates import names as nm
from xsource.dates.daywords import DAY_WORD_PHRASES
from xsource.dates.numeric import numeric_dates
from xsource.dates.ranges import day_ranges
from xsource.numbers.tokens import Token, fold, only_space, phrase_index, read_digits, tokenize
from xsource.records import DateMention

__all__ = ["extract_dates"]


def extract_dates(text: str, lang: str, ref_date: str | None = None) -> list[DateMention]:
    ref = _parse_ref(ref_date)
    toks = tokenize(text)
    L = nm.table_lang(lang)
    months = nm.month_table(lang)
    found = numeric_dates(text, lang)
    taken = [(d.start, d.end) for d in found]
    i = 0
    while i < len(toks):
        if any(s <= toks[i].start < e for s, e in taken):
            i += 1
            continue
        hit = _named_date(toks, i, text, months, ref, lang)
        if hit is not None:
            mention, nxt = hit
            if mention is not None:
                found.append(mention)
                taken.append((mention.start, mention.end))
            i = nxt
            continue
        i += 1
    for mention in day_ranges(toks, text, found):
        found.append(mention)
        taken.append((mention.start, mention.end))
    for mention in _relative(toks, text, L, ref):
        if not any(s < mention.end and mention.start < e for s, e in taken) and \
                not _next_to_date(mention, taken, text):
            found.append(mention)
            taken.append((mention.start, mention.end))
    return sorted((_nine_eleven(d, text) for d in found), key=lambda d: d.start)


# "the September 11 attacks", "حملات یازدهم سپتامبر", "11 ستمبر کے حملوں", "د سپتمبر د ۱۱مې
# بریدونه": the attacks of 2001, recalled by every story on Afghanistan, are no day of this
# story's year (a Panjshir report of 7 September 2021 read them as four days on)
_ATTACKS = re.compile(r"^\s{1,2}(?:attacks|کے\s+حملوں|کے\s+حملے|حملوں|بریدونه|بریدونو)"
                      r"|(?:attacks\s+of|حملات|حمله‌های|حملات\s+تروریستی)\s*$", re.IGNORECASE)


def _nine_eleven(mention: DateMention, text: str) -> DateMention:
    if (mention.calendar != "gregorian" or not mention.value
            or not mention.value.endswith("-09-11") or re.search(r"\d{4}", mention.text)):
        return mention  # a year written is the year
    if not (_ATTACKS.search(text[mention.end:mention.end + 25])
            or _ATTACKS.search(text[max(0, mention.start - 25):mention.start])):
        return mention
    return replace(mention, value="2001-09-11")


def _next_to_date(mention: DateMention, taken, text: str) -> bool:
    """A weekday written beside a full date ("Monday, 30 October", چهارشنبه، اول نوامبر)."""
    if mention.calendar != "relative" or mention.text[:1].islower():
        return False
    for s, e in taken:
        between = text[mention.end:s] if s >= mention.end else text[e:mention.start]
        if len(between) <= 4 and all(c.isspace() or c in ",،" for c in between):
            return True
    return False


def _parse_ref(ref_date: str | None) -> dt.date | None:
    if not ref_date:
        return None
    try:
        return dt.date.fromisoformat(ref_date[:10])
    except ValueError:
        return None


def _adj(text: str, a: Token, b: Token) -> bool:
    return only_space(text[a.end:b.start])


def _match(toks: list[Token], i: int, text: str, table: dict):
    """Longest phrase of `table` starting at token i: (value, index after it) or None.

    Words are separated by spaces, ZWNJ or a hyphen (Rabi al-Thani, سه‌شنبه)."""
    candidates = phrase_index(table).get(toks[i].key)
    if not candidates:
        return None
    best = None
    for words, value in candidates:
        j = i
        for k, w in enumerate(words):
            if k:
                if j < len(toks) and toks[j].text == "-" and _adj(text, toks[j - 1], toks[j]):
                    j += 1
                if j >= len(toks) or not _adj(text, toks[j - 1], toks[j]):
                    break
            if j >= len(toks) or toks[j].key != w:
                break
            j += 1
        else:
            if best is None or j > best[1]:
                best = (value, j)
    return best


def _int(tok: Token) -> int | None:
    if tok.kind != "num":
        return None
    rd = read_digits(tok.text)
    if rd is None or rd[1] or rd[0].denominator != 1:
        return None
    return int(rd[0])


def _day_at(toks, i, text, L) -> tuple[int, int] | None:
    """A day (1-31) at token i, as digits with an optional glued suffix (1st, ۹مه) or as
    words (نهم, لومړۍ, اکتیس, the first): (day, index after)."""
    t = toks[i]
    if t.kind == "word":
        return _match(toks, i, text, DAY_WORD_PHRASES[L])
    v = _int(t)
    if v is None or not 1 <= v <= 31 or len(t.text) > 2:
        return None
    j = i + 1
    if j < len(toks) and toks[j].start == t.end and toks[j].kind == "word":
        if toks[j].key not in nm.DAY_SUFFIX_KEYS:
            return None  # 4لاکھ and friends are quantities, not days
        j += 1
    return v, j


def _month_at(toks, i, text, months, lang):
    if toks[i].kind != "word":
        return None
    hit = _match(toks, i, text, months)
    if hit is None:
        return None
    (cal, month), j = hit
    if toks[i].key == "may" and toks[i].text != "May" and toks[i].text != "MAY":
        return None  # the verb
    if toks[i].key == "march" and toks[i].text[0] == "m":
        return None
    if j < len(toks) and toks[j].text == "." and toks[j].start == toks[j - 1].end \
            and toks[j - 1].key in nm.EN_ABBR:
        j += 1  # Nov.
    return cal, month, j


def _year_at(toks, i, text, cal) -> tuple[int, int, str | None] | None:
    """A year at token i (after an optional سال/کال/year word): (year, index after, era)."""
    j = i
    if j < len(toks) and toks[j].key in nm.YEAR_WORD_KEYS:
        j += 1
        if j >= len(toks) or not _adj(text, toks[j - 1], toks[j]):
            return None
    if j >= len(toks):
        return None
    y = _int(toks[j])
    if y is None or len(toks[j].text) != 4:
        return None
    if toks[j].start > 0 and j > i and not _adj(text, toks[j - 1], toks[j]):
        return None
    j += 1
    era = None
    k = j
    eras = []
    while k < len(toks) and (toks[k].key in nm.ERA_KEYS or toks[k].text == ".") and \
            _adj(text, toks[k - 1], toks[k]) and len(eras) < 3:
        if toks[k].text != ".":
            eras.append(nm.ERA_KEYS[toks[k].key])
        k += 1
    if eras:
        era = "solar_hijri" if "solar_hijri" in eras else eras[0]
        while toks[k - 1].text == ".":
            k -= 1
        j = k
    return y, j, era


def _year_first(toks, i, text) -> tuple[int, int] | None:
    """Pashto/Dari put the year first: د ۲۰۲۳ کال د نومبر ..., د ۱۴۰۲ لمریز کال د لړم ۹مه.
    A 4-digit year, optional era words, then a year word: (year, index of the date after)."""
    n = len(toks)
    y = _int(toks[i])
    if y is None or len(toks[i].text) != 4:
        return None
    j = i + 1
    while j < n and toks[j].key in nm.ERA_KEYS and _adj(text, toks[j - 1], toks[j]):
        j += 1
    if not (j < n and toks[j].key in nm.YEAR_WORD_KEYS and _adj(text, toks[j - 1], toks[j])):
        return None
    j += 1
    if j < n and toks[j].text in (",", "،", "د") and _adj(text, toks[j - 1], toks[j]):
        j += 1
    if j >= n or not _adj(text, toks[j - 1], toks[j]):
        return None
    return y, j


def _skip(toks, j, text, keys) -> int:
    """Index after token j when it is one of `keys` and sits right after token j-1."""
    if j < len(toks) and toks[j].key in keys and _adj(text, toks[j - 1], toks[j]):
        return j + 1
    return j


def _named_date(toks, i, text, months, ref, lang, preset=None):
    """A date with a month name starting at token i: (mention or None, index after) or None.
    `preset` is (year, token index where it was written) for year-first dates."""
    n = len(toks)
    L = nm.table_lang(lang)
    if preset is None and toks[i].kind == "num":
        yf = _year_first(toks, i, text)
        if yf is not None:
            hit = _named_date(toks, yf[1], text, months, ref, lang, preset=(yf[0], i))
            if hit is not None and hit[0] is not None:
                return hit
    first = i if preset is None else preset[1]
    day = month = cal = None
    j = i
    d = _day_at(toks, i, text, L)
    if d is not None:
        day, j = d
        # "the 1st of November"; Dari اول ماه جون, Urdu یکم ماہ جون ("first of month June")
        if j < n and toks[j].key in nm.MONTH_NOUN_BEFORE_KEYS and _adj(text, toks[j - 1], toks[j]):
            j += 1
        if j < n and _adj(text, toks[j - 1], toks[j]):
            m = _month_at(toks, j, text, months, lang)
            if m is not None and not (toks[i].kind == "word" and _verb_prefix_may(toks, j, text)):
                cal, month, j = m
    if month is None:
        m = _month_at(toks, i, text, months, lang)
        if m is None:
            return None
        cal, month, j = m
        named_month = _skip(toks, j, text, nm.MONTH_NOUN_AFTER_KEYS)  # د نومبر میاشتې
        # د نومبر په لومړۍ نېټه (on), له (from), تر (until): Pashto puts the month first
        k = _skip(toks, named_month, text, _BEFORE_DAY)
        if k < n and _adj(text, toks[k - 1], toks[k]):
            d = _day_at(toks, k, text, L)
            if d is not None and k > named_month and toks[named_month].key in _FROM_UNTIL \
                    and d[1] == k + 1 and toks[k].kind == "num" \
                    and not (d[1] < n and toks[d[1]].key in nm.DAY_NOUN_KEYS):
                d = None  # د نومبر له ۲۰ زره: "from 20 thousand", not "from the 20th"
            if d is not None:
                day, j = d
        if day is None:
            return _month_only(toks, i, j, named_month, first, text, cal, month, ref, preset,
                               L)
        j = _skip(toks, j, text, nm.DAY_NOUN_KEYS)  # په لومړۍ نېټه
    # year after the day and month
    year = None
    k = j
    if k < n and toks[k].text in (",", "،"):
        k += 1
    if k < n and _adj(text, toks[k - 1], toks[k]) or (k < n and toks[k - 1].text in (",", "،")):
        y = _year_at(toks, k, text, cal)
        if y is not None and _plausible_year(y[0], cal):
            year, j = y[0], y[1]
    if year is None and preset is not None:
        if not _plausible_year(preset[0], cal):
            return None
        year = preset[0]
    if cal == "lunar_hijri" and year is None:
        return None  # صفر, رجب ... are also words and names; only a full date is read
    start, end = toks[first].start, toks[j - 1].end
    if year is None and ref is not None:
        named = _year_named_beside(toks, first, j, text, L)
        if named is not None:
            offset, first, j = named
            year = convert.calendar_year(cal, ref) + offset
            start, end = toks[first].start, toks[j - 1].end
    value = convert.resolve(cal, year, month, day, ref)
    if value is False:
        return None, j  # 31 February 2023: no date, and no "February 2023" either
    return DateMention(value, text[start:end], cal, start, end), j


def _year_named_beside(toks, first, j, text, L) -> tuple[int, int, int] | None:
    """"18 March last year", "March 18 of last year", گزشتہ سال ۱۸ مارچ, تېر کال د کب ۲۸مه,
    ۲۸ حوت سال گذشته: (year offset, first token, index after) of the date with its year words."""
    table = nm.YEAR_OFFSET_PHRASES[L]
    after = _skip(toks, j, text, _YEAR_LINK)
    if after < len(toks) and _adj(text, toks[after - 1], toks[after]):
        hit = _match(toks, after, text, table)
        if hit is not None:
            return hit[0], first, hit[1]
    for s in range(max(0, first - 4), first):
        hit = _match(toks, s, text, table)
        if hit is None:
            continue
        end = _skip(toks, hit[1], text, _YEAR_LINK)
        if end == first and _adj(text, toks[end - 1], toks[end]):
            return hit[0], s, j
    return None


# between a date and the year words beside it: "of last year", سال گذشته در ۲۸ حوت, تېر کال د کب
_YEAR_LINK = {fold(w) for w in ("of", "on", "در", "د", "په", "کو")}


_BEFORE_DAY = {fold(w) for w in ("په", "له", "تر", "پر", "د", "the")}
# after these a bare number is a quantity ("د نومبر له ۲۰ زره"); a day carries its suffix or
# a day noun: د تلې د ۱۹مې (of Tula, of the 19th), د تلې پر ۲۳مه (on the 23rd of Tula)
_FROM_UNTIL = {fold(w) for w in ("له", "تر", "پر", "د")}


def _month_only(toks, i, j, named_after, first, text, cal, month, ref, preset, L):
    """A month with no day: "November 2023", د ۲۰۲۳ کال نومبر, "March last year", or a month
    named as one (ماه دسمبر, ماہ نومبر, د نومبر میاشت, the month of November), resolved to
    YYYY-MM."""
    n = len(toks)
    if cal != "gregorian":
        return None  # a Solar or Lunar month straddles two Gregorian ones: no YYYY-MM for it
    k = j
    if k < n and toks[k].text in (",", "،"):
        k += 1
    y = _year_at(toks, k, text, cal) if k < n and _adj(text, toks[k - 1], toks[k]) else None
    if y is not None and 1900 <= y[0] <= 2100:
        start, end = toks[first].start, toks[y[1] - 1].end
        return DateMention(f"{y[0]:04d}-{month:02d}", text[start:end], cal, start, end), y[1]
    if preset is not None:
        if not 1900 <= preset[0] <= 2100:
            return None
        start, end = toks[first].start, toks[named_after - 1].end
        return DateMention(f"{preset[0]:04d}-{month:02d}", text[start:end], cal, start,
                           end), named_after
    named = _year_named_beside(toks, first, named_after, text, L) if ref is not None else None
    if named is not None:
        # "in March last year": the year is the article's, moved back
        offset, first, after = named
        start, end = toks[first].start, toks[after - 1].end
        year = convert.calendar_year(cal, ref) + offset
        return DateMention(f"{year:04d}-{month:02d}", text[start:end], cal, start, end), after
    if j < n and text[toks[j - 1].end:toks[j].start] == "\u200c":
        return None  # ماه می‌رسد: the verb prefix می, not May
    before = i > 0 and _adj(text, toks[i - 1], toks[i]) and \
        toks[i - 1].key in nm.MONTH_NOUN_BEFORE_KEYS
    if before and toks[i - 1].key == "of":
        before = i > 1 and toks[i - 2].key == "month"
    if not before and named_after == j:
        return None
    start = toks[i].start
    if before:
        start = toks[i - 2 if toks[i - 1].key == "of" else i - 1].start
    end = toks[named_after - 1].end
    value = convert.resolve(cal, None, month, 1, ref)
    return DateMention(value[:7] if value else None, text[start:end], cal, start,
                       end), named_after


def _verb_prefix_may(toks, j, text) -> bool:
    """Persian می is May and also the verb prefix, written with a space: قرن هفدهم می باشد."""
    nxt = j + 1
    return toks[j].key == "می" and nxt < len(toks) and toks[nxt].kind == "word" and \
        _adj(text, toks[j], toks[nxt])


def _year_follows(toks, k, text) -> bool:
    return k < len(toks) and _int(toks[k]) is not None and len(toks[k].text) == 4


def _plausible_year(y: int, cal: str) -> bool:
    if cal == "gregorian":
        return 1900 <= y <= 2100
    return 1300 <= y <= 1500


def _relative(toks, text, L, ref):
    rel = nm.RELATIVE_PHRASES[L]
    week = nm.WEEKDAY_PHRASES[L]
    i = 0
    while i < len(toks):
        hit = _match(toks, i, text, rel)
        if hit is not None:
            value, j = hit
            if value is not None and value[0] == "either":
                # Urdu پرسوں is two days either way: the tense of the sentence decides
                value = ("day", value[1] if _future_after(toks, j, L) else -value[1])
            if value is not None:
                start, end = toks[i].start, toks[j - 1].end
                yield DateMention(convert.relative(value, ref), text[start:end], "relative",
                                  start, end)
            i = j
            continue
        hit = _match(toks, i, text, week)
        if hit is not None and _weekday_ok(toks, i, hit[1], text, L):
            weekday, j = hit
            step = 1 if i > 0 and toks[i - 1].key in nm.NEXT_KEYS else 0
            if i > 0 and toks[i - 1].key in nm.LAST_KEYS and L == "en":
                step = -1
            start, end = toks[i].start, toks[j - 1].end
            yield DateMention(convert.weekday(weekday, ref, step), text[start:end], "relative",
                              start, end)
            i = j
            continue
        i += 1


def _future_after(toks, j, L) -> bool:
    """A future verb (جائیں گے, ہوگا) later in the same sentence."""
    for t in toks[j:]:
        if t.text in ("۔", ".", "؟", "?", "!"):
            return False
        if t.key in nm.FUTURE_KEYS.get(L, ()) or t.key.endswith(nm.FUTURE_ENDINGS.get(L, ("\0",))):
            return True
    return False


def _weekday_ok(toks, i, j, text, L) -> bool:
    after = toks[j].key if j < len(toks) else ""
    before = toks[i - 1].key if i > 0 else ""
    if before in _PRAYER or after in _PRAYER:
        return False  # نماز جمعہ, د جمعې لمونځ, Friday prayers: the prayer, not a day
    if L == "en":
        return toks[i].text[:1].isupper()
    if L == "ur":
        # پیر is also a saint's title and ہفتہ also "week": only "پیر کو", "بروز پیر"
        return after in ("کو", "کے") or before in ("بروز", "روز")
    return True


_PRAYER = {fold(w) for w in ("نماز", "نمازِ", "لمونځ", "prayers", "prayer", "sermon")}
