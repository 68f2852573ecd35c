"""Readers for one-article text files: .txt and .md, each with an optional header block.

Scraped text is trimmed like page text (`pagetext.trim_plain`: syndication notes, calls to
follow, label lines, the tail's source line), and a file without `outlet:` or `url:` is
credited from its own dateline or source line (`credit`) before the file name is used.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from xsource.ingest.articles import CREDIT_FIELD, Origin, make_article
from xsource.ingest.credit import outlet_from_credit
from xsource.ingest.headers import split_header
from xsource.ingest.pagetext import trim_plain
from xsource.records import Article, Skipped

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", re.M)
# Each part stops at the next bracket, parenthesis, star or line end, so a failed match costs
# only up to that character: with open-ended `[^\]]*` / `.+?` a line of `[a[a[a...` or
# ` *a *a *a...` was quadratic (60,000 characters: 4 s and 13 s; a 1 MB line, hours).
_MD_TARGET = r"\((?:[^()\n]|\([^()\n]*\))*\)"  # (url "title"), one level of (...) inside
_MD_IMAGE = re.compile(r"!\[([^\[\]\n]*)\]" + _MD_TARGET)
_MD_LINK = re.compile(r"\[([^\[\]\n]+)\]" + _MD_TARGET)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1"
                          r"|(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")
_MD_FENCE = re.compile(r"^\s*(```|~~~).*$", re.M)
_MD_QUOTE_OR_BULLET = re.compile(r"^\s{0,3}(?:>\s?|[-*+]\s+)", re.M)


def read_txt(text: str, origin: Origin) -> Iterator[Article | Skipped]:
    meta, body = split_header(text, origin.path)
    yield _article(origin, meta, body)


def read_md(text: str, origin: Origin) -> Iterator[Article | Skipped]:
    meta, body = split_header(text, origin.path)
    if "title" not in meta:
        heading = _MD_HEADING.search(body)
        if heading and not body[:heading.start()].strip():
            meta = {**meta, "title": _strip_markdown(heading.group(1))}
            body = body[heading.end():]
    yield _article(origin, meta, _strip_markdown(body))


def _article(origin: Origin, meta: dict, body: str) -> Article | Skipped:
    lang = meta.get("lang") if isinstance(meta.get("lang"), str) else None
    title = meta.get("title") if isinstance(meta.get("title"), str) else ""
    trimmed = trim_plain(body, title=title, lang=lang)
    fields = dict(meta)
    if not fields.get("outlet") and not fields.get("url"):
        # read before make_article: the disclaimer and source line are gone from the text
        fields[CREDIT_FIELD] = outlet_from_credit(trimmed.text, trimmed.dropped) or ""
    if not fields.get("date") and trimmed.date:
        fields["date"] = trimmed.date
    return make_article(origin, fields, trimmed.text)


def _strip_markdown(text: str) -> str:
    """Markup to plain words; the text stays otherwise as written."""
    text = _MD_FENCE.sub("", text)
    text = _MD_HEADING.sub(lambda m: m.group(1), text)
    text = _MD_IMAGE.sub(lambda m: m.group(1), text)
    text = _MD_LINK.sub(lambda m: m.group(1), text)
    text = _MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(3), text)
    return _MD_QUOTE_OR_BULLET.sub("", text)
