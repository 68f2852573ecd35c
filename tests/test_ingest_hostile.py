"""Inputs built to trip ingestion itself: odd file names, files that are not files, parsers
pushed past their limits, mixed encodings. Each gives one named Skipped with its exact message
or a clean article, and never a reader bug ('error') or a hang. The end-to-end run over the
whole hostile corpus is tests/test_hostile.py."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from xsource.ingest import iter_ingest
from xsource.ingest.clean import printable
from xsource.records import Article, Skipped

TEXT = "The Torkham crossing reopened today after talks, officials said on Friday."
URDU_CP1256 = "پاكستان كي حكومت نے افغان شہريوں كو طورخم سرحد سے واپس بھيجنا شروع كر ديا ہے."


def _events(*sources) -> list:
    return list(iter_ingest([str(source) for source in sources]))


def _only_skip(path: Path) -> tuple[str, str]:
    [event] = _events(path)
    assert isinstance(event, Skipped), event
    return event.reason, event.message


# --- names --------------------------------------------------------------------------------------


@pytest.mark.parametrize("name,shown", [
    ("plain-name.txt", "plain-name.txt"),
    ("two\nlines.txt", "two\\nlines.txt"),
    ("tab\there.txt", "tab\\there.txt"),
    ("esc\x1b[31mred.txt", "esc\\x1b[31mred.txt"),
    ("\u202etxt.exe", "\\u202etxt.exe"),
    ("line\u2028sep.txt", "line\\u2028sep.txt"),
    (os.fsdecode(b"khabar-\xe9.txt"), "khabar-\\xe9.txt"),  # Latin-1 byte on a UTF-8 system
    ("خبر‌ها.txt", "خبر‌ها.txt"),  # Persian with ZWNJ: printable, unchanged
], ids=["plain", "newline", "tab", "escape", "bidi", "line-separator", "latin1", "persian"])
def test_printable_names_are_one_writable_line(name, shown):
    assert printable(name) == shown
    shown.encode("utf-8")


def test_file_with_a_non_utf8_name_is_read_and_shown_escaped(tmp_path):
    path = Path(os.fsdecode(bytes(tmp_path) + b"/khabar-\xe9.txt"))
    path.write_text(TEXT, encoding="utf-8")
    [article] = _events(tmp_path)
    assert (article.text, article.path) == (TEXT, f"{tmp_path}/khabar-\\xe9.txt")


def test_control_characters_in_a_name_are_escaped_in_source_and_message(tmp_path):
    path = tmp_path / "wire\r\nskipped: x.txt"
    path.write_bytes(b"")
    [event] = _events(path)
    shown = f"{tmp_path}/wire\\r\\nskipped: x.txt"
    assert event == Skipped(shown, "empty",
                            f"{shown}: is empty (0 bytes); remove it or add the article text")


# --- files that are not regular files -------------------------------------------------------


def test_named_pipe_given_directly_is_not_opened_for_a_blocking_read(tmp_path):
    pipe = tmp_path / "wire.txt"
    os.mkfifo(pipe)
    assert _only_skip(pipe) == ("not-a-file", (
        f"{pipe}: is a named pipe (FIFO), not a regular "
        "file; save the article to a file and ingest that"))


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_link_to_dev_zero_is_refused_without_reading(tmp_path):
    link = tmp_path / "endless.txt"
    link.symlink_to("/dev/zero")
    assert _only_skip(link) == ("not-a-file", (
        f"{link}: is a device, not a regular file; save "
        "the article to a file and ingest that"))


def test_broken_symlink_named_directly_says_so(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "never-written.txt")
    assert _only_skip(link) == ("unreadable", (
        f"{link}: is a broken or looping symlink (No such "
        "file or directory); point it at an existing file "
        "or remove it"))


def test_link_to_a_good_file_is_read(tmp_path):
    (tmp_path / "real.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "alias.txt").symlink_to("real.txt")
    [article] = _events(tmp_path / "alias.txt")
    assert article.text == TEXT


# --- parsers pushed past their limits ----------------------------------------------------------


def test_json_nested_past_the_recursion_limit_is_malformed(tmp_path):
    path = tmp_path / "deep.json"
    path.write_bytes(b"[" * 100_000 + b"]" * 100_000)
    assert _only_skip(path) == ("malformed", (
        f"{path}: is JSON nested too deeply to read (over a "
        "thousand levels of [ or {); fix the file"))


def test_jsonl_line_nested_too_deeply_is_skipped_alone(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_bytes(json.dumps({"text": TEXT}).encode() + b"\n" + b"[" * 50_000 + b"\n")
    first, second = _events(path)
    assert isinstance(first, Article) and first.text == TEXT
    assert second == Skipped(f"{path}:2", "malformed", f"{path}:2: is JSON nested too deeply to "
                                                       "read (over a thousand levels of [ or {); "
                                                       "fix or remove this line")


def test_json_number_too_long_for_int_fails_only_its_record(tmp_path):
    path = tmp_path / "figures.json"
    path.write_bytes(b'[{"text": ' + b"1" * 5000 + b'}, {"text": "' + TEXT.encode()
                     + b'", "views": ' + b"9" * 5000 + b"}]")
    bad, good = _events(path)
    assert bad == Skipped(f"{path}:item 1", "malformed", f"{path}:item 1: field \"text\" is a "
                                                         "number, expected a string; fix the "
                                                         "record")
    assert isinstance(good, Article) and good.text == TEXT  # the huge metadata number is dropped


def test_lone_surrogate_escapes_become_replacement_characters(tmp_path):
    path = tmp_path / "half-emoji.json"
    path.write_bytes(b'{"title": "Lone \\ud800 half", "text": "Torkham reopened \\udc00 today."}')
    [article] = _events(path)
    assert (article.title, article.text) == ("Lone \ufffd half", "Torkham reopened \ufffd today.")


def test_csv_header_with_an_unclosed_quote_is_malformed(tmp_path):
    path = tmp_path / "header-quote.csv"
    path.write_bytes(b'"headline,text\nTorkham reopened,Trucks crossed again.\n')
    assert _only_skip(path) == ("malformed", (
        f"{path}: is not valid CSV: the header row does not "
        "parse (unexpected end of data; an unclosed quote?); "
        "fix the quoting in the first line"))


def test_front_matter_value_yaml_cannot_build_is_malformed(tmp_path):
    path = tmp_path / "bad-date.md"
    path.write_text(f"---\ntitle: Torkham\ndate: 2023-13-45\n---\n{TEXT}\n", encoding="utf-8")
    assert _only_skip(path) == ("malformed", (
        f"{path}: the front matter between --- lines has a "
        "value that cannot be read (month must be in "
        "1..12); fix it or remove the --- lines"))


def test_unclosed_front_matter_is_read_as_a_plain_header(tmp_path):
    path = tmp_path / "unclosed.md"
    path.write_text("---\ntitle: Never closed\noutlet: Frontier Post\n\nBody text about the "
                    "Kharlachi border crossing.\n", encoding="utf-8")
    [article] = _events(path)
    assert (article.title, article.outlet, article.text) == (
        "Never closed", "Frontier Post", "Body text about the Kharlachi border crossing.")


def test_leading_rule_without_header_lines_stays_body_text(tmp_path):
    path = tmp_path / "rule.md"
    path.write_text(f"---\n{TEXT}\n", encoding="utf-8")
    [article] = _events(path)
    assert article.text == f"--- {TEXT}"


# --- mixed encodings -------------------------------------------------------------------------


def test_legacy_file_with_a_utf8_word_is_refused_as_mixed(tmp_path):
    path = tmp_path / "mixed.txt"
    legacy = URDU_CP1256.encode("cp1256")
    path.write_bytes(legacy + " از ".encode() + b"\n")
    assert _only_skip(path) == ("encoding", (
        f"{path}: mixes encodings: legacy (e.g. Windows-1256) text with UTF-8 text at byte "
        f"{len(legacy) + 1} (\"از\"), so one part would come out garbled; re-save the file as "
        "UTF-8 and re-type or re-paste the part that shows garbled"))


def test_genuine_cp1256_with_letters_that_look_like_utf8_pairs_is_read(tmp_path):
    # ع (0xDA) then ک (0x98) in عکس ("photo") is a valid UTF-8 pair by chance (U+0698); one
    # pair is not a UTF-8 word
    text = "عکس: " + URDU_CP1256
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1256"))
    [article] = _events(path)
    assert (article.encoding, article.text) == ("cp1256", text)


def test_page_declaring_a_codec_no_page_uses_is_decoded_as_legacy_text(tmp_path):
    # punycode decodes in quadratic time and unicode_escape turns ASCII into any character:
    # a declaration naming them is ignored and the encoding found as for undeclared bytes
    path = tmp_path / "declared.html"
    path.write_bytes(b'<html><head><meta charset="punycode"></head><body><p>Le caf\xe9 pr\xe8s '
                     b"de Torkham a rouvert vendredi, selon les responsables.</p></body></html>")
    [article] = _events(path)
    assert (article.encoding, article.text) == (
        "cp1252", "Le café près de Torkham a rouvert vendredi, selon les responsables.")


def test_folder_that_cannot_be_listed_is_named_not_dropped(tmp_path, monkeypatch):
    # chmod 000 does not stop root, so the refusal is simulated where os.walk lists folders
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    article, skipped = _events(tmp_path)
    assert isinstance(article, Article) and article.text == TEXT
    assert skipped == Skipped(str(locked), "unreadable", f"{locked}: folder cannot be read "
                                                         "(Permission denied); check its "
                                                         "permissions")


def test_front_matter_alias_bomb_is_not_expanded(tmp_path):
    # nine levels of ten aliases: a billion "lol"s if the title were ever printed
    lines = ["---", "l0: &l0 [" + ", ".join(["lol"] * 10) + "]"]
    lines += [f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 10) + "]" for i in range(1, 9)]
    lines += ["title: *l8", "outlet: Laughs Daily", "---", TEXT]
    path = tmp_path / "laughs.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    [article] = _events(path)
    assert (article.title, article.outlet, article.text) == (TEXT, "Laughs Daily", TEXT)


# --- patterns that backtracked quadratically on one long line ----------------------------------
# No timing asserted: each case finishes at once when linear, and took minutes to hours before.


@pytest.mark.parametrize("line", [
    " *a" * 100_000,  # emphasis openers never closed
    "[a" * 100_000,  # link brackets never closed
    "![a](b" * 50_000,  # image targets never closed
], ids=["stars", "brackets", "image-targets"])
def test_markdown_line_of_unclosed_markup_is_read(tmp_path, line):
    path = tmp_path / "wire.md"
    path.write_text(f"title: Long line\n\n{line}\n", encoding="utf-8")
    [article] = _events(path)
    assert (article.title, article.text) == ("Long line", line.strip())


def test_markdown_links_images_and_emphasis_become_plain_words(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("# Torkham reopens\n\nSee [the report](https://en.wikipedia.org/wiki/Torkham_"
                    "(border)) and ![the crossing](map.png \"Map\"); **trucks** moved *again*, "
                    "2*3*4.\n", encoding="utf-8")
    [article] = _events(path)
    assert (article.title, article.text) == (
        "Torkham reopens", "See the report and the crossing; trucks moved again, 2*3*4.")


def test_header_value_with_a_long_run_of_spaces_is_read(tmp_path):
    path = tmp_path / "spaced.txt"
    path.write_text(f"title: Torkham{' ' * 200_000}reopens\noutlet: Dawn\n\n{TEXT}\n",
                    encoding="utf-8")
    [article] = _events(path)
    assert (article.title, article.outlet) == ("Torkham reopens", "Dawn")
