"""Readers for web formats: HTML article pages (trafilatura) and RSS/Atom feeds (feedparser)."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator

from xsource.errors import InputError
from xsource.ingest.articles import Origin, make_article
from xsource.ingest.clean import clean_line, clean_text, iso_date, lang_code
from xsource.ingest.credit import readable_outlet
from xsource.ingest.outlets import known_outlet_from_url
from xsource.ingest.pagetext import trim_feed_text
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
    """One article page: main text from trafilatura, metadata from the page's own markup
    (`pagemeta`), leftovers around the text trimmed (`pagetext`)."""
    from xsource.ingest.pagemeta import page_meta, split_site_suffix
    from xsource.ingest.pagetext import first_full_date, looks_like_listing, trim_lines

    data = _extract(text, origin)
    meta = page_meta(text)
    lang = meta.lang or lang_code(_html_lang(text))
    site = meta.site or clean_line(data.get("sitename"))
    # a known site's page is that outlet whatever it calls itself ("Geo News Urdu" on
    # urdu.geo.tv is Geo Urdu, "Voice of America - Deewa" is VOA Deewa): one outlet, one name
    site = known_outlet_from_url(meta.url or data.get("url")) or readable_outlet(site)
    title = meta.title or split_site_suffix(clean_line(data.get("title")), site,
                                            meta.headline)[0]
    lines = [line for line in (data.get("text") or "").split("\n") if line.strip()]
    lines = trim_lines(lines, title=title, headline=meta.headline, lang=lang)
    if _prefer_json_ld(meta.body, lines):
        lines = [line for line in clean_text(_ld_text(meta.body)).split("\n\n") if line]
    if looks_like_listing(lines, is_article=meta.is_article, is_website=meta.is_website,
                          article_blocks=meta.article_blocks):
        raise InputError(origin.path, "no-text",
                         f"{origin.path}: is an index or listing page (headlines and teasers, "
                         "no article text); save the article page itself or its text as .txt")
    # Fewer than a handful of words is a menu or a "page not found", not an article.
    if sum(len(line.split()) for line in lines) < MIN_HTML_WORDS:
        raise InputError(origin.path, "no-text",
                         f"{origin.path}: no article text found in the HTML (an index, login or "
                         "empty page?); save the article page itself or its text as .txt")
    date = (iso_date(meta.date) or iso_date(data.get("date"))
            or next((found for found in (first_full_date(t, lang) for t in meta.date_texts)
                     if found), None))
    fields = {
        "title": title,
        "date": date,
        "outlet": site,
        "url": meta.url or data.get("url") or origin.url,
        "author": data.get("author"),
        "lang": lang,
    }
    yield make_article(origin, fields, "\n\n".join(lines))


# trafilatura drops format characters (Unicode Cf) as "unprintable", and with them ZWNJ/ZWJ,
# which Persian, Dari and Pashto write inside words (می‌گویند would become میگویند). They are
# swapped for rare printable stand-ins for the extraction and swapped back after.
_JOINERS = {"\u200c": "\u2e3a", "\u200d": "\u2e3b"}
_ZWNJ_ENTITY = re.compile(r"&(?:zwnj|#8204|#x200c);", re.I)
_ZWJ_ENTITY = re.compile(r"&(?:zwj|#8205|#x200d);", re.I)


def _protect_joiners(html: str) -> tuple[str, bool]:
    if any(stand_in in html for stand_in in _JOINERS.values()):
        return html, False  # the page uses the stand-ins itself: leave it as it is
    html = _ZWJ_ENTITY.sub("\u200d", _ZWNJ_ENTITY.sub("\u200c", html))
    for joiner, stand_in in _JOINERS.items():
        html = html.replace(joiner, stand_in)
    return html, True


def _restore_joiners(value: object) -> object:
    if not isinstance(value, str):
        return value
    for joiner, stand_in in _JOINERS.items():
        value = value.replace(stand_in, joiner)
    return value


def _extract(text: str, origin: Origin) -> dict:
    import trafilatura

    protected, swapped = _protect_joiners(text)
    try:
        doc = trafilatura.bare_extraction(
            protected, url=origin.url, with_metadata=True, include_comments=False,
            include_tables=False, date_extraction_params={"extensive_search": False,
                                                          "original_date": True})
    except (RecursionError, ValueError, TypeError) as exc:
        raise InputError(origin.path, "malformed",
                         f"{origin.path}: HTML could not be parsed ({type(exc).__name__}); "
                         "save the page again or as plain text") from None
    data = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    if swapped:
        data = {key: _restore_joiners(value) for key, value in data.items()}
    return data


def _html_lang(text: str) -> str | None:
    found = _HTML_LANG.search(text[:4096])
    return found.group(1) if found else None


def _prefer_json_ld(body: str, lines: list[str]) -> bool:
    """JSON-LD articleBody is the publisher's own clean text: use it when the page shows no
    more (a JavaScript-rendered page) and it keeps its paragraphs."""
    if not body.strip():
        return False
    extracted = sum(len(line) for line in lines)
    if sum(len(line.split()) for line in lines) < MIN_HTML_WORDS:
        return True
    return len(body) >= 0.8 * extracted and ("\n" in body.strip() or "<p" in body)


def _ld_text(body: str) -> str:
    import html

    return html_to_text(body) if "<" in body else html.unescape(body).replace("\n", "\n\n")


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
    outlet = readable_outlet(_feed_outlet(clean_line(feed.get("title")), feed.get("link")))
    lang = feed.get("language")
    empty = teasers = 0
    for number, entry in enumerate(entries, 1):
        html, summary_only = _entry_html(entry)
        body = html_to_text(html) if html else ""
        if not body.strip():
            empty += 1
            continue
        if summary_only and _TEASER_END.search(body):
            teasers += 1
            continue
        body = "\n\n".join(trim_feed_text(clean_text(body).split("\n\n")))
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
    if teasers:
        yield Skipped(origin.path, "no-text",
                      f"{origin.path}: {teasers} of {len(entries)} feed entries have only a teaser "
                      "cut off with '…' or 'Read more', not the article; ingest the linked "
                      "article pages instead")


def _feed_outlet(title: str, link: object) -> str:
    """"BBC News اردو - پاکستان" -> "BBC News اردو": a feed per section names the section too;
    the part naming the site's domain (bbc.com) is the outlet, as on its article pages."""
    from xsource.ingest.clean import domain_of
    from xsource.ingest.pagemeta import TITLE_SEPARATORS

    parts = [part.strip() for part in TITLE_SEPARATORS.split(title) if part.strip()]
    label = domain_of(link if isinstance(link, str) else None).split(".")[0].casefold()
    if len(parts) < 2 or len(label) < 3:
        return title
    naming = [part for part in parts if label in part.replace(" ", "").casefold()]
    return naming[0] if len(naming) == 1 else title


# A summary is kept as an article (it is the outlet's own words, often the whole brief, and a
# desk may have nothing but the feed); one that ends cut off is a teaser of an article that is
# elsewhere, and its half sentence would be compared as if it were the outlet's claim.
_TEASER_END = re.compile(
    r"(?:…|\.\.\.|\[\s*(?:…|\.\.\.)\s*\]|read more|continue reading|ادامه مطلب|ادامه خبر|"
    r"بیشتر بخوانید|مزید پڑھیں|مزید پڑھیے|نور ولولئ|نور لوستل)\W*$", re.I)


def _entry_html(entry) -> tuple[str, bool]:
    """The entry's fullest text, and whether it is only the summary/description."""
    contents = entry.get("content") or []
    best = max((c.get("value") or "" for c in contents), key=len, default="")
    summary = entry.get("summary") or entry.get("description") or ""
    return (best, False) if best and len(best) >= len(summary) else (summary, True)


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
