"""Second cluster memberships: a sentence that carries two facts belongs with both.

"1.73 million are undocumented, out of a total of about 4.4 million" states the undocumented
figure and the total; "the October 31 deadline applied to nearly 2 million" states the
deadline and a figure. Best-first clustering puts each claim in one cluster, so the other
fact's cluster would miss this outlet (a false omission, a lost agreement or conflict).

After clustering, a claim joins another cluster of its story when
  * it is linked to one of that cluster's claims by a pair that passes every link rule,
  * that link rests on a fact of the claim (a figure, an exact date, a specific name) that no
    claim of its own cluster shares with it: a second fact, not the same fact again,
  * the cluster holds no claim of its article (one claim per article, as everywhere), and
  * the mean score to the cluster's claims reaches `min_average_link` (the merge rule).
A claim joins at most `CompareSettings.max_extra_clusters` clusters, the best first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from xsource.compare.figures import near_figure
from xsource.compare.neardates import days_near
from xsource.compare.settings import CompareSettings
from xsource.records import Claim


@dataclass(frozen=True)
class ExtraMember:
    claim: int  # claim index
    root: int  # union-find root of the cluster it joins
    partner: int  # the member it is linked to (for the link row and its evidence)
    score: float
    text: float  # text similarity of that pair


def claim_facts(claim: Claim, figures: list, names: frozenset) -> tuple:
    """(figures, exact dates, specific names) of one claim: what a second fact can be.
    Place names are left out: "in Nangarhar" says where, and a customs count and a jirga
    in one province are two facts, not one told twice."""
    dates = frozenset(d.value for d in claim.dates if d.value and d.calendar != "relative")
    return figures, dates, frozenset(e for e in names if not e.startswith("en:place_"))


def shared_facts(a: Claim, facts_a: tuple, b: Claim, facts_b: tuple,
                 settings: CompareSettings, near: bool | None = None) -> set:
    """Facts of claim a that claim b shares: ("figure", index of a's figure) for a
    same-quantity figure within `figure_near_ratio`, ("date", value), ("name", key).
    near: for one figure each, whether they are near, when the alignment already knows."""
    figs_a, dates_a, names_a = facts_a
    figs_b, dates_b, names_b = facts_b
    out: set = set()
    if near is not None and len(figs_a) == 1 and len(figs_b) == 1:
        if near:
            out.add(("figure", 0))
    else:
        out.update(("figure", k) for k, x in enumerate(figs_a)
                   if any(near_figure(a, x, b, y, settings) for y in figs_b))
    out.update(("date", d) for d in dates_a & dates_b)
    if dates_a and dates_b and not dates_a & dates_b and days_near(a, dates_a, b, dates_b):
        # "closed since Friday, February 21" and "since 2 Hut" (20 February): one day told
        # two ways, the date conflict worth a second membership
        out.add(("date", min(dates_a)))
    out.update(("name", e) for e in names_a & names_b)
    return out


def extra_memberships(
    claims: Sequence[Claim],
    pairs: Sequence[tuple[int, int, float, float]],
    root_of: Sequence[int],
    members: dict[int, list[int]],
    members_articles: dict[int, set[int]],
    article_of: Sequence[int],
    pair_score: dict[int, float],
    facts: Callable[[int], tuple],
    settings: CompareSettings,
    near_memo: dict | None = None,
) -> list[ExtraMember]:
    """pairs: (a, b, score, text) of linkable pairs across clusters, best first; root_of:
    each claim's cluster root after clustering; facts: claim index -> its `claim_facts`;
    near_memo: (a, b), a < b -> near figures, for pairs of one figure each scoring checked."""
    near_memo = near_memo or {}
    if settings.max_extra_clusters <= 0:
        return []
    n = len(claims)

    known: dict[tuple[int, int], set] = {}

    def shared(i: int, j: int) -> set:
        """Read-only result, remembered: `second_facts` asks again for the same claim's
        cluster mates with each of its pairs (4 in 10 calls on the 50k benchmark)."""
        found = known.get((i, j))
        if found is None:
            found = known[(i, j)] = shared_facts(claims[i], facts(i), claims[j], facts(j),
                                                 settings, near_memo.get((min(i, j), max(i, j))))
        return found

    def second_facts(i: int, found: set) -> set:
        """Those of `found` (facts i shares with another cluster) no claim of its own
        cluster shares with it; stops as soon as none is left."""
        left = set(found)
        for m in members[root_of[i]]:
            if m != i:
                left -= shared(i, m)
                if not left:
                    break
        return left

    def many_facts(i: int) -> bool:
        figs, dates, names = facts(i)
        return len(figs) + len(dates) + len(names) >= 2

    def may_join(i: int, found: set) -> bool:
        """Two facts, or a figure: "after that suicide attack in which six soldiers were
        killed" sits with the attack's other tellings and its six with the toll's (a lone
        date or name joins nothing: "Wednesday, 10 Aqrab, 29 thousand crossed" is no
        deadline)."""
        return many_facts(i) or any(kind == "figure" for kind, _ in found)

    joined: dict[int, list[ExtraMember]] = {}
    taken: set[tuple[int, int]] = set()
    added_articles: dict[int, set[int]] = {}
    for a, b, score, text in pairs:
        for i, j in ((a, b), (b, a)):
            root = root_of[j]
            if root == root_of[i] or (i, root) in taken or not (
                    many_facts(i) or facts(i)[0] and facts(j)[0]):
                continue  # one fact joins only as a figure, so only a partner's figure
            if article_of[i] in members_articles[root] or article_of[i] in added_articles.get(
                    root, ()):
                continue
            if len(joined.get(i, ())) >= settings.max_extra_clusters:
                continue
            second = second_facts(i, shared(i, j))
            if not second or not may_join(i, second):
                continue
            group = members[root]
            mean = sum(pair_score.get(min(i, m) * n + max(i, m), 0.0) for m in group) / len(group)
            if mean < settings.min_average_link:
                continue
            taken.add((i, root))
            added_articles.setdefault(root, set()).add(article_of[i])
            joined.setdefault(i, []).append(ExtraMember(i, root, j, score, text))
    return [m for found in joined.values() for m in found]
