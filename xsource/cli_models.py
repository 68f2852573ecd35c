"""`xsource models ...`: list, install and remove offline translation models."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from xsource.cli_common import (
    JsonOpt,
    ModelDirOpt,
    WorkspaceOpt,
    domain_errors,
    emit_json,
)

models_app = typer.Typer(help="List, install and remove offline translation models.",
                         no_args_is_help=True)

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
