"""Sentence segmentation for en, ur, ps, prs, fa with offsets into the original text."""

from __future__ import annotations

import re

from xsource.records import Sentence

# A sentence ends at . ! ? ۔ ؟ (optionally followed by closing quotes/brackets) before
# whitespace, or at a line break. Decimals (1.7, ۱٫۷) never match because the mark must be
# followed by whitespace or the end of the text.
_END = re.compile(r"""[.!?۔؟]+["'”’»)\]]*(?=\s|$)|\n+""")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|St|Jr|Sr|No|Nov|Oct|Sept|Sep|"
    r"Dec|Jan|Feb|Mar|Apr|Aug|Jun|Jul|vs|etc|approx|Inc|Ltd|Co)\.|\b(?:[A-Z]\.){1,4})$"
)


def split_sentences(text: str, lang: str = "und") -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if match.group().startswith(".") and _ABBREV.search(text[start:match.start() + 1]):
            continue
        _append(sentences, text, start, end, lang)
        start = end
    _append(sentences, text, start, len(text), lang)
    return sentences


def _append(out: list[Sentence], text: str, start: int, end: int, lang: str) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    out.append(Sentence(index=len(out), start=s, end=s + len(stripped), text=stripped, lang=lang))
