"""`.parquet` / `.csv`: every comparison table as its own file, for analysts in notebooks.

One file per table, named by suffix beside the path asked for, so a folder can hold several
runs and `pl.read_parquet("out/report.claims.parquet")` reads one table:

    out/report.parquet -> out/report.articles.parquet, out/report.stories.parquet,
                          out/report.claims.parquet, out/report.clusters.parquet, ... (all tables)

Parquet keeps nested columns (numbers, dates, lists of ids) as lists/structs; CSV cannot, so
there each nested value becomes a JSON string (`json.loads` it back).
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from xsource.comparison import COLUMNS, Comparison

# The tables an analyst reaches for first come first (render() returns the first file).
TABLE_ORDER = ("claims", "clusters", "conflicts", "omissions", "articles", "stories", "links",
               "framing", "agreement")
assert set(TABLE_ORDER) == set(COLUMNS)


def table_path(path: Path, table: str) -> Path:
    return path.with_name(f"{path.stem}.{table}{path.suffix}")


def _flatten(frame: pl.DataFrame) -> pl.DataFrame:
    nested = [name for name, dtype in frame.schema.items() if dtype.is_nested()]
    if not nested:
        return frame
    return frame.with_columns(
        pl.Series(name, [None if value is None else json.dumps(value, ensure_ascii=False)
                         for value in frame[name].to_list()], dtype=pl.String)
        for name in nested
    )


def _null_to_string(frame: pl.DataFrame) -> pl.DataFrame:
    # An all-null column has dtype Null, which Parquet readers outside polars choke on.
    nulls = [name for name, dtype in frame.schema.items() if dtype == pl.Null]
    return frame.with_columns(pl.col(n).cast(pl.String) for n in nulls) if nulls else frame


def write_parquet(comparison: Comparison, path: Path) -> list[Path]:
    written = []
    for table in TABLE_ORDER:
        target = table_path(path, table)
        _null_to_string(comparison.table(table)).write_parquet(target)
        written.append(target)
    return written


def write_csv(comparison: Comparison, path: Path) -> list[Path]:
    written = []
    for table in TABLE_ORDER:
        target = table_path(path, table)
        _flatten(_null_to_string(comparison.table(table))).write_csv(target)
        written.append(target)
    return written
