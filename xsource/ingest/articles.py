"""Turning one reader's fields into an `Article` (or a `Skipped` saying why not).

Every reader ends here, so outlet/title/date/lang rules and the stable id are the same for
.txt, HTML, JSON, feeds and CSV.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import PurePath

from xsource.ingest.clean import clean_line, clean_text, iso_date, lang_code
from xsource.ingest.credit import known_outlet
from xsource.ingest.outlets import (
    KNOWN_NAMES,
    known_outlet_from_url,
    outlet_from_file_name,
    outlet_from_url,
)
from xsource.normalize import normalize
from xsource.records import Article, Skipped

MAX_ARTICLE_CHARS = 1_000_000  # a news article is ~1-20k characters; beyond this it is a dump
# Readers that trim credits out of the text pass the outlet they read first under this key
# ("" = looked, found none); others leave it out and the text is read here.
CREDIT_FIELD = "_credit"


@dataclass(frozen=True)
class Origin:
    """Where a blob of text came from, and what every article inside it inherits."""

    path: str  # file path or URL as given
    fmt: str  # txt, md, html, json, jsonl, feed, csv
    encoding: str
    url: str | None = None  # the fetched URL, for URL inputs
    # Parent folder name. Not the outlet: a folder usually holds one story from many outlets,
    # so headerless files fall back to their own stem (`make_article`).
    folder: str = ""

    def where(self, locator: str = "") -> str:
        return f"{self.path}:{locator}" if locator else self.path


def content_key(text: str) -> str:
    """Hash of the matching form of the text alone: equal for syndicated copies."""
    return hashlib.sha256(normalize(text, "und").encode("utf-8")).hexdigest()[:16]


def article_id(outlet: str, title: str, text: str) -> str:
    """Stable id: same outlet, title and text (up to invisible/spacing differences) -> same id."""
    key = "\x1f".join(normalize(part, "und") for part in (outlet, title, text))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def make_article(origin: Origin, fields: dict, text: str, locator: str = "") -> Article | Skipped:
    where = origin.where(locator)
    body = clean_text(text)
    if not body:
        return Skipped(where, "no-text", f"{where}: has a header but no article text; "
                                         "add the text below the header")
    if len(body) > MAX_ARTICLE_CHARS:
        return Skipped(where, "too-large",
                       f"{where}: article text is {len(body):,} characters, over the "
                       f"{MAX_ARTICLE_CHARS:,} limit for one article; split it into articles")
    url = clean_line(fields.get("url")) or origin.url or None
    outlet = (_named_outlet(clean_line(fields.get("outlet")), url) or outlet_from_url(url)
              or _credited(fields, body) or outlet_from_file_name(_stem(origin.path))
              or _stem(origin.path))
    title = clean_line(fields.get("title")) or _title_from(body)
    return Article(
        id=article_id(outlet, title, body),
        path=origin.path,
        outlet=outlet,
        title=title,
        text=body,
        date=iso_date(fields.get("date")),
        url=url,
        encoding=origin.encoding,
        format=origin.fmt,
        lang_hint=lang_code(fields.get("lang")),
        locator=locator,
    )


def _credited(fields: dict, body: str) -> str:
    """The outlet the text credits itself to (`credit`), else ""."""
    if CREDIT_FIELD in fields:
        return clean_line(fields[CREDIT_FIELD])
    from xsource.ingest.credit import outlet_from_credit

    return clean_line(outlet_from_credit(body))


def _named_outlet(name: str, url: str | None) -> str:
    """The outlet a page or header names, by the name it goes by when it is a known one:
    "Daily Jang" is Jang, and a known site's page or header that calls itself otherwise
    ("Arab News PK" on arabnews.pk, "Azadi Radio" on azadiradio.com) is that site's outlet.
    One outlet reads as one name whatever the input (`ingest.outlets`)."""
    if not name or name in KNOWN_NAMES:
        return name
    return known_outlet(name) or known_outlet_from_url(url) or name


def _stem(path: str) -> str:
    """`scrape/000_4681012913b4791f.txt` -> `000_4681012913b4791f`; a URL's last path part."""
    return PurePath(path.split("?", 1)[0].rstrip("/")).stem or path


def _title_from(body: str) -> str:
    """No title given: a short first paragraph is the headline, else the opening words."""
    from xsource.ingest.credit import strip_dateline

    lead = body.split("\n\n", 1)[0]
    first = strip_dateline(lead)  # "KABUL (Pajhwok):" names no story
    if len(lead) <= 150 and "\n\n" in body:
        return first
    if len(first) <= 80:
        return first
    cut = first[:80].rsplit(" ", 1)[0]
    return cut + "…"
