"""The English "translation": the sentence as written, with glossary variants made canonical.

English outlets spell the same people differently (Sirajuddin / Siraj-ud-Din Haqqani), so
even English copy goes through the glossary before claims are compared.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from xsource.records import Translation


def canonicalize(glossary, text: str, lang: str = "en") -> tuple[str, tuple[str, ...]]:
    """`text` with every glossary hit replaced by its canonical form, and the ids used."""
    hits = glossary.match(text, lang)
    if not hits:
        return text, ()
    out: list[str] = []
    ids: list[str] = []
    pos = 0
    previous = None
    for hit in hits:
        end = restated_end(text, pos, hit) if previous == hit.entry_id else 0
        if end:
            # "the UN refugee agency UNHCR" is "the UNHCR", not "the UNHCR UNHCR";
            # "Tehreek-e-Taliban Pakistan (TTP)" keeps its bracketed abbreviation as written
            if text[pos:hit.start].strip():
                out.append(text[pos:end])
            pos = end
            continue
        out.append(text[pos:hit.start])
        keep = lang == "en" and (_inflected(hit.surface, hit.canonical)
                                 or _entry_type(glossary, hit.entry_id) not in NAME_TYPES)
        out.append(hit.surface if keep else hit.canonical)
        if hit.entry_id not in ids:
            ids.append(hit.entry_id)
        pos = hit.end
        previous = hit.entry_id
    out.append(text[pos:])
    return "".join(out), tuple(ids)


def restated_end(text: str, pos: int, hit) -> int:
    """Where a glossary hit that names again the entry just before it ends ("X X", or "X (X)"
    with its closing bracket); 0 when anything else stands between them. Both translators
    write such a name once."""
    gap = text[pos:hit.start]
    if not gap.strip():
        return hit.end
    closing = re.match(r"\s*\)", text[hit.end:])
    if gap.strip() == "(" and closing:
        return hit.end + closing.end()
    return 0


_SUFFIXES = ("s", "es", "'s", "’s", "s'", "s’")

# In English copy only names are respelled. Terms keep the outlet's own words ("began
# deporting" must not become "began deportation"); their glossary ids still count for framing.
NAME_TYPES = frozenset({"person", "organization", "place"})


def _entry_type(glossary, entry_id: str) -> str:
    try:
        return glossary.get(entry_id).type
    except Exception:  # a glossary without types (or a stale id): treat it as a name
        return "person"


def _inflected(surface: str, canonical: str) -> bool:
    """"Afghans" for Afghan, "Pakistan's" for Pakistan: the canonical form already, plus
    an English plural or possessive ending that replacing would only make ungrammatical."""
    head = surface[:len(canonical)]
    return head.casefold() == canonical.casefold() and surface[len(canonical):] in _SUFFIXES and (
        head == canonical or head[:1].isupper() == canonical[:1].isupper())


class IdentityTranslator:
    name = "identity"
    # Bump when the respelling rules change, so cached English from older rules is not reused.
    revision = "r4"

    def __init__(self, glossary):
        self.glossary = glossary

    def signature(self, lang: str) -> str:
        return f"identity:{lang}|gloss:{self.glossary.hash}"

    def translate(self, sentences: Sequence[str], lang: str) -> list[Translation]:
        signature = self.signature(lang)
        out = []
        for sentence in sentences:
            english, ids = canonicalize(self.glossary, sentence, lang)
            out.append(Translation(source=sentence, english=english, lang=lang,
                                   backend="identity", signature=signature, glossary_ids=ids))
        return out

    def close(self) -> None:
        return None
