"""Script evidence: how many letters of each writing system a text has.

Routing on script first keeps detection fast: Latin text goes to the English check,
Devanagari to Hindi, Arabic script to our own n-gram layer, and only the rest (or text the
quick checks cannot settle) pays for langdetect. Letters unique to one language (Pashto ټ ډ
ړ ږ ښ ګ ڼ ې ۍ, Urdu ٹ ڈ ڑ ں ے ھ ہ, Sindhi ڄ ڃ ڇ ڌ ڍ ڏ ڙ ڦ ڪ ڳ ڱ ٻ ٺ ٽ ٿ, Arabic ة ى) are
evidence the n-gram model learns as its 1-grams, so they are not special-cased here.
"""

from __future__ import annotations

import re
import unicodedata

# Arabic script incl. Supplement, Extended-A and presentation forms (old Urdu/Pashto sites
# still serve those).
ARABIC = "\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF"
# Counting by deleting everything else is cheaper than findall's list of one-char strings.
_NOT_ARABIC = re.compile(f"[^{ARABIC}]+")
_NOT_LATIN = re.compile(r"[^A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+")
_NOT_DEVANAGARI = re.compile(r"[^\u0900-\u0963\u0966-\u097F]+")
# Letters of any other script (Cyrillic, CJK, Bengali, ...): rare, so findall stays cheap.
_OTHER_LETTER = re.compile(
    f"(?![{ARABIC}A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0900-\u097F])[^\\W\\d_]")
# Arabic-script characters that are not letters: digits, punctuation, harakat, tatweel.
_ARABIC_NON_LETTER = re.compile(r"[\u0600-\u061F\u0640\u064B-\u066D\u06D4\u06D6-\u06ED\u06F0-\u06F9]")

_PRESENTATION = re.compile("[\uFB50-\uFDFF\uFE70-\uFEFF]")


def fold_presentation_forms(text: str) -> str:
    """Map Arabic presentation forms (ﻻ, ﮐ, ...) to base letters; leave everything else."""
    if _PRESENTATION.search(text) is None:
        return text
    return _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def script_counts(text: str) -> dict[str, int]:
    """Letters per script: arabic, latin, devanagari, other (all other letters)."""
    arabic = len(_NOT_ARABIC.sub("", text)) - len(_ARABIC_NON_LETTER.findall(text))
    latin = len(_NOT_LATIN.sub("", text))
    devanagari = len(_NOT_DEVANAGARI.sub("", text))
    other = len(_OTHER_LETTER.findall(text))
    return {"arabic": max(0, arabic), "latin": latin, "devanagari": devanagari, "other": other}


def dominant_script(counts: dict[str, int]) -> tuple[str, int, int]:
    """(script, its letters, all letters); script is "none" when there are no letters."""
    total = sum(counts.values())
    if total == 0:
        return "none", 0, 0
    script = max(counts, key=lambda name: counts[name])
    return script, counts[script], total

