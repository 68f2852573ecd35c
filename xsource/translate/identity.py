"""The English "translation": the sentence as written, with glossary variants made canonical.

English outlets spell the same people differently (Sirajuddin / Siraj-ud-Din Haqqani), so
even English copy goes through the glossary before claims are compared.
"""

from __future__ import annotations

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
    for hit in hits:
        out.append(text[pos:hit.start])
        out.append(hit.surface if lang == "en" and _inflected(hit.surface, hit.canonical)
                   else hit.canonical)
        if hit.entry_id not in ids:
            ids.append(hit.entry_id)
        pos = hit.end
    out.append(text[pos:])
    return "".join(out), tuple(ids)


_SUFFIXES = ("s", "es", "'s", "’s", "s'", "s’")


def _inflected(surface: str, canonical: str) -> bool:
    """"Afghans" for Afghan, "Pakistan's" for Pakistan: the canonical form already, plus
    an English plural or possessive ending that replacing would only make ungrammatical."""
    head = surface[:len(canonical)]
    return head.casefold() == canonical.casefold() and surface[len(canonical):] in _SUFFIXES and (
        head == canonical or head[:1].isupper() == canonical[:1].isupper())


class IdentityTranslator:
    name = "identity"

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
