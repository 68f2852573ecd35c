"""Claim alignment within each story: blocking, rapidfuzz scoring, best-first clustering.

1. Blocking: claims of one story sharing a key (glossary entity, a figure at two significant
   digits, a date, a word few claims use) become candidate pairs; pairs inside one article
   never do.
2. Scoring: rapidfuzz (`process.cpdist`, all cores) on the English matching forms, mixed
   with the IDF-weighted key overlap and a same-speaker bonus (weights in settings).
3. Clustering: pairs above `link_threshold` are merged best-first; a merge that would put
   two claims of one article in a cluster is refused, so each cluster holds at most the best
   claim per article. Each accepted merge is a link, kept with its score and evidence.
   A pair must also share enough keys (`min_key_overlap`), or carry the same quantity in
   nearby figures, or be near-identical text; and unless its text is nearly identical
   (`anchor_text_bar`) it needs an anchor (a specific name, a figure, a date, a named
   speaker or two distinctive words): generic entities ("refugees", "Afghan") are weighed
   low and bare small numbers ("three days") are no keys, so same-topic claims no longer
   "agree". Which pairs passed every rule is kept, so the
   classifier can tell claims aligned with each other from claims only chained together.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

import numpy as np
from rapidfuzz import fuzz, process

from xsource.compare.anchors import (
    anchored,
    describe_link,
    distinctive_keys,
    figure_ranges,
    lexicon_keys,
    link_facts,
    may_be_near,
    name_keys,
    named_speaker,
    near_pair,
    near_toll,
)
from xsource.compare.facets import claim_facts, extra_memberships
from xsource.compare.neardates import add_date_bonus
from xsource.compare.settings import CompareSettings
from xsource.compare.sparse import Candidates, UnionFind, candidate_pairs
from xsource.compare.text import (
    claim_keys,
    english_vocabulary,
    is_glossary_only,
    key_figures,
    matching_words,
    media_words,
)
from xsource.compare.vetoes import (
    other_counts,
    other_people,
    other_roles,
    separate_events,
    two_statements,
)
from xsource.compare.workers import in_processes, worker_processes
from xsource.records import Claim

KIND_WEIGHT = {"entity": 1.5, "number": 1.5, "date": 1.2, "near": 1.0, "word": 1.0}
# "term" (generic entities) takes `CompareSettings.generic_entity_weight`.


@dataclass(frozen=True)
class Link:
    a: int  # claim indexes
    b: int
    score: float
    text: float  # the pair's text similarity (its evidence is written from it: `evidence`)


def evidence(claims: Sequence[Claim], link: Link, settings: CompareSettings,
             memo: dict | None = None) -> str:
    """What matched, for a human ("text 0.82; entities: torkham; number 1,700,000"); written
    when the links table is built, not during alignment. `memo`: claim index -> link facts."""
    memo = memo if memo is not None else {}

    def facts_of(i: int) -> tuple:
        found = memo.get(i)
        if found is None:
            found = memo[i] = link_facts(claims[i], key_figures(claims[i],
                                                                settings.min_bare_figure_key))
        return found

    return describe_link(facts_of(link.a), facts_of(link.b), link.text)


@dataclass(frozen=True)
class Alignment:
    clusters: list[list[int]]  # claim indexes; singletons included
    links: list[Link]
    candidates: int  # candidate pairs scored
    timings: dict = field(default_factory=dict)  # seconds per step, for the benchmark
    pair_scores: dict = field(default_factory=dict)  # a * size + b (a < b) -> score
    size: int = 0  # number of claims
    linkable: frozenset = frozenset()  # a * size + b (a < b) of pairs that pass every link rule
    link_cluster: list[int] = field(default_factory=list)  # per link: index into clusters
    # (claim, cluster index) of second memberships (see `facets`); each claim's first
    # cluster is the one holding it without such an entry
    extra: frozenset = frozenset()
    # A batched alignment (`merged`) keeps each batch's pair scores and linkable pairs as
    # they are: per claim, its batch and its index there. Re-keying ~1M pairs cost 6% of
    # the 50k benchmark, for lookups the report makes only inside clusters.
    parts: tuple = ()
    batch_of: list = field(default_factory=list)
    local: list = field(default_factory=list)

    def primary(self) -> list[int]:
        """Per claim, the index of the cluster it was clustered into (not a second one)."""
        out = [0] * sum(len(members) for members in self.clusters)  # >= the claim count
        for k, members in enumerate(self.clusters):
            for i in members:
                if (i, k) not in self.extra:
                    out[i] = k
        return out

    def score(self, a: int, b: int) -> float:
        """Pair score of claims a and b (0 when never scored or far below the threshold)."""
        if self.parts:
            part = self._part_of(a, b)
            return part.score(self.local[a], self.local[b]) if part else 0.0
        return self.pair_scores.get(min(a, b) * self.size + max(a, b), 0.0)

    def aligned(self, a: int, b: int) -> bool:
        """Claims a and b are aligned with each other directly (threshold and key-overlap
        gate), not only through other members of their cluster."""
        if self.parts:
            part = self._part_of(a, b)
            return part.aligned(self.local[a], self.local[b]) if part else False
        return min(a, b) * self.size + max(a, b) in self.linkable

    def _part_of(self, a: int, b: int) -> Alignment | None:
        """The batch alignment holding both claims (None: they were never compared)."""
        batch = self.batch_of[a]
        return self.parts[batch] if batch == self.batch_of[b] else None


@dataclass(frozen=True)
class Scored:
    """Every candidate pair with its text similarity and combined score."""
    a: np.ndarray
    b: np.ndarray
    text: np.ndarray
    cosine: np.ndarray
    score: np.ndarray
    near: np.ndarray  # same-quantity figures within `figure_near_ratio` (where checked)
    distinctive: list = field(default_factory=list)  # per claim: its rare word/term keys
    names: list = field(default_factory=list)  # per claim: its anchoring entity keys
    figures: list = field(default_factory=list)  # per claim: its key figures (computed once)
    speaker: np.ndarray | None = None  # per claim: named-speaker id, -1 for none
    ranges: tuple | None = None  # `figure_ranges(figures)`, computed once
    lone: list = field(default_factory=list)  # per claim: its words one other claim holds
    near_checked: np.ndarray | None = None  # per pair: `near` was computed (False or True)
    near_memo: dict = field(default_factory=dict)  # (a, b), a < b, one figure each -> near


def align_claims(
    claims: Sequence[Claim],
    story_of: Sequence[int],
    article_of: Sequence[int],
    settings: CompareSettings,
    fact_kind: Sequence[int] | None = None,
    sentences: Sequence[Claim] | None = None,
) -> Alignment:
    """fact_kind: per claim, `units.WHOLE` or the kind of the one fact an alignment unit
    holds (`units.FIGURE`, `units.DATE`); a figure unit and a date unit never pair (their
    sentences meet through their units of one kind). sentences: per claim, the whole
    sentence an alignment unit was cut from (default: the claims themselves)."""
    with collector_paused():
        context = (english_vocabulary(claims), media_words(c.outlet for c in claims))
        batches = story_batches(story_of, settings.align_batch_units)
        if len(batches) == 1:
            return _align(claims, story_of, article_of, settings, fact_kind, sentences, context)
        job = (claims, story_of, article_of, settings, fact_kind, sentences, context, batches)
        processes = worker_processes(settings, len(claims), len(batches))
        done = in_processes(_align_batch, job, len(batches), processes)
        return merged(list(zip(batches, done)), len(claims))


def _align_batch(job: tuple, k: int, one_of_many: bool = False) -> Alignment:
    """Batch k of `job`; one_of_many: a worker process among others, which scores its pairs
    on one thread (the processes share the cores)."""
    claims, story_of, article_of, settings, fact_kind, sentences, context, batches = job
    members = batches[k]
    if one_of_many:
        settings = replace(settings, workers=1)
    return _align(
        [claims[i] for i in members], [story_of[i] for i in members],
        [article_of[i] for i in members], settings,
        None if fact_kind is None else [fact_kind[i] for i in members],
        None if sentences is None else [sentences[i] for i in members], context)


def story_batches(story_of: Sequence[int], most: int) -> list[list[int]]:
    """Claim indexes (ascending) in batches of whole stories, each of at most `most` claims
    unless one story alone is bigger. Claims pair only within a story, so batches align
    apart; small batches keep the working set small (`CompareSettings.align_batch_units`)."""
    by_story: dict[int, list[int]] = {}
    for i, story in enumerate(story_of):
        by_story.setdefault(story, []).append(i)
    batches: list[list[int]] = []
    current: list[int] = []
    for members in by_story.values():
        if current and len(current) + len(members) > most:
            batches.append(sorted(current))
            current = []
        current.extend(members)
    if current or not batches:
        batches.append(sorted(current))
    return batches


def merged(parts: list[tuple[list[int], Alignment]], n: int) -> Alignment:
    """One alignment of `n` claims from alignments of batches (their claim indexes): indexes
    mapped back (ascending within a batch, so a < b stays a < b), cluster indexes offset;
    pair lookups go to the batch (`Alignment.parts`)."""
    clusters: list[list[int]] = []
    links: list[Link] = []
    link_cluster: list[int] = []
    extra: set[tuple[int, int]] = set()
    timings: dict[str, float] = {}
    batch_of, local = [0] * n, [0] * n
    candidates = 0
    for batch, (members, part) in enumerate(parts):
        offset = len(clusters)
        clusters.extend([members[i] for i in cluster] for cluster in part.clusters)
        links.extend(Link(members[l.a], members[l.b], l.score, l.text) for l in part.links)
        link_cluster.extend(k + offset for k in part.link_cluster)
        extra.update((members[i], k + offset) for i, k in part.extra)
        for i, claim in enumerate(members):
            batch_of[claim], local[claim] = batch, i
        for step, seconds in part.timings.items():
            timings[step] = timings.get(step, 0.0) + seconds
        candidates += part.candidates
    return Alignment(clusters, links, candidates, timings, size=n, link_cluster=link_cluster,
                     extra=frozenset(extra), parts=tuple(part for _, part in parts),
                     batch_of=batch_of, local=local)


@contextmanager
def collector_paused():
    """Alignment (and the unit split before it) allocates millions of small containers
    (keys, sets, tuples) and frees none until it returns: the cyclic collector would rescan
    every live claim again and again (a third of the time at 50k claims) for nothing."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _align(claims: Sequence[Claim], story_of: Sequence[int], article_of: Sequence[int],
           settings: CompareSettings, fact_kind: Sequence[int] | None = None,
           sentences: Sequence[Claim] | None = None, context: tuple | None = None) -> Alignment:
    n = len(claims)
    timings: dict[str, float] = {}
    scored = score_pairs(claims, story_of, article_of, settings, timings, fact_kind, context)
    if len(scored.a) == 0:
        return Alignment([[i] for i in range(n)], [], 0, timings, size=n)
    clock = time.perf_counter()
    cands, text, score = scored, scored.text, scored.score
    figs = scored.figures
    articles = np.asarray(article_of, dtype=np.int64)
    ok = (score >= settings.link_threshold) & (
        (cands.cosine >= settings.min_key_overlap) | (text >= settings.text_only_threshold)
        | scored.near)
    ok &= ~two_statements(claims, cands.a, cands.b, ok)
    ok &= ~separate_events(claims, cands.a, cands.b, ok)
    ok &= ~other_counts(claims if sentences is None else sentences, scored, ok, settings)
    ok &= ~other_people(claims, scored, ok, settings)
    ok &= ~other_roles(claims, scored, ok)
    strong = (text >= settings.strong_text) & (cands.cosine >= settings.strong_keys)
    ok &= anchored(claims, scored, ok & (text < settings.anchor_text_bar) & ~strong, settings)
    order = np.argsort(-score[ok], kind="stable")
    picked_a = cands.a[ok][order].tolist()
    picked_b = cands.b[ok][order].tolist()
    picked_s = np.minimum(score[ok][order], 1.0).tolist()
    picked_t = text[ok][order].tolist()

    # Pair scores for the average-linkage check (only pairs worth remembering).
    keep_pairs = score >= settings.link_threshold * 0.5
    pair_score = dict(zip((cands.a[keep_pairs] * n + cands.b[keep_pairs]).tolist(),
                          score[keep_pairs].tolist()))

    uf = UnionFind(n)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    members_articles: dict[int, set[int]] = {i: {x} for i, x in enumerate(articles.tolist())}
    links: list[Link] = []

    refused: set[tuple[int, int, int, int]] = set()
    parent = uf.parent
    for a, b, s, t in zip(picked_a, picked_b, picked_s, picked_t):
        # `uf.find` inlined (path halving): the two calls per picked pair cost more than this
        ra = a
        while parent[ra] != ra:
            parent[ra] = ra = parent[parent[ra]]
        rb = b
        while parent[rb] != rb:
            parent[rb] = rb = parent[parent[rb]]
        if ra == rb or not members_articles[ra].isdisjoint(members_articles[rb]):
            continue  # already together, or would hold two claims of one article
        attempt = (ra, rb, len(members[ra]), len(members[rb]))
        if attempt in refused:
            continue
        if not _cohesive(members[ra], members[rb], pair_score, n, settings.min_average_link):
            refused.add(attempt)  # same two clusters, same verdict: do not recount
            continue  # one strong pair must not chain two unrelated clusters together
        parent[rb] = ra  # both are roots: what `uf.union(ra, rb)` does
        root, other = ra, rb
        members_articles[root] |= members_articles.pop(other)
        members[root].extend(members.pop(other))
        links.append(Link(a, b, round(s, 4), t))
    timings["cluster"] = time.perf_counter() - clock
    clock = time.perf_counter()
    roots = uf.roots()
    root_of = roots.tolist()
    # Only pairs across clusters with a claim holding two facts can add a membership:
    # filter them in numpy so the Python pass stays small on large runs.
    pa, pb = np.asarray(picked_a, dtype=np.int64), np.asarray(picked_b, dtype=np.int64)
    many = np.fromiter((len(f) + len(c.dates) + len(nm) >= 2 or bool(f)
                        for c, f, nm in zip(claims, figs, scored.names)), bool, n)
    across = np.flatnonzero((roots[pa] != roots[pb]) & (many[pa] | many[pb])).tolist() if (
        settings.max_extra_clusters > 0) else []
    facts: dict[int, tuple] = {}

    def facts_at(i: int) -> tuple:
        found = facts.get(i)
        if found is None:
            found = facts[i] = claim_facts(claims[i], figs[i], scored.names[i])
        return found

    extras = extra_memberships(
        claims, [(picked_a[k], picked_b[k], picked_s[k], picked_t[k]) for k in across],
        root_of, members, members_articles, articles.tolist(), pair_score, facts_at, settings,
        scored.near_memo)
    clusters = uf.components()
    index_of_root = {root_of[m[0]]: k for k, m in enumerate(clusters)}
    link_cluster = [index_of_root[root_of[l.a]] for l in links]
    extra: set[tuple[int, int]] = set()
    for x in extras:
        k = index_of_root[x.root]
        clusters[k].append(x.claim)
        extra.add((x.claim, k))
        links.append(Link(x.claim, x.partner, round(min(x.score, 1.0), 4), x.text))
        link_cluster.append(k)
    timings["facets"] = time.perf_counter() - clock
    linkable = frozenset((cands.a[ok] * n + cands.b[ok]).tolist())
    return Alignment(clusters, links, int(len(cands.a)), timings, pair_score, n, linkable,
                     link_cluster, frozenset(extra))


def score_pairs(claims: Sequence[Claim], story_of: Sequence[int], article_of: Sequence[int],
                settings: CompareSettings, timings: dict | None = None,
                fact_kind: Sequence[int] | None = None, context: tuple | None = None) -> Scored:
    """Blocking and scoring: the candidate pairs (claims of one story, different articles)
    with their combined score (before the clustering step). context: the whole run's
    (English vocabulary, outlet words) when `claims` is one batch of it."""
    timings = timings if timings is not None else {}
    clock = time.perf_counter()
    vocab, media = context or (english_vocabulary(claims), media_words(c.outlet for c in claims))
    weight = {**KIND_WEIGHT, "term": settings.generic_entity_weight}
    # one (name, weight) object per distinct key, so equal keys are one object everywhere
    named: dict[tuple[str, str], tuple[str, float]] = {}
    named_words: dict[str, tuple[str, float]] = {}

    def name(kind_key: tuple[str, str]) -> tuple[str, float]:
        found = named.get(kind_key)
        if found is None:
            kind, key = kind_key
            found = named[kind_key] = (f"{kind[:2]}:{key}", weight[kind])
        return found

    def word_keys(found: list[str]) -> list[tuple[str, float]]:
        out = []
        for word in dict.fromkeys(found):
            key = named_words.get(word)
            if key is None:
                key = named_words[word] = name(("word", word))
            out.append(key)
        return out

    # Alignment units of one sentence (`compare.units`) share its English: read it, and
    # key its words, once. Words are the bulk of the keys: keyed apart from `claim_keys`,
    # without a (kind, key) tuple per word.
    seen_words: dict[tuple[int, str], tuple[list[str], list, list[str]]] = {}
    words, word_keyed, leftovers = [], [], []
    for c in claims:
        found = seen_words.get((id(c.text_en), c.id))
        if found is None:
            leftover: list[str] = []
            matched = matching_words(c, vocab, leftover)
            found = seen_words[(id(c.text_en), c.id)] = (matched, word_keys(matched), leftover)
        words.append(found[0])
        word_keyed.append(found[1])
        leftovers.append(found[2])
    forms = [" ".join(w) for w in words]
    # key figures feed keys, the figure bonus, anchors and evidence: filter each claim once
    figs = [key_figures(c, settings.min_bare_figure_key) for c in claims]
    known = named.get
    keys = [[known(k) or name(k) for k in claim_keys(c, (), media=media, figures=f,
                                                      min_bare=settings.min_bare_figure_key)]
            + keyed for c, keyed, f in zip(claims, word_keyed, figs)]
    # Words of glossary-only English the lexicon wrote and two source languages share
    # (`anchors.lexicon_keys`): the run's English originals never use them, so `keyed` has
    # them not, and a Pashto and an Urdu sentence on rotting "grapes and pomegranates" were
    # never even compared. They propose pairs, score lightly and anchor.
    # Names the glossary does not know, by their consonants (`anchors.name_keys`), likewise.
    lexicon = lexicon_keys(claims, leftovers, settings.lexicon_key_weight)
    unknown_names = name_keys(claims, leftovers, settings.name_key_weight)
    keys = [item + words + names if words or names else item
            for item, words, names in zip(keys, lexicon, unknown_names)]

    def keep(df: np.ndarray, group_size: np.ndarray, names: list) -> np.ndarray:
        is_word = np.fromiter((name.startswith("wo:") for name in names), bool, len(names))
        rare = df <= np.maximum(settings.block_min, settings.rare_word_max_df * group_size)
        return ~is_word | rare

    def block(df: np.ndarray, group_size: np.ndarray, names: list) -> np.ndarray:
        return df <= np.maximum(settings.block_min, settings.block_max_share * group_size)

    timings["keys"] = time.perf_counter() - clock
    clock = time.perf_counter()
    articles = np.asarray(article_of, dtype=np.int64)
    cands = candidate_pairs(keys, story_of, keep=keep, block=block,
                            max_block=settings.max_block, distinct=articles)
    if fact_kind is not None and len(cands.a):
        # one fact's unit (FIGURE 1 / DATE 2) meets whole claims without facts (0), the
        # other sentences' units of its kind, and whole claims whose one fact is of its
        # kind (WHOLE_FIGURE 3 / WHOLE_DATE 4): never the other kind, whose unit of the same
        # sentence is there for it.
        kind = np.asarray(fact_kind, dtype=np.int8)
        ka, kb = kind[cands.a], kind[cands.b]
        fa, fb = np.where(ka > 2, ka - 2, ka), np.where(kb > 2, kb - 2, kb)  # fact kind or 0
        unit_a, unit_b = (ka == 1) | (ka == 2), (kb == 1) | (kb == 2)
        keep_pair = (~(unit_a | unit_b) | (fa == 0) | (fb == 0) | (fa == fb)) & ~(
            (ka + kb == 7) & (ka > 2) & (kb > 2))
        cands = Candidates(cands.a[keep_pair], cands.b[keep_pair], cands.cosine[keep_pair],
                           cands.shared[keep_pair])
    timings["block"] = time.perf_counter() - clock
    if len(cands.a) == 0:
        distinctive, names, lone = distinctive_keys(keys, story_of, article_of, settings,
                                                    media)
        empty = np.zeros(0)
        return Scored(cands.a, cands.b, empty, empty, empty, np.zeros(0, dtype=bool),
                      distinctive, names, figs, lone=lone)
    # rapidfuzz releases the GIL: the per-claim Python work that does not need the text
    # scores runs meanwhile, on the core its threads leave
    with ThreadPoolExecutor(1) as pool:
        scoring = pool.submit(_text_similarity, forms, words, cands, settings.workers)
        distinctive, names, lone = distinctive_keys(keys, story_of, article_of, settings,
                                                    media)
        speakers = [named_speaker(c, media) for c in claims]
        weak_claim = np.array([is_glossary_only(c) for c in claims], dtype=bool)
        has_figure = np.array([bool(f) for f in figs], dtype=bool)
        ranges = figure_ranges(figs)
        text, timings["text"] = scoring.result()
    speaker_ids = {s: i for i, s in enumerate(dict.fromkeys(s for s in speakers if s))}
    sp = np.array([speaker_ids.get(s, -1) for s in speakers], dtype=np.int64)
    same_speaker = (sp[cands.a] >= 0) & (sp[cands.a] == sp[cands.b])

    weak = weak_claim[cands.a] | weak_claim[cands.b]
    text_w = np.where(weak, settings.weak_text_weight, settings.text_weight)
    key_w = np.where(weak, settings.weak_key_weight, settings.key_weight)
    score = text_w * text + key_w * cands.cosine + settings.speaker_bonus * same_speaker
    # The figure/date bonus needs the quantity rules (Python), so it is only checked where
    # it can lift a pair over the threshold.
    # Near figures also stand in for key overlap (the `min_key_overlap` gate): "1.7 million"
    # and "nearly 2 million" share no number key, yet are the strongest evidence there is.
    both = has_figure[cands.a] & has_figure[cands.b]
    borderline = (score < settings.link_threshold) & (
        score >= settings.link_threshold - settings.figure_bonus)
    gated = (score >= settings.link_threshold) & (cands.cosine < settings.min_key_overlap)
    near = np.zeros(len(score), dtype=bool)
    toll_window = (score < settings.link_threshold) & (
        score >= settings.link_threshold - settings.toll_bonus)
    maybe = both & (borderline | gated | toll_window)
    maybe &= may_be_near(figs, cands.a, cands.b, settings, ranges)
    # one figure each (most alignment units): the pair's answer is its one figure pair's,
    # which the second-membership pass asks again (`facets.shared_facts`)
    near_memo: dict[tuple[int, int], bool] = {}
    for k, a, b in zip(*(x.tolist() for x in (np.flatnonzero(maybe), cands.a[maybe],
                                              cands.b[maybe]))):
        found = near_pair(claims[a], figs[a], claims[b], figs[b], settings)
        if len(figs[a]) == 1 and len(figs[b]) == 1:
            near_memo[(a, b)] = found
        near[k] = found
    # a toll (near figures sharing a fate) earns more, and from further apart (up to
    # `toll_near_ratio`): "some 1,200 trucks stranded" against "more than 3,000 stranded"
    wide = replace(settings, figure_near_ratio=settings.toll_near_ratio)
    toll = np.zeros(len(score), dtype=bool)
    tolls = both & toll_window & may_be_near(figs, cands.a, cands.b, wide, ranges)
    for k, a, b in zip(*(x.tolist() for x in (np.flatnonzero(tolls), cands.a[tolls],
                                              cands.b[tolls]))):
        toll[k] = near_toll(claims[a], figs[a], claims[b], figs[b], wide)
    score += np.where(toll, settings.toll_bonus,
                      np.where(near & borderline, settings.figure_bonus, 0.0))
    near |= toll
    if settings.date_bonus or settings.event_day_bonus:
        add_date_bonus(claims, cands.a, cands.b, score, settings, near,
                       gated & ~near & (score >= settings.link_threshold))
    return Scored(cands.a, cands.b, text, cands.cosine, score, near, distinctive, names, figs, sp,
                  ranges, lone, near_checked=maybe, near_memo=near_memo)


def _text_similarity(forms: list[str], words: list[list[str]], cands: Candidates,
                     workers: int) -> tuple[np.ndarray, float]:
    """(per pair: mean of token_set_ratio and token_sort_ratio in [0, 1], seconds taken)."""
    clock = time.perf_counter()
    forms = np.array(forms, dtype=object)
    # token_sort_ratio == ratio of the token-sorted strings: sort each claim once, not per pair
    sorted_forms = np.array([" ".join(sorted(w)) for w in words], dtype=object)
    text = (process.cpdist(forms[cands.a], forms[cands.b], scorer=fuzz.token_set_ratio,
                           workers=workers)
            + process.cpdist(sorted_forms[cands.a], sorted_forms[cands.b], scorer=fuzz.ratio,
                             workers=workers))
    return np.asarray(text, dtype=np.float64) / 200.0, time.perf_counter() - clock


def _cohesive(xs: list[int], ys: list[int], pair_score: dict, n: int, minimum: float) -> bool:
    """Average linkage: mean score over all cross pairs (unscored pairs count 0)."""
    if len(xs) == 1 and len(ys) == 1:
        return True
    total = 0.0
    get = pair_score.get
    size = len(xs) * len(ys)
    for x in xs:
        for y in ys:
            total += get(x * n + y if x < y else y * n + x, 0.0)
        if total / size >= minimum:
            return True  # the pairs left only add (scores are >= 0): the verdict stands
    return False
