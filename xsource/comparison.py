"""The comparison result: what the comparator produces and every report renderer reads.

Tables are polars DataFrames so analysts can take them as they are (Parquet/CSV), and the
HTML/Markdown/JSON renderers read the same tables. Column sets are fixed here, in one place,
so the comparator and the renderers cannot drift apart; `SCHEMA_VERSION` is bumped whenever
a column is added, renamed or changes meaning.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import polars as pl

from xsource.records import RunSummary

SCHEMA_VERSION = "1.1"

# Column names per table (types documented beside them; nested values are polars lists/structs).
COLUMNS: dict[str, tuple[str, ...]] = {
    # id, path, outlet, title, date (YYYY-MM-DD|None), url, lang, lang_confidence (f64),
    # lang_mismatch (str|None), signature (str), backends (list[str]), glossary_only (bool),
    # story_id (str)
    "articles": (
        "id", "path", "outlet", "title", "date", "url", "lang", "lang_confidence",
        "lang_mismatch", "signature", "backends", "glossary_only", "story_id",
    ),
    # id, label, article_ids (list[str]), outlets (list[str]), languages (list[str])
    "stories": ("id", "label", "article_ids", "outlets", "languages"),
    # one row per claim; numbers: list[struct{value f64, text, hedge, unit}],
    # dates: list[struct{value, text, calendar}], entities: list[str];
    # story_id, cluster_id (the claim's own cluster) and cluster_ids (list[str]: its own
    # cluster first, then any cluster it joined on a second fact) filled by the comparator
    "claims": (
        "id", "article_id", "path", "outlet", "lang", "index", "text", "text_en", "start", "end",
        "numbers", "dates", "entities", "speaker", "attribution", "polarity", "signature",
        "story_id", "cluster_id", "cluster_ids",
    ),
    # status: agree | conflict | single; conflicts: list[str] of kinds
    # (number, date, attribution, polarity); rounding: agree only within rounding/hedge
    "clusters": (
        "id", "story_id", "label", "status", "conflicts", "rounding", "outlets", "claim_ids",
        "score",
    ),
    # evidence: human-readable list of what matched ("text 0.82; entities UNHCR; number 1.7M")
    "links": ("cluster_id", "claim_a", "claim_b", "score", "evidence"),
    # one row per pair of disagreeing claims, ranked by importance (higher first)
    "conflicts": (
        "id", "story_id", "cluster_id", "kind", "importance", "outlet_a", "outlet_b",
        "claim_a", "claim_b", "value_a", "value_b", "text_a", "text_b", "text_en_a",
        "text_en_b", "lang_a", "lang_b", "signature_a", "signature_b", "note",
    ),
    # outlet x cluster: reported is False where the outlet's articles in the story lack it
    "omissions": ("story_id", "cluster_id", "outlet", "reported"),
    # loaded words per outlet: tag e.g. "expel", "repatriate", "illegal_migrants", "refugees"
    "framing": ("story_id", "outlet", "entry_id", "tag", "canonical", "surface", "lang", "count"),
    # outlet x outlet over the clusters both carry: agree / conflict counts, score in [0, 1]
    "agreement": ("story_id", "outlet_a", "outlet_b", "shared", "agree", "conflict", "score"),
}


@dataclass(frozen=True)
class Comparison:
    articles: pl.DataFrame
    stories: pl.DataFrame
    claims: pl.DataFrame
    clusters: pl.DataFrame
    links: pl.DataFrame
    conflicts: pl.DataFrame
    omissions: pl.DataFrame
    framing: pl.DataFrame
    agreement: pl.DataFrame
    summary: RunSummary = field(default_factory=RunSummary)
    # how the run was made: xsource version, schema version, settings, glossary hash, created
    meta: dict[str, Any] = field(default_factory=dict)

    def table(self, name: str) -> pl.DataFrame:
        if name not in COLUMNS:
            raise KeyError(name)
        return getattr(self, name)
