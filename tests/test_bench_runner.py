"""The benchmark runner's arithmetic: numbers are medians over runs, structure kept."""

from xsource.bench.__main__ import median_tree


def test_numbers_become_medians_and_everything_else_is_kept():
    runs = [
        {"speed": [{"lang": "ur", "per_s": 100.0, "n": 10}], "ok": True, "note": "a"},
        {"speed": [{"lang": "ur", "per_s": 300.0, "n": 10}], "ok": True, "note": "a"},
        {"speed": [{"lang": "ur", "per_s": 200.0, "n": 12}], "ok": True, "note": "a"},
    ]
    assert median_tree(runs) == {"speed": [{"lang": "ur", "per_s": 200.0, "n": 10}],
                                 "ok": True, "note": "a"}


def test_differing_shapes_fall_back_to_the_first_run():
    assert median_tree([[1, 2], [1, 2, 3], [5, 6]]) == [1, 2]
    assert median_tree([{"a": 1}, {"b": 2}, {"a": 3}]) == {"a": 1}
