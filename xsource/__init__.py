"""xsource: cross-outlet, cross-language divergence reports for Pakistan/Afghanistan coverage.

The library API, one call per stage (each module is imported only when first used, so
`import xsource` stays cheap):

    from xsource import Settings, detect, render, run
    comparison = run(["samples/"], Settings(backend="glossary"))
    render(comparison, Path("out/report.html"))

Stage functions whose name is also their module's (`xsource.ingest.ingest`,
`xsource.compare.compare`) are imported from the module itself.
"""

from __future__ import annotations

import importlib

try:
    from importlib.metadata import PackageNotFoundError, version

    __version__ = version("xsource")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

_API = {
    "iter_ingest": "xsource.ingest",
    "detect": "xsource.langid",
    "split_sentences": "xsource.segment",
    "load_glossaries": "xsource.glossary",
    "open_translator": "xsource.translate",
    "extract_claims": "xsource.claims",
    "extract_numbers": "xsource.numbers",
    "extract_dates": "xsource.dates",
    "CompareSettings": "xsource.compare",
    "run": "xsource.pipeline",
    "Settings": "xsource.pipeline",
    "render": "xsource.report",
    "load": "xsource.report",
}

__all__ = ["__version__", *_API]


def __getattr__(name: str):
    if name in _API:
        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'xsource' has no attribute {name!r}")
