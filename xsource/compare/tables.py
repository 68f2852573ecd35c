"""Polars tables with the exact columns of `xsource.comparison.COLUMNS` and fixed dtypes,
so an empty run still yields tables a renderer (or an analyst) can read."""

from __future__ import annotations

import polars as pl

from xsource.comparison import COLUMNS
from xsource.records import AnalyzedArticle, Claim

S, F, I, B = pl.Utf8, pl.Float64, pl.Int64, pl.Boolean
STRS = pl.List(pl.Utf8)
NUMBER = pl.Struct({"value": F, "text": S, "hedge": S, "unit": S})
DATE = pl.Struct({"value": S, "text": S, "calendar": S})

SCHEMAS: dict[str, dict[str, pl.DataType]] = {
    "articles": {"id": S, "path": S, "outlet": S, "title": S, "date": S, "url": S, "lang": S,
                 "lang_confidence": F, "lang_mismatch": S, "signature": S, "backends": STRS,
                 "glossary_only": B, "story_id": S},
    "stories": {"id": S, "label": S, "article_ids": STRS, "outlets": STRS, "languages": STRS},
    "claims": {"id": S, "article_id": S, "path": S, "outlet": S, "lang": S, "index": I,
               "text": S, "text_en": S, "start": I, "end": I, "numbers": pl.List(NUMBER),
               "dates": pl.List(DATE), "entities": STRS, "speaker": S, "attribution": S,
               "polarity": S, "signature": S, "story_id": S, "cluster_id": S,
               "cluster_ids": STRS},
    "clusters": {"id": S, "story_id": S, "label": S, "status": S, "conflicts": STRS,
                 "rounding": B, "outlets": STRS, "claim_ids": STRS, "score": F},
    "links": {"cluster_id": S, "claim_a": S, "claim_b": S, "score": F, "evidence": S},
    "conflicts": {"id": S, "story_id": S, "cluster_id": S, "kind": S, "importance": F,
                  "outlet_a": S, "outlet_b": S, "claim_a": S, "claim_b": S, "value_a": S,
                  "value_b": S, "text_a": S, "text_b": S, "text_en_a": S, "text_en_b": S,
                  "lang_a": S, "lang_b": S, "signature_a": S, "signature_b": S, "note": S},
    "omissions": {"story_id": S, "cluster_id": S, "outlet": S, "reported": B},
    "framing": {"story_id": S, "outlet": S, "entry_id": S, "tag": S, "canonical": S,
                "surface": S, "lang": S, "count": I},
    "agreement": {"story_id": S, "outlet_a": S, "outlet_b": S, "shared": I, "agree": I,
                  "conflict": I, "score": F},
}
assert all(tuple(SCHEMAS[name]) == cols for name, cols in COLUMNS.items()), "schema drift"


def frame(name: str, rows: list[dict]) -> pl.DataFrame:
    schema = SCHEMAS[name]
    return pl.DataFrame({col: [row[col] for row in rows] for col in schema}, schema=schema)


def article_row(item: AnalyzedArticle, lang: str, story_id: str) -> dict:
    a = item.article
    backends = list(dict.fromkeys(t.backend for t in item.translations))
    return {
        "id": a.id, "path": a.path, "outlet": a.outlet, "title": a.title, "date": a.date,
        "url": a.url, "lang": lang, "lang_confidence": float(item.detection.confidence),
        "lang_mismatch": item.lang_mismatch, "signature": item.signature, "backends": backends,
        "glossary_only": lang != "en" and bool(backends) and set(backends) == {"glossary"},
        "story_id": story_id,
    }


def claim_row(claim: Claim, story_id: str, cluster_id: str,
              cluster_ids: list[str] | None = None) -> dict:
    return {
        "id": claim.id, "article_id": claim.article_id, "path": claim.path,
        "outlet": claim.outlet, "lang": claim.lang, "index": claim.index, "text": claim.text,
        "text_en": claim.text_en, "start": claim.start, "end": claim.end,
        "numbers": [{"value": float(n.value), "text": n.text, "hedge": n.hedge, "unit": n.unit}
                    for n in claim.numbers],
        "dates": [{"value": d.value, "text": d.text, "calendar": d.calendar} for d in claim.dates],
        "entities": list(claim.entities), "speaker": claim.speaker,
        "attribution": claim.attribution, "polarity": claim.polarity,
        "signature": claim.signature, "story_id": story_id, "cluster_id": cluster_id,
        "cluster_ids": cluster_ids if cluster_ids is not None else [cluster_id],
    }
