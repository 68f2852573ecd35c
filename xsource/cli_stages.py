"""`xsource translate` and `xsource claims`: one stage's output per sentence, for checking.

Registered on the main app in `xsource/cli.py`.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from xsource.cli_common import (
    GlossaryOpt,
    JsonOpt,
    ModelDirOpt,
    WorkspaceOpt,
    domain_errors,
    emit_json,
    err,
    report_skipped,
)

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
