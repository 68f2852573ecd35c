"""The command line: parses arguments, calls the library, renders results.

Library errors (`XsourceError`) become one clean line on stderr and exit code 1. Heavy
modules are imported inside commands so `xsource --help` stays instant.
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer

from xsource.errors import XsourceError

app = typer.Typer(
    name="xsource",
    help="Cross-outlet divergence reports for Pakistan/Afghanistan coverage in English, Urdu, "
    "Pashto and Dari.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
glossary_app = typer.Typer(help="Check, search and show glossary entries.", no_args_is_help=True)
models_app = typer.Typer(help="List, install and remove offline translation models.",
                         no_args_is_help=True)
app.add_typer(glossary_app, name="glossary")
app.add_typer(models_app, name="models")


def err(message: str) -> None:
    typer.echo(message, err=True)


@contextmanager
def domain_errors():
    """Turn a library error into one line on stderr and exit code 1."""
    try:
        yield
    except XsourceError as exc:
        err(f"error: {exc}")
        raise typer.Exit(1) from None


def emit_json(obj) -> None:
    typer.echo(json.dumps(obj, ensure_ascii=False))


def report_skipped(skipped) -> None:
    """One line per skipped input on stderr: the file and the reason."""
    for item in skipped:
        err(f"skipped: {item.message}")


# Options shared by several commands.
GlossaryOpt = Annotated[
    Optional[list[Path]],
    typer.Option("--glossary", "-g", help="Extra glossary file(s); later files override the bundled one."),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="One JSON object per line instead of text.")]


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
    return any((f"{a.path}:{a.locator}" if a.locator else a.path) == dup.duplicate
               for a in articles)


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


# ---- translate ---------------------------------------------------------------------------

ModelDirOpt = Annotated[
    Optional[Path],
    typer.Option("--model-dir", envvar="XSOURCE_MODEL_DIR",
                 help="Folder of installed Argos packages (default: <workspace>/models)."),
]
WorkspaceOpt = Annotated[
    Optional[Path],
    typer.Option("--workspace", envvar="XSOURCE_WORKSPACE",
                 help="Where the translation cache (and by default the models) live "
                      "(default: ~/.cache/xsource)."),
]


@app.command("translate")
def translate_cmd(
    paths: Annotated[list[str], typer.Argument(help="Article files, folders or URLs.")],
    backend: Annotated[str, typer.Option(
        "--backend", "-b",
        help="auto (argos where a package is installed, else glossary), argos, glossary, "
             "or identity (English as written).")] = "auto",
    glossary: GlossaryOpt = None,
    model_dir: ModelDirOpt = None,
    workspace: WorkspaceOpt = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the translation cache.")] = False,
    json_out: JsonOpt = False,
) -> None:
    """Translate articles to English sentence by sentence, source and English side by side.

    Each sentence is labelled with how it was translated (its signature: backend, model
    version, glossary hash). With --backend auto, languages without an installed model are
    translated with the glossary only (names and terms in English, the rest romanized), and
    a note on stderr says so.

    Examples:

        xsource translate samples/afghan-returns-2023/geo-urdu-bugti-deadline.txt

        xsource translate samples/ --backend glossary --json > sentences.jsonl

        xsource translate story.txt --model-dir ~/models --glossary desk.tsv
    """
    from rich.console import Console
    from rich.progress import Progress
    from rich.table import Table

    from xsource.errors import NoArticlesError
    from xsource.glossary import load_glossaries
    from xsource.ingest import ingest
    from xsource.langid import cross_check, detect
    from xsource.segment import split_sentences
    from xsource.translate import open_translator

    with domain_errors():
        result = ingest(paths)
        report_skipped(result.skipped)
        if not result.articles:
            raise NoArticlesError(f"nothing to translate in {', '.join(paths)}: no readable article; "
                                  "give text, HTML, JSON or feed files")
        gloss = load_glossaries(glossary or [])
        jobs = []
        for article in result.articles:
            lang, mismatch = cross_check(article.lang_hint, detect(article.text))
            if mismatch:
                err(f"note: {article.path}: {mismatch}")
            jobs.append((article, lang, split_sentences(article.text, lang)))
        total = sum(len(sentences) for _, _, sentences in jobs)
        out = Console(soft_wrap=False)
        progress = Progress(console=Console(stderr=True), transient=True,
                            disable=total < 200 or not sys.stderr.isatty())
        with open_translator(backend, gloss, model_dir=model_dir, workspace=workspace,
                             use_cache=not no_cache) as translator, progress:
            task = progress.add_task("translating", total=total)
            noted: set[str] = set()
            for article, lang, sentences in jobs:
                route = translator.route(lang)
                if route.reason and lang not in noted:
                    err(f"note: {route.reason}")
                    noted.add(lang)
                translations = translator.translate([s.text for s in sentences], lang)
                progress.advance(task, len(sentences))
                if json_out:
                    for sentence, t in zip(sentences, translations):
                        emit_json({
                            "path": article.path, "article_id": article.id, "lang": lang,
                            "index": sentence.index, "source": t.source, "english": t.english,
                            "backend": t.backend, "signature": t.signature,
                            "glossary_ids": list(t.glossary_ids), "coverage": t.coverage,
                            "fallback": t.fallback,
                        })
                    continue
                signatures = " + ".join(dict.fromkeys(t.signature for t in translations)) or route.signature
                table = Table(title=f"{article.path}{article.locator and ' ' + article.locator}  [{lang}]  "
                                    f"{signatures}", title_justify="left", show_lines=True, expand=True)
                table.add_column("#", justify="right", no_wrap=True)
                table.add_column("source", ratio=1)
                table.add_column("English", ratio=1)
                for sentence, t in zip(sentences, translations):
                    english = t.english
                    if t.fallback and t.fallback != route.reason:
                        english += f"\n[dim]({t.backend}: {t.fallback})[/dim]"
                    table.add_row(str(sentence.index), t.source, english)
                out.print(table)
            if json_out:
                return
            stats = translator.stats
            err(f"{total} sentence(s) in {len(jobs)} article(s): {stats['translated']} translated, "
                f"{stats['cached']} from cache")


# ---- glossary ----------------------------------------------------------------------------


def _glossary_row(entry) -> str:
    from xsource.glossary.loader import TSV_COLUMNS

    data = entry.to_dict()
    cells = {"id": entry.id, "type": entry.type, "canonical": entry.canonical,
             "framing": " | ".join(entry.framing), "notes": entry.notes, "match": entry.match}
    cells.update({lang: " | ".join(forms) for lang, forms in data["variants"].items()})
    return "\t".join(cells.get(col, "") for col in TSV_COLUMNS)


def _print_entry(glossary, entry, full: bool) -> None:
    tags = f"  [{', '.join(entry.framing)}]" if entry.framing else ""
    typer.echo(f"{entry.id}  ({entry.type})  {entry.canonical}{tags}")
    for lang, forms in entry.variants.items():
        if full or lang != "en":
            typer.echo(f"    {lang:<4} {' | '.join(forms)}")
    if full:
        if entry.notes:
            typer.echo(f"    notes {entry.notes}")
        if entry.match:
            typer.echo(f"    match {entry.match}")
        typer.echo(f"    from {glossary.sources.get(entry.id, '?')}")


@glossary_app.command("check")
def glossary_check(
    files: Annotated[Optional[list[Path]], typer.Argument(help="Desk glossary files, merged over the bundled one.")] = None,
    json_out: JsonOpt = False,
):
    """Validate the bundled glossary plus FILE(s): every problem with file, line and fix."""
    from xsource.glossary import GlossaryValidationError, load_glossaries

    try:
        glossary = load_glossaries(files or [])
    except GlossaryValidationError as exc:
        for problem in exc.problems:
            err(f"error: {problem}")
        err(f"{len(exc.problems)} problem(s); fix them and run `xsource glossary check` again")
        raise typer.Exit(1) from None
    except XsourceError as exc:
        err(f"error: {exc}")
        raise typer.Exit(1) from None
    counts: dict[str, int] = {}
    for entry in glossary.entries.values():
        for lang, _form in entry.all_forms():
            counts[lang] = counts.get(lang, 0) + 1
    if json_out:
        emit_json({"ok": True, "entries": len(glossary), "hash": glossary.hash,
                   "files": list(glossary.files), "forms": counts})
        return
    typer.echo(f"ok: {len(glossary)} entries, hash {glossary.hash}, from {', '.join(glossary.files)}")
    typer.echo("forms per language: " + ", ".join(f"{lang} {n}" for lang, n in counts.items()))


@glossary_app.command("lookup")
def glossary_lookup(
    term: Annotated[str, typer.Argument(help="A name or term in any script, or part of it.")],
    glossary_files: GlossaryOpt = None,
    json_out: JsonOpt = False,
):
    """Find entries by any spelling: exact, then whole word, then fuzzy."""
    from xsource.glossary import load_glossaries

    with domain_errors():
        glossary = load_glossaries(glossary_files or [])
        entries = glossary.lookup(term)
    if not entries:
        err(f"no glossary entry matches '{term}': try another spelling or part of the name, "
            "or add it to a desk glossary (see glossaries/README.md)")
        raise typer.Exit(1)
    for entry in entries:
        if json_out:
            emit_json(entry.to_dict())
        else:
            _print_entry(glossary, entry, full=False)


@glossary_app.command("show")
def glossary_show(
    entry_id: Annotated[str, typer.Argument(metavar="ID", help="Entry id, e.g. place.torkham.")],
    glossary_files: GlossaryOpt = None,
    json_out: JsonOpt = False,
    tsv: Annotated[bool, typer.Option("--tsv", help="The row as TSV, to copy into a desk glossary.")] = False,
):
    """Show one entry in full: every spelling, framing tags, notes and where it is defined."""
    from xsource.glossary import load_glossaries

    with domain_errors():
        glossary = load_glossaries(glossary_files or [])
        entry = glossary.get(entry_id)
    if json_out:
        emit_json(entry.to_dict() | {"source": str(glossary.sources.get(entry.id, ""))})
    elif tsv:
        from xsource.glossary.loader import TSV_COLUMNS

        typer.echo("\t".join(TSV_COLUMNS))
        typer.echo(_glossary_row(entry))
    else:
        _print_entry(glossary, entry, full=True)


@glossary_app.command("match")
def glossary_match(
    text: Annotated[str, typer.Argument(help="Text to scan (use quotes).")],
    lang: Annotated[str, typer.Option("--lang", "-l", help="en, ur, ps, prs, fa or und.")] = "und",
    glossary_files: GlossaryOpt = None,
    json_out: JsonOpt = False,
):
    """Show which glossary entries a text contains, as the translator will see them."""
    from dataclasses import asdict

    from xsource.glossary import load_glossaries

    with domain_errors():
        glossary = load_glossaries(glossary_files or [])
        hits = glossary.match(text, lang)
    for hit in hits:
        if json_out:
            emit_json(asdict(hit))
        else:
            typer.echo(f"{hit.start}-{hit.end}\t{hit.surface}\t{hit.canonical}\t{hit.entry_id}")
    if not hits and not json_out:
        err("no glossary entries found")


# ---- models ------------------------------------------------------------------------------


@models_app.command("list")
def models_list_cmd(model_dir: ModelDirOpt = None, workspace: WorkspaceOpt = None,
                    json_out: JsonOpt = False) -> None:
    """Installed Argos packages, the languages they cover, and which language has none.

    Example: xsource models list --model-dir ~/models
    """
    from xsource.translate import models

    directory = models.model_dir(model_dir, workspace)
    packages = models.installed_packages(directory)
    cover = models.coverage(packages)
    if json_out:
        emit_json({
            "model_dir": str(directory),
            "packages": [{"name": p.name, "version": p.version, "from_code": p.from_code,
                          "to_code": p.to_code, "languages": list(p.languages),
                          "covers": p.covers(), "path": str(p.path)} for p in packages],
            "coverage": {lang: p.name if p else None for lang, p in cover.items()},
            "missing": [lang for lang, p in cover.items() if p is None],
            "broken": models.broken_packages(directory),
        })
        return
    typer.echo(f"model dir: {directory}")
    if not packages:
        typer.echo("no packages installed")
    for p in packages:
        pair = f"{p.from_code}->{p.to_code}" if not p.multilingual else "multilingual " + ",".join(p.languages)
        typer.echo(f"  {p.name}  v{p.version}  {pair}  covers: {', '.join(p.covers()) or 'none of ur, ps, prs, fa'}")
    for problem in models.broken_packages(directory):
        typer.echo(f"  broken: {problem}")
    for lang, p in cover.items():
        name = models.LANG_NAMES[lang]
        if p:
            typer.echo(f"{lang} ({name}): {p.name}")
        else:
            typer.echo(f"{lang} ({name}): none -- glossary-only; "
                       + ("build one, see README 'Pashto model'" if lang == "ps"
                          else f"`xsource models install --lang {lang}`"))


@models_app.command("install")
def models_install_cmd(
    file: Annotated[Optional[Path], typer.Argument(help="A downloaded .argosmodel file.")] = None,
    lang: Annotated[Optional[str], typer.Option("--lang", help="Download the Argos package for ur, prs or fa (needs a network).")] = None,
    model_dir: ModelDirOpt = None,
    workspace: WorkspaceOpt = None,
) -> None:
    """Install a translation package from a file, or download one by language.

    Examples:

        xsource models install translate-ur_en-1_9.argosmodel

        xsource models install --lang ur
    """
    from xsource.translate import models

    with domain_errors():
        if (file is None) == (lang is None):
            raise models.ModelError("give either a FILE.argosmodel or --lang LANG (not both); "
                                    "e.g. `xsource models install translate-ur_en-1_9.argosmodel`")
        directory = models.model_dir(model_dir, workspace)
        package = models.install_file(file, directory) if file else models.download(lang, directory)
    covers = ", ".join(package.covers()) or "none of ur, ps, prs, fa"
    typer.echo(f"installed {package.name} v{package.version} in {directory} (covers: {covers})")


@models_app.command("remove")
def models_remove_cmd(
    name: Annotated[str, typer.Argument(help="Package name as shown by `xsource models list`.")],
    model_dir: ModelDirOpt = None,
    workspace: WorkspaceOpt = None,
) -> None:
    """Remove an installed package.  Example: xsource models remove translate-ur_en-1_9"""
    from xsource.translate import models

    with domain_errors():
        path = models.remove(name, models.model_dir(model_dir, workspace))
    typer.echo(f"removed {name} ({path})")


# ---- claims ------------------------------------------------------------------------------


def _claim_json(claim) -> dict:
    def num(v: float):
        return int(v) if float(v).is_integer() else v

    return {
        "path": claim.path, "article_id": claim.article_id, "outlet": claim.outlet,
        "lang": claim.lang, "index": claim.index, "start": claim.start, "end": claim.end,
        "text": claim.text, "text_en": claim.text_en,
        "numbers": [{"value": num(n.value), "text": n.text, "hedge": n.hedge, "unit": n.unit,
                     "start": n.start, "end": n.end} for n in claim.numbers],
        "dates": [{"value": d.value, "text": d.text, "calendar": d.calendar,
                   "start": d.start, "end": d.end} for d in claim.dates],
        "numbers_from": claim.numbers_from, "entities": list(claim.entities),
        "speaker": claim.speaker, "attribution": claim.attribution, "polarity": claim.polarity,
        "signature": claim.signature,
    }


def _claim_line(claim) -> str:
    figures = [f"{n.text} = {n.value:,.0f}" if float(n.value).is_integer() else
               f"{n.text} = {n.value:g}" for n in claim.numbers]
    figures = [f + (f" ({n.hedge})" if n.hedge else "") + (f" [{n.unit}]" if n.unit else "")
               for f, n in zip(figures, claim.numbers)]
    dates = [f"{d.text} = {d.value or '?'}" for d in claim.dates]
    who = f"{claim.speaker or '-'} ({claim.attribution}" + \
        (", denied)" if claim.polarity == "denied" and claim.attribution != "denied" else ")")
    lines = [f"  #{claim.index} {claim.text}"]
    if claim.text_en and claim.text_en != claim.text:
        lines.append(f"     en: {claim.text_en}")
    details = [f"speaker: {who}"]
    if figures:
        details.append("numbers: " + "; ".join(figures)
                       + (" (from English)" if claim.numbers_from == "english" else ""))
    if dates:
        details.append("dates: " + "; ".join(dates))
    lines.append("     " + " | ".join(details))
    return "\n".join(lines)


@app.command("claims")
def claims_cmd(
    paths: Annotated[list[str], typer.Argument(help="Article files, folders, feeds or URLs.")],
    backend: Annotated[str, typer.Option(
        "--backend", "-b", help="Translator: auto, argos, glossary, identity.")] = "auto",
    glossary: GlossaryOpt = None,
    model_dir: ModelDirOpt = None,
    workspace: WorkspaceOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """List the claims in each article: sentence, English, figures, dates, speaker.

    Figures and dates are read from the original script (17 لاکھ, ۱٫۷ میلیون, ۹ عقرب ۱۴۰۲)
    and only from the English translation when the original yields none. Each figure keeps
    its hedge (nearly, about, more_than, ...) and unit; each date is normalized to YYYY-MM-DD.

    Examples:

        xsource claims samples/afghan-returns-2023

        xsource claims geo-urdu.txt --json | jq '.numbers[]'

        xsource claims story/ --backend glossary --glossary desk.tsv --json > claims.jsonl
    """
    from xsource import pipeline
    from xsource.errors import NoArticlesError

    with domain_errors():
        settings = pipeline.Settings(glossaries=tuple(glossary or ()), backend=backend,
                                     model_dir=model_dir, workspace=workspace)
        ingested = pipeline.ingest(paths, settings)
        report_skipped(ingested.skipped)
        if not ingested.articles:
            raise NoArticlesError(f"no claims: nothing readable in {', '.join(paths)}; give text, "
                                  "HTML, JSON or feed files")
        analyzed = pipeline.analyze(ingested.articles, settings, total=len(ingested.articles))
    count = 0
    for item in analyzed:
        article = item.article
        if not json_out:
            typer.echo(f"{article.path}{article.locator and ' ' + article.locator}  "
                       f"[{item.claims[0].lang if item.claims else item.detection.lang}]  "
                       f"{article.outlet}  {article.date or ''}")
        for claim in item.claims:
            count += 1
            if json_out:
                emit_json(_claim_json(claim))
            else:
                typer.echo(_claim_line(claim))
    if not json_out:
        err(f"{count} claim(s) in {len(analyzed)} article(s)")


# ---- compare / report --------------------------------------------------------------------

OutOpt = Annotated[
    Optional[list[Path]],
    typer.Option("--out", "-o", help="Report file; format by extension: .html .md .json "
                 ".parquet .csv (tables: one file per table, out/r.claims.parquet, ...). Repeatable."),
]


def _write_reports(comparison, outs) -> list[Path]:
    from xsource import report

    return [written for out in outs or () for written in report.render_files(comparison, out)]


@app.command()
def compare(
    paths: Annotated[list[str], typer.Argument(help="Article files, folders, feeds or URLs.")],
    out: OutOpt = None,
    glossary: GlossaryOpt = None,
    backend: Annotated[str, typer.Option(help="Translator: auto, argos, glossary.")] = "auto",
    model_dir: Annotated[Optional[Path], typer.Option(help="Where translation models live.")] = None,
    workspace: Annotated[Optional[Path], typer.Option(help="Translation cache folder.")] = None,
    strict: Annotated[bool, typer.Option(help="Stop at the first unreadable input.")] = False,
) -> None:
    """Compare how outlets cover the same stories; print a summary and write reports."""
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
    """Re-render a saved .json run in other formats, without recomputing."""
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
