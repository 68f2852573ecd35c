"""What a saved article page says about itself: JSON-LD, Open Graph, <meta>, <time>, <html lang>.

trafilatura finds the main text well, but its metadata is a best guess over many templates;
news sites publish the exact values in machine-readable form, so those are read here first:

* title: JSON-LD `headline`, og:title, <h1>, <title>; a " - BBC News اردو" / " | Dawn" site
  suffix is cut when it names the site or the rest is the page's own headline.
* outlet: JSON-LD publisher name, og:site_name ("DAWN.COM" is shown as "Dawn"), the suffix
  cut from the title; the caller falls back to trafilatura's guess and then the domain.
* date (outlet's local date): JSON-LD `datePublished`, article:published_time and similar
  <meta>, <time datetime> in the article; the caller falls back to visible date text.
* url: og:url, then the canonical link.
* lang: <html lang>, og:locale, JSON-LD inLanguage, Content-Language; `fa-AF` anywhere beats
  a bare `fa` elsewhere on the page (Afghan sites often leave the CMS default `lang="fa"`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from xsource.ingest.clean import clean_line, iso_date, lang_code

ARTICLE_TYPES = {"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
                 "OpinionNewsArticle", "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting",
                 "Report", "ReviewNewsArticle"}
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "date",
              "pubdate", "publishdate", "publish-date", "dc.date.issued", "dc.date",
              "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime")
TITLE_SEPARATORS = re.compile(r"\s+(?:[-|–—:·•»«]|::)\s+")
_DOMAIN_NAME = re.compile(r"^(?:www\.)?([\w-]+)\.(?:com|net|org|pk|af|ir|tv|media|news|info|"
                          r"co\.uk|com\.pk|com\.af)$", re.I)
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)$")
_MATCH_FORM = re.compile(r"[\s\u200c\u200d\u200e\u200f\u2e3a\u2e3b'\"’‘“”«»]+")


@dataclass
class PageMeta:
    title: str = ""
    site: str = ""  # the outlet's own name for itself
    date: str | None = None  # YYYY-MM-DD from the first machine-readable date that parses
    url: str = ""
    lang: str | None = None  # already mapped by clean.lang_code
    headline: str = ""  # the page's <h1>, used to spot the title repeated in the body
    body: str = ""  # JSON-LD articleBody, for pages rendered by JavaScript
    is_article: bool = False  # JSON-LD Article or og:type article: the page says so
    is_website: bool = False  # og:type website: a front or section page says so
    article_blocks: int = 0  # <article> elements: many of them is a listing of teasers
    date_texts: list[str] = field(default_factory=list)  # visible text of date-like elements


def page_meta(html: str) -> PageMeta:
    """Metadata from the page source; an unparsable page gives an empty PageMeta."""
    import lxml.html
    from lxml import etree

    meta = PageMeta()
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError, RecursionError):
        return meta
    props = _meta_tags(root)
    ld = _json_ld_article(root)
    site_suffix = ""
    # JSON-LD publishers write domains too ("DAWN.COM")
    meta.site = (_pretty_site(ld.get("publisher") or "")
                 or _pretty_site(props.get("og:site_name", ""))
                 or _pretty_site(props.get("application-name", "")))
    h1 = meta.headline = _headline(root, meta.site)
    raw_titles = [ld.get("headline"), props.get("og:title"), props.get("twitter:title"), h1,
                  _first_text(root, "title")]
    candidates = [split_site_suffix(clean_line(raw), meta.site, h1) for raw in raw_titles]
    candidates = [(title, suffix) for title, suffix in candidates if title]
    for title, suffix in candidates:
        stem = _ELLIPSIS.sub("", title)
        if stem != title and any(len(other) > len(title) and same_text(other[:len(stem)], stem)
                                 for other, _ in candidates):
            continue  # JSON-LD headlines are often cut to 110 characters; a full one exists
        meta.title, site_suffix = title, suffix
        break
    if not meta.site:  # "Headline - Site" in <title> names a site that has no og:site_name
        meta.site = site_suffix or split_site_suffix(
            clean_line(_first_text(root, "title")), "", h1 or meta.title)[1]
    dates = [ld.get("date"), *(props.get(name) for name in _DATE_META), _time_datetime(root)]
    meta.date = next((found for found in map(iso_date, dates) if found), None)
    meta.url = clean_line(props.get("og:url")) or _canonical(root)
    meta.lang = _lang(root, props, ld.get("lang"))
    meta.body = ld.get("body") or ""
    meta.is_article = bool(ld) or props.get("og:type", "").lower() == "article"
    meta.is_website = props.get("og:type", "").lower() == "website"
    meta.article_blocks = sum(1 for _ in root.iter("article"))
    meta.date_texts = _date_texts(root)
    return meta


def split_site_suffix(title: str, site: str, headline: str = "") -> tuple[str, str]:
    """`Headline - BBC News اردو` -> (`Headline`, `BBC News اردو`) when the tail names the site
    or the head is the page's own <h1>; otherwise the title is returned whole."""
    seps = list(TITLE_SEPARATORS.finditer(title))
    if not seps:
        return title, ""
    splits = [(title[:sep.start()].strip(), title[sep.end():].strip()) for sep in seps]
    if headline:
        for head, tail in splits:
            if same_text(head, headline):
                return head, _pretty_site(TITLE_SEPARATORS.split(tail)[-1])
    for head, tail in reversed(splits):  # the longest head first: "A - B | Site"
        if site and same_text(tail, site):
            return head, tail
    head, tail = splits[-1]
    if _DOMAIN_NAME.match(tail):
        return head, _pretty_site(tail)
    return title, ""


def same_text(a: str, b: str) -> bool:
    """Equal up to spacing, ZWNJ, quotes and Latin case (titles are retyped by hand)."""
    return bool(a) and _MATCH_FORM.sub("", a).casefold() == _MATCH_FORM.sub("", b).casefold()


def _pretty_site(name: str) -> str:
    """`DAWN.COM` -> `Dawn`: a domain used as a site name reads as the outlet's name."""
    name = clean_line(name)
    domain = _DOMAIN_NAME.match(name)
    if not domain:
        return name
    label = domain.group(1)
    return label.capitalize() if label.isupper() or label.islower() else label


def _headline(root, site: str) -> str:
    """The article's <h1>: the one inside <article>/<main> first, never the logo's <h1>."""
    for scope in ("//article//h1", "//main//h1", "//h1[not(ancestor::header)]", "//h1"):
        for element in root.xpath(scope):
            text = clean_line(element.text_content())
            if text and not (site and same_text(text, site)):
                return text
    return ""


def _meta_tags(root) -> dict[str, str]:
    found: dict[str, str] = {}
    for tag in root.iter("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop")
               or tag.get("http-equiv") or "").strip().lower()
        value = (tag.get("content") or "").strip()
        if key and value and key not in found:
            found[key] = value
    return found


def _first_text(root, tag: str) -> str:
    return next((element.text_content() for element in root.iter(tag)), "")


def _canonical(root) -> str:
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return clean_line(link.get("href"))
    return ""


def _time_datetime(root) -> str | None:
    """<time datetime> inside the article (a related-stories list has its own <time>s)."""
    for scope in ("//article//time[@datetime]", "//main//time[@datetime]",
                  "//time[@pubdate][@datetime]", "//time[@datetime]"):
        times = root.xpath(scope)
        if times:
            return times[0].get("datetime")
    return None


_DATE_CLASS = re.compile(r"date|time|publish|posted|dateline", re.I)


def _date_texts(root) -> list[str]:
    """Visible text of elements whose class or id says they hold a date: those after the
    headline first (a header often shows today's date, the day the page was saved)."""
    found: list[tuple[bool, int, str]] = []
    headline_at = None
    for position, element in enumerate(root.iter()):
        if element.tag == "h1" and headline_at is None:
            headline_at = position
        if not isinstance(element.tag, str) or not (element.get("class") or element.get("id")):
            continue
        if _DATE_CLASS.search(f"{element.get('class', '')} {element.get('id', '')}"):
            text = clean_line(element.text_content())
            if 0 < len(text) <= 80:
                found.append((headline_at is None, position, text))
            if len(found) == 20:
                break
    return [text for _, _, text in sorted(found)]


def _lang(root, props: dict[str, str], ld_lang: str | None) -> str | None:
    candidates = [root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang"),
                  props.get("og:locale"), ld_lang, props.get("content-language")]
    codes = [code for code in (lang_code(c) for c in candidates) if code]
    if not codes:
        return None
    return "prs" if "prs" in codes and codes[0] == "fa" else codes[0]


# --- JSON-LD -------------------------------------------------------------------------------


def _json_ld_article(root) -> dict[str, str]:
    """headline/date/publisher/body/lang of the first Article-typed JSON-LD object."""
    objects: list[dict] = []
    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):
            continue  # broken JSON-LD is common; the rest of the page still counts
        objects.extend(_flatten(data))
    by_id = {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str)}
    for obj in objects:
        types = obj.get("@type")
        types = set(types) if isinstance(types, list) else {types}
        if not types & ARTICLE_TYPES:
            continue
        publisher = obj.get("publisher")
        if isinstance(publisher, list):
            publisher = publisher[0] if publisher else None
        if isinstance(publisher, dict) and "name" not in publisher:
            publisher = by_id.get(publisher.get("@id"), publisher)
        body = obj.get("articleBody")
        return {
            "headline": _text(obj.get("headline")),
            "date": _text(obj.get("datePublished") or obj.get("dateCreated")),
            "publisher": _name(publisher.get("name") if isinstance(publisher, dict) else publisher),
            "body": body if isinstance(body, str) else "",
            "lang": _language(obj.get("inLanguage")),
        }
    return {}


def _flatten(data: object) -> list[dict]:
    if isinstance(data, list):
        return [obj for item in data for obj in _flatten(item)]
    if not isinstance(data, dict):
        return []
    graph = data.get("@graph")
    return [data] + (_flatten(graph) if graph is not None else [])


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _name(value: object) -> str:
    """A publisher name; a URL in its place ("publisher": "https://...") is no name."""
    text = _text(value).strip()
    return "" if re.match(r"^(?:https?:)?//", text) else text


def _language(value: object) -> str:
    if isinstance(value, dict):
        value = value.get("alternateName") or value.get("name")
    return _text(value)
