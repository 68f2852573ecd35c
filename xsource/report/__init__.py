"""Divergence reports: one comparison, many formats, chosen by the output file's extension.

Renderers are registered by extension as "module:function" and imported only when used, so
writing Markdown never imports the HTML machinery. Each renderer takes
`(comparison, path)` and returns the files it wrote (table formats write one file per table:
`out/report.parquet` -> `out/report.claims.parquet`, `out/report.clusters.parquet`, ...).
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

from xsource.comparison import Comparison
from xsource.errors import ReportError

RENDERERS: dict[str, str] = {
    ".html": "xsource.report.html:write",
    ".md": "xsource.report.markdown:write",
    ".json": "xsource.report.jsonio:write",
    ".parquet": "xsource.report.tables:write_parquet",
    ".csv": "xsource.report.tables:write_csv",
}


def supported() -> str:
    return ", ".join(RENDERERS)


def check_path(path: Path) -> str:
    """The extension of `path` if a renderer exists for it; else ReportError (checked early,
    so a typo in --out fails before a long run, not after)."""
    ext = Path(path).suffix.lower()
    if ext not in RENDERERS:
        raise ReportError(f"{path}: unknown report format {ext or '(no extension)'!r}; "
                          f"use one of {supported()}")
    return ext


def render_files(comparison: Comparison, path: Path) -> list[Path]:
    """Write `comparison` to `path` (format by extension); every file written, in order."""
    path = Path(path)
    ext = check_path(path)
    module_name, func_name = RENDERERS[ext].split(":")
    writer = getattr(import_module(module_name), func_name)
    path.parent.mkdir(parents=True, exist_ok=True)
    return writer(comparison, path)


def render(comparison: Comparison, path: Path) -> Path:
    """Write `comparison` to `path`; returns the main file written (for tables: the claims)."""
    return render_files(comparison, path)[0]


def stamp(comparison: Comparison, **run: object) -> Comparison:
    """`comparison` with how-the-run-was-made filled in where the pipeline left it out
    (xsource version, schema version, UTC creation time, plus `run`, e.g. backend=...)."""
    from dataclasses import replace
    from datetime import datetime, timezone
    from importlib.metadata import PackageNotFoundError, version

    from xsource.comparison import SCHEMA_VERSION

    try:
        xsource_version = version("xsource")
    except PackageNotFoundError:
        xsource_version = "unknown"
    defaults = {
        "xsource_version": xsource_version,
        "schema_version": SCHEMA_VERSION,
        "created": datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        **{k: val for k, val in run.items() if val is not None},
    }
    return replace(comparison, meta={**defaults, **comparison.meta})


def load(path: Path) -> Comparison:
    """Re-read a comparison saved as `.json` (no recomputation)."""
    path = Path(path)
    if path.suffix.lower() != ".json":
        raise ReportError(f"{path}: only a .json report can be re-read; save the run with "
                          f"`xsource compare ... --out run.json`")
    from xsource.report.jsonio import load as load_json

    return load_json(path)


__all__ = ["RENDERERS", "check_path", "load", "render", "render_files", "stamp", "supported"]
