"""`python -m xsource.bench [AREA ...] [--repeat N]`: run the benchmarks, print tables, save JSON.

Each area runs `--repeat` times (default 3) and every number in its result is the median over
the runs (a busy machine skews one run, rarely three). Each area module returns a dict; this
runner only formats it: a list of dicts prints as a table, a dict of dicts as a table with one
row per key, a dict of scalars as key/value rows.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import statistics
import sys
import time
import traceback
from datetime import datetime, timezone
from pathlib import Path

from rich.console import Console
from rich.table import Table

from xsource.bench import AREAS, machine


def _cell(value) -> str:
    if isinstance(value, float):
        if value != 0 and (abs(value) >= 1e5 or abs(value) < 1e-3):
            return f"{value:,.4g}"
        return f"{value:,.3f}" if abs(value) < 1000 else f"{value:,.0f}"
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def median_tree(runs: list):
    """The runs' common structure with each number replaced by its median over the runs."""
    first = runs[0]
    if isinstance(first, bool) or not isinstance(first, (int, float, dict, list)):
        return first
    if isinstance(first, (int, float)):
        values = [r for r in runs if isinstance(r, (int, float)) and not isinstance(r, bool)]
        if len(values) != len(runs):
            return first
        median = statistics.median(values)
        return round(median) if all(isinstance(v, int) for v in values) else median
    if isinstance(first, dict):
        if not all(isinstance(r, dict) and r.keys() == first.keys() for r in runs):
            return first
        return {k: median_tree([r[k] for r in runs]) for k in first}
    if not all(isinstance(r, list) and len(r) == len(first) for r in runs):
        return first
    return [median_tree([r[i] for r in runs]) for i in range(len(first))]


def _tables(title: str, data) -> list[Table]:
    if isinstance(data, list) and data and all(isinstance(r, dict) for r in data):
        columns = list(dict.fromkeys(k for row in data for k in row))
        table = Table(title=title)
        for c in columns:
            table.add_column(c)
        for row in data:
            table.add_row(*[_cell(row.get(c, "")) for c in columns])
        return [table]
    if isinstance(data, dict):
        scalars = {k: v for k, v in data.items() if not isinstance(v, (dict, list))}
        nested = {k: v for k, v in data.items() if isinstance(v, (dict, list))}
        out: list[Table] = []
        rows_of_dicts = nested and all(
            isinstance(v, dict) and not any(isinstance(x, (dict, list)) for x in v.values())
            for v in nested.values()
        )
        if scalars:
            table = Table(title=title)
            table.add_column("measure")
            table.add_column("value")
            for k, v in scalars.items():
                table.add_row(k, _cell(v))
            out.append(table)
        if rows_of_dicts and len(nested) > 1:
            columns = list(dict.fromkeys(k for v in nested.values() for k in v))
            table = Table(title=f"{title}")
            table.add_column("")
            for c in columns:
                table.add_column(str(c))
            for k, v in nested.items():
                table.add_row(str(k), *[_cell(v.get(c, "")) for c in columns])
            out.append(table)
        else:
            for k, v in nested.items():
                out.extend(_tables(f"{title}: {k}", v))
        return out
    table = Table(title=title)
    table.add_column("value")
    table.add_row(_cell(data))
    return [table]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m xsource.bench", description=__doc__)
    parser.add_argument("areas", nargs="*", default=list(AREAS), help=f"some of {', '.join(AREAS)}")
    parser.add_argument("--out", default="out/bench", help="folder for the JSON results")
    parser.add_argument("--repeat", type=int, default=3, help="runs per area; numbers are medians")
    args = parser.parse_args(argv)
    console = Console(width=140)
    info = machine()
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    console.print(f"[bold]xsource benchmarks[/bold] {started} on {info['cpu']} "
                  f"({info['cores']} cores, {info['memory_gb']} GB, Python {info['python']})")
    results: dict = {"machine": info, "started": started, "repeat": max(1, args.repeat),
                     "areas": {}}
    failed = []
    for area in args.areas:
        if area not in AREAS:
            parser.error(f"unknown area {area!r}; choose from {', '.join(AREAS)}")
        # What earlier areas left in memory must not slow this one down: the collector would
        # rescan it on every pass (seen: glossary translation 25k -> 17k sentences/s).
        gc.collect()
        gc.freeze()
        t0 = time.perf_counter()
        try:
            module = importlib.import_module(f"xsource.bench.{area}")
            runs = [getattr(module, f"bench_{area}")() for _ in range(max(1, args.repeat))]
            data = median_tree(runs)
        except Exception:  # a broken area must not hide the others' numbers
            failed.append(area)
            console.print(f"[red]{area}: failed[/red]\n{traceback.format_exc()}")
            continue
        elapsed = time.perf_counter() - t0
        results["areas"][area] = {"seconds": round(elapsed, 2), "runs": max(1, args.repeat),
                                  "results": data}
        for table in _tables(area, data):
            console.print(table)
        console.print(f"[dim]{area}: {elapsed:.1f} s for {max(1, args.repeat)} run(s); "
                      f"numbers are medians[/dim]\n")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    stamp = started.replace(":", "").replace("-", "")
    for name in (f"bench-{stamp}.json", "latest.json"):
        (out / name).write_text(json.dumps(results, ensure_ascii=False, indent=2, default=str),
                                encoding="utf-8")
    console.print(f"results written to {out / 'latest.json'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
