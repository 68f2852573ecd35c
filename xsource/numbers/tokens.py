"""Word/number tokens with offsets into the original text, shared by numbers and dates.

Matching never rewrites the text: each token keeps its span in the caller's string and a
folded `key` used only for lexicon lookups. Folding is deliberately coarse (Arabic vs Persian
yeh/kaf, the heh forms, Pashto ې/ۍ and ګ written as ی and گ, harakat and tatweel dropped,
Latin casefolded) because the lexicons are per language and news sites spell all of these
variants; digits in any script are read with `unicodedata.digit`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

_FOLD = str.maketrans({
    "ي": "ی", "ى": "ی", "ې": "ی", "ۍ": "ی", "ئ": "ی", "ۑ": "ی",
    "ك": "ک", "ګ": "گ", "ڪ": "ک",
    "ہ": "ه", "ە": "ه", "ۀ": "ه", "ة": "ه", "ۃ": "ه", "ھ": "ه",
    "أ": "ا", "إ": "ا", "ٱ": "ا", "ؤ": "و",
    "\u0640": None, "\u200c": None, "\u200d": None,
})
_MARKS = re.compile(r"[\u064B-\u065F\u0670\u06D6-\u06ED]")
# Arabic presentation forms (text copied out of PDFs and old web pages: ﭘﺸﺎﻭﺭ, ﮨﺰﺍﺭ). Only the
# key is compatibility-folded, so token offsets still point into the text as written.
_PRESENTATION = re.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFC]+")


def _unpresent(m: re.Match) -> str:
    # NFKC of an isolated haraka form is space + mark: the space must not enter the key
    return unicodedata.normalize("NFKC", m.group()).replace(" ", "")

# A number token: digits of any script with `,` `٬` grouping and `.` `٫` `،` decimal marks
# between digits (no spaces). Grouping/decimal decisions happen in `read_digits`.
_NUM = r"\d+(?:[,٬.٫،']\d+)*"
# Word tokens: letters plus the combining marks and tatweel that live inside Arabic-script words.
_WORD = r"(?:[^\W\d_]|[\u064B-\u065F\u0670\u0640])+"
TOKEN = re.compile(rf"(?P<num>{_NUM})|(?P<word>{_WORD})|(?P<sym>[^\s\w\u200c\u200d\u0640])")


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lookup key of a word: spelling variants of Arabic-script letters merged, Latin casefolded."""
    word = _PRESENTATION.sub(_unpresent, word)
    return _MARKS.sub("", word).translate(_FOLD).casefold()


@dataclass(frozen=True)
class Token:
    kind: str  # num, word, sym
    text: str
    key: str
    start: int
    end: int


@lru_cache(maxsize=2048)
def tokenize(text: str) -> tuple[Token, ...]:
    """Tokens of `text` (cached: numbers, dates and attribution all read the same sentence)."""
    out = []
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        raw = m.group()
        out.append(Token(kind, raw, fold(raw) if kind == "word" else raw, m.start(), m.end()))
    return tuple(out)


def gap(text: str, a: Token, b: Token) -> str:
    return text[a.end:b.start]


def only_space(s: str) -> bool:
    return all(c.isspace() or c in "\u200c\u200d\u0640" for c in s)


def ascii_digits(s: str) -> str:
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in s)


# Longer digit runs are ids, hashes or data columns; no reported figure has 25 digits.
MAX_DIGITS = 24
_INDIAN = re.compile(r"^\d{1,2}(?:,\d{2})+,\d{3}$")
_WESTERN = re.compile(r"^\d{1,3}(?:,\d{3})+$")


def read_digits(raw: str) -> tuple[Fraction, bool] | None:
    """(value, has_grouping) for a digit token, or None when it is not one number.

    Grouping: `,` `٬` and `'` in Western (1,700,000) or Indian (4,02,312) layout. Decimals:
    `.` `٫`, and `،` (the Arabic comma) when it sits between digits with no space, as Dari and
    Persian writers do in ۱،۷ میلیون. `،` is ambiguous; we read it as a decimal mark except in
    the unambiguous thousands layout ۱،۲۰۰،۰۰۰ (two or more groups of three), because a list
    written with the Arabic comma always has a space after it and so never reaches here.
    """
    if sum(c.isdigit() for c in raw) > MAX_DIGITS:
        return None  # a pasted data column, not a figure (and past Python's int() limit)
    s = ascii_digits(raw).replace("٬", ",").replace("'", ",").replace("٫", ".")
    if "،" in s:
        parts = s.split("،")
        if len(parts) > 2 and all(len(p) == 3 for p in parts[1:]) and "," not in s and "." not in s:
            s = ",".join(parts)
        elif len(parts) == 2:
            s = s.replace("،", ".")
        else:
            return None
    grouped = "," in s
    if s.count(".") > 1:
        return None  # 31.10.2023 and version-like strings are not one number
    whole, _, frac = s.partition(".")
    if grouped:
        if not (_WESTERN.match(whole) or _INDIAN.match(whole)):
            return None
        whole = whole.replace(",", "")
    value = Fraction(int(whole))
    if frac:
        value += Fraction(int(frac), 10 ** len(frac))
    return value, grouped


_INDEXES: dict[int, tuple[dict, dict]] = {}


def phrase_index(table: dict) -> dict[str, list[tuple[tuple[str, ...], object]]]:
    """`table` (word tuple -> value) grouped by first word, longest phrase first.

    Cached by identity: pass the module-level tables, not fresh dicts."""
    hit = _INDEXES.get(id(table))
    if hit is not None and hit[0] is table:
        return hit[1]
    index: dict[str, list] = {}
    for words, value in sorted(table.items(), key=lambda kv: -len(kv[0])):
        index.setdefault(words[0], []).append((words, value))
    _INDEXES[id(table)] = (table, index)
    return index
