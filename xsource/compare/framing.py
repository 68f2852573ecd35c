"""Framing: which loaded glossary terms each outlet used (expel / deport / repatriate;
illegal migrants / refugees / foreigners), with the words as written beside the English.

The glossary is passed in (tests hand a fake one); it needs `match(text, lang)` returning
hits with `entry_id` and `surface`, and `get(entry_id)` returning an entry with `canonical`
and `framing` tags ("removal:expel"). Only entries carrying framing tags are counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from xsource.records import AnalyzedArticle


def framing_rows(story_id: str, items: Sequence[AnalyzedArticle], glossary) -> list[dict]:
    if glossary is None:
        return []
    counts: Counter = Counter()
    for item in items:
        for claim in item.claims:
            for hit in glossary.match(claim.text, claim.lang):
                try:
                    entry = glossary.get(hit.entry_id)
                except KeyError:
                    continue
                for tag in entry.framing or ():
                    word = tag.split(":", 1)[-1]
                    counts[(claim.outlet, entry.id, word, entry.canonical, hit.surface,
                            claim.lang)] += 1
    rows = [
        {"story_id": story_id, "outlet": outlet, "entry_id": entry_id, "tag": tag,
         "canonical": canonical, "surface": surface, "lang": lang, "count": n}
        for (outlet, entry_id, tag, canonical, surface, lang), n in counts.items()
    ]
    rows.sort(key=lambda r: (r["outlet"], -r["count"], r["tag"], r["surface"]))
    return rows
