"""Conflict evidence stays readable when hundreds of outlets repeat the same disagreement."""

from xsource.compare.examples import cap_conflict_examples


def _row(n, cluster="s1-c1", kind="number", a="1,700,000", b="nearly 2,000,000"):
    return {"cluster_id": cluster, "kind": kind, "value_a": a, "value_b": b,
            "claim_a": f"x{n}", "claim_b": f"y{n}", "note": "different figures"}


def test_pairs_beyond_the_cap_are_counted_in_the_last_kept_note():
    rows = [_row(n) for n in range(30)]
    kept = cap_conflict_examples(rows, 25)
    assert [r["claim_a"] for r in kept] == [f"x{n}" for n in range(25)]
    assert kept[-1]["note"] == ("different figures; 5 more outlet pair(s) in this cluster give "
                                "the same two values")
    assert kept[0]["note"] == "different figures"


def test_the_cap_is_per_cluster_kind_and_unordered_value_pair():
    rows = ([_row(n) for n in range(3)] + [_row(9, a="nearly 2,000,000", b="1,700,000")]
            + [_row(5, cluster="s1-c2"), _row(6, kind="date", a="2023-10-31", b="2023-11-01")])
    kept = cap_conflict_examples(rows, 2)
    assert [(r["cluster_id"], r["kind"], r["claim_a"]) for r in kept] == [
        ("s1-c1", "number", "x0"), ("s1-c1", "number", "x1"),
        ("s1-c2", "number", "x5"), ("s1-c1", "date", "x6")]
    assert kept[1]["note"].endswith("2 more outlet pair(s) in this cluster give the same two values")


def test_zero_keeps_everything():
    rows = [_row(n) for n in range(40)]
    assert cap_conflict_examples(rows, 0) == rows
