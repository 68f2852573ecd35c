"""Blocked, IDF-weighted key overlap: the candidate generator behind grouping and alignment.

Items (articles or claims) carry sets of keys. Only items sharing a key become a candidate
pair, and each pair's score is the cosine of their IDF-weighted key vectors, computed with
numpy over all blocks at once (blocks of equal size are expanded together), so the cost
follows the number of plausible pairs, not n^2.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import chain, pairwise
from operator import itemgetter

import numpy as np

KeepRule = Callable[[np.ndarray, np.ndarray, list], np.ndarray]  # (df, group_size, key names) -> mask


@dataclass(frozen=True)
class Candidates:
    a: np.ndarray  # item index, a < b
    b: np.ndarray
    cosine: np.ndarray  # IDF-weighted key cosine in [0, 1]
    shared: np.ndarray  # number of shared (blocking) keys


def _empty() -> Candidates:
    none = np.zeros(0, dtype=np.int64)
    return Candidates(none, none, np.zeros(0), none)


def candidate_pairs(
    keys: Sequence[Sequence[tuple[str, float]]],
    groups: Sequence[int] | np.ndarray,
    *,
    keep: KeepRule,
    max_block: int,
    block: KeepRule | None = None,
    distinct: np.ndarray | None = None,
) -> Candidates:
    """Pairs of items in the same group sharing at least one kept key.

    keys: per item, (key, multiplier) pairs; weights are multiplier * ln(1 + n_group / df).
    keep: which keys count at all (e.g. drop words most claims use).
    block: which kept keys generate candidate pairs (default: all); the others only score.
    distinct: per item label; pairs with equal labels (same article) are dropped.
    """
    n = len(keys)
    groups = np.asarray(groups, dtype=np.int64)
    lens = np.fromiter(map(len, keys), np.int64, n)
    total = int(lens.sum())
    if not total or n < 2:
        return _empty()
    # key ids (one per distinct key, in order of first sight), then (group, key) ids in
    # numpy: no (group, key) tuples are built, and only the id assignment (once per distinct
    # key) runs in Python; the per-key lookup is a C loop
    flat = list(chain.from_iterable(keys))
    flat_keys = list(map(itemgetter(0), flat))
    seen = {key: k for k, key in enumerate(dict.fromkeys(flat_keys))}
    key_id = np.fromiter(map(seen.__getitem__, flat_keys), np.int64, total)
    r = np.repeat(np.arange(n, dtype=np.int64), lens)
    m = np.fromiter(map(itemgetter(1), flat), np.float64, total)
    span = int(groups.max()) + 1
    codes, c = np.unique(key_id * span + groups[r], return_inverse=True)
    c = c.reshape(-1)
    key_group = codes % span
    df = np.bincount(c, minlength=len(codes))
    group_size = np.bincount(groups, minlength=span)[key_group]
    key_names = list(seen)
    names = [key_names[k] for k in (codes // span).tolist()]
    kept = keep(df, group_size, names)
    weight = m * np.log1p(group_size / df)[c]
    weight[~kept[c]] = 0.0
    norm = np.sqrt(np.bincount(r, weight * weight, minlength=n))

    blocking = kept if block is None else kept & block(df, group_size, names)
    blocking &= df <= max_block
    common = _common_weights(n, r, c, weight, kept & ~blocking & (df >= 2), key_group)
    block = blocking[c] & (df[c] >= 2)
    r, c, w = r[block], c[block], weight[block]
    order = np.lexsort((r, c))
    r, c, w = r[order], c[order], w[order]
    if len(c) == 0:
        return _empty()
    starts = np.flatnonzero(np.r_[True, c[1:] != c[:-1]])
    sizes = np.diff(np.r_[starts, len(c)])
    parts_a, parts_b, parts_w = [], [], []
    for k in np.unique(sizes):
        first = starts[sizes == k]
        members = first[:, None] + np.arange(k)[None, :]
        i0, i1 = np.triu_indices(int(k), 1)
        parts_a.append(r[members[:, i0]].ravel())
        parts_b.append(r[members[:, i1]].ravel())
        parts_w.append((w[members[:, i0]] * w[members[:, i1]]).ravel())
    a = np.concatenate(parts_a)
    b = np.concatenate(parts_b)
    pw = np.concatenate(parts_w)
    if distinct is not None:
        ok = distinct[a] != distinct[b]
        a, b, pw = a[ok], b[ok], pw[ok]
    if len(a) == 0:
        return _empty()
    # Dedupe pairs (one per shared key) by sorting their codes. A stable argsort is about
    # twice as fast as np.unique's (the codes come in long sorted runs), and summing each
    # pair's weights in sorted order keeps np.unique + bincount's order (and bits) exactly.
    code = a * n + b
    order = np.argsort(code, kind="stable")
    code = code[order]
    new_pair = np.r_[True, code[1:] != code[:-1]]
    starts = np.flatnonzero(new_pair)
    unique = code[starts]
    counts = np.diff(np.r_[starts, len(code)])
    overlap = np.bincount(np.cumsum(new_pair) - 1, pw[order], minlength=len(unique))
    ua, ub = unique // n, unique % n
    if common is not None:  # keys too common to block still count in the score
        for lo in range(0, len(ua), _CHUNK):
            hi = lo + _CHUNK
            overlap[lo:hi] += np.einsum("ij,ij->i", common[ua[lo:hi]], common[ub[lo:hi]])
    denom = norm[ua] * norm[ub]
    cosine = np.divide(overlap, denom, out=np.zeros_like(overlap), where=denom > 0)
    return Candidates(ua, ub, np.minimum(cosine, 1.0), counts)


_CHUNK = 65536


def _common_weights(n, r, c, weight, common_keys, key_group) -> np.ndarray | None:
    """Dense (item x common key of its group) weights. Keys too common to block are few per
    group (each is held by a large share of the group's items), so a dense block is small;
    columns are numbered within each group, which is all a same-group pair needs."""
    ids = np.flatnonzero(common_keys)
    if len(ids) == 0:
        return None
    order = np.lexsort((ids, key_group[ids]))
    ids = ids[order]
    groups = key_group[ids]
    first = np.r_[0, np.flatnonzero(groups[1:] != groups[:-1]) + 1]
    local = np.arange(len(ids)) - np.repeat(first, np.diff(np.r_[first, len(ids)]))
    column = np.full(len(common_keys), -1, dtype=np.int64)
    column[ids] = local
    dense = np.zeros((n, int(local.max()) + 1), dtype=np.float64)
    sel = column[c] >= 0
    dense[r[sel], column[c[sel]]] = weight[sel]
    return dense


def shared_counts(sets: list[list], pa: np.ndarray, pb: np.ndarray) -> np.ndarray:
    """Per pair k: how many items sets[pa[k]] and sets[pb[k]] share (no duplicates within
    a set), in numpy: each pair's first side is looked up in the sorted (set, item) codes."""
    ids: dict = {}
    lens = np.fromiter((len(x) for x in sets), np.int64, len(sets))
    flat = np.fromiter((ids.setdefault(item, len(ids)) for x in sets for item in x),
                       np.int64, int(lens.sum()))
    if len(flat) == 0:
        return np.zeros(len(pa), dtype=np.int64)
    width = len(ids)
    starts = np.cumsum(lens) - lens
    codes = np.sort(np.repeat(np.arange(len(sets)), lens) * width + flat)
    span = lens[pa]
    pair = np.repeat(np.arange(len(pa)), span)
    pos = np.repeat(starts[pa] - (np.cumsum(span) - span), span) + np.arange(int(span.sum()))
    query = pb[pair] * width + flat[pos]
    hit = codes[np.minimum(np.searchsorted(codes, query), len(codes) - 1)] == query
    return np.bincount(pair, hit, minlength=len(pa)).astype(np.int64)


class UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra
        return ra

    def roots(self) -> np.ndarray:
        """Every item's root at once, by pointer jumping in numpy (no per-item `find`)."""
        root = np.asarray(self.parent, dtype=np.int64)
        while not np.array_equal(up := root[root], root):
            root = up
        return root

    def components(self) -> list[list[int]]:
        """Members per set, ascending; sets in the order of their smallest member."""
        n = len(self.parent)
        if n == 0:
            return []
        root = self.roots()
        _, first, label = np.unique(root, return_index=True, return_inverse=True)
        rank = np.argsort(np.argsort(first, kind="stable"), kind="stable")[label.ravel()]
        order = np.argsort(rank, kind="stable")
        bounds = np.flatnonzero(np.diff(rank[order])) + 1
        flat = order.tolist()
        edges = [0, *bounds.tolist(), n]
        return [flat[lo:hi] for lo, hi in pairwise(edges)]
