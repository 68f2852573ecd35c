"""Column types of the comparison tables, and their JSON spelling.

`xsource.comparison.COLUMNS` fixes the column names; the types live here because only the
report side needs them spelled out: to rebuild exact DataFrames from a saved `.json` run and
to give empty tables the right shape. A saved run records the actual types it was written
with (`column_types`), so a comparator that picks, say, Int32 still round-trips exactly.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from xsource.comparison import COLUMNS

_NUMBER = pl.Struct({"value": pl.Float64, "text": pl.String, "hedge": pl.String,
                     "unit": pl.String})
_DATE = pl.Struct({"value": pl.String, "text": pl.String, "calendar": pl.String})
_STRS = pl.List(pl.String)

DEFAULT_TYPES: dict[str, dict[str, pl.DataType]] = {
    "articles": {
        "lang_confidence": pl.Float64, "backends": _STRS, "glossary_only": pl.Boolean,
    },
    "stories": {"article_ids": _STRS, "outlets": _STRS, "languages": _STRS},
    "claims": {
        "index": pl.Int64, "start": pl.Int64, "end": pl.Int64, "numbers": pl.List(_NUMBER),
        "dates": pl.List(_DATE), "entities": _STRS, "cluster_ids": _STRS,
    },
    "clusters": {"conflicts": _STRS, "rounding": pl.Boolean, "outlets": _STRS,
                 "claim_ids": _STRS, "score": pl.Float64},
    "links": {"score": pl.Float64},
    "conflicts": {"importance": pl.Float64},
    "omissions": {"reported": pl.Boolean},
    "framing": {"count": pl.Int64},
    "agreement": {"shared": pl.Int64, "agree": pl.Int64, "conflict": pl.Int64,
                  "score": pl.Float64},
}


def default_schema(table: str) -> dict[str, pl.DataType]:
    """Every contract column of `table`, typed; columns not listed above are strings."""
    typed = DEFAULT_TYPES.get(table, {})
    return {name: typed.get(name, pl.String) for name in COLUMNS[table]}


def empty_table(table: str) -> pl.DataFrame:
    return pl.DataFrame(schema=default_schema(table))


_SIMPLE = {
    "String": pl.String, "Utf8": pl.String, "Float64": pl.Float64, "Float32": pl.Float32,
    "Int64": pl.Int64, "Int32": pl.Int32, "Int16": pl.Int16, "Int8": pl.Int8,
    "UInt64": pl.UInt64, "UInt32": pl.UInt32, "UInt16": pl.UInt16, "UInt8": pl.UInt8,
    "Boolean": pl.Boolean, "Null": pl.Null, "Date": pl.Date,
}


def dtype_to_json(dtype: pl.DataType) -> Any:
    """"String", {"list": ...} or {"struct": {field: ...}}; anything else by its name."""
    if isinstance(dtype, pl.List):
        return {"list": dtype_to_json(dtype.inner)}
    if isinstance(dtype, pl.Struct):
        return {"struct": {f.name: dtype_to_json(f.dtype) for f in dtype.fields}}
    return str(dtype)


def dtype_from_json(spec: Any) -> pl.DataType | None:
    """The inverse of `dtype_to_json`; None for a type it cannot rebuild (then inferred)."""
    if isinstance(spec, str):
        return _SIMPLE.get(spec)
    if isinstance(spec, dict) and set(spec) == {"list"}:
        inner = dtype_from_json(spec["list"])
        return pl.List(inner) if inner is not None else None
    if isinstance(spec, dict) and set(spec) == {"struct"} and isinstance(spec["struct"], dict):
        fields = {name: dtype_from_json(sub) for name, sub in spec["struct"].items()}
        if any(v is None for v in fields.values()):
            return None
        return pl.Struct(fields)
    return None


def frame_from_rows(table: str, rows: list[dict], types: dict[str, Any] | None) -> pl.DataFrame:
    """Rebuild a table from JSON rows with the recorded (else default) column types."""
    schema = default_schema(table)
    if types:
        names = list(types)
        schema = {}
        for name in names:
            dtype = dtype_from_json(types[name])
            schema[name] = dtype if dtype is not None else default_schema(table).get(name, pl.String)
        for name, dtype in default_schema(table).items():  # a column added by a later minor version
            schema.setdefault(name, dtype)
    else:
        for row in rows:
            for name in row:
                schema.setdefault(name, pl.String)
    data = {name: [row.get(name) for row in rows] for name in schema}
    return pl.DataFrame(data, schema=schema, strict=False)
