"""Batches of one stage side by side in worker processes.

The alignment's per-pair rules are Python and hold one core whatever rapidfuzz does, so a
large run aligns its batches of stories on every core. Workers are forked: they inherit the
batches' inputs instead of receiving them pickled, and send back only each batch's result.
Small runs, and machines that cannot fork, stay in this process (starting workers costs
~0.1 s)."""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable

from xsource.compare.settings import CompareSettings


def worker_processes(settings: CompareSettings, units: int, batches: int) -> int:
    """How many processes align `batches` batches of `units` alignment units in all."""
    if units < settings.parallel_min_units or "fork" not in mp.get_all_start_methods():
        return 1
    wanted = settings.align_processes if settings.align_processes > 0 else (os.cpu_count() or 1)
    return max(1, min(wanted, batches))


_TASK: tuple | None = None  # (function, job): inherited by the forked workers, never pickled


def _run(k: int) -> tuple[int, object]:
    function, job = _TASK
    return k, function(job, k, True)


def in_processes(function: Callable, job: tuple, batches: int, processes: int) -> list:
    """[function(job, k, one_of_many) for each batch k], in `processes` worker processes
    when more than one (one_of_many is then True), else here."""
    if processes <= 1:
        return [function(job, k) for k in range(batches)]
    global _TASK
    _TASK = (function, job)
    try:
        with mp.get_context("fork").Pool(processes) as pool:
            done = dict(pool.imap_unordered(_run, range(batches)))
    finally:
        _TASK = None
    return [done[k] for k in range(batches)]
