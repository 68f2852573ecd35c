"""The JSON report: the full comparison in a documented, versioned shape that `load()` turns
back into the same `Comparison` (and the same reports)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from tests.report_fixtures import A_BBCU, A_PAJ, fixture_comparison
from xsource.comparison import COLUMNS, SCHEMA_VERSION
from xsource.errors import ReportError
from xsource.report import load, render, render_files
from xsource.report.html import to_html
from xsource.report.jsonio import dumps
from xsource.report.markdown import to_markdown


@pytest.fixture(scope="module")
def doc() -> dict:
    return json.loads(dumps(fixture_comparison()))


def test_top_level_fields(doc):
    assert list(doc) == ["schema_version", "meta", "summary", "articles", "stories", "clusters",
                         "unclustered_claims", "conflicts", "links", "omissions", "framing",
                         "agreement", "column_types"]
    assert doc["schema_version"] == SCHEMA_VERSION
    assert doc["meta"]["glossary_hash"] == "3f2a9c1e"
    assert doc["summary"]["skipped_by_reason"] == {"binary": 1, "empty": 1, "encoding": 1}
    assert doc["summary"]["duplicates"][0]["duplicate"] == "samples/dawn-copy.txt"


def test_articles_stories_and_clusters_with_nested_claims(doc):
    paj = next(a for a in doc["articles"] if a["id"] == A_PAJ)
    assert (paj["outlet"], paj["lang"], paj["signature"], paj["glossary_only"]) == (
        "Azadi Radio", "ps", "glossary:ps-en|gloss:3f2a9c1e", True)
    assert doc["stories"][1] == {"id": "s2", "label": "Torkham crossing reopens",
                                 "article_ids": ["d5d5d5d5d5d5d5d5", "c6c6c6c6c6c6c6c6"],
                                 "outlets": ["Dawn", "Tolo News"], "languages": ["en", "prs"]}
    c1 = doc["clusters"][0]
    assert (c1["id"], c1["story_id"], c1["status"], c1["conflicts"]) == (
        "s1-c1", "s1", "conflict", ["number", "date"])
    urdu = c1["claims"][1]
    assert urdu["article_id"] == A_BBCU and urdu["outlet"] == "BBC Urdu" and urdu["lang"] == "ur"
    assert urdu["text"].startswith("پاکستان میں") and urdu["text_en"].startswith("About 1.7 million")
    assert urdu["numbers"] == [{"value": 1700000.0, "text": "17 لاکھ", "hedge": "about",
                                "unit": "people"}]
    assert urdu["dates"] == [{"value": "2023-10-31", "text": "31 اکتوبر", "calendar": "gregorian"}]
    assert [c["speaker"] for c in doc["clusters"][2]["claims"]] == ["sarfraz_bugti", "sources"]
    assert {c["status"] for c in doc["clusters"]} == {"agree", "conflict", "single"}


def test_pairwise_tables_have_contract_columns(doc):
    for table in ("conflicts", "links", "omissions", "framing", "agreement"):
        assert doc[table], table
        assert list(doc[table][0]) == list(COLUMNS[table])
    assert doc["column_types"]["claims"]["numbers"] == {"list": {"struct": {
        "value": "Float64", "text": "String", "hedge": "String", "unit": "String"}}}


def test_round_trip_gives_identical_reports(tmp_path):
    original = fixture_comparison()
    saved = render(original, tmp_path / "run.json")
    loaded = load(saved)
    assert dumps(loaded) == saved.read_text(encoding="utf-8")
    assert to_html(loaded) == to_html(original)
    assert to_markdown(loaded) == to_markdown(original)
    for table in COLUMNS:
        assert loaded.table(table).schema == original.table(table).schema, table
    assert loaded.summary == original.summary
    assert sorted(loaded.claims["id"]) == sorted(original.claims["id"])


def test_unclustered_claims_survive(tmp_path):
    c = fixture_comparison()
    import polars as pl

    c = replace(c, claims=c.claims.with_columns(
        pl.when(pl.col("cluster_id") == "s1-c7").then(None).otherwise(pl.col("cluster_id"))
        .alias("cluster_id")))
    loaded = load(render(c, tmp_path / "run.json"))
    assert loaded.claims.filter(pl.col("cluster_id").is_null())["id"].to_list() == [f"{A_PAJ}:1"]


def test_nan_scores_become_null(tmp_path):
    import polars as pl

    c = fixture_comparison()
    c = replace(c, clusters=c.clusters.with_columns(pl.lit(float("nan")).alias("score")))
    doc = json.loads(render(c, tmp_path / "run.json").read_text(encoding="utf-8"))
    assert doc["clusters"][0]["score"] is None


def _write(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "run.json"
    path.write_text(content, encoding="utf-8")
    return path


def test_newer_schema_is_refused_with_the_fix(tmp_path):
    path = _write(tmp_path, json.dumps({"schema_version": "2.0", "clusters": []}))
    with pytest.raises(ReportError) as exc:
        load(path)
    assert str(exc.value) == (f"{path}: schema_version 2.0 is not readable by this xsource (reads "
                              f"{SCHEMA_VERSION}); upgrade xsource, or re-run `xsource compare` to "
                              f"write it again")


def test_malformed_files_name_the_file_and_the_fix(tmp_path):
    path = _write(tmp_path, "{ not json")
    with pytest.raises(ReportError, match=r"run.json: not a JSON report \(JSONDecodeError"):
        load(path)
    path = _write(tmp_path, json.dumps({"hello": 1}))
    with pytest.raises(ReportError) as exc:
        load(path)
    assert str(exc.value) == (f"{path}: not an xsource report (no schema_version); re-create it "
                              f"with `xsource compare ... --out run.json` (this xsource reads "
                              f"schema_version {SCHEMA_VERSION})")
    path = _write(tmp_path, json.dumps({"schema_version": SCHEMA_VERSION}))
    with pytest.raises(ReportError, match=r"run.json: malformed report \(KeyError: 'clusters'\)"):
        load(path)


def test_missing_and_non_json_inputs(tmp_path):
    with pytest.raises(ReportError) as exc:
        load(tmp_path / "nope.json")
    assert str(exc.value) == (f"{tmp_path / 'nope.json'}: no such file; give the .json written by "
                              f"`xsource compare ... --out run.json`")
    with pytest.raises(ReportError) as exc:
        load(tmp_path / "report.html")
    assert str(exc.value) == (f"{tmp_path / 'report.html'}: only a .json report can be re-read; "
                              f"save the run with `xsource compare ... --out run.json`")


def test_unknown_extension_lists_the_supported_ones(tmp_path):
    with pytest.raises(ReportError) as exc:
        render_files(fixture_comparison(), tmp_path / "report.docx")
    assert str(exc.value) == (f"{tmp_path / 'report.docx'}: unknown report format '.docx'; use one "
                              f"of .html, .md, .json, .parquet, .csv")
    assert not (tmp_path / "report.docx").exists()


def _with_second_membership():
    """The fixture with one claim also listed by a second cluster of its story."""
    import polars as pl

    c = fixture_comparison()
    claim = c.claims.row(0, named=True)
    other = c.clusters.filter((pl.col("story_id") == claim["story_id"])
                              & (pl.col("id") != claim["cluster_id"])).row(0, named=True)
    clusters = c.clusters.with_columns(
        pl.when(pl.col("id") == other["id"])
        .then(pl.col("claim_ids").list.concat(pl.lit([claim["id"]])))
        .otherwise(pl.col("claim_ids")).alias("claim_ids"))
    claims = c.claims.with_columns(
        pl.when(pl.col("id") == claim["id"])
        .then(pl.lit([claim["cluster_id"], other["id"]]))
        .otherwise(pl.col("cluster_ids")).alias("cluster_ids"))
    return replace(c, claims=claims, clusters=clusters), claim["id"], other["id"]


def test_a_claim_in_two_clusters_is_nested_under_both_and_loaded_once(tmp_path):
    c, claim_id, second = _with_second_membership()
    path = render(c, tmp_path / "run.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    holders = [cl["id"] for cl in doc["clusters"]
               if any(row["id"] == claim_id for row in cl["claims"])]
    assert len(holders) == 2 and second in holders
    loaded = load(path)
    assert loaded.claims.height == c.claims.height
    row = loaded.claims.filter(loaded.claims["id"] == claim_id).row(0, named=True)
    assert row["cluster_ids"][1] == second


def test_a_schema_1_0_report_loads_with_one_cluster_per_claim(tmp_path):
    doc = json.loads(dumps(fixture_comparison()))
    doc["schema_version"] = "1.0"
    for cluster in doc["clusters"]:
        for row in cluster["claims"]:
            del row["cluster_ids"]
    del doc["column_types"]["claims"]["cluster_ids"]
    loaded = load(_write(tmp_path, json.dumps(doc)))
    rows = loaded.claims.select("cluster_id", "cluster_ids").rows()
    assert rows and all(ids == [own] for own, ids in rows if own)
