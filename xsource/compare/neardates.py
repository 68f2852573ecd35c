"""The date bonus of alignment: a borderline pair naming one day, or days a day or two apart
in one role, is lifted over the link threshold (`CompareSettings.date_bonus`); two outlets
naming the weekday of one event a day apart are lifted further (`event_day_bonus`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from xsource.compare.dateroles import OCCASIONS, claim_date_roles
from xsource.compare.measurement import day_number
from xsource.compare.settings import CompareSettings
from xsource.compare.text import written_dates
from xsource.dates.names import WEEKDAYS
from xsource.records import Claim


def add_date_bonus(claims: Sequence[Claim], a: np.ndarray, b: np.ndarray, score: np.ndarray,
                    settings: CompareSettings, near: np.ndarray | None = None,
                    gated: np.ndarray | None = None) -> None:
    """`date_bonus` for borderline pairs naming the same calendar date, `event_day_bonus` for
    two weekdays of one event (in place; `near` marks those as sharing a fact). gated: pairs
    over the link threshold that lack key overlap; days a day or two apart in one role
    (`days_near`) stand in for it there, as near figures do: TOLOnews' "began on Saturday,
    9 Saratan" and BBC Pashto's "started on June 30, Sunday" share no other key."""
    widest = max(settings.date_bonus, settings.event_day_bonus)
    borderline = np.flatnonzero((score < settings.link_threshold)
                                & (score >= settings.link_threshold - widest))
    dated: dict[int, frozenset] = {}

    def dates(i: int) -> frozenset:
        found = dated.get(i)
        if found is None:
            found = dated[i] = frozenset(v for v in written_dates(claims[i].dates)
                                         if len(v) == 10)
        return found

    event_days: dict[int, bool] = {}

    def event_day(i: int) -> bool:
        found = event_days.get(i)
        if found is None:
            found = event_days[i] = _event_day(claims[i])
        return found

    for k, x, y in zip(borderline.tolist(), a[borderline].tolist(), b[borderline].tolist()):
        dx, dy = dates(x), dates(y)
        if not (dx and dy):
            continue
        gap = day_gap(claims[x], dx, claims[y], dy)
        if gap is not None and gap <= 1 and (event_day(x) and event_day(y) or (
                event_day(x) and _not_its_own_day(claims[y])
                or event_day(y) and _not_its_own_day(claims[x]))
                and _plain_days(claims[x], claims[y])):
            score[k] += settings.event_day_bonus
            if near is not None:
                near[k] = True
        elif (dx & dy or gap is not None and gap <= _NEAR_DAYS) and (
                score[k] >= settings.link_threshold - settings.date_bonus):
            score[k] += settings.date_bonus
    if near is None or gated is None:
        return
    for k, x, y in zip(*(v.tolist() for v in (np.flatnonzero(gated), a[gated], b[gated]))):
        dx, dy = dates(x), dates(y)
        if dx and dy and days_near(claims[x], dx, claims[y], dy):
            near[k] = True


def _event_day(claim: Claim) -> bool:
    """A weekday beside the written day, not the day the article itself reports from: "On
    Tuesday, 11 Sunbula, families in the quake zone still ..." opens on its publication day."""
    # offsets are into the article, or into the English when the dates were read from it
    return bool(_WEEKDAY.search(claim.text_en)) and _not_its_own_day(claim)


def _not_its_own_day(claim: Claim) -> bool:
    """The sentence does not open on the day its article reports from ("On Tuesday, 11
    Sunbula, families still wait" tells the article's own day, not the quake's)."""
    base = 0 if claim.numbers_from == "english" else claim.start
    return not any(d.value == claim.published for d in claim.dates
                   if d.value and d.start - base < _OPENING)


def _plain_days(a: Claim, b: Claim) -> bool:
    """Both sentences date a happening: no start ("from 1 November") and no deadline ("until
    9 Aqrab") among their dates, so one telling with its weekday and one without may be one
    event's day told a day apart."""
    return not any(role in ("start", "deadline")
                   for claim in (a, b) for role in claim_date_roles(claim).values())


_OPENING = 40  # characters: a date this near the start of its sentence opens it
_WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS['en'])})\b", re.IGNORECASE)


def days_near(ca: Claim, dx: frozenset, cb: Claim, dy: frozenset) -> bool:
    """A day or two apart, in one role: the camp "first opened on November 2" and "opened on
    12 Aqrab" (3 November) are one opening dated two ways, as "a deadline of October 31" and
    "the deadline ended on 10 Aqrab" are one deadline and "the second phase began on 1 April"
    and "operations officially started on 14 Hamal" one start: the date conflicts worth
    aligning. "Removals began on November 1" is no deadline of October 31, nor is "29,000
    returned yesterday, 10 Aqrab". (Starts were left out until openings read as starts;
    letting them in found one more planned date conflict in the 2025 phase and three fewer
    wrong agree pairs there, and nothing lost elsewhere.)"""
    gap = day_gap(ca, dx, cb, dy)
    return gap is not None and gap <= _NEAR_DAYS


_NEAR_DAYS = 2


def day_gap(ca: Claim, dx: frozenset, cb: Claim, dy: frozenset) -> int | None:
    """The fewest days between a date of each claim in one role; None when no two share one."""
    roles_a, roles_b = _event_roles(claim_date_roles(ca)), _event_roles(claim_date_roles(cb))
    return min((abs(dp - dq) for p in dx for q in dy
                if (dp := day_number(p)) is not None and (dq := day_number(q)) is not None
                and roles_a.get(p[5:7], "other") == roles_b.get(q[5:7], "other")),
               default=None)


def _event_roles(roles: dict[str, str]) -> dict[str, str]:
    """An occasion (the day of a notice, of a burial) aligns as any other day: which day it
    was is what the date comparison then asks (`classify.compare_dates`)."""
    return {m: "other" if r in OCCASIONS else r for m, r in roles.items()}
