"""Anchors and evidence for claim links.

A pair whose English is not nearly identical links only with an anchor: a specific name, a
figure of the same quantity nearby, a date, a named speaker or two distinctive words (see
`CompareSettings.anchor_text_bar`). Each accepted link keeps a short evidence text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from typing import TYPE_CHECKING

import numpy as np

from xsource.compare.classify import ANONYMOUS_SPEAKERS, both_sides
from xsource.compare.figures import FATES, near_figure, qualifiers
from xsource.compare.settings import CompareSettings
from xsource.compare.sparse import shared_counts
from xsource.compare.text import (
    COUNTRY_WORDS,
    GOVERNMENTS,
    MEASURE_UNITS,
    VAGUE_WORDS,
    entity_key,
    is_media,
    key_figures,
    media_words,
    name_skeleton,
    number_key,
    singular,
    speaker_key,
    week_keys,
)
from xsource.records import Claim
from xsource.translate.glossary_backend import english_words

_DEFAULTS = CompareSettings()

if TYPE_CHECKING:
    from xsource.compare.align import Scored


def named_speaker(claim: Claim, media: tuple[frozenset[str], ...]) -> str | None:
    """The speaker as a matching key, unless it is an outlet of the run ("TOLOnews said")
    or anonymous ("officials"): those name who reported, not who said it."""
    key = speaker_key(claim)
    if not key or key in ANONYMOUS_SPEAKERS or is_media(claim.speaker, media):
        return None
    return key


def anchored(claims: Sequence[Claim], scored: Scored, check: np.ndarray,
             settings: CompareSettings) -> np.ndarray:
    """False where a pair in `check` shares no anchor (see `CompareSettings.anchor_text_bar`).
    Only pairs that would otherwise link are checked, so Python loops stay small."""
    out = np.ones(len(check), dtype=bool)
    idx = np.flatnonzero(check)
    if len(idx) == 0:
        return out
    figs = scored.figures or [key_figures(c, settings.min_bare_figure_key) for c in claims]
    sp = scored.speaker
    if sp is None:
        media = media_words(c.outlet for c in claims)
        ids: dict = {}
        sp = np.array([ids.setdefault(s, len(ids)) if s else -1
                       for s in (named_speaker(c, media) for c in claims)], dtype=np.int64)
    # Same named speaker or near figures anchor a pair outright: settle those in numpy.
    pa, pb = scored.a[idx], scored.b[idx]
    idx = idx[~(((sp[pa] >= 0) & (sp[pa] == sp[pb])) | scored.near[idx])]
    if len(idx) == 0:
        return out
    pa, pb = scored.a[idx], scored.b[idx]
    involved = np.unique(np.concatenate([pa, pb]))
    la, lb = np.searchsorted(involved, pa), np.searchsorted(involved, pb)
    # A shared specific name, key figure or written date (week) anchors; tags keep the kinds
    # apart. Not a weekday or "yesterday": the Senate's Friday resolution and Friday's air
    # strikes in Paktika are two events of one day.
    keys = []
    for i in involved.tolist():
        c = claims[i]
        keys.append([*scored.names[i], *{"nu:" + number_key(x.value) for x in figs[i]},
                     *{"da:" + key for d in c.dates if d.value and d.calendar != "relative"
                       for key in (d.value, *week_keys(d.value))}])
    ok = shared_counts(keys, la, lb) >= 1
    ok |= shared_counts([list(scored.distinctive[i]) for i in involved.tolist()], la, lb) >= 2
    if scored.lone:  # a word only the two sentences of the story hold (`anchor_lone_word_df`)
        ok |= shared_counts([list(scored.lone[i]) for i in involved.tolist()], la, lb) >= 1
    # The party one sentence quotes ("the TTP spokesman said they did not carry out the
    # attack") is the actor of the other ("the TTP was behind the attack"): a rebuttal's pair
    ok |= [not good and actor_meets_source(claims[a], claims[b])
           for good, a, b in zip(ok.tolist(), pa.tolist(), pb.tolist())]
    out[idx[~ok]] = False  # unless near figures anchor them after all:
    rest = ~ok & may_be_near(figs, pa, pb, settings, scored.ranges)
    if scored.near_checked is not None:  # scoring found these not near already
        rest &= ~scored.near_checked[idx]
    for k, a, b in zip(idx[rest].tolist(), pa[rest].tolist(), pb[rest].tolist()):
        out[k] = near_pair(claims[a], figs[a], claims[b], figs[b], settings)
    return out


def actor_meets_source(a: Claim, b: Claim) -> bool:
    """One sentence denies what the other asserts, and both name one organisation (not a
    government, not an outlet): the party that denies is the one the other accuses. Its name
    is the source of one sentence and left out of its keys (`source_organisations`), so it
    does not anchor the pair the usual way."""
    if a.polarity == b.polarity or both_sides(a) or both_sides(b):
        return False  # a sentence giving both sides is no one party's denial
    ea = {e for e in a.entities if e.startswith("org.") and e not in GOVERNMENTS}
    eb = {e for e in b.entities if e.startswith("org.") and e not in GOVERNMENTS}
    media = media_words((a.outlet, b.outlet))
    return any(not is_media(e, media) for e in ea & eb)


def may_be_near(figs: list, a: np.ndarray, b: np.ndarray, settings: CompareSettings,
                ranges: tuple | None = None) -> np.ndarray:
    """False where `near_pair` is certainly False: every figure of one claim is more than
    `figure_near_ratio` times smaller than every figure of the other (or one has none),
    so the per-pair Python check runs only where the figures' ranges come close.
    ranges: `figure_ranges(figs)` when the caller already has them."""
    lo, hi = ranges or figure_ranges(figs)
    ratio = settings.figure_near_ratio
    with np.errstate(invalid="ignore", over="ignore"):
        apart = (hi[a] * ratio < lo[b]) | (hi[b] * ratio < lo[a])
    return ~apart


def figure_ranges(figs: list) -> tuple[np.ndarray, np.ndarray]:
    """Per claim, the smallest and the largest absolute value of its key figures."""
    # one flat array and a reduction per claim: two generators per claim took 41 ms at 20k
    # claims, this takes 7
    counts = np.fromiter(map(len, figs), np.int64, len(figs))
    values = np.abs(np.fromiter((x.value for f in figs for x in f), np.float64,
                                int(counts.sum())))
    lo, hi = np.full(len(figs), np.inf), np.full(len(figs), -np.inf)
    if values.size:
        has = counts > 0
        starts = (np.cumsum(counts) - counts)[has]
        lo[has] = np.minimum.reduceat(values, starts)
        hi[has] = np.maximum.reduceat(values, starts)
    return lo, hi


def near_figures(a: Claim, b: Claim, settings: CompareSettings) -> bool:
    return near_pair(a, key_figures(a, settings.min_bare_figure_key),
                 b, key_figures(b, settings.min_bare_figure_key), settings)


def near_pair(a: Claim, figures_a: list, b: Claim, figures_b: list, settings: CompareSettings) -> bool:
    return any(near_figure(a, x, b, y, settings) for x in figures_a for y in figures_b)


def near_toll(a: Claim, figures_a: list, b: Claim, figures_b: list,
              settings: CompareSettings) -> bool:
    """Near figures that both say what befell the people counted, the same thing: a toll
    ("killed at least 800" / "the number of the dead has passed 1,100"); or that both count
    in a unit few figures count in (`text.MEASURE_UNITS`): "at least five shots" / "12
    bullets", a distance of "about 200 metres" / "500 metres"."""
    return any((x.unit in MEASURE_UNITS and x.unit == y.unit
                or qualifiers(a, x, settings) & qualifiers(b, y, settings) & FATES)
               and near_figure(a, x, b, y, settings) for x in figures_a for y in figures_b)


def evidence(a: Claim, b: Claim, text_score: float,
             settings: CompareSettings = _DEFAULTS, figures: tuple | None = None) -> str:
    """What matched, for a human: "text 0.82; entities: torkham, unhcr; number 1,700,000"."""
    # only figures that count as keys: "9 days" in both is no evidence (min_bare_figure_key)
    fa, fb = figures or (key_figures(a, settings.min_bare_figure_key),
                         key_figures(b, settings.min_bare_figure_key))
    return describe_link(link_facts(a, fa), link_facts(b, fb), text_score)


def link_facts(claim: Claim, figures: list) -> tuple:
    """What `evidence` compares of one claim, computed once per claim."""
    return ({entity_key(e): e for e in claim.entities},
            list(dict.fromkeys(entity_key(e) for e in claim.entities)),
            [(number_key(n.value), n.value) for n in figures],
            {d.value for d in claim.dates if d.value},
            speaker_key(claim), claim.speaker)


def describe_link(a: tuple, b: tuple, text_score: float) -> str:
    entities_a, _, numbers_a, dates_a, speaker_a, said_by = a
    _, order_b, numbers_b, dates_b, speaker_b, _ = b
    parts = [f"text {text_score:.2f}"]
    shared = [entities_a[k] for k in order_b if k in entities_a]
    if shared:  # "place.torkham" reads as "torkham"
        parts.append("entities: " + ", ".join(e.split(".", 1)[-1].replace("_", " ") for e in shared))
    nb = {key for key, _ in numbers_b}
    numbers = [value for key, value in numbers_a if key in nb]
    if numbers:
        parts.append("number " + ", ".join(dict.fromkeys(f"{v:,.15g}" for v in numbers)))
    dates = sorted(dates_a & dates_b)
    if dates:
        parts.append("date " + ", ".join(dates))
    if speaker_a and speaker_a == speaker_b:
        parts.append(f"speaker {said_by}")
    return "; ".join(parts)


# Verbs the lexicon writes for a hundred grammar forms each (شو, شي, شده, کړل ...): they say
# nothing of a fact. "become" and "name" tied two sentences that only each quote a source who
# would not be named.
LIGHT_VERBS = frozenset("""become became becomes becoming done doing made make makes making
    given give gives gave giving take takes took taken taking put puts come came comes coming
    go goes went gone going get gets got gotten want wants wanted keep keeps kept bring brings
    brought""".split())


@lru_cache(maxsize=1)
def _anchor_words() -> frozenset[str]:
    """The lexicon's English words but light verbs: built once, not per aligned batch."""
    return english_words() - LIGHT_VERBS


# A capitalised word of an English original that is no word the lexicon writes is a name
# (at a sentence's start it may be any word, so that one is passed over)
_CAPITALISED = re.compile(r"(?<=[^\s.!?:\"'“‘(]\s)[A-Z][a-z]{3,}\b")


# Parts of many names, which alone name nobody: "Khan", "Muhammad", "Abdul"
_NAME_PARTS = frozenset(name_skeleton(w) for w in """muhammad mohammad mohammed muhammed ahmad
    ahmed khan abdul abdullah haji mullah maulana sheikh syed sayed shah gul ali hussain hassan
    hussein rahman rehman zada zai""".split())


def name_keys(claims: Sequence[Claim], leftovers: Sequence[list[str]],
              weight: float) -> list[list[tuple]]:
    """Per claim, a key for each name the glossary does not know, by its consonants
    (`text.name_skeleton`), held by an English original as a capitalised word and by
    glossary-only English as a romanized leftover: Dawn's "Dilawar" and the Urdu "dlawar"
    are one man (dlwr). Only a skeleton both an English original and a translated claim hold
    is kept: two romanized leftovers sharing consonants are too often chance."""
    lexicon = _anchor_words()
    seen: dict[int, frozenset[str]] = {}
    per_claim: list[frozenset[str]] = [frozenset()] * len(claims)
    translated: set[str] = set()
    for row, (claim, leftover) in enumerate(zip(claims, leftovers)):
        if claim.lang != "en" and leftover:
            found = seen.get(id(leftover))
            if found is None:
                found = seen[id(leftover)] = frozenset(
                    s for w in leftover if len(w) >= 4 and w not in lexicon
                    and _name_skeleton_key(s := name_skeleton(w)))
            translated |= found
            per_claim[row] = found
    if not translated:  # an English-only run: no English original needs reading
        return [[] for _ in claims]
    english: set[str] = set()
    for row, claim in enumerate(claims):
        if claim.lang == "en":
            found = frozenset(s for w in _CAPITALISED.findall(claim.text)
                              if w.casefold() not in lexicon
                              and (s := name_skeleton(w.casefold())) in translated)
            english |= found
            per_claim[row] = found
    shared = {s: ("en:name~" + s, weight) for s in english}
    return [[shared[s] for s in found if s in shared] if found else [] for found in per_claim]


def _name_skeleton_key(skeleton: str) -> bool:
    """Four consonants at least: three ("khn", "trk", "krm") are shared by too many names
    and words."""
    return len(skeleton) >= 4 and skeleton not in _NAME_PARTS


def lexicon_keys(claims: Sequence[Claim], leftovers: Sequence[list[str]],
                 weight: float) -> list[list[tuple]]:
    """Per claim, anchor keys for the words of its glossary-only English that the lexicon
    wrote, that the run's English originals never use (`matching_words` leaves them out of
    the text score, in `leftovers`: most such words are romanized leftovers) and that claims
    of two source languages hold. A Pashto and a Dari sentence both rendering "gradual" share
    an English word two lexicon entries wrote, not a chance transliteration. They are
    distinctive like any word (two shared anchor a pair), never lone: "difficult" alone
    tied an aid-workers sentence to a condolence. Light verbs (`LIGHT_VERBS`) never are.
    Found on the held-out sets: Baghlan's livestock and PoR's women-and-children
    agreements, planned pairs aligned up on five sets, no new false agreement."""
    lexicon = _anchor_words()
    seen: dict[int, frozenset[str]] = {}  # a sentence's alignment units share its words
    per_claim: list[frozenset[str]] = []
    languages: dict[str, set[str]] = {}
    for claim, leftover in zip(claims, leftovers):
        if not leftover:
            per_claim.append(frozenset())
            continue
        found = seen.get(id(leftover))
        if found is None:
            found = seen[id(leftover)] = frozenset(w for w in leftover if w in lexicon)
        per_claim.append(found)
        for word in found:
            languages.setdefault(word, set()).add(claim.lang)
    shared = {word: ("wl:" + word, weight) for word, langs in languages.items() if len(langs) > 1}
    return [[shared[w] for w in found if w in shared] for found in per_claim]


def distinctive_keys(keys: list, story_of: Sequence[int], article_of: Sequence[int],
                     settings: CompareSettings, media: tuple) -> tuple[list, list, list]:
    """Per claim, (its words that few claims of its story hold, `anchor_word_max_df`:
    "women" + "children", not "refugees" + "day"; its specific entities that are not the
    story's subject, `anchor_entity_max_share`). Both limits count articles: a fact retold
    by every outlet is in about one claim per article, the story's topic words ("refugees",
    "Torkham" in the expulsion story) in several. Vague words and the run's outlet names
    ("according to TOLOnews") are never distinctive. Generic entities are left out: their
    English words already stand for them (a rare "holding centre" gives two rare words).
    Third: its distinctive words that at most `anchor_lone_word_df` claims of the story hold
    (one shared anchors a pair alone); lexicon words (`lexicon_keys`, "wl:") can be
    distinctive but never lone."""
    media_names = set().union(*media) if media else set()
    never = {"wo:" + form for w in VAGUE_WORDS | media_names for form in (w, singular(w))}
    size = Counter(s for s, _ in set(zip(story_of, article_of)))  # articles per story
    # One counter per story over the (name, weight) key objects (one per name, shared by
    # all claims): counting every key in C beats filtering first; only wo:/en: are read.
    # Each story's keys are counted in one call (a Counter.update per claim costs twice).
    of_story: dict = {}
    for s, item in zip(story_of, keys):
        of_story.setdefault(s, []).append(item)
    dfs = {s: Counter(chain.from_iterable(items)) for s, items in of_story.items()}
    # A document that each article naming it names in one sentence only is one fact's
    # ("PoR card holders are exempt", told once by each of 8 outlets) even when most outlets
    # tell it; the story's subject recurs within articles ("passport": 12 sentences in 7
    # articles). Only documents: people and organisations are mostly the sources of
    # statements ("the interior ministry said"), places say where.
    holders: dict = {}
    documents = {key for df in dfs.values() for key in df if key[0][:7] == "en:doc_"}
    if documents:
        for s, a, item in zip(story_of, article_of, keys):
            for key in documents.intersection(item):
                holders.setdefault((s, key), set()).add(a)
    # Whether a key is distinctive depends on its story only: decide once per (story, key),
    # then pick each claim's keys by a C-level set intersection (in the claim's key order).
    rare_words: dict = {}
    specific: dict = {}
    for s, df in dfs.items():
        rare = max(2, settings.anchor_word_max_df * size[s])
        local = max(2, settings.anchor_entity_max_share * size[s])
        rare_words[s] = {key for key, count in df.items() if key[0][:3] in ("wo:", "wl:")
                         and count <= rare and key[0] not in never}
        specific[s] = {key for key, count in df.items() if key[0][:3] == "en:" and (
            count <= local or (key[0][:7] == "en:doc_" and count == len(holders[(s, key)])))}
    first = itemgetter(0)
    # A word only two claims of the story hold anchors alone: it is in the pair's sentences
    # and nowhere else ("jirga" in the Pashto and the Urdu reopening sentences).
    lone_words = {s: {key for key in rare_words[s] if key[0][:3] == "wo:"
                         and df[key] <= settings.anchor_lone_word_df
                      and key[0][3:] not in COUNTRY_WORDS} for s, df in dfs.items()}
    words = [frozenset(map(first, rare_words[s].intersection(item)))
             for s, item in zip(story_of, keys)]
    names = [frozenset(map(first, specific[s].intersection(item)))
             for s, item in zip(story_of, keys)]
    lone = [frozenset(map(first, lone_words[s].intersection(item)))
            for s, item in zip(story_of, keys)]
    return words, names, lone
