"""Link vetoes: pairs that score as one fact but are two, refused before clustering.

One person asserting and denying is two statements (`two_statements`); a sentence that says
its event is another one ("in a separate attack the same day") tells no fact of the story's
own event (`separate_events`); two sentences whose
figures were counted over other periods or of other events are two measurements
(`other_counts`); two sentences whose figures count other people, or what befell them, and
no figure the same are two counts (`other_people`). All are checked only on pairs that would
otherwise link.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from xsource.compare.classify import voice
from xsource.compare.dateroles import claim_date_roles
from xsource.compare.figures import (
    FATES,
    WHO,
    other_persons,
    qualifiers,
    same_quantity,
    sentence_qualifiers,
)
from xsource.compare.measurement import (
    EVENTS_APART_DAYS,
    PAST_EVENT_DAYS,
    PERIODS_APART_DAYS,
    event_days,
    period_starts,
    published_day,
    written_days,
)
from xsource.compare.places import WITHIN
from xsource.compare.places import apart as places_apart
from xsource.compare.places import names_where
from xsource.compare.settings import CompareSettings
from xsource.compare.text import entity_key, key_figures, written_dates
from xsource.records import Claim

if TYPE_CHECKING:
    from xsource.compare.align import Scored


def two_statements(claims: Sequence[Claim], a: np.ndarray, b: np.ndarray,
                    check: np.ndarray) -> np.ndarray:
    """Pairs in `check` where one person asserts and denies: two of their statements (Mujahid
    welcoming a reopening / Mujahid saying his forces did not fire first), never one fact,
    however alike the "Islamic Emirate spokesperson Zabihullah Mujahid said" around them."""
    out = np.zeros(len(check), dtype=bool)
    denied = np.fromiter((c.polarity == "denied" for c in claims), bool, len(claims))
    idx = np.flatnonzero(check & (denied[a] != denied[b]))
    for k in idx.tolist():
        va, vb = voice(claims[int(a[k])]), voice(claims[int(b[k])])
        out[k] = bool(va and vb) and entity_key(va) == entity_key(vb)
    return out


_EVENT = (r"(?:attacks?|incidents?|clash(?:es)?|raids?|blasts?|explosions?|assaults?|strikes?|"
          r"operations?|events?|shootings?|ambush(?:es)?|bombings?)")
# English and the word orders of glossary English: "In a separate attack", "in one another
# attack" (Pashto), "one separate incident in" (Urdu), "in attack separate", "in event other"
# (Dari). A sentence that merely calls the story's event "another attack on Chinese nationals"
# has no "in" to set it in another event.
_SEPARATE_EVENT = re.compile(
    rf"\bin\s+(?:(?:a|an|one)\s+)?(?:separate|another|different)\s+{_EVENT}\b"
    rf"|\b(?:separate|another|different)\s+{_EVENT}\s+in\b"
    rf"|\bin\s+(?:(?:a|an|one)\s+)?{_EVENT}\s+(?:separate|other|another)\b", re.I)


def separate_events(claims: Sequence[Claim], a: np.ndarray, b: np.ndarray,
                    check: np.ndarray) -> np.ndarray:
    """Pairs in `check` where one sentence sets its fact in another event than the story's
    ("In a separate attack the same day, three soldiers were killed in Sui") and the other does
    not: the three in Sui are no count of the Zhob garrison's dead, however alike the
    soldiers, the day and the province. Two sentences on the separate event may still meet, and
    so may one that names the separate event's own town or district without calling it
    separate ("the same day a mosque in Hangu was also bombed")."""
    out = np.zeros(len(check), dtype=bool)
    rows = np.flatnonzero(check)
    if len(rows) == 0:
        return out
    # read once per sentence (a sentence's alignment units share its English), and only
    # where one of the words is there at all: most sentences have none
    involved = np.unique(np.concatenate([a[rows], b[rows]]))
    marked = np.zeros(len(claims), dtype=bool)
    seen: dict[int, bool] = {}
    for i in involved.tolist():
        text = claims[i].text_en
        found = seen.get(id(text))
        if found is None:
            found = seen[id(text)] = bool(_MAY_SEPARATE.search(text)) and bool(
                _SEPARATE_EVENT.search(text))
        marked[i] = found
    apart = rows[marked[a[rows]] != marked[b[rows]]]
    for k in apart.tolist():
        out[k] = not _local_places(claims[int(a[k])]) & _local_places(claims[int(b[k])])
    return out


_MAY_SEPARATE = re.compile(r"separate|another|different|other", re.I)


_REGIONS = frozenset(parent for parents in WITHIN.values() for parent in parents)


def _local_places(claim: Claim) -> set[str]:
    """The towns and districts a sentence names (no province or region with places in it)."""
    return {e for e in claim.entities if e.startswith("place.") and e not in _REGIONS}


def other_counts(sentences: Sequence[Claim], scored: "Scored", check: np.ndarray,
                 settings: CompareSettings) -> np.ndarray:
    """Pairs in `check` whose sentences' figures were counted over other periods or dated to
    other events (the rules of `measurement.other_measurement`, in numpy, once per sentence):
    "170,000 since October 1" and "327,000 since September 15" are two facts, and none of
    their units (the figures, the start days) is one fact told two ways. Both sentences must
    carry their dates here: reading an undated sentence as of its article's day, as the
    figure comparison does, also split pairs that belong together (desk folder: planned pairs
    together 0.834 -> 0.822, one more unplanned conflict)."""
    n = len(sentences)
    figures = np.zeros(n, dtype=bool)
    dated = np.zeros(n, dtype=bool)
    lo = np.zeros(n, dtype=np.int64)
    hi = np.zeros(n, dtype=np.int64)
    start = np.full(n, -1, dtype=np.int64)
    recalled = np.zeros(n, dtype=bool)  # dated only by the month it opens on
    published = np.zeros(n, dtype=np.int64)
    seen: dict[int, tuple] = {}
    for i, c in enumerate(sentences):
        found = seen.get(id(c))
        if found is None:
            has = bool(key_figures(c, settings.min_bare_figure_key))
            days = event_days(c) if has else ()
            found = seen[id(c)] = (has, days, set(period_starts(c)) if days else set(),
                                   bool(days) and not written_days(c, relative=True),
                                   published_day(c) or 0)
        has, days, period, recalled[i], published[i] = found
        figures[i] = has
        if days:
            dated[i], lo[i], hi[i] = True, min(days), max(days)
        if len(period) == 1:
            start[i] = next(iter(period))
    a, b = scored.a, scored.b
    events = dated[a] & dated[b] & ((lo[b] - hi[a] > EVENTS_APART_DAYS)
                                    | (lo[a] - hi[b] > EVENTS_APART_DAYS))
    # "In August, 21 people were killed when a bus collided with a tanker" is the story's
    # background, never its own undated "21 people lost their lives" of November
    for x, y in ((a, b), (b, a)):
        events |= recalled[x] & ~dated[y] & (published[y] - hi[x] > PAST_EVENT_DAYS)
    periods = (start[a] >= 0) & (start[b] >= 0) & (
        np.abs(start[a] - start[b]) > PERIODS_APART_DAYS)
    return check & figures[a] & figures[b] & (events | periods)


def other_people(claims: Sequence[Claim], scored: "Scored", check: np.ndarray,
                 settings: CompareSettings) -> np.ndarray:
    """Pairs in `check` whose figures count other people, or people elsewhere, and none the
    same: "seven soldiers embraced martyrdom in Mir Ali" and "seven civilians were killed in
    the strikes" share the number key 7, a death and the story's places, and are two facts."""
    out = np.zeros(len(check), dtype=bool)
    figs = scored.figures
    idx = np.flatnonzero(check)
    if len(idx) == 0:
        return out
    a, b = scored.a[idx], scored.b[idx]
    # what each claim's figures say, once per claim: only pairs where both say who was
    # counted, or what befell them, or where, can be apart (most pairs say neither)
    involved = np.unique(np.concatenate([a, b]))
    traits = np.zeros(len(claims), dtype=np.int8)
    for i in involved.tolist():
        traits[i] = _traits(claims[i], figs[i])
    maybe = np.flatnonzero((traits[a] & traits[b]) != 0)
    for k in maybe.tolist():
        i, j = int(a[k]), int(b[k])
        if traits[i] & traits[j] & _AGE_TRAIT:
            # "a 19-year-old student said" and "a 21-year-old student said": two people
            out[idx[k]] = other_persons(claims[i], claims[j])
            continue
        out[idx[k]] = _counts_other_people(claims[i], figs[i], claims[j], figs[j], settings)
    return out


_WHO_TRAIT, _FATE_TRAIT, _PLACE_TRAIT, _AGE_TRAIT = 1, 2, 4, 8


def _traits(claim: Claim, figures: list) -> int:
    """What any of the claim's figures may be qualified by: the sentence's words, read once
    per sentence (a figure's own qualifiers are a subset of them). A sentence whose every
    key figure is an age tells of a person (or a few): its figures say nothing else."""
    if not figures:
        return 0
    if all(x.unit == "age" for x in figures):
        return _AGE_TRAIT
    groups = sentence_qualifiers(claim.text_en)
    return ((_WHO_TRAIT if groups & WHO else 0) | (_FATE_TRAIT if groups & FATES else 0)
            | (_PLACE_TRAIT if names_where(claim.entities) else 0))


def _counts_other_people(ca: Claim, fa: list, cb: Claim, fb: list,
                         settings: CompareSettings) -> bool:
    # places apart: 29,000 through Torkham and 3,000 families through Spin Boldak
    apart = places_apart(ca, cb)
    for x in fa:
        qx = qualifiers(ca, x, settings)
        for y in fb:
            if same_quantity(ca, x, cb, y, settings):
                return False
            qy = qualifiers(cb, y, settings)
            apart |= any(gx and gy and not gx & gy for gx, gy in ((qx & WHO, qy & WHO),
                                                                (qx & FATES, qy & FATES)))
    return apart


def other_roles(claims: Sequence[Claim], scored: "Scored", check: np.ndarray) -> np.ndarray:
    """Pairs in `check` that tell two events by their days: one shared day that is a start on
    one side and a deadline on the other ("deportations began on Wednesday, Nov. 1" / "the
    deadline ended today, 10 Aqrab"), or no shared day and places apart (29,000 through
    Torkham on Wednesday / 3,000 families through Spin Boldak on Thursday)."""
    out = np.zeros(len(check), dtype=bool)
    idx = np.flatnonzero(check)
    if len(idx) == 0:
        return out
    a, b = scored.a[idx], scored.b[idx]
    # screened once per claim: its written days, and whether they have a start or deadline
    days: dict[int, frozenset] = {}
    roles = np.zeros(len(claims), dtype=np.int8)
    dated = np.zeros(len(claims), dtype=bool)
    placed = np.zeros(len(claims), dtype=bool)
    for i in np.unique(np.concatenate([a, b])).tolist():
        written = written_dates(claims[i].dates)
        if written:
            days[i] = written
            dated[i] = True
            found = claim_date_roles(claims[i]).values()
            roles[i] = ("start" in found) | (("deadline" in found) << 1)
            placed[i] = names_where(claims[i].entities)
    maybe = np.flatnonzero(dated[a] & dated[b] & (((roles[a] | roles[b]) == 3)
                                                  | (placed[a] & placed[b])))
    for k in maybe.tolist():
        i, j = int(a[k]), int(b[k])
        shared = days[i] & days[j]
        if shared:
            out[idx[k]] = (roles[i] | roles[j]) == 3 and _roles_differ(claims[i], claims[j],
                                                                         shared)
        else:
            out[idx[k]] = places_apart(claims[i], claims[j])
    return out


def _roles_differ(ca: Claim, cb: Claim, shared: frozenset) -> bool:
    roles_a, roles_b = claim_date_roles(ca), claim_date_roles(cb)
    return all({roles_a.get(day[5:7]), roles_b.get(day[5:7])} == {"start", "deadline"}
               for day in shared)
