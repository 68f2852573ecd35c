"""What kind of event an article reports (an attack, an earthquake, a heatwave, a cricket
match...), read from the English of its lede, so that story grouping can keep apart two
events of one week that share every place and official of the beat.

A desk's pile holds many events of the same weeks in the same provinces: a heatwave in
Karachi and a T20 semi-final whose heroes come from Nangarhar and Kandahar, the Kabul
gurdwara attack and the Paktika earthquake (both with the Taliban's deputy spokesman),
shared names, dates and weeks linking them. Glossary-only English is rough ("one attacker
suicide near position ... exploded did") but its event words come from the lexicon and are
plain English, so the same table serves every language.

Kinds only ever keep articles apart, never join them, and only when both articles are
clearly about something (a kind named at least `story_kind_mentions` times) and neither
names the other's kind at all: a story's outlets all name its event, while a deportation
story that recalls the quake, or a trade story that recalls the talks, still groups. Groups
of articles are asked the same by majority (`subjects.GroupSubjects`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from xsource.records import AnalyzedArticle

# Singular and plural forms are listed: the words are matched as written, and a few
# plurals ("strikes", "rains") would otherwise need a stemmer that also mangles names.
# Measured and left out: "killed", "wounded" (every disaster's toll), "return" and
# "returned" (any story's verb), "suspend" (trade and flights as much as bans), "final"
# ("the final toll").
EVENT_KINDS = {
    "attack": """attack attacks attacked attacker attackers assailant assailants gunmen gunman
        blast blasts explosion explosions exploded bomb bombs bombing bomber suicide shooting
        gunfire stormed strike strikes airstrike airstrikes shelling mortar mortars""",
    "earthquake": """earthquake earthquakes quake quakes tremor tremors aftershock aftershocks
        magnitude richter epicentre epicenter""",
    "flood": "flood floods flooding flooded rain rains rainfall landslide landslides mudslide",
    "heat": "heatwave heatwaves heat temperature temperatures heatstroke",
    "smog": "smog pollution polluted",
    "cricket": "cricket wicket wickets innings bowler bowlers batting batsman semifinal",
    "disease": "measles vaccination vaccine vaccines polio outbreak disease cholera epidemic",
    "ban": "ban bans banned barred prohibited",
    "talks": "talks negotiations negotiators ceasefire truce mediation mediators",
    "expulsion": """deport deported deportation deportations expel expelled expulsion expulsions
        returnees repatriation undocumented refugees migrants""",
    "internet": "internet blackout connectivity",
    "court": "court courts verdict sentenced convicted acquitted bail",
    "trade": "trade transit exports imports tariff tariffs customs",
    "accident": """accident accidents crash crashed crashes collision collided overturned
        overturning overturn plunged skidded""",
    "protest": """protest protests protested protesters protestors demonstration
        demonstrations demonstrators sit dharna""",
    "election": """election elections polls polling vote votes voting voters ballot ballots
        rigging rigged constituency constituencies""",
    # a war's front: an offensive, its battles and what it captured (the Panjshir offensive;
    # not "clashes", which border skirmishes and attacks also are)
    "fighting": """offensive battle battles battled frontline frontlines resistance captured
        capture conquered conquest""",
    # a court's corporal punishment or the decree that orders it (not "execution", which
    # word-by-word Dari and Pashto also write for carrying out a plan)
    "punishment": """punishment punishments stoning stoned flogging flogged flog lashes lashed
        lashing whipping whipped amputation amputated qisas""",
}
_KIND_OF = {word: kind for kind, words in EVENT_KINDS.items() for word in words.split()}
_WORD = re.compile(r"[a-z]+")


KIND_BITS = {kind: 1 << n for n, kind in enumerate(EVENT_KINDS)}


@dataclass(frozen=True)
class EventKinds:
    """Per article, kinds as bit masks (one bit per `EVENT_KINDS` entry), for numpy."""
    named: np.ndarray  # every kind the lede names at all
    about: np.ndarray  # the kinds it names at least `mentions` times


def event_kinds(items: Sequence[AnalyzedArticle], lead_claims: int, mentions: int) -> EventKinds:
    named = np.zeros(len(items), dtype=np.int64)
    about = np.zeros(len(items), dtype=np.int64)
    for row, item in enumerate(items):
        text = [item.article.title] if item.claims and item.claims[0].lang == "en" else []
        text += [claim.text_en for claim in item.claims[:lead_claims]]
        counts = Counter(_KIND_OF[word] for word in _WORD.findall(" ".join(text).lower())
                         if word in _KIND_OF)
        for kind, n in counts.items():
            named[row] |= KIND_BITS[kind]
            if n >= mentions:
                about[row] |= KIND_BITS[kind]
    return EventKinds(named=named, about=about)


def different_events(kinds: EventKinds, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per pair: both articles are clearly about something and neither names what the other
    is about (a heatwave and a cricket match; an earthquake and a temple attack)."""
    about_a, about_b = kinds.about[a], kinds.about[b]
    return ((about_a != 0) & (about_b != 0) & (about_a & kinds.named[b] == 0)
            & (about_b & kinds.named[a] == 0))


# Kinds whose coverage comes in one burst: an attack is reported within days of it, and
# two attacks of one kind weeks apart are two events, however many places, groups and
# officials they share (the Zhob garrison and the Bajaur rally, eighteen days apart in July
# 2023). Running stories (expulsions, talks, trade) and disasters (aid arrives for weeks)
# are not listed.
POINT_KINDS = ("attack",)
_POINT = sum(KIND_BITS[kind] for kind in POINT_KINDS)


def point_events(kinds: EventKinds, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per pair: both articles are about a point event of one kind (`POINT_KINDS`); story
    grouping keeps such a pair apart when it was published more than
    `story_point_event_days` apart."""
    return (kinds.about[a] & kinds.about[b] & _POINT) != 0


KIND_PREFIXES = ("k+:", "k:")


def kind_keys(kinds: EventKinds, row: int) -> list[str]:
    """An article's event kinds as GroupSubjects keys: "k+:attack" for what it is about,
    "k:attack" for what it names."""
    out = []
    for kind, bit in KIND_BITS.items():
        if kinds.about[row] & bit:
            out.append("k+:" + kind)
        if kinds.named[row] & bit:
            out.append("k:" + kind)
    return out
