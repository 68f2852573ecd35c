"""End-to-end `compare` on generated corpora: seconds per stage, streaming memory, cache reuse."""

from __future__ import annotations

import resource
import tempfile
import time
import tracemalloc
from pathlib import Path

from xsource.bench.corpus import sample_articles, write_corpus

E2E_ARTICLES = 1_000
SCALE_ARTICLES = 5_000


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _stream_peak(folder: Path) -> tuple[int, float, float]:
    """Ingest a folder without keeping the articles: (count, seconds, peak traced MB)."""
    from xsource.ingest import iter_ingest

    tracemalloc.start()
    start = time.perf_counter()
    count = 0
    for _event in iter_ingest([str(folder)]):
        count += 1
    seconds = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return count, seconds, peak / 2**20


def bench_e2e() -> dict:
    from xsource.compare import CompareSettings, compare
    from xsource.pipeline import Settings, analyze, ingest
    from xsource.records import RunSummary
    from xsource.report import render

    base = sample_articles()
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="xsource-bench-") as tmp:
        tmp = Path(tmp)
        corpus = write_corpus(tmp / "e2e", E2E_ARTICLES, base=base)
        settings = Settings(backend="auto", workspace=tmp / "workspace")
        stages: dict[str, float] = {}

        start = time.perf_counter()
        ingested = ingest([str(corpus)], settings)
        stages["ingest"] = time.perf_counter() - start
        analyzed = analyze(ingested.articles, settings, timings=stages)
        start = time.perf_counter()
        comparison = compare(analyzed, CompareSettings(),
                             summary=RunSummary(articles=len(analyzed)))
        stages["compare"] = time.perf_counter() - start
        start = time.perf_counter()
        for suffix in ("html", "json", "md"):
            render(comparison, tmp / f"report.{suffix}")
        stages["report"] = time.perf_counter() - start
        total = sum(stages.values())
        results["compare_1000_articles"] = {
            stage: {"seconds": round(sec, 2), "share": f"{sec / total:.0%}"}
            for stage, sec in stages.items()
        }
        results["compare_1000_summary"] = {
            "articles": len(analyzed),
            "claims": comparison.claims.height,
            "stories": comparison.stories.height,
            "clusters": comparison.clusters.height,
            "conflicts": comparison.conflicts.height,
            "total_seconds": round(total, 2),
            "articles_per_second": round(len(analyzed) / total, 1),
        }

        # A second analysis of the same corpus must reuse the translation cache.
        start = time.perf_counter()
        cached: dict[str, float] = {}
        analyze(ingested.articles, settings, timings=cached)
        results["cache_reuse"] = {
            "first_translate_seconds": round(stages["translate"], 3),
            "second_translate_seconds": round(cached["translate"], 3),
            "second_full_analysis_seconds": round(time.perf_counter() - start, 2),
        }

        # Streaming ingestion: peak memory should stay flat as the folder grows 5x.
        small = write_corpus(tmp / "scale-1k", E2E_ARTICLES, seed=11, base=base)
        large = write_corpus(tmp / "scale-5k", SCALE_ARTICLES, seed=13, base=base)
        rows = []
        for label, folder in (("1,000 files", small), ("5,000 files", large)):
            count, seconds, peak = _stream_peak(folder)
            rows.append({"corpus": label, "events": count, "seconds": round(seconds, 2),
                         "files_per_second": round(count / seconds, 1),
                         "peak_traced_mb": round(peak, 1)})
        results["streaming_ingest"] = rows
        results["process_peak_rss_mb"] = round(_peak_rss_mb(), 1)
    return results
