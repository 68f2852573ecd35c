"""Readers for web formats: HTML article pages (trafilatura) and RSS/Atom feeds (feedparser)."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator

from xsource.errors import InputError
from xsource.ingest.articles import Origin, make_article
from xsource.ingest.clean import clean_line, iso_date
from xsource.records import Article, Skipped

MIN_HTML_WORDS = 5
_HTML_LANG = re.compile(r"<html[^<>]*?\blang\s*=\s*[\"']?([A-Za-z_-]+)", re.I)
_FEED_ROOT = re.compile(r"<(rss|feed|rdf:RDF)[\s>]", re.I)
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
           "section", "article", "pre", "ul", "ol", "table", "hr", "figure", "figcaption")


def looks_like_feed(text: str) -> bool:
    return bool(_FEED_ROOT.search(text[:4096]))


def looks_like_html(text: str) -> bool:
    head = text[:4096].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head


def read_html(text: str, origin: Origin) -> Iterator[Article | Skipped]:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            text, url=origin.url, with_metadata=True, include_comments=False,
            include_tables=False, date_extraction_params={"extensive_search": False,
                                                          "original_date": True})
    except (RecursionError, ValueError, TypeError) as exc:
        raise InputError(origin.path, "malformed",
                         f"{origin.path}: HTML could not be parsed ({type(exc).__name__}); "
                         "save the page again or as plain text") from None
    data = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    body = data.get("text") or ""
    # Fewer than a handful of words is a menu or a "page not found", not an article.
    if len(body.split()) < MIN_HTML_WORDS:
        raise InputError(origin.path, "no-text",
                         f"{origin.path}: no article text found in the HTML (an index, login or "
                         "empty page?); save the article page itself or its text as .txt")
    title = data.get("title") or ""
    lines = [line for line in body.split("\n") if line.strip()]
    if lines and title and clean_line(lines[0]) == clean_line(title):
        lines = lines[1:]  # trafilatura repeats the headline as the first block
    lang = _HTML_LANG.search(text[:4096])
    fields = {
        "title": title,
        "date": data.get("date"),
        "outlet": data.get("sitename"),
        "url": data.get("url") or origin.url,
        "author": data.get("author"),
        "lang": lang.group(1) if lang else None,
    }
    yield make_article(origin, fields, "\n\n".join(lines))


def read_feed(text: str, origin: Origin) -> Iterator[Article | Skipped]:
    import feedparser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = feedparser.parse(text, sanitize_html=False, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo") and not parsed.get("feed"):
            problem = str(parsed.get("bozo_exception") or "not XML").splitlines()[0]
            raise InputError(origin.path, "malformed",
                             f"{origin.path}: is not a valid RSS/Atom feed ({problem}); "
                             "check the feed URL or file")
        raise InputError(origin.path, "no-text",
                         f"{origin.path}: the feed has no entries; nothing to ingest")
    feed = parsed.get("feed") or {}
    outlet = feed.get("title")
    lang = feed.get("language")
    empty = 0
    for number, entry in enumerate(entries, 1):
        html = _entry_html(entry)
        body = html_to_text(html) if html else ""
        if not body.strip():
            empty += 1
            continue
        # the raw string keeps the outlet's local date; the parsed form is shifted to UTC
        date = (iso_date(entry.get("published")) or iso_date(entry.get("updated"))
                or entry.get("published_parsed") or entry.get("updated_parsed"))
        fields = {
            "title": entry.get("title"),
            "url": entry.get("link"),
            "date": date,
            "author": entry.get("author"),
            "outlet": (entry.get("source") or {}).get("title") or outlet,
            "lang": lang,
        }
        yield make_article(origin, fields, body, f"entry {number}")
    if empty:
        yield Skipped(origin.path, "no-text",
                      f"{origin.path}: {empty} of {len(entries)} feed entries have only a title "
                      "and link, no text; ingest the linked article pages instead")


def _entry_html(entry) -> str:
    contents = entry.get("content") or []
    best = max((c.get("value") or "" for c in contents), key=len, default="")
    summary = entry.get("summary") or entry.get("description") or ""
    return best if len(best) >= len(summary) else summary


def html_to_text(fragment: str) -> str:
    """An HTML fragment (feed entry) to paragraphs: block elements become blank lines."""
    if "<" not in fragment:
        return fragment
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment)
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n\n" + (element.tail or "")
        if element.tag != "br":
            element.text = "\n\n" + (element.text or "")
    return root.text_content()
