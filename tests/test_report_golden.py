"""Golden reports: the Markdown and JSON of known comparisons, compared byte for byte with the
files under tests/golden/. They change only on purpose:

    .venv/bin/python -m pytest tests/test_report_golden.py --update-golden   # then review git diff

To pin another comparison, add one line to CASES (name -> function returning a Comparison).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.report_fixtures import fixture_comparison
from xsource.comparison import Comparison
from xsource.report.jsonio import dumps
from xsource.report.markdown import to_markdown

GOLDEN = Path(__file__).parent / "golden"

# Meta that differs run to run by design; pinned so the goldens stay byte-stable.
PINNED_META = {"created": "2000-01-01T00:00:00Z", "xsource_version": "(golden)", "timings": {},
               "align_timings": {}}

def samples_comparison() -> Comparison:
    """The samples/ folder through the whole pipeline, glossary translation (no models needed),
    run from the repo root so article paths are relative and the goldens portable."""
    from contextlib import chdir

    from xsource import pipeline

    with chdir(GOLDEN.parent.parent):
        return pipeline.run(["samples"], pipeline.Settings(backend="glossary", use_cache=False))


CASES = {
    "fixture": fixture_comparison,
    "samples": samples_comparison,
}
FORMATS = {"md": to_markdown, "json": dumps}


def pinned(comparison: Comparison) -> Comparison:
    meta = dict(comparison.meta)
    meta.update({key: value for key, value in PINNED_META.items() if key in meta})
    return replace(comparison, meta=meta)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", CASES)
def test_golden(case, fmt, request):
    actual = FORMATS[fmt](pinned(CASES[case]()))
    path = GOLDEN / f"{case}.{fmt}"
    if request.config.getoption("--update-golden"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    if not path.is_file():
        pytest.fail(f"{path} is missing: create it with `pytest {__file__} --update-golden`")
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, (f"{path.name} changed; if on purpose, run pytest --update-golden "
                                "and review the git diff")


def test_golden_output_does_not_depend_on_the_clock():
    a = fixture_comparison()
    b = replace(a, meta={**a.meta, "created": "2031-05-05T05:05:05Z"})
    assert to_markdown(pinned(a)) == to_markdown(pinned(b))
    assert dumps(pinned(a)) == dumps(pinned(b))
