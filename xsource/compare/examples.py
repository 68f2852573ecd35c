"""Keep a report readable when a story has hundreds of outlets: conflict rows are pairs of
disagreeing claims, and a cluster where 500 outlets say 1.7 million and 500 say "nearly 2
million" has 250,000 such pairs that all say the same thing. Per cluster, kind and pair of
values only the first (most important) pairs are kept as evidence; the note of the last kept
row says how many more pairs gave the same two values."""

from __future__ import annotations


def cap_conflict_examples(rows: list[dict], per_value_pair: int) -> list[dict]:
    """`rows` sorted by importance (highest first); returns the kept rows in that order."""
    if per_value_pair <= 0:
        return rows
    kept: list[dict] = []
    seen: dict[tuple, int] = {}
    last: dict[tuple, dict] = {}
    for row in rows:
        key = (row["cluster_id"], row["kind"], frozenset((str(row["value_a"]), str(row["value_b"]))))
        count = seen.get(key, 0) + 1
        seen[key] = count
        if count <= per_value_pair:
            kept.append(row)
            last[key] = row
    for key, count in seen.items():
        if count > per_value_pair:
            row = last[key]
            more = count - per_value_pair
            note = (row.get("note") or "").rstrip()
            row["note"] = (note + "; " if note else "") + (
                f"{more} more outlet pair(s) in this cluster give the same two values")
    return kept
