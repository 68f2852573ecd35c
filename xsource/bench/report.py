"""Report benchmarks: seconds and bytes to write each format for comparator output of growing
size (the comparator's synthetic corpus, so the tables have realistic shapes), plus the JSON
load time that `xsource report` pays instead of recomputing."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

SIZES = (1_000, 5_000)  # claims
FORMATS = ("html", "md", "json", "parquet", "csv")


def report_row(claims: int) -> dict:
    from xsource.bench.compare import synthetic_corpus
    from xsource.compare import CompareSettings, compare
    from xsource.report import load, render_files

    analyzed, _ = synthetic_corpus(claims // 5)
    comparison = compare(analyzed, CompareSettings(), glossary=None)
    row: dict = {"claims": comparison.claims.height, "clusters": comparison.clusters.height,
                 "conflicts": comparison.conflicts.height}
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in FORMATS:
            start = time.perf_counter()
            files = render_files(comparison, Path(tmp) / f"report.{fmt}")
            row[f"{fmt}_s"] = round(time.perf_counter() - start, 3)
            row[f"{fmt}_mb"] = round(sum(f.stat().st_size for f in files) / 1e6, 2)
        start = time.perf_counter()
        load(Path(tmp) / "report.json")
        row["load_json_s"] = round(time.perf_counter() - start, 3)
    return row


def bench_report() -> dict:
    return {f"{n} claims": report_row(n) for n in SIZES}


if __name__ == "__main__":
    import json

    print(json.dumps(bench_report(), indent=1))
