"""Hostile and broken inputs: each gives one named Skipped (exact message) or a clean article,
and never stops the run or loses the other files.

Small text cases are committed in tests/data/bad/; binary, huge and encoding cases are
generated here in tmp_path so the repository stays small."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from xsource.errors import NoArticlesError
from xsource.ingest import MAX_FILE_BYTES, ingest, iter_ingest
from xsource.records import Article, Skipped

BAD = Path(__file__).parent / "data" / "bad"
GOOD = "title: Survivor\noutlet: Dawn\n\nThis good article must survive every bad neighbour.\n"
URDU = "طورخم سرحد پر ہزاروں خاندان پہنچے۔"

PLEASE_TEXT = "ingest text, HTML, JSON or feed files only"
GENERATED = {
    # name: (bytes, reason, message after "<path>: ")
    "empty.txt": (b"", "empty", "is empty (0 bytes); remove it or add the article text"),
    "bom-only.txt": (codecs.BOM_UTF8, "empty",
                     "contains only a byte-order mark, no text; remove it or add the article text"),
    "utf16-bom-only.txt": (codecs.BOM_UTF16_LE, "empty",
                           "contains only a byte-order mark, no text; remove it or add the article text"),
    "invisible.txt": (" \n\t\u200b\u202e\n".encode(), "empty",
                      "contains only whitespace or invisible characters, no text; remove it or add "
                      "the article text"),
    "photo.png": (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "binary",
                  f"is a PNG image, not text; {PLEASE_TEXT}"),
    "photo-named.txt": (b"\xff\xd8\xff\xe0\0\x10JFIF", "binary",
                        f"is a JPEG image, not text; {PLEASE_TEXT}"),
    "archive.txt": (b"PK\x03\x04\x14\0\0\0", "document",
                    "is a ZIP archive or Office document, not text; unzip it, or save the document "
                    "as plain text (.txt), and ingest that"),
    "scan.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "document",
                 "is a PDF document, not text; extract its text first (e.g. `pdftotext FILE.pdf`) "
                 "and ingest the .txt"),
    "report.pdf": (b"%PDF-1.4\n", "document",
                   "is a PDF document, which xsource cannot read; extract its text first "
                   "(e.g. `pdftotext FILE.pdf`) and ingest the .txt"),
    "akhbar.inp": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 32, "document",
                   "is an InPage document, which xsource cannot read; export it from InPage as "
                   "Unicode text (.txt) and ingest that"),
    "khabar.txt": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 32, "document",
                   "is an OLE document (Word .doc, InPage, Excel), not text; export it as Unicode "
                   "text (.txt) and ingest that"),
    "letter.docx": (b"PK\x03\x04", "document",
                    "is a Word document, which xsource cannot read; save it as plain text (.txt) "
                    "and ingest that"),
    "nul.txt": (b"Torkham\x00\x00\x01\x02 reopened \x00 again and again", "binary",
                f"contains NUL bytes, so it is a binary file, not text; {PLEASE_TEXT}"),
    "truncated.txt": (URDU.encode()[:-1], "encoding",
                      "ends in the middle of a UTF-8 character (truncated file?); download or copy "
                      "it again completely"),
    "mixed.txt": (URDU.encode() + "\n".encode() + "خبر جديد".encode("cp1256") + URDU.encode(),
                  "encoding",
                  f"is UTF-8 with invalid bytes at byte {len(URDU.encode()) + 1} (mixed encodings "
                  "or a damaged file); re-save it as UTF-8"),
    "bad-utf16.txt": (codecs.BOM_UTF16_LE + "ok".encode("utf-16-le") + b"\x00\xd8", "encoding",
                      "declares utf-16-le but has invalid bytes at byte 4; re-save it as UTF-8"),
    "notes.foo": (b"plain words", "unknown-format",
                  "unknown file type '.foo'; rename it to .txt, .md, .html, .json, .jsonl, .csv or "
                  ".xml if it is one of these"),
    "Makefile": (b"all:\n\techo", "unknown-format",
                 "unknown file type '(none)'; rename it to .txt, .md, .html, .json, .jsonl, .csv or "
                 ".xml if it is one of these"),
    "one-line.txt": (b"word " * 1_000_000, "too-large",
                     "article text is 4,999,999 characters, over the 1,000,000 limit for one "
                     "article; split it into articles"),
    "nested.html": (("<html><body>" + "<div>" * 3000 + "<p>Deep text about the Torkham crossing "
                     "reopening today.</p>" + "</div>" * 3000 + "</body></html>").encode(), "no-text",
                    "no article text found in the HTML (an index, login or empty page?); save the "
                    "article page itself or its text as .txt"),
    "json-string.json": (b'"just a string"', "malformed",
                         "JSON must be an object or a list of objects, not a string; wrap each "
                         "article in {\"text\": ...}"),
    "json-empty-list.json": (b"[]", "no-text", "is an empty JSON list; nothing to ingest"),
    "empty-feed.rss": (b"<rss version='2.0'><channel><title>Nothing</title></channel></rss>",
                       "no-text", "the feed has no entries; nothing to ingest"),
}

COMMITTED = {
    "malformed.json": ("malformed", "is not valid JSON (Expecting property name enclosed in double "
                                    "quotes, line 2 column 1); fix the file"),
    "wrong-type-text.json": ("malformed", "field \"text\" is a number, expected a string; fix the record"),
    "no-body.html": ("no-text", GENERATED["nested.html"][2]),
    "nav-only.html": ("no-text", GENERATED["nested.html"][2]),
    "broken-feed.xml": ("malformed", "is not a valid RSS/Atom feed (<unknown>:2:62: mismatched tag); "
                                     "check the feed URL or file"),
    "feed-no-content.rss": ("no-text", "2 of 2 feed entries have only a title and link, no text; "
                                       "ingest the linked article pages instead"),
    "not-a-feed.xml": ("unknown-format", "is XML but not an RSS or Atom feed; give xsource feeds, "
                                         "HTML, text, JSON or CSV"),
    "broken-front-matter.md": ("malformed", "the front matter between --- lines is not valid YAML "
                                            "(line 3); fix it or remove the --- lines"),
    "front-matter-list.md": ("malformed", "the front matter between --- lines is not a list of "
                                          "`key: value` pairs; fix it or remove the --- lines"),
    "header-only.txt": ("no-text", "has a header but no article text; add the text below the header"),
    "bad-quote.csv": ("malformed", "is not valid CSV after line 1 (unexpected end of data); fix "
                                   "the quoting there"),
    "no-text-column.csv": ("malformed", "has no text column (expected one of text, body, content; "
                                        "found: headline, date); rename the column holding the "
                                        "article text"),
}


def _good(tmp_path) -> Path:
    path = tmp_path / "zz-good.txt"
    path.write_text(GOOD)
    return path


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_generated_bad_input_is_one_named_skip_and_the_run_goes_on(tmp_path, name):
    data, reason, message = GENERATED[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    result = ingest([str(bad), str(_good(tmp_path))])
    assert result.skipped == (Skipped(str(bad), reason, f"{bad}: {message}"),)
    assert [a.title for a in result.articles] == ["Survivor"]


@pytest.mark.parametrize("name", sorted(COMMITTED))
def test_committed_bad_input_is_one_named_skip(tmp_path, name):
    reason, message = COMMITTED[name]
    bad = BAD / name
    result = ingest([str(bad), str(_good(tmp_path))])
    assert result.skipped == (Skipped(str(bad), reason, f"{bad}: {message}"),)
    assert [a.title for a in result.articles] == ["Survivor"]


def test_file_over_the_size_limit_is_refused_unread(tmp_path):
    huge = tmp_path / "dump.txt"
    with huge.open("wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(50 * 2**20)
    result = ingest([str(huge), str(_good(tmp_path))])
    assert result.skipped == (Skipped(str(huge), "too-large",
                                      f"{huge}: is 50.0 MB, over the {MAX_FILE_BYTES // 2**20} MB "
                                      "limit for one file; split it"),)


def test_missing_path_and_empty_folder(tmp_path):
    folder = tmp_path / "nothing-here"
    folder.mkdir()
    missing = tmp_path / "nope.txt"
    result = ingest([str(missing), str(folder), str(_good(tmp_path))])
    assert result.skipped == (
        Skipped(str(missing), "missing", f"{missing}: no such file or folder; check the path"),
        Skipped(str(folder), "empty", f"{folder}: folder has no article files; point xsource at "
                                      ".txt, .md, .html, .json(l), feed or .csv files"),
    )


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text("secret")
    locked.chmod(0)
    result = ingest([str(locked), str(_good(tmp_path))])
    assert result.skipped == (Skipped(str(locked), "unreadable",
                                      f"{locked}: cannot be read (Permission denied); check its "
                                      "permissions"),)


def test_jsonl_and_json_keep_good_records_around_bad_ones():
    events = list(iter_ingest([str(BAD / "one-bad-line.jsonl"), str(BAD / "wrong-types.json")]))
    jsonl, wrong = BAD / "one-bad-line.jsonl", BAD / "wrong-types.json"
    assert [(type(e).__name__, getattr(e, "title", getattr(e, "source", ""))) for e in events] == [
        ("Article", "One"), ("Skipped", f"{jsonl}:2"), ("Article", "Three"),
        ("Article", "Torkham crossing reopened on Friday."), ("Skipped", f"{wrong}:item 2"),
        ("Skipped", f"{wrong}:item 3")]
    # metadata of the wrong type is dropped, not shown as "7" or "['a', 'b']"
    article = events[3]
    assert (article.outlet, article.date) == ("wrong-types", None)  # the file stem, not "7"


def test_bidi_overrides_cannot_spoof_titles_or_text():
    article = ingest([str(BAD / "bidi-title.txt")]).articles[0]
    assert article.title == "evil title about Torkham"
    assert article.text == "The Torkham crossing reopened today."


def test_zero_width_characters_inside_names_are_removed_for_display():
    article = ingest([str(BAD / "zero-width-names.txt")]).articles[0]
    assert article.title == "Imran Khan speaks"
    assert article.text == "Imran Khan and Sarfraz Bugti spoke. سرفراز بگٹی"


def test_control_characters_are_stripped():
    article = ingest([str(BAD / "control-chars.txt")]).articles[0]
    assert article.title == "Controls here"
    assert article.text == "Line one with a bell.[31m red[0m text and feed. Next line."


def test_whole_bad_folder_never_raises_and_counts_reasons():
    events = list(iter_ingest([str(BAD)]))
    skipped = [e for e in events if isinstance(e, Skipped)]
    articles = [e for e in events if isinstance(e, Article)]
    # 2 good JSONL lines, 1 good JSON item, the bidi, zero-width and control-char files, and
    # the entity bomb's one harmless entry
    assert len(articles) == 7
    counts: dict[str, int] = {}
    for item in skipped:
        counts[item.reason] = counts.get(item.reason, 0) + 1
    assert counts == {"malformed": 9, "no-text": 5, "unknown-format": 1}


def test_nothing_usable_raises_with_the_counts(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    png = tmp_path / "x.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n")
    with pytest.raises(NoArticlesError) as info:
        ingest([str(empty), str(png)])
    assert str(info.value) == (f"no articles ingested from 2 input(s) (skipped 2: empty: 1, "
                               f"binary: 1); first problem: {empty}: is empty (0 bytes); remove "
                               "it or add the article text")


def test_strict_raises_on_any_skip(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = _good(tmp_path)
    assert len(ingest([str(empty), str(good)]).articles) == 1
    with pytest.raises(NoArticlesError) as info:
        ingest([str(empty), str(good)], strict=True)
    assert str(info.value) == (f"strict mode: 1 input(s) skipped (empty: 1); first problem: "
                               f"{empty}: is empty (0 bytes); remove it or add the article text")


def test_xml_entity_bomb_is_not_expanded():
    result = ingest([str(BAD / "entity-bomb.xml")])
    assert [len(a.text) for a in result.articles] == [len("&lol9;")]
