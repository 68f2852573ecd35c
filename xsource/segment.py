"""Sentence segmentation for en, ur, ps, prs, fa with offsets into the original text.

Boundaries: `.` `!` `?` (before whitespace or the end), Urdu `۔` and Arabic `؟` (anywhere:
they are never decimal marks, and Urdu sites often omit the space after them), and line breaks.
Not boundaries: abbreviations (Mr., Dr., U.N., Nov.), initials, decimals (1.7, ۱٫۷ — a mark
followed by a digit), and anything inside a quotation that closes in the same paragraph, so a
quoted statement stays one sentence with its "..., the official said" attribution. Closing
quotes and brackets stay with the sentence they close.
"""

from __future__ import annotations

import re

from xsource.records import Sentence

_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Cmdr|Sgt|Gov|Sen|Rep|Rev|St|Jr|Sr|No|Nos|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|vs|etc|approx|est|Inc|Ltd|Co|Corp|"
    r"Dept|Govt|Rs|Mt|Ft|Fig|e\.g|i\.e|a\.m|p\.m)\.|\b(?:[A-Z]\.){1,4})$"
)
_CLOSERS = "\"'”’»)]›"
_ALWAYS = "۔؟"
_ENDS = ".!?" + _ALWAYS
# quote pairs: opener -> closer; a straight " toggles
_QUOTES = {"“": "”", "«": "»", "‹": "›", "„": "“"}
_MAX_QUOTE = 600  # a quote that has not closed by then is a typo, not a statement


def split_sentences(text: str, lang: str = "und") -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    i = 0
    n = len(text)
    closing: str | None = None  # the quote mark we are inside, if any
    while i < n:
        c = text[i]
        if c == "\n":
            closing = None
            _append(sentences, text, start, i, lang)
            start = i + 1
            i += 1
            continue
        if closing is None:
            if c in _QUOTES and _closes(text, i, _QUOTES[c]):
                closing = _QUOTES[c]
            elif c == '"' and _closes(text, i, '"'):
                closing = '"'
        elif c == closing:
            closing = None
            j = i + 1
            while j < n and text[j] in _CLOSERS:
                j += 1
            if text[i - 1] in _ENDS and (j >= n or text[j].isspace()):
                _append(sentences, text, start, j, lang)  # ... statements." ends the sentence
                start = j
            i = j
            continue
        if c in _ENDS and closing is None:
            j = i
            while j < n and text[j] in _ENDS:
                j += 1
            while j < n and text[j] in _CLOSERS:
                j += 1
            boundary = j >= n or text[j].isspace() or c in _ALWAYS
            if c == "." and boundary and _ABBREV.search(text[start:i + 1]):
                boundary = False
            if c == "." and j < n and text[j].isdigit():
                boundary = False
            if boundary:
                _append(sentences, text, start, j, lang)
                start = j
            i = j
            continue
        i += 1
    _append(sentences, text, start, n, lang)
    return sentences


def _closes(text: str, i: int, closer: str) -> bool:
    """True when the quote opened at i closes within the same paragraph."""
    end = text.find("\n", i + 1)
    limit = min(len(text) if end < 0 else end, i + 1 + _MAX_QUOTE)
    return text.find(closer, i + 1, limit) >= 0


def _append(out: list[Sentence], text: str, start: int, end: int, lang: str) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    out.append(Sentence(index=len(out), start=s, end=s + len(stripped), text=stripped, lang=lang))
