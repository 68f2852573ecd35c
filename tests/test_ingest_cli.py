"""`xsource ingest`: one line (or JSON object) per article, problems on stderr, exit codes."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from xsource.cli import app

runner = CliRunner()


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "dawn.txt").write_text(
        "outlet: Dawn\ntitle: Deadline ends\ndate: 2023-11-01\nlang: en\n"
        "url: https://www.dawn.com/news/1\n\nThe deadline ended on October 31.\n")
    (tmp_path / "copy.txt").write_text(
        "outlet: The Express Tribune\ntitle: Deadline over\n\nThe deadline ended on October 31.\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "agg.jsonl").write_text('{"text": "Chaman traders protest.", "source": "Geo"}\n{oops\n')
    return tmp_path


def test_lists_articles_and_reports_problems(folder):
    result = runner.invoke(app, ["ingest", str(folder)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    dawn = next(line for line in lines if "\tDawn\t" in line).split("\t")
    assert dawn[1:] == ["Dawn", "2023-11-01", "en", "txt/utf-8", "33 chars", "Deadline ends",
                        "https://www.dawn.com/news/1"]
    assert len(dawn[0]) == 16
    assert result.stderr.splitlines() == [
        f"skipped: {folder}/agg.jsonl:2: is not valid JSON (Expecting property name enclosed in "
        "double quotes, column 2); fix or remove this line",
        f"skipped: {folder}/empty.txt: is empty (0 bytes); remove it or add the article text",
        f"skipped: {folder}/image.png: is a PNG image, not text; ingest text, HTML, JSON or feed "
        "files only",
        "3 article(s) from 5 input(s); skipped 3 (malformed: 1, empty: 1, binary: 1); 1 duplicate(s)",
        f"duplicate: {folder}/dawn.txt has the same text as {folder}/copy.txt "
        "(kept, other outlet/title)",
    ]


def test_json_output(folder):
    result = runner.invoke(app, ["ingest", str(folder / "dawn.txt"), "--json"])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert {k: record[k] for k in ("outlet", "title", "date", "url", "characters", "encoding",
                                   "lang_hint", "format", "locator")} == {
        "outlet": "Dawn", "title": "Deadline ends", "date": "2023-11-01",
        "url": "https://www.dawn.com/news/1", "characters": 33, "encoding": "utf-8",
        "lang_hint": "en", "format": "txt", "locator": ""}
    assert record["path"] == str(folder / "dawn.txt") and len(record["id"]) == 16


def test_strict_exits_1_when_anything_was_skipped(folder):
    result = runner.invoke(app, ["ingest", str(folder), "--strict"])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 3  # articles are still listed
    assert result.stderr.splitlines()[-1].startswith(
        "error: strict mode: 3 input(s) skipped (malformed: 1, empty: 1, binary: 1); first problem: ")


def test_nothing_usable_exits_1(folder):
    result = runner.invoke(app, ["ingest", str(folder / "empty.txt"), str(folder / "missing.txt")])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1] == (
        f"error: no articles ingested from 2 input(s) (skipped 2: empty: 1, missing: 1); first "
        f"problem: {folder}/empty.txt: is empty (0 bytes); remove it or add the article text")


def test_help_has_examples():
    result = runner.invoke(app, ["ingest", "--help"])
    assert result.exit_code == 0
    assert "xsource ingest samples/" in result.stdout and "--strict" in result.stdout


def test_the_same_file_twice_is_reported_as_dropped(samples_dir):
    from typer.testing import CliRunner

    from xsource.cli import app

    path = str(samples_dir / "afghan-returns-2023" / "dawn-deportations-begin.txt")
    result = CliRunner().invoke(app, ["ingest", path, path])
    assert result.exit_code == 0
    assert f"duplicate: {path} has the same text as {path} (dropped)" in result.stderr
