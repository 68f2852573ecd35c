"""`xsource glossary ...`: check, search and show glossary entries."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from xsource.errors import XsourceError

from xsource.cli_common import (
    GlossaryOpt,
    JsonOpt,
    domain_errors,
    emit_json,
    err,
)

glossary_app = typer.Typer(help="Check, search and show glossary entries.", no_args_is_help=True)

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
    """Validate the bundled glossary plus FILE(s): every problem with file, line and fix.

    Examples:

        xsource glossary check

        xsource glossary check desk-overrides.tsv
    """
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
    """Find entries by any spelling: exact, then whole word, then fuzzy.

    Examples:

        xsource glossary lookup Haqqani

        xsource glossary lookup طورخم --json
    """
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
    """Show one entry in full: every spelling, framing tags, notes and where it is defined.

    Example:

        xsource glossary show place.torkham
    """
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
    """Show which glossary entries a text contains, as the translator will see them.

    Example:

        xsource glossary match "بکابل و تورخم" --lang prs
    """
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
