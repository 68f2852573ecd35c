"""Alignment units: a sentence stating two figures or dates is aligned once per fact.

"Deportations began on November 1 after the October 31 deadline expired" states when the
deadline fell and when removals began; "1.73 million are undocumented, out of a total of
4.4 million" states two counts. Aligned whole, such a sentence glues the two facts' claims
into one cluster (and each article can then give that cluster only one of its sentences).
So each figure or written date of a sentence with two or more becomes its own unit: the
sentence's text, names and other numbers, with that one fact. Units are aligned and
classified like claims (same id: they are the claim, seen through one fact), then folded
back (`fold`): a claim sits in every cluster one of its units reached with another outlet,
and in one cluster of its own when no unit did.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from xsource.compare.text import key_figures
from xsource.records import Claim


WHOLE, FIGURE, DATE = 0, 1, 2  # what a unit holds: a whole claim, or one fact of it
# ...and for a whole claim with its one fact: WHOLE + FIGURE or WHOLE + DATE (tags 3 and 4),
# so a figure unit and a claim whose only fact is a date never pair either
WHOLE_FIGURE, WHOLE_DATE = 3, 4


def fact_units(claims: Sequence[Claim], min_bare: float
               ) -> tuple[list[Claim], list[int], list[int]]:
    """(units, owner, kind): the units to align, per unit the index of its claim, and
    whether it is a WHOLE claim or one FIGURE or DATE of a sentence with several facts."""
    units: list[Claim] = []
    owner: list[int] = []
    kinds: list[int] = []
    for i, claim in enumerate(claims):
        facts = _facts(claim, min_bare) if claim.numbers or claim.dates else ()
        if len(facts) < 2:
            units.append(claim)
            owner.append(i)
            kinds.append(WHOLE if not facts else
                         WHOLE_FIGURE if facts[0][0] == "figure" else WHOLE_DATE)
            continue
        figures = {id(n) for kind, mentions in facts if kind == "figure" for n in mentions}
        written = {id(d) for kind, mentions in facts if kind == "date" for d in mentions}
        other_numbers = tuple(n for n in claim.numbers if id(n) not in figures)
        other_dates = tuple(d for d in claim.dates if id(d) not in written)
        for kind, mentions in facts:
            # a figure's unit keeps its sentence's dates as context: "170,000 since October 1"
            # is not "327,000 since September 15", this October's 6.3 not June 2022's 5.9
            # (`figures.same_quantity`); they are no facts of the unit
            units.append(replace(claim,
                                 numbers=other_numbers + (mentions if kind == "figure" else ()),
                                 dates=other_dates + (mentions if kind == "date" else ()),
                                 context_dates=claim.dates if kind == "figure" else ()))
            owner.append(i)
            kinds.append(FIGURE if kind == "figure" else DATE)
    return units, owner, kinds


def _facts(claim: Claim, min_bare: float) -> list[tuple[str, tuple]]:
    """The claim's facts: key figures by value, written (not relative) dates by value; a
    value mentioned twice ("9 Aban 1402, October 31") is one fact."""
    by_value: dict[tuple[str, object], list] = {}
    for n in key_figures(claim, min_bare):
        by_value.setdefault(("figure", n.value), []).append(n)
    for d in claim.dates:
        if d.value and d.calendar != "relative":
            by_value.setdefault(("date", d.value), []).append(d)
    return [(kind, tuple(mentions)) for (kind, _), mentions in by_value.items()]


def fold(clusters: Sequence[list[int]], owner: Sequence[int]) -> list[int]:
    """Indexes of the clusters (of units) to report: not a unit left alone whose claim
    reached another outlet through another unit, and one lone unit per claim that reached
    nobody (its claim is a single once, not once per fact)."""
    shared = {owner[u] for members in clusters if len(members) > 1 for u in members}
    alone: set[int] = set()
    kept: list[int] = []
    for k, members in enumerate(clusters):
        if len(members) == 1:
            claim = owner[members[0]]
            if claim in shared or claim in alone:
                continue
            alone.add(claim)
        kept.append(k)
    return kept
