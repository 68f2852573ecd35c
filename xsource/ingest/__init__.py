"""Ingestion: files, folders and URLs in; `Article`s, `Skipped` inputs and `Duplicate`s out.

    >>> result = ingest(["samples/afghan-returns-2023", "https://example.org/feed.xml"])
    >>> for event in iter_ingest(["big-folder/"]):   # streams: memory stays flat
    ...     ...

Rules (documented here because users meet them in the run summary):

* Folders are walked recursively in sorted order. Hidden files/folders, metadata files
  (`EXPECTED.md`, `expected.json`, `README*`, `LICENSE*`, `CHANGELOG*`) and web assets saved
  beside pages (.css, .js, fonts, icons) are ignored silently; anything else that is not an
  article is reported. A file named explicitly is always read.
* Formats by extension: .txt .text .md .markdown .html .htm .xhtml .json .jsonl .ndjson .csv
  .tsv, feeds .rss .atom .xml (an .xml that is not RSS/Atom is refused). URLs decide from
  the content type and the first bytes.
* Every input that yields no article gives exactly one `Skipped(source, reason, message)`;
  reasons: missing, unreadable, not-a-file, empty, binary, document, encoding, malformed,
  no-text, too-large, unknown-format, fetch, error. A bad record inside a JSONL/JSON/CSV/feed
  is skipped alone (`file:12`, `file:item 3`, `file:row 7`) and the rest is kept.
* Only regular files are read (a named pipe would block the run, a link to /dev/zero would
  fill memory): anything else is `not-a-file`, and never more than MAX_FILE_BYTES is read.
* File names are shown as printable one-line text (`clean.printable`): a name that is not
  UTF-8 shows its bytes as `\\xe9`, a newline as `\\n`. `Article.path`, `Skipped.source` and
  every message carry that form, so reports and terminals get writable one-line names; the
  file itself is read by its real name.
* Ids hash outlet + title + text (matching form), so re-ingesting gives the same id.
  Duplicates are judged on the text alone: a copy with the *same id* (the same article read
  twice, e.g. from a file and its URL) is dropped and reported; the same text at *another
  outlet or under another title* (syndication, agency copy) is kept, because which outlets ran
  it is itself part of the comparison, and reported so agreement between copies is not counted
  as independent confirmation. `Duplicate.article_id` is the id of the first copy.
* HTML pages: the text is trafilatura's main content, trimmed of what it lets through
  (related/most-read headings, bylines, date lines, "Read more:" links; `pagetext`); title,
  outlet, date, URL and language come from the page's own JSON-LD/Open Graph/<meta>/<time>/
  <html lang> first (`pagemeta`), a visible date ("۱۱ عقرب ۱۴۰۲") last. A JavaScript-rendered
  page is read from its JSON-LD articleBody; a listing of teasers is refused as `no-text`.
* Outlet: the file's `outlet:` header, else the URL or page's own outlet, else the text's own
  credit (a dateline "KABUL (Pajhwok):", "(Reuters) -", a closing "Source: ..." line, ANI's
  syndicated format; `credit`), else the file stem: never the folder, which usually holds one
  story from many outlets. Plain text also loses a scraped `date YYYY-MM-DD` prefix (read as
  the date) and syndication boilerplate (agency-feed disclaimers, follow/subscribe lines).
* Feed entries: full content (content:encoded, Atom content) when given, else the summary;
  a summary cut off with '…', '[…]' or 'Read more' is a teaser, reported as `no-text`.
* `ingest` raises `NoArticlesError` when nothing usable was ingested, or with `strict=True`
  when anything was skipped; `iter_ingest` never raises for a bad input.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from xsource.errors import InputError, NoArticlesError
from xsource.ingest.articles import Origin, content_key
from xsource.ingest.clean import printable
from xsource.ingest.encoding import declared_charset, decode, sniff_binary
from xsource.records import Article, Duplicate, IngestResult, Skipped

__all__ = ["ingest", "iter_ingest", "summarize_skipped", "FORMATS", "MAX_FILE_BYTES"]

Progress = Callable[[str, int, int], None]
Event = Article | Skipped | Duplicate

MAX_FILE_BYTES = 32 * 1024 * 1024

FORMATS = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "csv",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}
_DOCUMENTS = {
    ".inp": ("an InPage document", "export it from InPage as Unicode text (.txt) and ingest that"),
    ".pdf": ("a PDF document", "extract its text first (e.g. `pdftotext FILE.pdf`) and ingest the .txt"),
    ".doc": ("a Word document", "save it as plain text (.txt) and ingest that"),
    ".docx": ("a Word document", "save it as plain text (.txt) and ingest that"),
    ".odt": ("an OpenDocument text", "save it as plain text (.txt) and ingest that"),
    ".rtf": ("an RTF document", "save it as plain text (.txt) and ingest that"),
    ".epub": ("an e-book", "convert it to plain text (.txt) and ingest that"),
    ".xls": ("a spreadsheet", "save the sheet as CSV with a text column and ingest that"),
    ".xlsx": ("a spreadsheet", "save the sheet as CSV with a text column and ingest that"),
}
_METADATA = re.compile(r"^(expected\.(json|md)|(readme|license|licence|changelog)(\..*)?)$", re.I)
_ASSETS = {".css", ".js", ".map", ".woff", ".woff2", ".ttf", ".otf", ".eot", ".ico"}


def ingest(sources: Sequence[str], *, strict: bool = False,
           progress: Progress | None = None) -> IngestResult:
    """Read every source; raise NoArticlesError if nothing usable came out (or, strict, any skip)."""
    articles: list[Article] = []
    skipped: list[Skipped] = []
    duplicates: list[Duplicate] = []
    for event in iter_ingest(sources, progress=progress):
        if isinstance(event, Article):
            articles.append(event)
        elif isinstance(event, Skipped):
            skipped.append(event)
        else:
            duplicates.append(event)
    check_result(len(sources), articles, skipped, strict=strict)
    return IngestResult(articles=tuple(articles), skipped=tuple(skipped),
                        duplicates=tuple(duplicates))


def check_result(inputs: int, articles: Sequence[Article], skipped: Sequence[Skipped], *,
                 strict: bool) -> None:
    """The one place deciding whether a run failed (shared with the CLI, which streams)."""
    if not articles:
        detail = f" (skipped {len(skipped)}: {summarize_skipped(skipped)})" if skipped else ""
        first = f"; first problem: {skipped[0].message}" if skipped else ""
        raise NoArticlesError(f"no articles ingested from {inputs} input(s){detail}{first}")
    if strict and skipped:
        raise NoArticlesError(f"strict mode: {len(skipped)} input(s) skipped "
                              f"({summarize_skipped(skipped)}); first problem: "
                              f"{skipped[0].message}")


def summarize_skipped(skipped: Sequence[Skipped]) -> str:
    """`empty: 1, binary: 2` in order of first appearance."""
    counts: dict[str, int] = {}
    for item in skipped:
        counts[item.reason] = counts.get(item.reason, 0) + 1
    return ", ".join(f"{reason}: {count}" for reason, count in counts.items())


def iter_ingest(sources: Sequence[str], *, progress: Progress | None = None) -> Iterator[Event]:
    """Yield Articles, Skipped and Duplicate events input by input (flat memory)."""
    inputs = list(_expand(sources))
    first_copy: dict[str, tuple[str, str]] = {}  # content key -> (article id, source)
    for done, item in enumerate(inputs, 1):
        events = [item] if isinstance(item, Skipped) else _read_input(item)
        events = [_one_line(event) if isinstance(event, Skipped) else event for event in events]
        for event in events:
            if isinstance(event, Article):
                where = f"{event.path}:{event.locator}" if event.locator else event.path
                key = content_key(event.text)
                if key in first_copy:
                    kept_id, kept_where = first_copy[key]
                    yield Duplicate(article_id=kept_id, kept=kept_where, duplicate=where)
                    if kept_id == event.id:
                        continue
                else:
                    first_copy[key] = (event.id, where)
            yield event
        if progress is not None:
            progress("ingest", done, len(inputs))


def _expand(sources: Sequence[str]) -> Iterator[str | Skipped]:
    """Sources to the list of files/URLs to read, in a deterministic order."""
    from xsource.ingest.fetch import is_url

    for source in sources:
        if is_url(source):
            yield source
            continue
        path = Path(source)
        shown = printable(source)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists()
        except OSError as exc:
            yield Skipped(shown, "unreadable", f"{shown}: cannot be read ({exc.strerror}); "
                                               "check the path and its permissions")
            continue
        if not exists and path.is_symlink():
            yield _broken_link(shown, path)
        elif not exists:
            yield Skipped(shown, "missing", f"{shown}: no such file or folder; check the path")
        elif is_dir:
            files = list(_walk(path))
            if not files:
                yield Skipped(shown, "empty", f"{shown}: folder has no article files; point "
                                              "xsource at .txt, .md, .html, .json(l), feed or "
                                              ".csv files")
            yield from files
        else:
            yield source


def _walk(folder: Path) -> Iterator[str | Skipped]:
    found: list[str] = []
    unreadable: list[Skipped] = []

    def report(exc: OSError) -> None:  # a locked subfolder must not vanish without a word
        shown = printable(os.fsdecode(exc.filename) if exc.filename is not None else str(folder))
        unreadable.append(Skipped(shown, "unreadable", f"{shown}: folder cannot be read "
                                                       f"({exc.strerror}); check its permissions"))

    for root, dirs, files in os.walk(folder, onerror=report):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith(".") or _METADATA.match(name) or name.endswith("~"):
                continue
            if os.path.splitext(name)[1].lower() in _ASSETS:
                continue
            found.append(os.path.join(root, name))
    yield from sorted(found)
    yield from unreadable


def _read_input(source: str) -> list[Event]:
    """Everything one input yields; any failure becomes one Skipped naming the input."""
    from xsource.ingest.fetch import is_url

    shown = printable(source)
    events: list[Event] = []  # what was read before a failure half-way through a file is kept
    try:
        events.extend(_read_url(source) if is_url(source) else _read_file(source, shown))
    except InputError as exc:
        events.append(Skipped(exc.source, exc.reason, str(exc)))
    except MemoryError:
        events.append(Skipped(shown, "too-large", f"{shown}: too large to read into memory; "
                                                  "split it"))
    except Exception as exc:  # a reader bug must not lose the other inputs
        events.append(Skipped(shown, "error", f"{shown}: could not be read "
                                              f"({type(exc).__name__}: {exc}); please report "
                                              "this with the file"))
    return events


def _one_line(item: Skipped) -> Skipped:
    """Last guard for the one-line promise: text quoted from a server or a parser is escaped too."""
    source, message = printable(item.source), printable(item.message)
    if (source, message) == (item.source, item.message):
        return item
    return Skipped(source, item.reason, message)


def _read_file(source: str, shown: str) -> Iterator[Article | Skipped]:
    path = Path(source)
    suffix = path.suffix.lower()
    if suffix in _DOCUMENTS:
        what, fix = _DOCUMENTS[suffix]
        raise InputError(shown, "document", f"{shown}: is {what}, which xsource cannot read; {fix}")
    data = _read_bytes(source, shown)
    if not data:
        raise InputError(shown, "empty", f"{shown}: is empty (0 bytes); remove it or add the "
                                         "article text")
    sniff_binary(data, shown)
    fmt = FORMATS.get(suffix)
    if fmt is None:
        raise InputError(shown, "unknown-format",
                         f"{shown}: unknown file type '{printable(suffix) or '(none)'}'; rename it "
                         "to .txt, .md, .html, .json, .jsonl, .csv or .xml if it is one of these")
    declared = declared_charset(data) if fmt in ("html", "feed") else None
    text, encoding = decode(data, shown, declared=declared)
    folder = printable(path.resolve().parent.name)
    yield from _parse(text, Origin(path=shown, fmt=fmt, encoding=encoding, folder=folder),
                      bom=data.startswith(_BOM_STARTS))


def _read_bytes(source: str, shown: str) -> bytes:
    """The whole file, if it is a regular file of at most MAX_FILE_BYTES.

    Opened non-blocking and checked on the open handle: a named pipe must not block the run
    (stat-then-open would leave a gap for a file swapped in between), and a device such as
    /dev/zero must not be read at all."""
    try:
        handle = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                         | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise _cannot_open(source, shown, exc) from None
    with os.fdopen(handle, "rb") as file:
        try:
            info = os.fstat(file.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise _not_a_file(shown, info.st_mode)
            if info.st_size > MAX_FILE_BYTES:
                raise _too_large(shown, info.st_size)
            data = file.read(MAX_FILE_BYTES + 1)  # it may have grown since fstat
        except OSError as exc:
            raise InputError(shown, "unreadable", f"{shown}: cannot be read ({exc.strerror}); "
                                                  "check its permissions") from None
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(shown, None)
    return data


def _cannot_open(source: str, shown: str, exc: OSError) -> InputError:
    try:
        mode = os.stat(source).st_mode
    except OSError:
        mode = None
    if mode is None and os.path.islink(source):
        link = _broken_link(shown, Path(source))
        return InputError(link.source, link.reason, link.message)
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        return _not_a_file(shown, mode)  # a socket cannot even be opened
    return InputError(shown, "unreadable", f"{shown}: cannot be read ({exc.strerror}); "
                                           "check its permissions")


_NOT_REGULAR = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a device"),
                (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket"))


def _not_a_file(shown: str, mode: int) -> InputError:
    kind = next((what for test, what in _NOT_REGULAR if test(mode)), "a special file")
    return InputError(shown, "not-a-file", f"{shown}: is {kind}, not a regular file; save the "
                                           "article to a file and ingest that")


def _too_large(shown: str, size: int | None) -> InputError:
    what = f"is {size / 2**20:.1f} MB, over" if size is not None else "is over"
    return InputError(shown, "too-large", f"{shown}: {what} the {MAX_FILE_BYTES // 2**20} MB "
                                          "limit for one file; split it")


def _broken_link(shown: str, path: Path) -> Skipped:
    try:
        os.stat(path)
        problem = "cannot be followed"
    except OSError as exc:
        problem = exc.strerror or "cannot be followed"
    return Skipped(shown, "unreadable", f"{shown}: is a broken or looping symlink ({problem}); "
                                        "point it at an existing file or remove it")


def _read_url(url: str) -> Iterator[Article | Skipped]:
    from xsource.ingest.fetch import fetch, format_for

    fetched = fetch(url)
    shown = printable(url)
    if not fetched.data:
        raise InputError(shown, "empty", f"{shown}: the server sent an empty page; check the URL")
    sniff_binary(fetched.data, shown)
    text, encoding = decode(fetched.data, shown,
                            declared=fetched.charset or declared_charset(fetched.data))
    fmt = format_for(fetched, text)
    yield from _parse(text, Origin(path=shown, fmt=fmt, encoding=encoding,
                                   url=printable(fetched.url)),
                      bom=fetched.data.startswith(_BOM_STARTS))


_INVISIBLE = re.compile(r"[\s\u200b-\u200f\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069]+")


_BOM_STARTS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def _parse(text: str, origin: Origin, *, bom: bool = False) -> Iterator[Article | Skipped]:
    from xsource.ingest import plain, structured, web

    if not _INVISIBLE.sub("", text):
        what = ("only a byte-order mark" if bom and not text.strip()
                else "only whitespace or invisible characters")
        raise InputError(origin.path, "empty", f"{origin.path}: contains {what}, no text; "
                                               "remove it or add the article text")
    fmt = origin.fmt
    if fmt == "txt" and text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        origin = Origin(origin.path, "html", origin.encoding, origin.url, origin.folder)
        fmt = "html"  # a page saved as .txt: reading the tags as words helps nobody
    if fmt == "feed" and not web.looks_like_feed(text):
        if web.looks_like_html(text):
            fmt = "html"
        else:
            raise InputError(origin.path, "unknown-format",
                             f"{origin.path}: is XML but not an RSS or Atom feed; give xsource "
                             "feeds, HTML, text, JSON or CSV")
        origin = Origin(origin.path, fmt, origin.encoding, origin.url, origin.folder)
    readers = {"txt": plain.read_txt, "md": plain.read_md, "html": web.read_html,
               "feed": web.read_feed, "json": structured.read_json,
               "jsonl": structured.read_jsonl, "csv": structured.read_csv}
    yield from readers[fmt](text, origin)
