"""A cricket match's figures: runs, wickets, balls and overs belong to a player or a side,
and a figure may be a partnership's runs, runs a bowler conceded or wickets a side lost.
`figures.same_quantity` asks these before it compares two such figures."""

from __future__ import annotations

import re

# (imported as a module: `figures` imports this one, and `figure_at` is read at call time)
from xsource.compare import figures
from xsource.compare.text import name_skeleton
from xsource.records import Claim, NumberMention


# A match's figures belong to players: runs, wickets, balls and overs of one player (or of a
# team, when no player is named) are not another's
PLAYERS_UNITS = frozenset({"runs", "wickets", "balls", "overs", "fours", "sixes"})


def _surnames(claim: Claim) -> frozenset[str]:
    """The last word of each person the claim names: glossary people and names it found."""
    found = set()
    for entity in claim.entities:
        if entity.startswith("person."):
            found.add(entity.rsplit("_", 1)[-1].split(".")[-1])
        elif "." not in entity and " " in entity.strip():
            found.add(entity.split()[-1].casefold())
    return frozenset(w for w in found if len(w) >= 3)


def other_players(ca: Claim, a: NumberMention, cb: Claim, b: NumberMention) -> bool:
    """Each figure's player (the name written last before it: "Rahmat Shah with 77 runs and
    Hashmatullah Shahidi with 48 runs") is another; or, where a figure has none, either claim
    names a player whom the other's text never names (word-by-word English romanizes names,
    so a surname is looked for in the other's words by its consonants: "Zadran" in "abrahim
    zadran 78 runs"). Two claims naming no player count a team's figures."""
    pa, pb = _surnames(ca), _surnames(cb)
    if not pa and not pb:
        return False
    names = {name_skeleton(w) for w in pa | pb}

    def player(token: str) -> str | None:
        found = name_skeleton(token)
        return found if found in names else None

    player_a = _named_last_before(ca.text_en, a.value, _PLAYER_BEFORE, player)
    player_b = _named_last_before(cb.text_en, b.value, _PLAYER_BEFORE, player)
    if player_a and player_b:
        return player_a != player_b
    words_a = {name_skeleton(w) for w in re.findall(r"[a-z]+", ca.text_en.casefold())}
    words_b = {name_skeleton(w) for w in re.findall(r"[a-z]+", cb.text_en.casefold())}
    return not ({name_skeleton(w) for w in pa} & words_b
                or {name_skeleton(w) for w in pb} & words_a)


# Runs two batters made together: "a 130-run stand", "for the first wicket", word-by-word
# Dari "in jaft first 130 runs" (در جفت نخست, in the first pair)
_PAIR_WORDS = frozenset({"partnership", "stand", "jaft", "pair"})
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "opening"})
_PAIR_REACH = 6


def _partnership(tokens: list[str], i: int) -> bool:
    near = tokens[max(0, i - _PAIR_REACH):i + _PAIR_REACH + 1]
    return bool(_PAIR_WORDS.intersection(near)) or any(
        x in _ORDINALS and y in ("wicket", "wickets") for x, y in zip(near, near[1:]))


# Runs a bowler gave away: "conceded 23", "gave away 23 runs", word-by-word Pashto "23
# running given" (۲۳ منډې ورکړې), Urdu "58 runs give" (58 رنز دے کر), a bowler's "five wickets
# for 64 runs"; wickets a side lost: "for the loss of five wickets", word-by-word Dari "from
# hand giving five wicket" (از دست دادن). Not a defeat given ("7 wicket defeat gave", word by
# word شکست داد: a win).
_CONCEDED = frozenset({"conceded", "conceding", "concede", "given", "gave", "giving", "give",
                       "gives"})
_LOST = _CONCEDED | {"lost", "losing", "loss"}  # (runs "282 for the loss of seven" are made)
_DEFEAT = frozenset({"defeat", "defeats", "failure"})


def _given_away(tokens: list[str], i: int, words: frozenset[str]) -> bool:
    start = max(0, i - 2)
    return any(token in words and (k == 0 or tokens[k - 1] not in _DEFEAT)
               for k, token in enumerate(tokens[start:i + 4], start))


def _runs_conceded(tokens: list[str], i: int) -> bool:
    return tokens[max(0, i - 2):i] in (["wickets", "for"], ["wicket", "for"]) or _given_away(
        tokens, i, _CONCEDED)


def _wickets_lost(tokens: list[str], i: int) -> bool:
    return _given_away(tokens, i, _LOST)


# what a match figure may be besides its plain reading, read at the figure in the English
_MATCH_READINGS = {"runs": (_partnership, _runs_conceded), "wickets": (_wickets_lost,)}


def match_readings_apart(ca: Claim, a: NumberMention, cb: Claim, b: NumberMention) -> bool:
    """One side reads as a partnership's runs, runs conceded or wickets lost, the other not
    (a side whose English lost its figure reads as neither)."""
    if not _MATCH_READINGS.keys() & {a.unit, b.unit}:
        return False
    spot_a = figures.figure_at(ca.text_en, a.value)
    spot_b = figures.figure_at(cb.text_en, b.value)
    readings = {r for unit in (a.unit, b.unit) for r in _MATCH_READINGS.get(unit, ())}
    return any((spot_a is not None and reading(spot_a[1], spot_a[0]))
               != (spot_b is not None and reading(spot_b[1], spot_b[0])) for reading in readings)


# A side's name in a match report: "United Kingdom ... with 317 runs all wicket lost" (word-
# by-word Dari for England) is not "Afghan team ... 325 running built"
_TEAMS = {"afghanistan": "af", "afghan": "af", "afghans": "af", "pakistan": "pk",
          "pakistani": "pk", "england": "gb", "english": "gb", "kingdom": "gb", "india": "in",
          "indian": "in", "australia": "au", "australian": "au", "bangladesh": "bd",
          "lanka": "lk", "zealand": "nz", "africa": "za", "netherlands": "nl", "ireland": "ie",
          "zimbabwe": "zw", "scotland": "sc"}
_TEAM_BEFORE = 40  # the side is often the subject that opens the sentence


def other_teams(ca: Claim, a: NumberMention, cb: Claim, b: NumberMention) -> bool:
    team_a = _named_last_before(ca.text_en, a.value, _TEAM_BEFORE, _TEAMS.get)
    team_b = _named_last_before(cb.text_en, b.value, _TEAM_BEFORE, _TEAMS.get)
    return bool(team_a and team_b) and team_a != team_b


# How far before its figure a player's name may stand: "Gurbaz 65 runs", "Shaheen Shah
# Afridi, who went for 58 runs"
_PLAYER_BEFORE = 8


def _named_last_before(text_en: str, value: float, reach: int, read) -> str | None:
    """What `read` makes of the last of the `reach` words before the figure it knows (a side,
    a player's consonants), None when the English lost the figure or names none there."""
    spot = figures.figure_at(text_en, value)
    if spot is None:
        return None
    i, tokens = spot
    for token in reversed(tokens[max(0, i - reach):i]):
        if (found := read(token)) is not None:
            return found
    return None
