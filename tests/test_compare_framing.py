"""Framing: loaded glossary terms per outlet, original-script words beside the English."""

from __future__ import annotations

from tests.compare_fixtures import expulsion_story, framing_glossary
from xsource.compare import compare
from xsource.compare.framing import framing_rows


def test_framing_rows_per_outlet_with_surface_and_canonical():
    rows = framing_rows("s1", expulsion_story(), framing_glossary())
    got = {(r["outlet"], r["tag"], r["surface"], r["canonical"], r["lang"], r["count"]) for r in rows}
    assert ("Jang", "deport", "ملک بدر", "deport", "ur", 1) in got
    assert ("Jang", "illegal_migrants", "غیر قانونی افغان", "illegal migrants", "ur", 1) in got
    assert ("Pajhwok", "refugees", "مهاجر", "refugees", "prs", 1) in got
    assert ("Pajhwok", "deport", "اخراج", "deport", "prs", 2) in got
    assert ("Dawn", "undocumented", "undocumented", "undocumented", "en", 2) in got


def test_entries_without_framing_tags_are_not_framing():
    rows = framing_rows("s1", expulsion_story(), framing_glossary())
    assert all(r["entry_id"] != "torkham" for r in rows)


def test_no_glossary_means_no_framing_rows():
    assert framing_rows("s1", expulsion_story(), None) == []


def test_compare_fills_the_framing_table_per_story():
    cmp = compare(expulsion_story(), glossary=framing_glossary())
    jang = cmp.framing.filter(cmp.framing["outlet"] == "Jang")
    assert sorted(jang["tag"].to_list()) == ["deport", "illegal_migrants"]
    assert set(cmp.framing["story_id"]) == {"s1"}
    assert cmp.meta["glossary_hash"] == "3f2a9c1e"
