"""What every command shares: one-line errors, JSON lines, skipped-input lines, options."""

from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer

from xsource.errors import XsourceError


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
OutOpt = Annotated[
    Optional[list[Path]],
    typer.Option("--out", "-o", help="Report file; format by extension: .html .md .json "
                 ".parquet .csv (tables: one file per table, out/r.claims.parquet, ...). Repeatable."),
]
