"""The Markdown report: the HTML's content for a chat or wiki, with nothing an article carries
able to become HTML, a link or a broken table."""

from __future__ import annotations

import re

import pytest

from tests.report_fixtures import fixture_comparison
from xsource.report import render
from xsource.report.markdown import md, to_markdown


@pytest.fixture(scope="module")
def text() -> str:
    return to_markdown(fixture_comparison())


def test_render_writes_markdown(tmp_path):
    out = render(fixture_comparison(), tmp_path / "sub" / "report.md")
    assert out.read_text(encoding="utf-8").startswith("# xsource divergence report\n")


def test_sections_per_story_in_order(text):
    headings = re.findall(r"^(##+) (.+)$", text, flags=re.M)
    top = [(h, t) for h, t in headings if h in ("##", "###")]
    assert top[:9] == [
        ("##", "Pakistan orders undocumented Afghans to leave"), ("###", "Summary"),
        ("###", "Agreed facts (1)"), ("###", "Conflicts, most important first (5)"),
        ("###", "Claims only one outlet carries (2)"), ("###", "Who reported what (omission matrix)"),
        ("###", "Outlet agreement (share of shared claims that agree)"),
        ("###", "Framing: loaded words per outlet"), ("##", "Torkham crossing reopens"),
    ]


def test_conflict_shows_original_and_english_with_values_in_bold(text):
    assert ("  - original: پاکستان میں غیر قانونی طور پر مقیم تقریباً **17 لاکھ** افغان شہریوں کو "
            "31 اکتوبر تک ملک چھوڑنے کا حکم دیا گیا ہے۔") in text
    assert ("  - English: Pakistan has asked **nearly 2 million** Afghan refugees to leave the country "
            "by the first of November.") in text
    assert ("#### 1. [number] Undocumented Afghans must leave by the deadline (importance 0.95, "
            "2 disagreeing pairs)") in text
    first = text.split("#### 1. [number]")[1].split("#### 2.")[0]
    assert re.findall(r"^- \*\*(.+?)\*\* \(\w+\) · value \*\*(.+?)\*\*", first, flags=re.M) == [
        ("BBC Urdu", "1.7 million"), ("Dawn", "about 1.73 million"), ("Azadi Radio", "nearly 2 million")]
    assert "glossary:ps-en\\|gloss:3f2a9c1e ⚠ glossary-only translation" in text


def test_hostile_text_is_neutralised(text):
    ours = re.sub(r"\]\(<https?://[^<>\s]*>\)", "]", text).replace("\n> ⚠", "\n⚠")
    assert "<" not in ours and ">" not in ours
    assert ("  - original: &lt;script&gt;alert('body')&lt;/script&gt; says 3 million \\| "
            "\\[click\\](javascript:alert(1)) left.") in text
    assert "](javascript" not in text.replace("\\](javascript", "")


def test_tables_keep_their_columns(text):
    for line in text.splitlines():
        if line.startswith("| "):
            assert len(re.split(r"(?<!\\)\|", line)) >= 4, line
    table = [l for l in text.splitlines() if l.startswith("| Evil")]
    assert [len(re.split(r"(?<!\\)\|", l)) - 2 for l in table] == [5, 6, 6]
    omissions = [l for l in text.splitlines() if l.startswith("| Undocumented Afghans must leave")]
    assert omissions == ["| Undocumented Afghans must leave by the deadline | conflict | ✓ | ✓ | ✓ | – | – |"]


def test_only_http_links_and_urls_cannot_break_out(text):
    links = re.findall(r"\]\(<([^>]*)>\)", text)
    assert links == ["https://www.dawn.com/news/1785331", "https://www.bbc.com/urdu/articles/x1",
                     "http://tolonews.com/fa/afghanistan-185",
                     "https://www.dawn.com/news/torkham%22onmouseover=%22alert(1)"]


@pytest.mark.parametrize("raw, escaped", [
    ("a|b", "a\\|b"), ("<img src=x>", "&lt;img src=x&gt;"), ("[x](y)", "\\[x\\](y)"),
    ("line\nbreak", "line break"), ("*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"),
    ("\x1b[31mred", "[31mred".replace("[", "\\[")), ("ab\u202edc", "abdc"),
    ("شده\u200cاند", "شده\u200cاند"), (None, ""),
])
def test_md_escape(raw, escaped):
    assert md(raw) == escaped


def test_long_sections_are_capped_with_a_pointer_to_the_tables():
    from tests.report_fixtures import many_conflicts_comparison
    from xsource.report.view import SECTION_LIMIT

    text = to_markdown(many_conflicts_comparison(SECTION_LIMIT + 3))
    assert f"### Conflicts, most important first ({SECTION_LIMIT + 3})" in text
    assert len(re.findall(r"^#### \d+\. \[number\]", text, flags=re.M)) == SECTION_LIMIT
    assert "… and 3 more, not listed here: every row is in the .json / .parquet / .csv report." in text


def test_speakers_show_their_canonical_names_not_glossary_ids(samples_dir, tmp_path):
    from xsource.pipeline import Settings, run
    from xsource.report import render

    comparison = run([str(samples_dir)], Settings(backend="glossary", workspace=tmp_path / "ws"))
    assert comparison.meta["names"]["person.zabihullah_mujahid"] == "Zabihullah Mujahid"
    text = render(comparison, tmp_path / "r.md").read_text(encoding="utf-8")
    assert "speaker: Zabihullah Mujahid" in text
    assert "speaker: person." not in text
