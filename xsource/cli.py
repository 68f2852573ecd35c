"""The command line: parses arguments, calls the library, renders results.

Library errors (`XsourceError`) become one clean line on stderr and exit code 1. Heavy
modules are imported inside commands so `xsource --help` stays instant. Command groups live
beside this file: `cli_glossary`, `cli_models`, `cli_stages` (translate, claims); shared
helpers and options in `cli_common`.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer

from xsource.cli_common import (
    GlossaryOpt,
    JsonOpt,
    ModelDirOpt,
    OutOpt,
    WorkspaceOpt,
    domain_errors,
    emit_json,
    err,
    report_skipped,
)
from xsource.cli_glossary import glossary_app
from xsource.cli_models import models_app
from xsource.cli_stages import claims_cmd, translate_cmd

app = typer.Typer(
    name="xsource",
    help="Cross-outlet divergence reports for Pakistan/Afghanistan coverage in English, Urdu, "
    "Pashto and Dari.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
app.add_typer(glossary_app, name="glossary")
app.add_typer(models_app, name="models")


# ---- ingest ------------------------------------------------------------------------------


@app.command("ingest")
def ingest_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or http(s) URLs.",
                                                 metavar="PATH...")],
    json_out: JsonOpt = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 if any input is skipped.")] = False,
) -> None:
    """List the articles found: id, outlet, date, language hint, format/encoding, size, title, URL.

    Reads .txt/.md (optional `key: value` or YAML header), .html, .json/.jsonl, RSS/Atom feeds and .csv. Problems go to stderr, one line per input, and a summary ends the run.

    Exit code 1 only when nothing usable was read (or with --strict, when anything was skipped).

    [bold]Examples[/bold]

      xsource ingest samples/

      xsource ingest story.txt dawn.html feeds/bbc-urdu.xml --json

      xsource ingest https://www.dawn.com/feeds/home --strict
    """
    from xsource.ingest import check_result, iter_ingest, summarize_skipped
    from xsource.records import Article, Skipped

    articles: list[Article] = []
    skipped: list[Skipped] = []
    duplicates = []
    total = [0]  # inputs after expanding folders, learnt from the progress callback

    with domain_errors():
        with _ingest_progress() as tick:
            def on_progress(stage: str, done: int, count: int) -> None:
                total[0] = count
                tick(done, count)

            for event in iter_ingest(paths, progress=on_progress):
                if isinstance(event, Article):
                    articles.append(event)
                    _echo_article(event, json_out)
                elif isinstance(event, Skipped):
                    skipped.append(event)
                    report_skipped([event])
                else:
                    duplicates.append(event)
        inputs = total[0] or len(paths)
        line = f"{len(articles)} article(s) from {inputs} input(s)"
        if skipped:
            line += f"; skipped {len(skipped)} ({summarize_skipped(skipped)})"
        if duplicates:
            line += f"; {len(duplicates)} duplicate(s)"
        err(line)
        for dup in duplicates:
            fate = "kept, other outlet/title" if _kept_twice(dup, articles) else "dropped"
            err(f"duplicate: {dup.duplicate} has the same text as {dup.kept} ({fate})")
        check_result(inputs, articles, skipped, strict=strict)


def _kept_twice(dup, articles) -> bool:
    """A syndicated copy (same text, other outlet or title) is kept under its own id; an
    exact re-read (the same file twice) has the first copy's id and was dropped."""
    return any((f"{a.path}:{a.locator}" if a.locator else a.path) == dup.duplicate
               and a.id != dup.article_id for a in articles)


def _echo_article(article, json_out: bool) -> None:
    if json_out:
        emit_json({"id": article.id, "outlet": article.outlet, "title": article.title,
                   "date": article.date, "url": article.url, "characters": len(article.text),
                   "encoding": article.encoding, "lang_hint": article.lang_hint,
                   "format": article.format, "path": article.path, "locator": article.locator})
        return
    where = article.url or (f"{article.path}:{article.locator}" if article.locator else article.path)
    typer.echo("\t".join([article.id, article.outlet, article.date or "-",
                          article.lang_hint or "-", f"{article.format}/{article.encoding}",
                          f"{len(article.text)} chars", article.title, where]))


@contextmanager
def _ingest_progress():
    """A progress bar on an interactive stderr (5,000-file folders); silent otherwise."""
    if not sys.stderr.isatty():
        yield lambda done, total: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("ingest", total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)


# ---- detect ------------------------------------------------------------------------------


def _segment_json(segments) -> list[dict]:
    return [{"start": s.start, "end": s.end, "lang": s.lang, "confidence": s.confidence}
            for s in segments]


def _read_lines(source: str) -> list[str]:
    from xsource.errors import InputError

    if source == "-":
        return sys.stdin.read().splitlines()
    path = Path(source)
    if not path.is_file():
        raise InputError(source, "missing", f"{source}: no such file; give a text file with one "
                                            "sentence per line (or - for stdin) to --lines")
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise InputError(source, "binary", f"{source}: looks binary; --lines wants UTF-8 text, "
                                           "one sentence per line")
    return data.decode("utf-8", errors="replace").splitlines()


@app.command("detect")
def detect_cmd(
    paths: Annotated[Optional[list[str]], typer.Argument(
        help="Article files, folders or URLs (one result per article).")] = None,
    lines: Annotated[Optional[str], typer.Option(
        "--lines", metavar="FILE",
        help="Label each line of FILE on its own, in order ('-' reads stdin); no paragraph "
             "splitting. This is how the FLORES benchmark runs.")] = None,
    json_out: JsonOpt = False,
) -> None:
    """Detect each article's language, with a confidence in [0, 1].

    Labels: en, ur, ps (Pashto), prs (Dari), fa (Iranian Persian), ar, sd, hi, other ISO codes, und.

    Mixed articles (paragraphs confidently in different languages) list each paragraph's offsets.

    A `lang:` header is cross-checked; a disagreement is noted on stderr.

    Examples:

        xsource detect samples/

        xsource detect story-ur.txt --json

        xsource detect --lines sentences.txt

        cut -f2 corpus.tsv | xsource detect --lines - --json
    """
    if bool(paths) == bool(lines):
        err("error: give article paths, or --lines FILE (not both); see xsource detect --help")
        raise typer.Exit(2)
    from xsource.langid import cross_check, detect, detect_lines

    with domain_errors():
        if lines:
            for number, det in enumerate(detect_lines(_read_lines(lines)), 1):
                if json_out:
                    emit_json({"line": number, "lang": det.lang, "confidence": det.confidence})
                else:
                    typer.echo(f"{det.lang}\t{det.confidence:.3f}")
            return
        from xsource.errors import NoArticlesError
        from xsource.ingest import ingest

        result = ingest(paths)
        report_skipped(result.skipped)
        if not result.articles:
            raise NoArticlesError(f"nothing to detect in {', '.join(paths)}: no readable article; "
                                  "give text, HTML, JSON or feed files")
        for article in result.articles:
            det = detect(article.text)
            used, mismatch = cross_check(article.lang_hint, det)
            where = article.path + (f" {article.locator}" if article.locator else "")
            if mismatch:
                err(f"note: {where}: {mismatch}")
            if json_out:
                record = {"path": article.path, "locator": article.locator,
                          "article_id": article.id, "lang": det.lang,
                          "confidence": det.confidence, "hint": article.lang_hint,
                          "lang_used": used, "note": mismatch}
                if det.segments:
                    record["segments"] = _segment_json(det.segments)
                emit_json(record)
                continue
            hint = f"\t(header lang: {article.lang_hint}; using {used})" if used != det.lang else ""
            typer.echo(f"{where}\t{det.lang}\t{det.confidence:.3f}{hint}")
            for seg in det.segments:
                typer.echo(f"  {seg.start}-{seg.end}\t{seg.lang}\t{seg.confidence:.3f}")


# ---- translate / claims (cli_stages) ----------------------------------------------------

app.command("translate")(translate_cmd)
app.command("claims")(claims_cmd)


# ---- compare / report --------------------------------------------------------------------

def _write_reports(comparison, outs) -> list[Path]:
    from xsource import report

    return [written for out in outs or () for written in report.render_files(comparison, out)]


@app.command()
def compare(
    paths: Annotated[list[str], typer.Argument(help="Article files, folders, feeds or URLs.")],
    out: OutOpt = None,
    glossary: GlossaryOpt = None,
    backend: Annotated[str, typer.Option(help="Translator: auto, argos, glossary.")] = "auto",
    model_dir: ModelDirOpt = None,
    workspace: WorkspaceOpt = None,
    strict: Annotated[bool, typer.Option(help="Stop at the first unreadable input.")] = False,
) -> None:
    """Compare how outlets cover the same stories; print a summary and write reports.

    Groups the articles into stories, aligns their claims across outlets and languages, and reports agreements, conflicts (number, date, attribution, polarity), single-outlet claims, omissions and loaded words.

    Examples:

        xsource compare samples/ --out out/report.html --out out/report.json

        xsource compare desk/ https://example.org/feed.xml --glossary desk.tsv --out desk.md

        xsource compare desk/ --backend glossary --out tables.parquet
    """
    from rich.console import Console

    from xsource import pipeline, report
    from xsource.report import terminal

    with domain_errors():
        for path in out or ():
            report.check_path(path)  # a typo in --out fails now, not after the long run
        settings = pipeline.Settings(glossaries=tuple(glossary or ()), backend=backend,
                                     model_dir=model_dir, workspace=workspace, strict=strict)
        with terminal.progress_bar(Console(stderr=True)) as progress:
            comparison = pipeline.run(paths, settings, progress)
        comparison = report.stamp(comparison, backend=backend)
        report_skipped(comparison.summary.skipped)
        written = _write_reports(comparison, out)
    Console().print(terminal.summary(comparison, written), soft_wrap=True)


@app.command("report")
def report_command(
    run: Annotated[Path, typer.Argument(help="A run saved with `xsource compare ... --out run.json`.")],
    out: OutOpt = None,
) -> None:
    """Re-render a saved .json run in other formats, without recomputing.

    Examples:

        xsource report out/report.json --out out/report.html

        xsource report out/report.json --out tables.csv
    """
    from rich.console import Console

    from xsource import report
    from xsource.report import terminal

    with domain_errors():
        for path in out or ():
            report.check_path(path)
        comparison = report.load(run)
        written = _write_reports(comparison, out)
    Console().print(terminal.summary(comparison, written), soft_wrap=True)



def main() -> None:
    app()


if __name__ == "__main__":
    main()
