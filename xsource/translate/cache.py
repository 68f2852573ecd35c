"""The translation cache: one SQLite file in the workspace, keyed by (signature, sha256).

(The key's "signature" is the Translation signature, plus a revision for backends whose
rules can change under the same signature; see `Translator.translate`.)

The signature names the backend, model version and glossary hash, so changing any of them
misses the cache instead of serving a stale translation. WAL mode and a commit per batch
mean a run killed half-way keeps every batch it finished, and a second process reading
the cache does not block the writer.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import asdict, fields
from pathlib import Path

from xsource.records import Translation

FILENAME = "translations.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    signature TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (signature, source_sha256)
) WITHOUT ROWID
"""
_CHUNK = 500  # stays under SQLite's host-parameter limit


def source_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class TranslationCache:
    def __init__(self, workspace: Path):
        workspace.mkdir(parents=True, exist_ok=True)
        self.path = workspace / FILENAME
        self._db = sqlite3.connect(self.path)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(_SCHEMA)
        self._db.commit()

    def get_many(self, signature: str, sources: Sequence[str]) -> dict[str, Translation]:
        """source text -> cached Translation, for the sources that are cached."""
        by_key = {source_key(s): s for s in sources}
        keys = list(by_key)
        found: dict[str, Translation] = {}
        for i in range(0, len(keys), _CHUNK):
            chunk = keys[i:i + _CHUNK]
            rows = self._db.execute(
                "SELECT source_sha256, record FROM translations WHERE signature = ? "
                f"AND source_sha256 IN ({','.join('?' * len(chunk))})",
                [signature, *chunk],
            )
            for key, record in rows:
                found[by_key[key]] = _decode(record)
        return found

    def put_many(self, signature: str, translations: Sequence[Translation]) -> None:
        """Store one batch and commit it."""
        self._db.executemany(
            "INSERT OR REPLACE INTO translations (signature, source_sha256, record) VALUES (?, ?, ?)",
            [(signature, source_key(t.source), json.dumps(asdict(t), ensure_ascii=False))
             for t in translations],
        )
        self._db.commit()

    def count(self) -> int:
        return self._db.execute("SELECT count(*) FROM translations").fetchone()[0]

    def close(self) -> None:
        self._db.close()


_FIELDS = frozenset(f.name for f in fields(Translation))


def _decode(record: str) -> Translation:
    data = {k: v for k, v in json.loads(record).items() if k in _FIELDS}
    data["glossary_ids"] = tuple(data.get("glossary_ids", ()))
    return Translation(**data)
