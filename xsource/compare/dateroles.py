"""What a date is in its sentence: the start of something ("from 1st November", "began on
October 21"), a deadline ("a deadline of October 31"), or another day. Read from the English,
month by month, for the date comparison, the alignment vetoes and the figure comparison.
"""

from __future__ import annotations

import re
from functools import lru_cache

from xsource.compare.text import is_glossary_only
from xsource.dates.names import EN_ABBR, EN_MONTHS

MONTHS = {name: (f"{number:02d}",) for name, number in
          [*((m, i) for i, m in enumerate(EN_MONTHS, 1)), *EN_ABBR.items()]}
# Solar-hijri months as the glossary renders them: each spans two Gregorian months
# ("10 Aqrab" is November 1, "9 Aqrab" October 31).
SOLAR_MONTHS = (("hamal", "farvardin"), ("sawr", "ordibehesht"), ("jawza", "khordad"),
                ("saratan", "tir"), ("asad", "mordad"), ("sunbula", "shahrivar"),
                ("mizan", "mehr"), ("aqrab", "aban"), ("qaws", "azar"), ("jadi", "dey"),
                ("dalw", "bahman"), ("hut", "esfand"))
MONTHS.update({name: (f"{(i + 2) % 12 + 1:02d}", f"{(i + 3) % 12 + 1:02d}")
               for i, names in enumerate(SOLAR_MONTHS) for name in names})
# "after" is left out: "after the October 31 deadline" names the deadline itself.
# An opening is a start: "the camp opened on 2 November" is the day the Dari "the camp was
# opened from 12 Aqrab" tells; word-by-word Urdu says "2 November to was reopened", Dari
# "day 12 Aqrab opening found".
START_WORDS = {"from", "since", "starting", "beginning", "began", "begin", "begins", "start",
               "started", "effective", "opened", "reopened", "launched", "inaugurated"}
START_AFTER = {"from", "onwards", "onward"}  # "1st November from ..." (Urdu/Pashto order)
# ...but Dari and English put "from" before its noun: "Monday, 29 Aqrab, from prison central
# Karachi released" (روز دوشنبه، ۲۹ عقرب، از زندان مرکزی) tells where from, not since when
PREPOSED_FROM = frozenset({"prs", "fa", "en"})
# A closing starts a state: "the gates were shut on Wednesday, September 6" tells the day the
# Dari "has been closed from Tuesday, 14 Sunbula" starts from. Not "remained closed on
# Friday", a day of the state.
CLOSING_WORDS = {"shut", "closed", "sealed", "suspended", "halted", "blocked"}
STATE_WORDS = {"remained", "remains", "remain", "stayed", "stays", "stay", "still", "kept"}
START_VERBS = (START_WORDS - {"from", "since", "effective"}) | {"begun", "opening", "opens"}
VERB_REACH = 6  # words after the date where a verb-final sentence puts its verb
START_BEFORE = 4  # words before the date (past its fillers) where a start may be named
SINCE_REACH = 8  # "since the Taliban's return to power in August 2021"
# The occasions a date may be of besides the event itself, never one day told two ways, each
# with the words (and phrases) that mark it near the date:
# - the day something was announced: "officials announced in a notice on 1 Hut that the men
#   would be executed" / "the Taliban executed two men on Thursday, 3 Hut"; "of Aqrab 2 of one
#   press release in publishing with ...";
# - the day the dead were buried: "the first victims were laid to rest on Saturday, October
#   1" / "the attack this morning, Friday 8 Mizan"; a verb-final sentence is read to its end
#   ("of Tala on 8, of Friday in evening, of Kabul in west were buried");
# - the day a match or meeting is scheduled for: "the semi-final is scheduled for Thursday,
#   June 27" / "the win came on Tuesday, June 25".
_OCCASION_MARKS = {
    "announced": ({"announced", "announce", "announces", "announcement", "notice",
                   "notification", "declared"}, (("press", "release"),), False),
    "funeral": ({"buried", "burial", "funeral", "funerals", "interred"},
                (("laid", "to", "rest"),), True),
    "scheduled": ({"scheduled", "schedule", "fixture", "fixtures"}, (), False),
}
OCCASIONS = frozenset(_OCCASION_MARKS)
OCCASION_BEFORE = 6  # "announced the punishment on Wednesday, February 21"
OPENING_WORDS = 3  # "On Saturday, October 9, ...": the month within the sentence's first words


def _occasion(words: list[str], i: int, k: int, verb_final: bool,
              deadline_told: bool) -> str | None:
    """The occasion of the date whose month is words[i] (k: the first word after the day)."""
    before = words[max(0, i - OCCASION_BEFORE - 1):i]
    for name, (marks, phrases, to_the_end) in _OCCASION_MARKS.items():
        if name == "announced" and deadline_told:
            continue  # "announced November 1 as the last day": a deadline
        after = words[k:] if verb_final and to_the_end else words[k:k + VERB_REACH]
        if any(marks.intersection(near) or any(
                tuple(near[j:j + len(p)]) == p for p in phrases for j in range(len(near)))
               for near in (before, after)):
            return name
    return None


# Wire style ends on the day sources spoke: "..., local sources told KabulNow on Saturday,
# May 4." That day is when the news was told, not when what it tells happened.
_SAID = frozenset({"said", "says", "told"})
_RECIPIENT_WORDS = 2  # "told KabulNow", "told the BBC"


def _told_on(words: list[str], j: int, k: int) -> bool:
    """The date (its words end before index k; words[j] the first before it that is no
    filler) ends the sentence right after "said on" or "told <someone> on"."""
    if k < len(words) or j < 0 or "on" not in words[j + 1:k]:
        return False
    if words[j] in _SAID:
        return words[j] != "told"  # "told on Saturday" names nobody told: read on
    return any(words[t] == "told" for t in range(max(0, j - _RECIPIENT_WORDS), j))


DEADLINE = re.compile(r"\b(?:deadline|ultimatum|until|till|last day|expir\w*|lapsed)\b", re.I)
# "a deadline of October 31", "until November 1", "today Wednesday, 10 Aqrab, ended"
DEADLINE_BEFORE = {"deadline", "ultimatum", "until", "till"}
# ...and word-by-word Pashto "of Aqrab in 14 end to reach" (د لړم په ۱۴مه پای ته ورسېږي)
# ...and word-by-word Urdu "31 October until" (۳۱ اکتوبر تک)
DEADLINE_AFTER = {"deadline", "ended", "expired", "expires", "lapsed", "ends", "expiry", "end",
                  "until", "till"}
# "from first November" (Dari از اول نوامبر, Urdu یکم نومبر سے): the day as a word
_FILLER = re.compile(r"^(\d+(st|nd|rd|th)?|first|the|of|on|\d{4}|today|yesterday|day|monday|"
                     r"tuesday|wednesday|thursday|friday|saturday|sunday)$")
# the time of day before a "from" (word-by-word Urdu "29 September on Monday of afternoon from
# suspended"): read past only to find that "from", not a verb further on
_TIME_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "noon", "of"})


def claim_date_roles(claim) -> dict[str, str]:
    """`date_roles` of a claim's English; its verb-final reading only for glossary-only
    English, which keeps the source's word order ("... of Hamal in 14 ... start did")."""
    return date_roles(claim.text_en, is_glossary_only(claim),
                      claim.lang not in PREPOSED_FROM)


@lru_cache(maxsize=65536)  # asked for both claims of every pair compared or near-dated
def date_roles(text_en: str, verb_final: bool = False,
               from_after: bool = True) -> dict[str, str]:
    """Month ("10") -> "start" when the English marks it as a start ("from 1st November",
    "since October", "1st November from", "began on Wednesday, Nov. 1"), "deadline" when it
    marks the deadline ("a deadline of October 31", "today Wednesday, 10 Aqrab, ended"),
    "announced" when it is the day something was announced ("in a notice on 1 Hut"),
    "funeral" when it is the day the dead were buried, "scheduled" when a match or meeting is
    scheduled for it, else "other"; mixed mentions of one month give no role. `from_after`:
    the source puts "from" after its noun (Urdu, Pashto), so "1st November from" starts from
    the day."""
    words = re.findall(r"[a-z0-9]+", text_en.lower())
    deadline_told = bool(DEADLINE.search(text_en))
    roles: dict[str, str | None] = {}
    for i, word in enumerate(words):
        months = MONTHS.get(word)
        if not months:
            continue
        j = i - 1
        while j >= 0 and _FILLER.match(words[j]):
            j -= 1
        k = i + 1
        while k < len(words) and _FILLER.match(words[k]):
            k += 1
        before = words[j] if j >= 0 else ""
        after = words[k] if k < len(words) else ""
        # "of Aqrab in 14 end": word-by-word Pashto puts "in" between a month and its day
        # (not read for a start: "of Aqrab in 20 from traders" is no "from the 20th")
        day_after = words[k + 2] if after == "in" and k + 2 < len(words) and \
            words[k + 1].isdigit() else after
        m = k
        while m < len(words) and (words[m] in _TIME_OF_DAY or _FILLER.match(words[m])):
            m += 1
        after_time = words[m] if m < len(words) else ""
        starts_after = (after in START_AFTER and (from_after or after != "from")) or (
            from_after and after_time == "from")
        # "frozen since the collapse of the Western-backed government in August 2021": the
        # event "since" names is dated by "in" (`SINCE_REACH` words back at most)
        since_event = before == "in" and "since" in words[max(0, j - SINCE_REACH):j]
        if before in START_WORDS or starts_after or since_event or (
                before in CLOSING_WORDS and (j == 0 or words[j - 1] not in STATE_WORDS)):
            role = "start"
        elif before in DEADLINE_BEFORE or day_after in DEADLINE_AFTER:
            role = "deadline"
        elif verb_final and (START_VERBS.intersection(words[k:k + VERB_REACH])
                             or START_VERBS.intersection(words[max(0, j - START_BEFORE):j + 1])):
            # word-by-word Pashto, Dari and Urdu end on the verb: "operation of Hamal in 14 in
            # official way start did" (د وري په ۱۴مه په رسمي ډول پیل وکړ); or name the start
            # as a noun a few words before: "book fair ... whose beginning today, that is
            # Monday 2 November, happened" (جس کا آغاز آج ہی یعنی پیر 2 نومبر کو ہوا)
            role = "start"
        elif not verb_final and _told_on(words, j, k):
            role = "announced"
        else:
            # a date opening an English sentence ("On Saturday, October 9, hundreds of
            # relatives gathered ... as the victims were buried") dates its main clause, read
            # to the end as a verb-final one is
            opens = not verb_final and i <= OPENING_WORDS
            role = _occasion(words, i, k, verb_final or opens, deadline_told) or "other"
        for month in months:
            roles[month] = role if roles.get(month, role) == role else None
    return {m: r for m, r in roles.items() if r}
