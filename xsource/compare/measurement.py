"""How and when a figure was counted: two sentences' figures are two measurements when they
were counted over other periods ("since October 1" / "since September 15"), of other events
(sentences dated days apart), in places apart (`places.apart`), or as tallies of several
operations against one event's toll or over a week against a month. `figures.same_quantity`
asks `other_measurement` before it compares two figures as one quantity.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from xsource.compare.dateroles import SOLAR_MONTHS, claim_date_roles
from xsource.compare.places import apart
from xsource.compare.text import counting_period, event_length
from xsource.dates.convert import calendar_year, to_gregorian
from xsource.dates.names import EN_MONTHS
from xsource.records import Claim, NumberMention


def _counted_over_other_periods(ca: Claim, cb: Claim) -> bool:
    """"170,000 have returned through Torkham since October 1" and "327,000 since September
    15": running totals from different start days, two measurements, both right. (Start
    days within 3 days are one period told in two calendars or roundings.)"""
    da, db = period_starts(ca), period_starts(cb)
    return bool(da and db) and all(abs(x - y) > PERIODS_APART_DAYS for x in da for y in db)


PERIODS_APART_DAYS = 3


def other_measurement(ca: Claim, cb: Claim) -> bool:
    """The two sentences' figures were counted over other periods, of other events, in
    places apart (`places.apart`), or one sums several operations and the other does not."""
    return (_counted_over_other_periods(ca, cb) or _about_other_events(ca, cb)
            or tally(ca.text_en) != tally(cb.text_en) and not both_so_far(ca, cb)
            or apart(ca, cb)
            or _tallied_over_other_spans(ca.text_en, cb.text_en)
            or _counted_over_other_years(ca, cb)
            or aftershock(ca.text_en) != aftershock(cb.text_en))


_AFTERSHOCK = re.compile(r"\baftershocks?\b", re.IGNORECASE)


@lru_cache(maxsize=65536)
def aftershock(text_en: str) -> bool:
    """The sentence tells of an aftershock: "a 5.2 aftershock struck on Tuesday" is no
    measure of the 6.0 quake, nor its toll the quake's."""
    return _AFTERSHOCK.search(text_en) is not None


# The year a count covers: "in 2024", "during 2024", "in year 2024", "in census years 2006
# and 2007" (word-by-word Dari), word-by-word "2024 in"
# (۲۰۲۴ میں) and "of 2025 year from start since" (د ۲۰۲۵ کال له پیل راهیسې); "this year" and
# "last year" by the article's day. Not "in August 2021": a month names an event's day.
_RELATIVE = r"(this|last|past|current|previous)"  # "this year", "last week"
_IN_YEAR = re.compile(r"\b(?:in|during|throughout)\s+(?:the\s+)?(?:census\s+)?(?:years?\s+)?"
                      r"((?:19|20)\d\d)\b"
                      r"|\b((?:19|20)\d\d)(?:\s*[-–]\s*\d\d)?\s+(?:year\s+)?(?:in|from\s+start)\b"
                      rf"|\b{_RELATIVE}\s+year\b", re.IGNORECASE)
_YEARS_BACK = {"this": 0, "current": 0, "last": 1, "past": 1, "previous": 1}


# ...or a year named bare before the figure: "the 2023 World Cup in Delhi, where Afghanistan
# won by 69 runs", word-by-word Pashto "of 2023 year of world cup" (not a period's start,
# "since 2021", nor a month's year, "August 2021")
_MONTH_WORD = "|".join(EN_MONTHS)
_BARE_YEAR = re.compile(r"(?<![\w/.-])(?<!since )(?<!from )(?<!after )(?<!until )(?<!till )"
                        rf"(?<!before )(?<!to )((?:19|20)\d\d)(?![\w/.-])(?!\s+(?:{_MONTH_WORD})\b)"
                        # ...nor a count: "about 2000 houses", "the 1992 champions"
                        r"(?!\s+(?!(?:was|is|has|as|its|his|this|us|gas)\b)[a-z]+s\b)",
                        re.IGNORECASE)
_HEDGED = re.compile(r"\b(?:about|around|nearly|almost|over|than|some|approximately|roughly|"
                     r"least)\s*$", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTH_WORD})\.?\s*,?\s*(?:\d{{1,2}}\s*,?\s*)?$", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _count_year(text_en: str, published: str | None) -> tuple[int | None, bool]:
    """(the year the sentence's figure was counted in, whether that year leads the figure).
    The last year named before its first figure frames the count ("this year's flood is
    bigger than 2010's, in which nearly 1,700 died": 2010; "in 2006-07, when around 2.15
    million were registered"); else the first "in <year>" after it, which tells of something
    else as often ("3.5 million Afghans live in Iran, many arrived after 1979")."""
    first = _first_figure(text_en)
    named: list[tuple[int, int | None]] = []
    for match in _IN_YEAR.finditer(text_en):
        if match.group(3):
            year = int(published[:4]) - _YEARS_BACK[match.group(3).lower()] if (
                published and published[:4].isdigit()) else None
        else:
            year = int(match.group(1) or match.group(2))
        named.append((match.start(), year))
    after = named[0][1] if named else None
    for bare in _BARE_YEAR.finditer(text_en):
        if not (_MONTH_BEFORE.search(text_en, 0, bare.start())
                or _HEDGED.search(text_en, 0, bare.start())):
            named.append((bare.start(), int(bare.group(1))))
    before = [(at, year) for at, year in named if first is None or at <= first.start()]
    return (max(before)[1], True) if before else (after, False)


def _counted_over_other_years(ca: Claim, cb: Claim) -> bool:
    """"More than a million returned from Iran in 2024" and "nearly 1.4 million since the
    start of this year": two years' counts, both right. And a count of a year long before
    its article ("2.15 million were registered in 2006-07") is history, not the count of
    today another sentence tells ("1.45 million hold the cards")."""
    (ya, lead_a), (yb, lead_b) = (_count_year(ca.text_en, ca.published),
                                  _count_year(cb.text_en, cb.published))
    if ya is not None and yb is not None:
        return ya != yb
    for year, leads, claim in ((ya, lead_a, ca), (yb, lead_b, cb)):
        published = claim.published or ""
        if year is not None and leads and published[:4].isdigit() and (
                int(published[:4]) - year >= PAST_YEARS):
            return True
    return False


PAST_YEARS = 2  # a count of two or more years before its article's is of another time
_FIGURE = re.compile(r"\d[\d,.]*")


# a solar Hijri year is the sentence's year in another calendar, not its figure: "in year
# 1395 solar hijri (2016 AD) ... more than 600 thousand"
_SOLAR_YEAR = re.compile(r"\b(?:year\s+)?1[34]\d\d\s+(?:solar|hijri|shamsi|sh\b)"
                         r"|\byear\s+1[34]\d\d\b", re.IGNORECASE)


def _first_figure(text_en: str):
    for figure in _FIGURE.finditer(text_en):
        solar = _SOLAR_YEAR.search(text_en, max(0, figure.start() - 5))
        if solar is None or not solar.start() <= figure.start() < solar.end():
            return figure
    return None


# "27 militants killed in intelligence-based operations", "12 in various operations", "14
# soldiers in attacks in November": a sum over several events, never the toll of the one
# event another outlet counts ("all six attackers were killed in the clearance operation").
_EVENTS = r"(?:operations|raids|attacks|incidents|clashes|strikes|encounters)\b"
# ("several hours clashes", word-by-word Pashto for hours of fighting, is one clash)
_TALLY = re.compile(
    rf"\b(?:(?:in|during|across)\s+(?:[\w-]+\s+){{0,2}}{_EVENTS}"
    rf"|(?:various|separate|several|multiple|different|many|\d+|two|three|four|five|six|seven|"
    rf"eight|nine|ten)\s+(?!(?:hours?|minutes?|days?)\b)(?:[\w-]+\s+)?{_EVENTS})",
    re.IGNORECASE)


_MONTH_NAMES = "(?:" + "|".join(EN_MONTHS) + ")"
# word-by-word English keeps the source's order: "November in month" (د نومبر په میاشت کې)
_SPANS = (("week", re.compile(rf"\b{_RELATIVE}\s+week\b", re.IGNORECASE)),
          ("month", re.compile(rf"\b(?:{_RELATIVE}\s+month|in\s+(?:month\s+)?"
                               rf"{_MONTH_NAMES}|{_MONTH_NAMES}\s+in\s+month)\b", re.IGNORECASE)),
          ("year", re.compile(rf"\b{_RELATIVE}\s+year\b", re.IGNORECASE)))


@lru_cache(maxsize=65536)
def tally_span(text_en: str) -> str | None:
    """Over what a tally counts: "this week", "in November", "this year" (the first named)."""
    found = [(m.start(), span) for span, pattern in _SPANS if (m := pattern.search(text_en))]
    return min(found)[1] if found else None


def _tallied_over_other_spans(a: str, b: str) -> bool:
    """"27 militants in various areas in November" and "12 in various operations this week":
    tallies over a month and a week are two counts."""
    if not (tally(a) and tally(b)):
        return False
    sa, sb = tally_span(a), tally_span(b)
    return bool(sa and sb) and sa != sb


# A running total, told as such by both: "so far 118 people were arrested in raids" and "so
# far 131 people have been arrested in connection with the incident" count the one total,
# whether or not one says the raids made it.
SO_FAR = r"so far|to date|until now|till now|up to now"
_SO_FAR = re.compile(rf"\b(?:{SO_FAR})\b", re.IGNORECASE)


def both_so_far(ca: Claim, cb: Claim) -> bool:
    return bool(_SO_FAR.search(ca.text_en) and _SO_FAR.search(cb.text_en))


@lru_cache(maxsize=65536)
def tally(text_en: str) -> bool:
    """The sentence counts over several operations or attacks."""
    return _TALLY.search(text_en) is not None


def _about_other_events(ca: Claim, cb: Claim) -> bool:
    """Figures of sentences whose written dates are all more than `EVENTS_APART_DAYS` apart
    tell of two events: the 6.3 of the 7 October quake is not the 6.3 of the one on 11
    October, nor the 5.9 of the Paktika quake in June 2022 that the same report recalls.
    Three days, as for a nearby-date anchor: a figure misdated by more than that shows as two
    facts, not as one fact with a date conflict. Measured against 90 days: samples, Chaman and
    the winter story unchanged; Herat quake wrong agree pairs 7/22 -> 1/22; desk folder 19/144
    -> 13/144 with one more planned agreement found."""
    da, db = event_days(ca), event_days(cb)
    if da and db:
        return all(abs(x - y) > EVENTS_APART_DAYS for x in da for y in db)
    # one sentence dates its figure, the other names no date and tells of its article's days
    for dated, dated_claim, undated in ((da, ca, cb), (db, cb, ca)):
        day = published_day(undated) if dated and not _ongoing(dated_claim) else None
        if day is not None and all(abs(x - day) > PAST_EVENT_DAYS for x in dated):
            return True
    if da or db or _IN_YEAR.search(ca.text_en) and _IN_YEAR.search(cb.text_en):
        return False  # the days above decide, or the years counted (`_counted_over_other_years`)
    # one recalls an earlier event ("Earlier this year, a collision killed 16"), the other
    # tells of the article's days
    return _recalls_earlier(ca.text_en) != _recalls_earlier(cb.text_en)


def _ongoing(claim: Claim) -> bool:
    """Every date of the sentence starts something that goes on ("The protest began on
    October 21 and has drawn more than 10,000 people"): its figure is counted up to the
    article's day, not on the day named, so it is no past event against an undated figure
    ("25 thousand people take part") of days later."""
    roles = claim_date_roles(claim)
    months = [d.value[5:7] for d in (*claim.dates, *claim.context_dates)
              if d.value and len(d.value) >= 7]
    return bool(months) and all(roles.get(m) == "start" for m in months)


# A sentence dated this many days away from an undated sentence's publication day tells of
# another event ("Last month, 14 soldiers were killed in Gwadar" in a report on the Daraban
# attack). Generous, because articles appear days after what they report: a deadline of 31
# October and "1.7 million must leave" in a piece of 9 November are one story.
PAST_EVENT_DAYS = 20


_DAY_UNITS = frozenset({"day", "days"})


def counted_to_publication(ca: Claim, a: NumberMention, cb: Claim, b: NumberMention) -> bool:
    """"A sit-in for 40 days" on 28 November and "for 43 days" on 1 December: a count of days
    running up to each article's day grows by the days between them (give or take one, for
    how each counts the first day). A count that differs by anything else still conflicts."""
    if a.unit not in _DAY_UNITS or b.unit not in _DAY_UNITS:
        return False
    if event_length(ca, a) or event_length(cb, b):
        return False  # "a three-day visit" is the visit's length, not a count running on
    pa, pb = published_day(ca), published_day(cb)
    if pa is None or pb is None or pa == pb:
        return False
    return abs((b.value - a.value) - (pb - pa)) <= 1


def published_day(claim: Claim) -> int | None:
    return day_number(claim.published or "")


@lru_cache(maxsize=4096)
def day_number(iso: str) -> int | None:
    """"2023-11-01" (or a timestamp starting so) as a day count; None when it is no day."""
    try:
        return date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return None


def event_days(claim: Claim) -> tuple[int, ...]:
    """Days the sentence dates itself to, relative ones ("last month", "on Wednesday")
    included: they are read against the article's date. A sentence with no date that opens
    on a month ("In March, Pakistani strikes killed eight") is of that month's days."""
    return written_days(claim, relative=True) or _opening_month(claim.text_en, claim.published)


# A sentence that opens on when it happened: "In March, ...", "In March this year ...", word-by-
# word Urdu "current year March in also ..." (رواں سال مارچ میں), Pashto "of this year of Asad in
# month ..." (د سږ کال د اسد په میاشت کې). A month with no day is no date a sentence is compared
# on (dates.extract_dates reads none), but it sets the event apart from the article's days.
_MONTH_WORDS = {**{name: ("gregorian", m) for m, name in enumerate(EN_MONTHS, 1)},
                # the glossary's English for the Afghan and Iranian solar months
                **{name: ("solar_hijri", m) for m, names in enumerate(SOLAR_MONTHS, 1)
                   for name in names}}
_FRAME_CUES = frozenset({"in", "month", "during"})
_OPENING_TOKENS = 8
_WORD = re.compile(r"[A-Za-z]+|\d+|[.,;:]")


@lru_cache(maxsize=65536)
def _opening_month(text_en: str, published: str | None) -> tuple[int, ...]:
    day = day_number(published or "")
    if day is None:
        return ()
    tokens = [t.lower() for t in _WORD.findall(text_en)[:_OPENING_TOKENS]]
    for j, token in enumerate(tokens):
        if token in (".", ";", ":"):
            return ()
        if token not in _MONTH_WORDS:
            continue
        near = tokens[max(0, j - 2):j + 3]
        if any(t.isdigit() for t in tokens[max(0, j - 1):j + 2]) or not _FRAME_CUES & set(near):
            return ()  # a day beside it is a date the date reader judged; no "in", no frame
        calendar, month = _MONTH_WORDS[token]
        back = next((_YEARS_BACK[t] for t, nxt in zip(tokens, tokens[1:])
                     if t in _YEARS_BACK and nxt == "year"), None)
        first, last = _month_span(calendar, month, back, date.fromordinal(day))
        # "early November", word-by-word Pashto "of November in first" (د نومبر په لومړیو
        # کې), "late October": the third of the month it names
        part = next((_PART_OF_MONTH[t] for t in tokens[max(0, j - 2):j + 3]
                     if t in _PART_OF_MONTH), None)
        if part is not None:
            third = (last - first + 1) // 3
            start = first + part * third
            last = last if part == 2 else start + third - 1
            first = start
        # every third day of it: a day of another sentence, or another telling of the month
        # (Hut is 20 February to 20 March), is then within three days of one of them
        return (*range(first, last, EVENTS_APART_DAYS), last)
    return ()


_PART_OF_MONTH = {"early": 0, "first": 0, "beginning": 0, "mid": 1, "middle": 1, "late": 2,
                  "end": 2}


def _month_span(calendar: str, month: int, back: int | None, today: date) -> tuple[int, int]:
    """First and last day of the month named, in the year the sentence names (this or last
    year) or, with none, in the last year whose month is not after the article's."""
    year = calendar_year(calendar, today)
    if back is not None:
        year -= back
    elif to_gregorian(calendar, year, month, 1) > today:
        year -= 1
    following = to_gregorian(calendar, year + month // 12, month % 12 + 1, 1)
    return to_gregorian(calendar, year, month, 1).toordinal(), following.toordinal() - 1


_EARLIER = re.compile(r"^\W*(?:(?:meanwhile|also|and|but|however)\W+)?(?:earlier\s+(?:this|in\s+the)"
                      r"\s+year|last\s+year|in\s+(?:the\s+)?(?:previous|past|recent)\s+years"
                      r"|(?:about\s+|nearly\s+|some\s+)?(?:a|one|two|three|four|five|six|\d+)\s+"
                      r"(?:years?|months)\s+ago)\b", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _recalls_earlier(text_en: str) -> bool:
    """"Earlier this year, a collision ... killed 16": an event the article recalls."""
    return _EARLIER.match(text_en) is not None


EVENTS_APART_DAYS = 3


def written_days(claim: Claim, relative: bool = False, months: bool = True) -> tuple[int, ...]:
    """Days of the sentence's dates (and its unit's context dates); a month counts as its
    15th unless `months` is off."""
    if not claim.dates and not claim.context_dates:
        return ()
    return _written_days((*claim.dates, *claim.context_dates), relative, months)


@lru_cache(maxsize=65536)  # asked for each pair of figures compared: once per sentence
def _written_days(mentions: tuple, relative: bool, months: bool) -> tuple[int, ...]:
    days = []
    for d in mentions:
        if not d.value or (d.calendar == "relative" and not relative):
            continue
        if len(d.value) != 10 and not months:
            continue
        try:
            day = date.fromisoformat(d.value if len(d.value) == 10 else d.value[:7] + "-15")
        except ValueError:
            continue
        days.append(day.toordinal())
    return tuple(days)


def period_starts(claim: Claim) -> tuple[int, ...]:
    """The day a running total counts from ("since October 1"), or nothing."""
    if not counting_period(claim, (*claim.dates, *claim.context_dates)):
        return ()
    return written_days(claim, months=False)
