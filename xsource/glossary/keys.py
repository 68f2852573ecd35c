"""Matching keys: the per-language normalized form of a variant or a text.

Both sides of a match go through the same two steps: `xsource.normalize` (letters, digits,
harakat, tatweel, case) and then a one-to-one character map that makes ZWNJ, any whitespace
and hyphens equivalent to a plain space, so "سراج‌الدین" meets "سراج الدین" and
"Siraj-ud-Din" meets "Siraj ud Din" without listing every spelling. The map is one-to-one,
so normalized offsets stay valid.
"""

from __future__ import annotations

import re
import unicodedata

from xsource.normalize import normalize, normalize_with_offsets

ZWNJ = "\u200c"
_SPACE_LIKE = {ZWNJ: " ", "\u200d": " ", "-": " ", "\u2010": " ", "\u2011": " ", "\u00a0": " ",
               "\t": " ", "\n": " ", "\r": " ", "\u2009": " ", "\u202f": " ", "\u200f": " ",
               "\u200e": " "}
_SPACES = re.compile(r" {2,}")

__all__ = ["normalize", "normalize_with_offsets", "match_form", "variant_key", "is_word_char",
           "is_latin", "ZWNJ"]


_SPACE_LIKE_RE = re.compile("[" + "".join(_SPACE_LIKE) + "]")


def match_form(normalized: str) -> str:
    """ZWNJ/whitespace/hyphen -> space, one char for one char."""
    # a regex is several times faster than str.translate with a non-ASCII table
    return _SPACE_LIKE_RE.sub(" ", normalized)


def variant_key(form: str, lang: str) -> str:
    """The automaton key of a glossary form when matching text of language `lang`."""
    return _SPACES.sub(" ", match_form(normalize(form, lang))).strip()


def is_word_char(ch: str) -> bool:
    """Letters, combining marks and digits continue a word; everything else ends it."""
    if not ch:
        return False
    return ch.isalnum() or unicodedata.category(ch)[0] == "M"


def is_latin(text: str) -> bool:
    return any("a" <= c <= "z" or "A" <= c <= "Z" for c in text) and not any(
        "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" or "\ufb50" <= c <= "\ufeff"
        for c in text
    )
