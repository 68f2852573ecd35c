"""The terminal summary and the `compare` / `report` commands around the renderers."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from tests.report_fixtures import EVIL_OUTLET, fixture_comparison
from xsource.cli import app
from xsource.report.terminal import to_text


def test_summary_lists_stories_conflicts_skips_and_reports():
    text = to_text(fixture_comparison(), ["out/report.html", "out/report.md"], width=140)
    assert text.splitlines()[0] == ("xsource: 7 articles, 2 stories; clusters 2 agree, 4 conflict, "
                                    "2 single; conflicts 3 number, 1 date, 1 attribution, 1 polarity")
    assert "Top conflicts (5 of 6)" in text
    assert "│ number      │ Undocumented Afghans must leave by the deadline │ BBC Urdu  │ 1.7 million" in text
    assert "warning: 1 article(s) translated by the glossary only: Azadi Radio (ps)" in text
    assert "skipped inputs: 1 binary, 1 empty, 1 encoding" in text
    assert text.rstrip().splitlines()[-2:] == ["report: out/report.html", "report: out/report.md"]


def test_summary_does_not_interpret_markup_or_escape_codes():
    c = fixture_comparison()
    c = replace(c, stories=c.stories.with_columns(
        c.stories["label"].str.replace("Torkham", "[bold red]Torkham\x1b[31m")))
    text = to_text(c, width=200)
    assert "[bold red]Torkham[31m crossing" in text
    assert "\x1b" not in text


@pytest.fixture
def fake_run(monkeypatch):
    calls = []

    def run(sources, settings, progress):
        calls.append((list(sources), settings))
        for stage, total in (("ingest", 3), ("analyse", 2)):
            for done in range(1, total + 1):
                progress(stage, done, total)
        c = fixture_comparison()
        return replace(c, meta={k: v for k, v in c.meta.items() if k != "created"})

    monkeypatch.setattr("xsource.pipeline.run", run)
    return calls


def test_compare_writes_every_report_and_prints_where(tmp_path, fake_run):
    outs = [tmp_path / "out" / "report.html", tmp_path / "out" / "report.md",
            tmp_path / "out" / "report.json", tmp_path / "tables" / "t.parquet"]
    args = ["compare", "samples/", "--backend", "glossary", "--strict"]
    for out in outs:
        args += ["--out", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert fake_run[0][0] == ["samples/"]
    assert (fake_run[0][1].backend, fake_run[0][1].strict) == ("glossary", True)
    for out in outs[:3]:
        assert f"report: {out}" in result.stdout
        assert out.is_file()
    assert f"report: {tmp_path / 'tables' / 't.claims.parquet'}" in result.stdout
    assert result.stderr.splitlines() == [
        "skipped: samples/empty.txt: empty file; remove it or add text",
        "skipped: samples/photo.jpg: binary file; give text, HTML or JSON",
        "skipped: samples/old.txt: cannot decode; save it as UTF-8",
    ]
    meta = json.loads(outs[2].read_text(encoding="utf-8"))["meta"]
    assert meta["created"].endswith("Z") and meta["backend"] == "auto"  # pipeline's meta wins
    assert EVIL_OUTLET in outs[0].read_text(encoding="utf-8").replace("&lt;", "<").replace(
        "&gt;", ">").replace("&quot;", '"')


def test_compare_refuses_an_unknown_format_before_running(tmp_path, fake_run):
    result = CliRunner().invoke(app, ["compare", "samples/", "--out", str(tmp_path / "r.pdf")])
    assert result.exit_code == 1
    assert result.stderr == (f"error: {tmp_path / 'r.pdf'}: unknown report format '.pdf'; use one of "
                             ".html, .md, .json, .parquet, .csv\n")
    assert fake_run == []


def test_report_re_renders_a_saved_run_identically(tmp_path, fake_run):
    runner = CliRunner()
    first = runner.invoke(app, ["compare", "x", "--out", str(tmp_path / "run.json"),
                                "--out", str(tmp_path / "a.md")])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["report", str(tmp_path / "run.json"), "--out", str(tmp_path / "b.md"),
                                "--out", str(tmp_path / "run2.json")])
    assert again.exit_code == 0, again.output
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == (tmp_path / "b.md").read_text(encoding="utf-8")
    assert (tmp_path / "run.json").read_bytes() == (tmp_path / "run2.json").read_bytes()
    assert len(fake_run) == 1  # nothing recomputed


def test_report_on_a_bad_file_is_one_line(tmp_path):
    bad = tmp_path / "run.json"
    bad.write_text('{"schema_version": "7.1"}', encoding="utf-8")
    result = CliRunner().invoke(app, ["report", str(bad), "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 1
    assert result.stderr == (f"error: {bad}: schema_version 7.1 is not readable by this xsource "
                             "(reads 1.1); upgrade xsource, or re-run `xsource compare` to write "
                             "it again\n")


def test_progress_bar_draws_one_bar_per_stage_and_handles_unknown_totals():
    import io

    from rich.console import Console

    from xsource.report.terminal import progress_bar

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=100)
    with progress_bar(console) as progress:
        progress("ingest", 1, 0)  # total not known yet
        progress("ingest", 4, 4)
        progress("translate", 2, 3)
    with progress_bar(Console(file=io.StringIO(), force_terminal=False)) as quiet:
        quiet("ingest", 1, 1)
    drawn = buffer.getvalue()
    assert "ingest" in drawn and "4/4" in drawn and "translate" in drawn


def test_a_long_glossary_only_warning_names_a_dozen_and_counts_the_rest():
    import polars as pl

    c = fixture_comparison()
    many = pl.concat([c.articles.with_columns((pl.col("id") + f"-{k}").alias("id"),
                                              (pl.col("outlet") + f" {k}").alias("outlet"))
                      for k in range(20)])
    text = to_text(replace(c, articles=many), width=400)
    line = next(l for l in text.splitlines() if l.startswith("warning:"))
    assert line.endswith(" more (see the report)")
    assert line.startswith("warning: 20 article(s)") and line.count(" (ps)") == 12
