"""The glossary entry model: frozen entries, and the merged `Glossary` that matches text."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from xsource.errors import GlossaryError

# Language columns a glossary file may have, in the order they are written back out.
LANGS = ("en", "ur", "ps", "prs", "fa")

TYPES = ("person", "organization", "place", "document", "term", "event", "month", "demonym")

# The framing vocabulary the comparator counts per outlet (see the preamble). A typo here
# would silently drop a loaded word from the report, so unknown tags are load errors.
FRAMING = {
    "removal": ("expel", "deport", "repatriate", "evict", "return"),
    "people": ("illegal_migrants", "undocumented", "refugees", "foreigners", "migrants",
               "illegal_aliens"),
    "action": ("crackdown", "forced"),
    # the security beat: what an outlet calls armed men, and whether it tells deaths as
    # martyrdom. The plain "killed" is no tag: ہلاک / وژل شوي / کشته / killed tell militants'
    # and civilians' deaths as often as soldiers', so an outlet with no `deaths:martyred` row
    # in a story where soldiers died is the one that told them as killed.
    "armed": ("terrorists", "militants", "insurgents", "khawarij", "mujahideen", "gunmen"),
    "deaths": ("martyred",),
}

# `match` column values: Latin forms of a `cased` entry only match as written ("May" the
# month, not "may" the verb; "Amnesty" the NGO, not "an amnesty"); `dated` forms only next to
# a number or a month word; Urdu forms of an `adjective` entry only before the word they
# qualify (چینی انجینئرز "Chinese engineers", never چینی کی قیمت "the price of sugar").
MATCH_MODES = ("", "cased", "dated", "adjective")


class Variants(Mapping):
    """Frozen lang -> tuple[str, ...]; a missing language reads as ()."""

    __slots__ = ("_data",)

    def __init__(self, pairs: Mapping[str, tuple[str, ...]] | None = None):
        data = {lang: tuple(v) for lang, v in (pairs or {}).items() if v}
        self._data = MappingProxyType(dict(sorted(data.items(), key=lambda kv: _lang_order(kv[0]))))

    def __getitem__(self, lang: str) -> tuple[str, ...]:
        return self._data[lang]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def variants_for(self, lang: str) -> tuple[str, ...]:
        return self._data.get(lang, ())

    def __hash__(self) -> int:
        return hash(tuple(self._data.items()))

    def __eq__(self, other) -> bool:
        return isinstance(other, Mapping) and dict(self._data) == dict(other)

    def __repr__(self) -> str:
        return f"Variants({dict(self._data)!r})"


def _lang_order(lang: str) -> int:
    return LANGS.index(lang) if lang in LANGS else len(LANGS)


@dataclass(frozen=True)
class Entry:
    id: str
    type: str
    canonical: str
    variants: Variants = field(default_factory=Variants)
    notes: str = ""
    framing: tuple[str, ...] = ()
    match: str = ""

    def variants_for(self, lang: str) -> tuple[str, ...]:
        """Forms written in `lang`; for English the canonical form comes first."""
        forms = self.variants.variants_for(lang)
        if lang == "en":
            return (self.canonical,) + tuple(f for f in forms if f != self.canonical)
        return forms

    def all_forms(self) -> Iterator[tuple[str, str]]:
        """Every (lang, form) pair, canonical included as English."""
        for lang in LANGS:
            for form in self.variants_for(lang):
                yield lang, form
        for lang in self.variants:
            if lang not in LANGS:
                for form in self.variants[lang]:
                    yield lang, form

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "type": self.type,
            "canonical": self.canonical,
            "variants": {lang: list(v) for lang, v in self.variants.items()},
            "framing": list(self.framing),
            "notes": self.notes,
            "match": self.match,
        }


@dataclass(frozen=True)
class Source:
    """Where an entry was defined, for error messages that name file and line."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


class Glossary:
    """Merged entries from one or more files, with lazily built per-language matchers."""

    def __init__(self, entries: Mapping[str, Entry], sources: Mapping[str, Source] | None = None,
                 files: tuple[str, ...] = ()):
        self.entries: dict[str, Entry] = dict(entries)
        self.sources: dict[str, Source] = dict(sources or {})
        self.files = files
        self.hash = content_hash(self.entries.values())
        self._matchers: dict[str, object] = {}
        self._lookup_index = None

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, entry_id: str) -> bool:
        return entry_id in self.entries

    def __repr__(self) -> str:
        return f"<Glossary {len(self.entries)} entries {self.hash}>"

    def get(self, entry_id: str) -> Entry:
        try:
            return self.entries[entry_id]
        except KeyError:
            from rapidfuzz import process

            close = process.extractOne(entry_id, list(self.entries), score_cutoff=70)
            hint = f"did you mean '{close[0]}'? " if close else ""
            raise GlossaryError(
                f"unknown glossary id '{entry_id}': {hint}find ids with `xsource glossary lookup TERM`"
            ) from None

    def lookup(self, term: str, limit: int = 10) -> list[Entry]:
        from xsource.glossary.lookup import lookup

        return lookup(self, term, limit)

    def match(self, text: str, lang: str):
        """Glossary hits in `text` (non-overlapping, leftmost-longest, whole words), with
        offsets into `text` as given."""
        from xsource.glossary.matcher import matcher_for

        return matcher_for(self, lang).match(text)


def content_hash(entries) -> str:
    """8 hex chars that change whenever matching or rendering could change.

    Notes are left out on purpose: editing a note must not invalidate the translation cache,
    which is keyed on this hash.
    """
    payload = [
        [e.id, e.type, e.canonical, sorted((k, list(v)) for k, v in e.variants.items()),
         list(e.framing), e.match]
        for e in sorted(entries, key=lambda e: e.id)
    ]
    blob = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()[:8]
