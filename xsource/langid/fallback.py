"""Latin and Devanagari quick checks, and langdetect for whatever they cannot settle.

langdetect is accurate for Latin-script and most non-Arabic-script languages but costs about
1 ms a sentence, so English and Hindi are first tried with a function-word share that
answers in microseconds; langdetect only sees text that check is unsure about.
"""

from __future__ import annotations

import re

ENGLISH_WORDS = frozenset("""
the of and to in is was that for with as by from it this are be has have had which not were an
at or but his her their they he she said says will would been who after about more than also its
into over under there what when where while these those such can could should may our we you
i them him up out only other some any all no new one two most very because against between during
""".split())
HINDI_WORDS = frozenset("""
है हैं के की का में से को और था थी थे ने पर यह वह भी लिए नहीं एक हो किया गया कर कहा रहा रही रहे
इस उस जो तो बहुत अपने साथ गई हुए हुआ वे
""".split())
_LATIN_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_LANGDETECT_CODES = {"zh-cn": "zh", "zh-tw": "zh"}  # langdetect's two regional codes


# Words no other Latin-script language uses as a function word: two of them in a sentence
# full of names ("U.S. President George W. Bush welcomed the announcement of ...") settle it.
ENGLISH_CORE = frozenset("the of and that with from this is are".split())


def english_share(text: str) -> tuple[float, int]:
    words = _LATIN_WORD.findall(text.lower())
    if not words:
        return 0.0, 0
    hits = sum(1 for w in words if w in ENGLISH_WORDS)
    return hits / len(words), len(words)


def english_core_hits(text: str) -> int:
    return sum(1 for w in _LATIN_WORD.findall(text.lower()) if w in ENGLISH_CORE)


def hindi_share(text: str) -> tuple[float, int]:
    words = text.split()
    if not words:
        return 0.0, 0
    hits = sum(1 for w in words if w.strip("।,.!?\"'()") in HINDI_WORDS)
    return hits / len(words), len(words)


_seeded = False


def langdetect_best(text: str) -> tuple[str, float]:
    """langdetect's top label and probability; ("und", 0.0) when it cannot say."""
    global _seeded
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    if not _seeded:
        DetectorFactory.seed = 0  # langdetect samples randomly; a fixed seed makes it repeatable
        _seeded = True
    try:
        ranked = detect_langs(text)
    except LangDetectException:
        return "und", 0.0
    if not ranked:
        return "und", 0.0
    best = ranked[0]
    return _LANGDETECT_CODES.get(best.lang, best.lang), float(best.prob)
