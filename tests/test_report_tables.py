"""Parquet/CSV: one file per table beside the path asked for, nested columns kept (Parquet) or
as JSON strings (CSV), so analysts get the tables in a notebook as they are."""

from __future__ import annotations

import json

import polars as pl

from tests.report_fixtures import fixture_comparison
from xsource.comparison import COLUMNS
from xsource.report import render, render_files

TABLES = ["claims", "clusters", "conflicts", "omissions", "articles", "stories", "links",
          "framing", "agreement"]


def test_parquet_one_file_per_table_nested_columns_kept(tmp_path):
    comparison = fixture_comparison()
    files = render_files(comparison, tmp_path / "out" / "report.parquet")
    assert [f.name for f in files] == [f"report.{t}.parquet" for t in TABLES]
    assert render(comparison, tmp_path / "out" / "report.parquet").name == "report.claims.parquet"
    claims = pl.read_parquet(tmp_path / "out" / "report.claims.parquet")
    assert claims.columns == list(COLUMNS["claims"])
    assert claims.schema["numbers"] == comparison.claims.schema["numbers"]
    urdu = claims.filter(pl.col("lang") == "ur").row(0, named=True)
    assert urdu["numbers"][0]["text"] == "17 لاکھ"
    for table in TABLES:
        assert pl.read_parquet(tmp_path / "out" / f"report.{table}.parquet").equals(
            comparison.table(table)), table


def test_csv_flattens_nested_values_to_json(tmp_path):
    comparison = fixture_comparison()
    render_files(comparison, tmp_path / "report.csv")
    clusters = pl.read_csv(tmp_path / "report.clusters.csv")
    first = clusters.row(0, named=True)
    assert json.loads(first["conflicts"]) == ["number", "date"]
    claims = pl.read_csv(tmp_path / "report.claims.csv")
    urdu = claims.filter(pl.col("lang") == "ur").row(0, named=True)
    assert json.loads(urdu["numbers"]) == [{"value": 1700000.0, "text": "17 لاکھ", "hedge": "about",
                                            "unit": "people"}]
    assert urdu["text"].startswith("پاکستان میں")
    conflicts = pl.read_csv(tmp_path / "report.conflicts.csv")
    assert conflicts["kind"].to_list() == comparison.conflicts["kind"].to_list()
    omissions = pl.read_csv(tmp_path / "report.omissions.csv")
    assert omissions.height == comparison.omissions.height


def test_all_null_columns_are_written_as_strings(tmp_path):
    comparison = fixture_comparison()
    from dataclasses import replace

    comparison = replace(comparison, links=comparison.links.with_columns(
        pl.lit(None).alias("evidence")))
    render_files(comparison, tmp_path / "r.parquet")
    assert pl.read_parquet(tmp_path / "r.links.parquet").schema["evidence"] == pl.String
