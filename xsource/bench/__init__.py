"""Benchmarks behind `make bench`: each area module exposes `bench_<area>() -> dict`.

Speed targets live here and in the printed tables, never in timed tests. Results are written
as JSON under `out/bench/` so runs can be compared.
"""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable

AREAS = ("ingest", "langid", "glossary", "translate", "claims", "compare", "report", "e2e")


def median_seconds(fn: Callable[[], object], repeat: int = 3) -> float:
    """Median wall time of `repeat` runs (the first run is included: caches are per call)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem_gb = None
    try:
        mem_gb = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (ValueError, OSError):
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": mem_gb,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }
