"""The `.json` report: the whole comparison, versioned, and read back by `xsource report`.

Layout (documented in docs/report-schema.md): run-level `schema_version`, `meta`, `summary`;
the `articles` and `stories` tables as row lists; `clusters` with their claims nested (what a
reader of one cluster wants in one place); the pairwise tables `conflicts`, `links`,
`omissions`, `framing`, `agreement` as row lists; `column_types` so a load rebuilds the exact
DataFrames. Writing is deterministic (sorted meta keys, table order kept), so
render -> load -> render gives the same bytes.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import polars as pl

from xsource.comparison import COLUMNS, SCHEMA_VERSION, Comparison
from xsource.errors import ReportError
from xsource.records import Duplicate, RunSummary, Skipped
from xsource.report.types import dtype_to_json, frame_from_rows

ROW_TABLES = ("articles", "stories", "conflicts", "links", "omissions", "framing", "agreement")


def _plain(value: Any) -> Any:
    # NaN/inf are not JSON; a missing score is null, not a crash in someone's notebook.
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def summary_to_dict(summary: RunSummary) -> dict[str, Any]:
    return {
        "inputs": summary.inputs,
        "articles": summary.articles,
        "skipped_by_reason": dict(sorted(summary.skipped_by_reason().items())),
        "skipped": [{"source": s.source, "reason": s.reason, "message": s.message}
                    for s in summary.skipped],
        "duplicates": [{"article_id": d.article_id, "kept": d.kept, "duplicate": d.duplicate}
                       for d in summary.duplicates],
        "notes": list(summary.notes),
    }


def summary_from_dict(data: dict[str, Any]) -> RunSummary:
    return RunSummary(
        inputs=int(data.get("inputs", 0)),
        articles=int(data.get("articles", 0)),
        skipped=tuple(Skipped(**s) for s in data.get("skipped", ())),
        duplicates=tuple(Duplicate(**d) for d in data.get("duplicates", ())),
        notes=tuple(data.get("notes", ())),
    )


def to_document(comparison: Comparison) -> dict[str, Any]:
    # A claim sits under every cluster listing it (a sentence with two facts is in two).
    claim_rows = {row["id"]: row for row in comparison.claims.to_dicts()}
    placed: set = set()
    clusters = []
    for row in comparison.clusters.to_dicts():
        ids = [cid for cid in row.get("claim_ids") or () if cid in claim_rows]
        placed.update(ids)
        clusters.append({**row, "claims": [claim_rows[cid] for cid in ids]})
    unclustered = [row for cid, row in claim_rows.items() if cid not in placed]
    doc: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "meta": dict(sorted(comparison.meta.items())),
        "summary": summary_to_dict(comparison.summary),
        "articles": comparison.articles.to_dicts(),
        "stories": comparison.stories.to_dicts(),
        "clusters": clusters,
        "unclustered_claims": unclustered,
    }
    for name in ROW_TABLES[2:]:
        doc[name] = comparison.table(name).to_dicts()
    doc["column_types"] = {
        name: {col: dtype_to_json(dtype) for col, dtype in comparison.table(name).schema.items()}
        for name in COLUMNS
    }
    return doc


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, default=str)


def _layout(doc: dict[str, Any]) -> str:
    # One table row per line: diffable (golden files, git) and written by json's C encoder,
    # which an indented dump cannot use (10x slower on big runs).
    parts = []
    for key, value in doc.items():
        if isinstance(value, list) and value:
            rows = ",\n".join(f"  {_compact(row)}" for row in value)
            parts.append(f" {_compact(key)}: [\n{rows}\n ]")
        elif isinstance(value, dict):
            nested = json.dumps(value, ensure_ascii=False, allow_nan=False, default=str, indent=1)
            parts.append(f" {_compact(key)}: " + nested.replace("\n", "\n "))
        else:
            parts.append(f" {_compact(key)}: {_compact(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def dumps(comparison: Comparison) -> str:
    doc = to_document(comparison)
    try:
        return _layout(doc)
    except ValueError:  # NaN/inf somewhere: null them (slow path, rare)
        return _layout(_plain(doc))


def write(comparison: Comparison, path: Path) -> list[Path]:
    path.write_text(dumps(comparison), encoding="utf-8")
    return [path]


def _fail(path: Path, problem: str) -> ReportError:
    return ReportError(
        f"{path}: {problem}; re-create it with `xsource compare ... --out {path.name}` "
        f"(this xsource reads schema_version {SCHEMA_VERSION})"
    )


def load(path: Path) -> Comparison:
    """Rebuild a `Comparison` from a saved `.json` run, or say why it cannot."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReportError(f"{path}: no such file; give the .json written by "
                          f"`xsource compare ... --out run.json`") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _fail(path, f"not a JSON report ({exc.__class__.__name__}: {exc})") from None
    if not isinstance(doc, dict) or "schema_version" not in doc:
        raise _fail(path, "not an xsource report (no schema_version)")
    version = str(doc["schema_version"])
    if version.split(".")[0] != SCHEMA_VERSION.split(".")[0] or _newer(version):
        raise ReportError(
            f"{path}: schema_version {version} is not readable by this xsource (reads "
            f"{SCHEMA_VERSION}); upgrade xsource, or re-run `xsource compare` to write it again"
        )
    try:
        return _comparison_from(doc)
    except (KeyError, TypeError, ValueError, AttributeError, pl.exceptions.PolarsError) as exc:
        raise _fail(path, f"malformed report ({exc.__class__.__name__}: {exc})") from None


def _newer(version: str) -> bool:
    def parts(v: str) -> tuple[int, ...]:
        return tuple(int(p) for p in v.split(".") if p.isdigit())

    return parts(version) > parts(SCHEMA_VERSION)


def _comparison_from(doc: dict[str, Any]) -> Comparison:
    types = doc.get("column_types") or {}
    claim_rows: list[dict] = []
    cluster_rows: list[dict] = []
    seen: set = set()
    for cluster in doc["clusters"]:
        cluster = dict(cluster)
        for row in [*cluster.pop("claims", [])]:
            if row["id"] not in seen:  # a claim with two facts is nested in two clusters
                seen.add(row["id"])
                claim_rows.append(row)
        cluster_rows.append(cluster)
    claim_rows.extend(doc.get("unclustered_claims", []))
    for row in claim_rows:  # schema 1.0 had one cluster per claim
        if "cluster_ids" not in row:
            row["cluster_ids"] = [row["cluster_id"]] if row.get("cluster_id") else []
    tables = {name: frame_from_rows(name, doc[name], types.get(name)) for name in ROW_TABLES}
    tables["clusters"] = frame_from_rows("clusters", cluster_rows, types.get("clusters"))
    tables["claims"] = frame_from_rows("claims", claim_rows, types.get("claims"))
    meta = doc.get("meta") or {}
    if not isinstance(meta, dict):
        raise TypeError("meta is not an object")
    return Comparison(summary=summary_from_dict(doc.get("summary") or {}), meta=meta, **tables)
