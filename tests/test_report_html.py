"""The HTML report: sections, right-to-left originals, highlighted values, and that nothing an
article carries can become markup, script or a request."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from tests.report_fixtures import EVIL_OUTLET, EVIL_TEXT, EVIL_TITLE, EVIL_URL, fixture_comparison
from xsource.report import render
from xsource.report.html import to_html


class Page(HTMLParser):
    """Every tag with its attributes, and the text nodes, as a browser's parser sees them."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.texts_in: list[tuple[tuple[str, dict], str]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        entry = (tag, {k: v or "" for k, v in attrs})
        self.tags.append(entry)
        if tag not in ("meta", "link", "br", "input"):
            self.stack.append(entry)

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data):
        self.text.append(data)
        if self.stack:
            self.texts_in.append((self.stack[-1], data))

    def all_text(self) -> str:
        return "".join(self.text)

    def find(self, tag=None, **attrs) -> list[dict[str, str]]:
        return [a for t, a in self.tags if (tag is None or t == tag)
                and all(a.get(k.rstrip("_")) == val for k, val in attrs.items())]


@pytest.fixture(scope="module")
def html() -> str:
    return to_html(fixture_comparison())


@pytest.fixture(scope="module")
def page(html) -> Page:
    return Page(html)


def test_render_writes_one_html_file_creating_the_folder(tmp_path):
    out = render(fixture_comparison(), tmp_path / "new" / "dir" / "report.html")
    assert out == tmp_path / "new" / "dir" / "report.html"
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in out.parent.iterdir()) == ["report.html"]


def test_every_story_has_all_sections_in_order(page, html):
    stories = [a for t, a in page.tags if t == "section" and "data-story" in a]
    assert [s["id"] for s in stories] == ["story-s1", "story-s2"]
    first_story = html.split('id="story-s2"')[0]
    order = re.findall(r'data-section="(\w+)"', first_story)
    assert order == ["run", "summary", "agreed", "conflicts", "singles", "omissions", "agreement",
                     "framing"]


def test_jump_links_point_at_sections_of_the_story(page):
    jumps = [a["href"] for t, a in page.tags if t == "a" and a.get("href", "").startswith("#")]
    ids = {a["id"] for _, a in page.tags if "id" in a}
    assert jumps[:6] == ["#story-s1-conflicts", "#story-s1-agreed", "#story-s1-singles",
                         "#story-s1-omissions", "#story-s1-agreement", "#story-s1-framing"]
    assert "#story-s2-framing" not in jumps  # story 2 has no framing rows
    assert all(j[1:] in ids for j in jumps)


def test_hostile_text_appears_only_as_text(page):
    text = page.all_text()
    for hostile in (EVIL_OUTLET, EVIL_TITLE, EVIL_TEXT, EVIL_URL, "<svg onload=alert(1)>",
                    "<script>alert(2)</script>", "<b>3 million</b> | left"):
        assert hostile in text
    # The only script is the page's own; no images, no event handlers, no injected markup.
    scripts = [a for t, a in page.tags if t == "script"]
    assert len(scripts) == 1
    assert [t for t, _ in page.tags if t in ("img", "svg", "iframe", "object", "embed", "i")] == []
    assert [d for (t, _), d in page.texts_in if t == "b" and d == "3 million"] == []
    handlers = [(t, k) for t, a in page.tags for k in a if k.lower().startswith("on")]
    assert handlers == []


def test_links_only_for_http_urls_and_attribute_values_stay_inside_quotes(page):
    hrefs = [a["href"] for t, a in page.tags if "href" in a and not a["href"].startswith("#")]
    assert hrefs == ["data:,", "https://www.dawn.com/news/1785331",
                     "https://www.bbc.com/urdu/articles/x1", "http://tolonews.com/fa/afghanistan-185",
                     'https://www.dawn.com/news/torkham"onmouseover="alert(1)']
    assert not any(h.lower().startswith("javascript:") for h in hrefs)
    for _, attrs in page.tags:
        assert "onmouseover" not in attrs


def test_originals_are_rtl_with_language_tags_and_english_is_ltr(page):
    origs = page.find("p", **{"class": "orig"})
    by_lang = {}
    for attrs in origs:
        by_lang.setdefault(attrs.get("lang"), set()).add(attrs["dir"])
    assert by_lang == {"en": {"ltr"}, "ur": {"rtl"}, "ps": {"rtl"}, "fa-AF": {"rtl"}}
    assert {a["dir"] for a in page.find("p", **{"class": "en"})} == {"ltr"}
    urdu = [d for (tag, a), d in page.texts_in if tag == "p" and a.get("lang") == "ur"]
    assert "پاکستان میں غیر قانونی طور پر مقیم تقریباً " in urdu


def test_font_stack_shapes_nastaliq_for_urdu_and_naskh_for_the_rest(html):
    css = html.split("<style>")[1].split("</style>")[0]
    urdu_rule = re.search(r'\[dir="rtl"\]:lang\(ur\) \{ font-family: ([^;]+);', css).group(1)
    assert urdu_rule.startswith('"Noto Nastaliq Urdu", "Jameel Noori Nastaleeq"')
    rtl_rule = re.search(r'\[dir="rtl"\] \{ font-family: ([^;]+);', css).group(1)
    assert rtl_rule.startswith('"Noto Naskh Arabic", "Noto Sans Arabic"')
    assert "@font-face" not in css and "url(" not in css


def test_values_in_conflict_are_marked_on_both_sides_and_in_both_languages(page):
    marked = [d for (tag, _), d in page.texts_in if tag == "mark"]
    for value in ("17 لاکھ", "1.7 million", "۲ میلیونه", "nearly 2 million", "31 اکتوبر",
                  "د نومبر تر لومړۍ نېټې", "Sarfraz Bugti", "sources", "۱۵۰ هزار", "128,000"):
        assert value in marked


def test_conflicts_ranked_by_importance_with_kind_and_outlets_for_filters(page):
    items = page.find("div", **{"class": "item conflict"})
    assert [a["data-kind"] for a in items] == ["number", "date", "attribution", "number", "polarity"]
    # one item per cluster and kind, every outlet's side, grouped into the two camps
    assert items[0]["data-outlets"] == '["BBC Urdu", "Dawn", "Azadi Radio"]'
    camps = [a["class"] for a in page.find("div") if a.get("class", "").startswith("claim camp")]
    assert camps[:3] == ["claim camp-0", "claim camp-0", "claim camp-1"]
    kinds = [d for (tag, a), d in page.texts_in if tag == "option"]
    assert kinds[:5] == ["all", "number", "date", "attribution", "polarity"]
    assert EVIL_OUTLET in kinds
    nav = page.find("nav", id="filters")[0]
    assert "hidden" in nav  # shown by the script only: with JS off the page has no dead controls


def test_glossary_only_translation_is_flagged(page):
    text = page.all_text()
    assert "Only the glossary translated 1 article(s): Azadi Radio (ps)." in text
    assert text.count("glossary-only translation") == 4  # article row + 3 of its claims shown


def test_agreement_heat_map_and_omission_matrix(page):
    heat = [a["class"] for a in page.find("td") if a.get("class", "").startswith("heat")]
    assert heat == ["heat heat-3", "heat heat-10", "heat heat-3", "heat heat-3", "heat heat-0",
                    "heat heat-10", "heat heat-0", "heat heat-3", "heat heat-10", "heat heat-10"]
    missing = [a["title"] for a in page.find("td", **{"class": "no"})]
    assert len(missing) == 22  # 5 outlets x 7 clusters in story 1, 13 reported
    assert missing[:2] == ["not reported by Tolo News", f"not reported by {EVIL_OUTLET}"]
    labels = [d for (t, a), d in page.texts_in if t == "th" and a.get("class") == "label"]
    assert labels[:2] == ["Undocumented Afghans must leave by the deadline",
                          "Afghans returned or expelled so far"]


def test_header_shows_how_the_run_was_made_and_the_run_summary(page):
    text = page.all_text()
    for piece in ("xsource_version0.1.0", "schema_version1.1", "created2026-11-26T05:00:00Z",
                  "glossary_hash3f2a9c1e", "glossary:ps-en|gloss:3f2a9c1e",
                  "skipped: 1 binary, 1 empty, 1 encoding", "duplicates: 1",
                  "language mismatches: 1", "clusters: 2 agree, 4 conflict, 2 single"):
        assert piece in text


def test_page_cannot_make_requests(html, page):
    csp = page.find("meta", **{"http-equiv": "Content-Security-Policy"})[0]["content"]
    assert csp.startswith("default-src 'none'; style-src 'sha256-")
    assert "script-src 'sha256-" in csp and "unsafe" not in csp
    for tag, attrs in page.tags:
        for name in ("src", "srcset", "poster", "data"):
            assert name not in attrs, (tag, attrs)
    resource_links = [a["href"] for t, a in page.tags if t == "link"]
    assert resource_links == ["data:,"]
    assert "@import" not in html and "url(" not in html


def test_output_is_deterministic():
    assert to_html(fixture_comparison()) == to_html(fixture_comparison())


def test_empty_comparison_renders(tmp_path):
    from xsource.comparison import Comparison
    from xsource.report.types import empty_table

    empty = Comparison(**{n: empty_table(n) for n in ("articles", "stories", "claims", "clusters",
                                                     "links", "conflicts", "omissions", "framing",
                                                     "agreement")})
    out = render(empty, tmp_path / "empty.html").read_text(encoding="utf-8")
    assert "No stories." in out


def test_long_sections_are_capped_with_a_pointer_to_the_tables():
    from tests.report_fixtures import many_conflicts_comparison
    from xsource.report.view import SECTION_LIMIT

    page = Page(to_html(many_conflicts_comparison(SECTION_LIMIT + 7)))
    assert len(page.find("div", **{"class": "item conflict"})) == SECTION_LIMIT
    text = page.all_text()
    assert f"Conflicts, most important first ({SECTION_LIMIT + 7})" in text
    assert ("… and 7 more, not listed here: every row is in the .json / .parquet / .csv report."
            in text)


def test_only_the_mentions_carrying_the_conflicting_figure_are_marked():
    from xsource.report.view import _needles

    claim = {"numbers": [{"value": 35.0, "text": "35 years"}, {"value": 3.0, "text": "three"}],
             "dates": [{"value": "2023-10-31", "text": "31 اکتوبر"}, {"value": "2023-11-05", "text": "5 نومبر"}],
             "speaker": "person.sarfraz_bugti"}
    assert _needles({"kind": "number", "value_a": "35 years"}, "a", claim) == ["35 years"]
    assert _needles({"kind": "number", "value_a": "nearly 2 million"}, "a", claim) == [
        "nearly 2 million", "35 years", "three"]  # nothing matches: mark every figure
    assert _needles({"kind": "date", "value_a": "2023-10-31"}, "a", claim) == ["2023-10-31", "31 اکتوبر"]
    assert _needles({"kind": "attribution", "value_a": "Sarfraz Bugti"}, "a", claim) == [
        "Sarfraz Bugti", "sarfraz bugti"]
