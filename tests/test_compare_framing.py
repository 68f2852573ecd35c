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


def _security_story():
    from tests.compare_fixtures import article, c

    return [
        article("Geo Urdu", "ur", "درابن میں دہشت گردوں کا حملہ",
                c("terrorists of attack in 23 jawan were martyred",
                  text="دہشت گردوں کے حملے میں پاک فوج کے 23 جوان شہید ہوگئے"),
                c("security forces 12 terrorists killed, martyrs of funeral",
                  text="سکیورٹی فورسز نے 12 دہشت گرد ہلاک کر دیے، شہداء کی نماز جنازہ ادا کر دی گئی")),
        article("BBC Urdu", "ur", "ڈیرہ اسماعیل خان میں حملہ",
                c("militants attack in 23 soldiers killed",
                  text="شدت پسندوں کے حملے میں 23 فوجی ہلاک ہوئے")),
        article("BBC Pashto", "ps", "پر پوځي مرکز برید",
                c("militants attack, six soldiers were martyred",
                  text="وسله والو برید وکړ او شپږ سرتېري شهیدان شول"),
                c("Pakistani Taliban fighters",
                  text="د پاکستاني طالبانو جنګیالي له افغانستانه بریدونه پلانوي")),
        article("TOLOnews", "prs", "حملات هوایی پاکستان",
                c("Pakistani Taliban fighters and armed opposition",
                  text="جنگجویان تحریک طالبان پاکستان و مخالفان مسلح")),
        article("Dawn", "en", "23 soldiers martyred in Daraban attack",
                c("Militants rammed a truck into the compound; 23 soldiers were martyred, the "
                  "ISPR said, and the khawarij were pursued by the militants' trail.")),
    ]


def test_security_framing_counts_armed_and_deaths_tags_per_outlet():
    """The bundled glossary's security words: how each outlet names armed men and tells the
    soldiers' deaths, counted per outlet with the words as written."""
    from xsource.glossary import load_glossaries

    rows = framing_rows("s2", _security_story(), load_glossaries())
    got = sorted((r["outlet"], r["entry_id"], r["tag"], r["surface"], r["count"]) for r in rows)
    assert got == [
        ("BBC Pashto", "term.militants", "militants", "وسله والو", 1),
        ("BBC Pashto", "term.were_martyred", "martyred", "شهیدان شول", 1),
        ("BBC Urdu", "term.militants", "militants", "شدت پسندوں", 1),
        ("Dawn", "term.khawarij", "khawarij", "khawarij", 1),
        ("Dawn", "term.militants", "militants", "Militants", 1),
        ("Dawn", "term.militants", "militants", "militants", 1),
        ("Dawn", "term.were_martyred", "martyred", "were martyred", 1),
        ("Geo Urdu", "term.martyrs", "martyred", "شہداء", 1),
        ("Geo Urdu", "term.terrorists", "terrorists", "دہشت گرد", 1),
        ("Geo Urdu", "term.terrorists", "terrorists", "دہشت گردوں", 1),
        ("Geo Urdu", "term.were_martyred", "martyred", "شہید ہوگئے", 1),
        ("TOLOnews", "term.armed_opposition", "insurgents", "مخالفان مسلح", 1),
    ]
    # BBC Urdu's ہلاک is no framing word: only Geo and the Pashto service say martyred
    martyred = {r["outlet"] for r in rows if r["tag"] == "martyred"}
    assert martyred == {"Geo Urdu", "BBC Pashto", "Dawn"}
