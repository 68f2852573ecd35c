"""`Glossary.lookup(term)`: exact normalized variant first, then whole-word, then fuzzy."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from xsource.glossary.keys import variant_key

FUZZY_CUTOFF = 80


def _index(glossary):
    """(key, entry_id) for every form, keyed language-neutrally so any script finds it."""
    if glossary._lookup_index is None:
        pairs = []
        for entry in glossary.entries.values():
            pairs.append((variant_key(entry.id, "und"), entry.id))
            for _lang, form in entry.all_forms():
                pairs.append((variant_key(form, "und"), entry.id))
        glossary._lookup_index = pairs
    return glossary._lookup_index


def lookup(glossary, term: str, limit: int = 10) -> list:
    key = variant_key(term, "und")
    if not key:
        return []
    pairs = _index(glossary)
    found: dict[str, None] = {}
    for form, entry_id in pairs:  # exact
        if form == key:
            found[entry_id] = None
    padded = f" {key} "
    for form, entry_id in pairs:  # the term is a whole word (or words) of a form
        if len(found) >= limit:
            break
        if padded in f" {form} ":
            found[entry_id] = None
    if len(found) < limit:
        scored = process.extract(key, [f for f, _ in pairs], scorer=fuzz.WRatio,
                                 score_cutoff=FUZZY_CUTOFF, limit=limit * 4)
        for _form, _score, index in scored:
            found[pairs[index][1]] = None
    return [glossary.entries[i] for i in list(found)[:limit]]
