"""Readers for many-article files: .json (object, list, or {"articles": [...]}), .jsonl, .csv.

A bad record is skipped with its location (`file:line`, `file:item 3`, `file:row 7`) and the rest
of the file is kept; only a file that cannot be parsed at all is refused whole.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator

from xsource.errors import InputError
from xsource.ingest.articles import MAX_ARTICLE_CHARS, Origin, make_article
from xsource.ingest.headers import canonical
from xsource.records import Article, Skipped

TEXT_FIELDS = ("text", "body", "content")
_CONTAINERS = ("articles", "items", "entries", "data", "results")
_TOO_DEEP = "is JSON nested too deeply to read (over a thousand levels of [ or {)"


# Integers longer than this are read as floats (inf): Python refuses to convert 4,300+ digits,
# and no article field needs them; a text field holding one is then "a number", a bad record.
_MAX_INT_DIGITS = 4000


def _parse_int(digits: str) -> int | float:
    return int(digits) if len(digits) <= _MAX_INT_DIGITS else float(digits)


def _loads(text: str) -> object:
    return json.loads(text, parse_int=_parse_int)


def read_json(text: str, origin: Origin) -> Iterator[Article | Skipped]:
    try:
        data = _loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(origin.path, "malformed",
                         f"{origin.path}: is not valid JSON ({exc.msg}, line {exc.lineno} "
                         f"column {exc.colno}); fix the file") from None
    except RecursionError:
        raise InputError(origin.path, "malformed",
                         f"{origin.path}: {_TOO_DEEP}; fix the file") from None
    if isinstance(data, dict) and not _text_field(data):
        container = next((data[k] for k in _CONTAINERS if isinstance(data.get(k), list)), None)
        if container is not None:
            data = container
    if isinstance(data, dict):
        yield _record(data, origin, "")
    elif isinstance(data, list):
        if not data:
            raise InputError(origin.path, "no-text",
                             f"{origin.path}: is an empty JSON list; nothing to ingest")
        for index, item in enumerate(data, 1):
            yield _record(item, origin, f"item {index}")
    else:
        raise InputError(origin.path, "malformed",
                         f"{origin.path}: JSON must be an object or a list of objects, "
                         f"not {_kind(data)}; wrap each article in {{\"text\": ...}}")


def read_jsonl(text: str, origin: Origin) -> Iterator[Article | Skipped]:
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = origin.where(str(number))
        try:
            item = _loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(where, "malformed",
                          f"{where}: is not valid JSON ({exc.msg}, column {exc.colno}); "
                          "fix or remove this line")
            continue
        except RecursionError:
            yield Skipped(where, "malformed", f"{where}: {_TOO_DEEP}; fix or remove this line")
            continue
        yield _record(item, origin, str(number))


def read_csv(text: str, origin: Origin) -> Iterator[Article | Skipped]:
    csv.field_size_limit(max(csv.field_size_limit(), MAX_ARTICLE_CHARS * 4))
    try:
        sample = text[:8192]
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|") if sample else csv.excel
    except csv.Error:
        dialect = csv.excel
    # strict: an unclosed quote is an error, not a silent swallow of the rest of the file
    reader = csv.DictReader(text.splitlines(keepends=True), dialect=dialect, strict=True)
    try:
        columns = [c.strip().lower() for c in (reader.fieldnames or []) if c]
    except csv.Error as exc:
        raise InputError(origin.path, "malformed",
                         f"{origin.path}: is not valid CSV: the header row does not parse "
                         f"({exc}; an unclosed quote?); fix the quoting in the first "
                         "line") from None
    if not any(c in TEXT_FIELDS for c in columns):
        raise InputError(origin.path, "malformed",
                         f"{origin.path}: has no text column (expected one of "
                         f"{', '.join(TEXT_FIELDS)}; found: {', '.join(columns) or 'none'}); "
                         "rename the column holding the article text")
    try:
        for number, row in enumerate(reader, 2):  # row 1 is the header
            fields = {(k or "").strip().lower(): v for k, v in row.items() if k}
            yield _record(fields, origin, f"row {number}")
    except csv.Error as exc:
        raise InputError(origin.path, "malformed",
                         f"{origin.path}: is not valid CSV after line {reader.line_num} ({exc}); "
                         "fix the quoting there") from None


def _record(item: object, origin: Origin, locator: str) -> Article | Skipped:
    where = origin.where(locator)
    if not isinstance(item, dict):
        return Skipped(where, "malformed",
                       f"{where}: is {_kind(item)}, not an object with a \"text\" field; "
                       "fix the record")
    key, body = _text_field(item) or ("", None)
    if body is None:
        return Skipped(where, "no-text",
                       f"{where}: has no text, body or content field; add the article text")
    if isinstance(body, list) and all(isinstance(part, str) for part in body):
        body = "\n\n".join(body)  # a list of paragraphs
    if not isinstance(body, str):
        return Skipped(where, "malformed",
                       f"{where}: field \"{key}\" is {_kind(body)}, expected a string; "
                       "fix the record")
    if not body.strip():
        return Skipped(where, "no-text", f"{where}: field \"{key}\" is empty; "
                                         "add the article text")
    fields = {k: _scalar(v) for k, v in canonical(item).items()}
    return make_article(origin, fields, body, locator)


def _text_field(item: dict) -> tuple[str, object] | None:
    lowered = {str(k).lower(): (k, v) for k, v in item.items()}
    for name in TEXT_FIELDS:
        if name in lowered and lowered[name][1] is not None:
            return lowered[name]
    return None


def _scalar(value: object) -> object:
    """Metadata of the wrong type (a list as title, a number as outlet) is dropped; a named
    object (NewsAPI's "source": {"name": "Dawn"}) gives its name."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    return value if isinstance(value, str) else None


def _kind(value: object) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean",
            int: "a number", float: "a number", type(None): "null"}.get(type(value), "a value")
