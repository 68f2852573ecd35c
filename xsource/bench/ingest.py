"""Ingestion at scale and normalization speed.

    python -m xsource.bench ingest

Writes synthetic folders of 500 and 5,000 header .txt articles (grown from the samples by
`xsource.bench.corpus`), then streams them through `iter_ingest` without keeping the
articles, as the pipeline does for big folders. Peak memory is Python-heap peak measured by
tracemalloc in a separate pass (so the timing pass is not slowed by tracing); "flat" means the
5,000-article peak is close to the 500-article peak rather than ten times it.
"""

from __future__ import annotations

import tempfile
import time
import tracemalloc
from pathlib import Path

SIZES = (500, 5000)


def _stream(folder: Path) -> tuple[int, int]:
    from xsource.ingest import iter_ingest
    from xsource.records import Article

    articles = chars = 0
    for event in iter_ingest([str(folder)]):
        if isinstance(event, Article):
            articles += 1
            chars += len(event.text)
    return articles, chars


def bench_ingest(sizes: tuple[int, ...] = SIZES) -> dict:
    from xsource.bench.corpus import sample_articles, write_corpus

    base = sample_articles()
    rows = []
    with tempfile.TemporaryDirectory(prefix="xsource-bench-ingest-") as tmp:
        for size in sizes:
            folder = write_corpus(Path(tmp) / f"corpus-{size}", size, base=base)
            megabytes = sum(p.stat().st_size for p in folder.iterdir()) / 2**20
            start = time.perf_counter()
            articles, chars = _stream(folder)
            seconds = time.perf_counter() - start
            tracemalloc.start()
            _stream(folder)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            rows.append({"articles": articles, "MB on disk": round(megabytes, 1),
                         "seconds": round(seconds, 2),
                         "articles/s": round(articles / seconds, 1),
                         "MB/s": round(megabytes / seconds, 2),
                         "peak heap MB": round(peak / 2**20, 2)})
    return {"ingest (streamed)": rows, "normalize": _bench_normalize(base)}


def _bench_normalize(base) -> list[dict]:
    from xsource.normalize import normalize, normalize_with_offsets

    rows = []
    for lang in ("en", "ur", "ps", "prs", "fa"):
        texts = [a.text for a in base if a.lang_hint == lang] or [a.text for a in base]
        text = "\n\n".join(texts)
        repeat = max(1, 2_000_000 // max(1, len(text)))
        start = time.perf_counter()
        for _ in range(repeat):
            normalize(text, lang)
        plain = time.perf_counter() - start
        start = time.perf_counter()
        for _ in range(repeat):
            normalize_with_offsets(text, lang)
        tracked = time.perf_counter() - start
        total = len(text) * repeat
        rows.append({"lang": lang, "chars": total,
                     "Mchars/s": round(total / plain / 1e6, 2),
                     "Mchars/s with offsets": round(total / tracked / 1e6, 2)})
    return rows


if __name__ == "__main__":
    import json

    print(json.dumps(bench_ingest(), indent=2, ensure_ascii=False))
