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


# ---- detect ------------------------------------------------------------------------------


# ---- translate ---------------------------------------------------------------------------


# ---- glossary ----------------------------------------------------------------------------


# ---- models ------------------------------------------------------------------------------


# ---- claims ------------------------------------------------------------------------------


# ---- compare / report --------------------------------------------------------------------


def main() -> None:
    app()


if __name__ == "__main__":
    main()
