"""Story grouping: articles about the same event, whatever their language, end up together.

Each article becomes a set of keys — glossary entity ids and figures/dates from all its
claims, the weeks of its date and of the dates it mentions, English words from its title and
leading claims (not from glossary-only English) — weighted by rarity (IDF). Articles
whose weighted cosine reaches `story_threshold` are linked; stories are the connected
components. Two articles that report different kinds of event (`kinds.py`: a heatwave and a
cricket match of one week on the same provinces), or two attacks reported weeks apart, never
link. A story's label is the title of its most central English article (or, with none in
English, the English of the most central article's lead claim).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from xsource.compare.kinds import different_events, event_kinds, kind_keys, point_events
from xsource.compare.measurement import day_number
from xsource.compare.places import article_place, lie_apart, places_named
from xsource.compare.settings import CompareSettings
from xsource.compare.sparse import UnionFind, candidate_pairs
from xsource.compare.subjects import GroupSubjects, share_a_subject, subject_keys
from xsource.compare.text import (
    content_words,
    entity_key,
    figures,
    is_media,
    media_words,
    number_key,
    week_keys,
)
from xsource.ingest.credit import strip_dateline
from xsource.records import AnalyzedArticle, Claim


@dataclass(frozen=True)
class Story:
    id: str
    label: str
    members: tuple[int, ...]  # indexes into the analysed articles


def article_lang(item: AnalyzedArticle) -> str:
    if item.claims:
        return item.claims[0].lang
    return item.detection.lang


def glossary_only(item: AnalyzedArticle) -> bool:
    """English made word-by-word from the glossary: its leftover transliterations ("hagho",
    "aestal") are noise for word matching, so only its entities, figures and dates count."""
    return (article_lang(item) != "en" and bool(item.translations)
            and all(t.backend == "glossary" for t in item.translations))


def story_keys(item: AnalyzedArticle, settings: CompareSettings,
               media: tuple[frozenset[str], ...] = ()) -> list[tuple[str, float]]:
    """media: the run's outlets (`text.media_words`). An outlet named in the text ("told VOA")
    says who reported, not what: VOA Urdu's Gwadar attack and VOA Deewa's Kandahar bombing of
    one day met on "VOA" as a subject."""
    keys: dict[str, float] = {}
    for claim in item.claims:
        for entity in claim.entities:
            if media and is_media(entity, media):
                continue
            keys["e:" + entity_key(entity)] = settings.story_entity_weight
        for number in figures(claim):
            keys["n:" + number_key(number.value)] = settings.story_number_weight
        for mention in claim.dates:
            if mention.value and len(mention.value) == 10:
                keys["d:" + mention.value] = settings.story_number_weight
                for key in week_keys(mention.value):
                    keys["dw:" + key] = settings.story_week_weight
    if item.article.date:
        for key in week_keys(item.article.date):
            keys["aw:" + key] = settings.story_week_weight
    if not glossary_only(item):
        english = [item.article.title] if article_lang(item) == "en" else []
        english += [c.text_en for c in item.claims[: settings.story_lead_claims]]
        for word in content_words(" ".join(english)):
            keys.setdefault("w:" + word, settings.story_word_weight)
    return list(keys.items())


# Below this many articles every key blocks and scores: in a folder of one story told by a
# dozen outlets most keys are held by most articles, and leaving them out of blocking leaves
# pairs unscored (0) that the average-link tests then read as unrelated.
_SMALL_RUN = 16


def group_stories(analyzed: Sequence[AnalyzedArticle], settings: CompareSettings) -> list[Story]:
    n = len(analyzed)
    if n == 0:
        return []
    media = media_words(item.article.outlet for item in analyzed)
    keys = [story_keys(item, settings, media) for item in analyzed]

    def keep(df: np.ndarray, group_size: np.ndarray, names: list) -> np.ndarray:
        # Only near-universal keys are noise. A key most articles share still scores (IDF
        # weighs it down): when one story dominates the input, its own keys are the common
        # ones, and dropping them would shatter it.
        if n < _SMALL_RUN:
            return np.ones(len(df), dtype=bool)
        return df <= np.maximum(2, settings.story_max_df_score * group_size)

    def block(df: np.ndarray, group_size: np.ndarray, names: list) -> np.ndarray:
        if n < _SMALL_RUN:
            return np.ones(len(df), dtype=bool)
        return df <= np.maximum(2, settings.story_max_df * group_size)

    cands = candidate_pairs(keys, np.zeros(n, dtype=np.int64), keep=keep, block=block,
                            max_block=max(settings.max_block, 2))
    # told apart as two events, a pair scores nothing: it neither links nor lifts the
    # average similarity of the groups it stands between
    kinds = event_kinds(analyzed, settings.story_lead_claims, settings.story_kind_mentions)
    days = _publication_days(analyzed)
    point = point_events(kinds, cands.a, cands.b)
    apart = different_events(kinds, cands.a, cands.b) | (point & (
        ~_published_close(days, cands.a, cands.b, settings.story_point_event_days)
        | _places_apart(analyzed, cands.a, cands.b, point, settings.story_lead_claims)))
    cands = replace(cands, cosine=np.where(apart, 0.0, cands.cosine))
    linked = (cands.cosine >= settings.story_threshold) & (
        cands.shared >= settings.story_min_shared)
    uf = UnionFind(n)
    centrality = np.zeros(n)
    # A strong link stands on its own. Weak links must be mutual nearest neighbours (a stray
    # coincidence is nobody's best link), counted between groups of strongly linked
    # articles: syndicated near-copies would otherwise fill each other's neighbour lists
    # and cut themselves off from the rest of their story.
    # However similar, two articles published months apart, or sharing nothing but their
    # week, tell two events: the Besham convoy (March) and the Karachi airport (October)
    # attacks on Chinese engineers, the Herat quake and a transit fee announced that week.
    linked &= _published_close(days, cands.a, cands.b, settings.story_max_days_apart)
    subjects_of = subject_keys(keys)
    linked &= share_a_subject(subjects_of, cands.a, cands.b, linked)
    strong = linked & (cands.cosine >= settings.story_strong_link)
    subjects = GroupSubjects([found + kind_keys(kinds, row)
                              for row, found in enumerate(subjects_of)])
    for a, b in zip(cands.a[strong].tolist(), cands.b[strong].tolist()):
        subjects.join(uf, a, b, check=False)
    weak = np.flatnonzero(linked & ~strong)
    if len(weak):
        keep = _weak_links_between_groups(cands, weak, uf, n, settings)
        # strongest first: an article weakly linked to two groups joins its own story's
        # group before the other's group can grow past `GroupSubjects.MIN` with it
        keep = keep[np.argsort(-cands.cosine[keep], kind="stable")]
        joined = [subjects.join(uf, int(cands.a[i]), int(cands.b[i])) for i in keep.tolist()]
        keep = keep[np.asarray(joined, dtype=bool)]  # a join refused is no link
        strays = _strays_to_their_neighbours(cands, weak, uf, n)
        for i in strays.tolist():
            subjects.join(uf, int(cands.a[i]), int(cands.b[i]))
        keep = np.union1d(keep, strays)
        linked = strong.copy()
        linked[keep] = True
    for a, b, s in zip(cands.a[linked].tolist(), cands.b[linked].tolist(),
                       cands.cosine[linked].tolist()):
        centrality[a] += s
        centrality[b] += s
    _join_halves(cands, uf, n, settings.story_average_link, days, settings.story_max_days_apart,
                 subjects)
    groups = uf.components()
    # Biggest story first; ties by earliest input so ids are stable across runs.
    groups.sort(key=lambda members: (-len(members), min(members)))
    stories = []
    for number, members in enumerate(groups, 1):
        members = sorted(members)
        stories.append(Story(id=f"s{number}", label=_label(analyzed, members, centrality),
                             members=tuple(members)))
    return stories


def _join_halves(cands, uf: UnionFind, n: int, minimum: float, days: np.ndarray | None = None,
                 max_days: int = 0, subjects: GroupSubjects | None = None) -> None:
    """Join the groups of one story that linking left apart: two groups whose average
    similarity over all their article pairs reaches `minimum` (the average-link test of
    `_weak_links_between_groups`, asked again of the groups linking made). Neighbour lists
    are short, so a third story close to both can take the slots that would have joined two
    halves of one; measured on the held-out sets together, halves of one story average 0.10
    and different stories at most 0.07. The best pairs join first, then averages are
    recomputed. Groups published more than `max_days` apart (`days`: per article, -1 when
    unknown) never join: the March and the December strikes in Paktika are two stories, however
    much the December reports recall March."""
    refused: set[tuple[int, int]] = set()
    while True:
        root = uf.roots()
        size = np.bincount(root, minlength=n)
        ra, rb = root[cands.a], root[cands.b]
        apart = ra != rb
        if not apart.any():
            return
        lo, hi = np.minimum(ra, rb)[apart], np.maximum(ra, rb)[apart]
        codes, inverse = np.unique(lo * n + hi, return_inverse=True)
        total = np.bincount(inverse, cands.cosine[apart], minlength=len(codes))
        average = total / (size[codes // n] * size[codes % n])
        ready = np.flatnonzero(average >= minimum)
        ready = ready[[(int(c // n), int(c % n)) not in refused for c in codes[ready].tolist()]]
        if days is not None and len(ready):
            ready = ready[_close_in_time(codes[ready] // n, codes[ready] % n, root, days,
                                         max_days)]
        if len(ready) == 0:
            return
        # best pairs first, each group at most once a round (its averages change once it
        # grows): a big story in many pieces takes a few rounds, not one per piece
        touched: set[int] = set()
        for k in ready[np.argsort(-average[ready], kind="stable")].tolist():
            x, y = int(codes[k] // n), int(codes[k] % n)
            if x not in touched and y not in touched:
                touched.update((x, y))
                if subjects is None:
                    uf.union(x, y)
                elif not subjects.join(uf, x, y):
                    refused.add((x, y))


def _close_in_time(x: np.ndarray, y: np.ndarray, root: np.ndarray, days: np.ndarray,
                   max_days: int) -> np.ndarray:
    """Per pair of groups (roots): their known publication days come within `max_days` of
    each other, or one group has none."""
    known = days >= 0
    first = np.full(len(root), np.iinfo(np.int64).max, dtype=np.int64)
    last = np.full(len(root), -1, dtype=np.int64)
    np.minimum.at(first, root[known], days[known])
    np.maximum.at(last, root[known], days[known])
    undated = (last[x] < 0) | (last[y] < 0)
    gap = np.maximum(first[x] - last[y], first[y] - last[x])
    return undated | (gap <= max_days)


def _strays_to_their_neighbours(cands, weak: np.ndarray, uf: UnionFind, n: int,
                                top: int = 3) -> np.ndarray:
    """Weak links (indexes into `cands`) that bring a lone article into the group its own
    nearest neighbours are in: of its `top` strongest weak links, at least two land in one
    group. In a big story (twenty articles and more) a peripheral article is in nobody's
    five best links, so the mutual-neighbour test leaves it alone although every link it has
    points into that story; an article of another story has no such links to begin with."""
    root = uf.roots()
    size = np.bincount(root, minlength=n)
    # each weak link listed under both its ends, sorted by end: one slice per lone article
    ends = np.concatenate([cands.a[weak], cands.b[weak]])
    links = np.concatenate([weak, weak])
    order = np.argsort(ends, kind="stable")
    ends, links = ends[order], links[order]
    out = []
    for item in np.flatnonzero(size[root] == 1).tolist():
        mine = links[np.searchsorted(ends, item):np.searchsorted(ends, item, side="right")]
        if len(mine) < 2:
            continue
        best = mine[np.argsort(-cands.cosine[mine], kind="stable")[:top]]
        other = np.where(cands.a[best] == item, cands.b[best], cands.a[best])
        groups, counts = np.unique(root[other], return_counts=True)
        if counts.max() >= 2:
            target = groups[np.argmax(counts)]
            out.append(int(best[root[other] == target][0]))
    return np.asarray(out, dtype=np.int64)


def _places_apart(analyzed: Sequence[AnalyzedArticle], a: np.ndarray, b: np.ndarray,
                  check: np.ndarray, lead_claims: int = 6) -> np.ndarray:
    """Per `check`ed pair: each article is about a place (`places.article_place`), neither
    place lies in or around the other, and neither article names the other's place at all.
    Two attacks of one week in Gwadar and in Besham are two events, however much both
    reports say of Chinese interests and the BLA; a report on the Besham bombing that is
    mostly about the Dasu project its victims worked on still names Besham, and one on
    strikes in Khost names the North Waziristan attack they answered."""
    out = np.zeros(len(a), dtype=bool)
    rows = np.flatnonzero(check)
    if len(rows) == 0:
        return out
    items = np.unique(np.concatenate([a[rows], b[rows]])).tolist()
    home = {i: article_place(analyzed[i].claims) for i in items}
    named = {i: places_named(analyzed[i].claims[:lead_claims]) for i in items
             if home[i] is not None}

    def apart(x: int, y: int) -> bool:
        hx, hy = home[x], home[y]
        return (hx is not None and hy is not None and lie_apart((hx,), (hy,))
                and hx not in named[y] and hy not in named[x])

    out[rows] = [apart(x, y) for x, y in zip(a[rows].tolist(), b[rows].tolist())]
    return out


def _day(item: AnalyzedArticle) -> int | None:
    return day_number(item.article.date or "")


def _publication_days(analyzed: Sequence[AnalyzedArticle]) -> np.ndarray:
    """Per article, its publication day as an ordinal; -1 when unknown."""
    return np.array([-1 if (d := _day(item)) is None else d for item in analyzed],
                    dtype=np.int64)


def _published_close(days: np.ndarray, a: np.ndarray, b: np.ndarray,
                     max_days: int) -> np.ndarray:
    """Per pair: published at most `max_days` apart, or a date is unknown (`days`:
    `_publication_days`)."""
    da, db = days[a], days[b]
    return (da < 0) | (db < 0) | (np.abs(da - db) <= max_days)


def _weak_links_between_groups(cands, weak: np.ndarray, uf: UnionFind, n: int,
                               settings: CompareSettings) -> np.ndarray:
    """Which weak links (indexes into `cands`) join their groups of strongly linked articles.

    Two groups join when their strongest weak link is among each group's
    `story_neighbours` best links to other groups (mutual nearest neighbours), and the
    average similarity over all their article pairs reaches `story_average_link` (average
    link): one coincidental pair between two large stories is not enough. For single
    articles both tests reduce to the article-level ones."""
    root = uf.roots()
    size = np.bincount(root, minlength=n)
    ra, rb = root[cands.a], root[cands.b]
    apart = ra != rb
    lo_all, hi_all = np.minimum(ra, rb)[apart], np.maximum(ra, rb)[apart]
    pair_code = lo_all * n + hi_all
    codes, inverse = np.unique(pair_code, return_inverse=True)
    total = np.bincount(inverse, cands.cosine[apart], minlength=len(codes))
    average = total / (size[codes // n] * size[codes % n])

    weak = weak[apart[weak]]
    if len(weak) == 0:
        return weak
    lo, hi = np.minimum(ra[weak], rb[weak]), np.maximum(ra[weak], rb[weak])
    # the strongest weak link between two groups speaks for the pair
    order = np.lexsort((-cands.cosine[weak], hi, lo))
    weak, lo, hi = weak[order], lo[order], hi[order]
    first = np.r_[True, (lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])]
    weak, lo, hi = weak[first], lo[first], hi[first]
    avg = average[np.searchsorted(codes, lo * n + hi)]
    ok = avg >= settings.story_average_link
    ok &= mutual_top_k(lo, hi, cands.cosine[weak], ok, settings.story_neighbours)
    return weak[ok]


def mutual_top_k(a: np.ndarray, b: np.ndarray, weight: np.ndarray, mask: np.ndarray,
                 k: int) -> np.ndarray:
    """Keep an edge only if each end is among the other's k strongest: a stray coincidence
    between two stories is rarely anyone's best link, and one such edge would otherwise
    merge both stories (connected components chain)."""
    idx = np.flatnonzero(mask)
    if k <= 0 or len(idx) == 0:
        return mask
    src = np.concatenate([a[idx], b[idx]])
    w = np.concatenate([weight[idx], weight[idx]])
    edge = np.concatenate([idx, idx])
    order = np.lexsort((-w, src))
    src, edge = src[order], edge[order]
    starts = np.r_[0, np.flatnonzero(src[1:] != src[:-1]) + 1]
    rank = np.arange(len(src)) - np.repeat(starts, np.diff(np.r_[starts, len(src)]))
    votes = np.bincount(edge[rank < k], minlength=len(mask))
    return mask & (votes == 2)


def _label(analyzed: Sequence[AnalyzedArticle], members: list[int], centrality) -> str:
    ranked = sorted(members, key=lambda i: (-centrality[i], i))
    for i in ranked:
        item = analyzed[i]
        if article_lang(item) == "en" and item.article.title.strip():
            return item.article.title.strip()
    for i in ranked:
        if analyzed[i].claims:
            return shorten(label_text(analyzed[i].claims[0]))
    return analyzed[ranked[0]].article.title.strip()


def label_text(claim: Claim) -> str:
    """A claim as a label: an English original as the outlet wrote it (its text_en respells
    names the glossary's way) without its dateline, which names no fact; other languages in
    English."""
    if claim.lang == "en":
        return strip_dateline(claim.text)
    return claim.text_en or claim.text


def shorten(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
