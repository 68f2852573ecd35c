"""The glossary-only backend: always available, no model, fast.

Glossary hits become their canonical English, common grammar words come from a small
built-in lexicon (`data/lexicon.tsv`), numbers are kept (Eastern digits turned ASCII),
and every other Arabic-script word is romanized, so the sentence keeps its source word
order but every name is readable. `coverage` is the share of word and number tokens
rendered as English (glossary, lexicon, numbers, Latin words) rather than romanized.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from xsource.errors import LanguageError
from xsource.records import Translation
from xsource.translate.romanize import _FOLD as _FOLD_TABLE
from xsource.translate.romanize import fold, romanize_word

_ARABIC_LETTERS = (
    "\u0621-\u065f\u066e-\u06d3\u06d5-\u06ed\u06ee\u06ef\u06fa-\u06ff\u0640\u0670"
    "\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc\u200c\u200d"
)
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
# number | Arabic-script word | other word | punctuation mark (spaces are dropped and
# re-inserted when joining, so words the lexicon drops leave no double space).
_TOKEN = re.compile(
    rf"(?P<num>[{_DIGITS}]+(?:[.,\u066b\u066c/][{_DIGITS}]+)*)"
    rf"|(?P<ar>[{_ARABIC_LETTERS}]+)"
    rf"|(?P<lat>[^\W\d_]+(?:['’-][^\W\d_]+)*)"
    rf"|(?P<p>\S)"
)
_NUMBER_CHARS = str.maketrans({
    **{0x0660 + d: str(d) for d in range(10)}, **{0x06F0 + d: str(d) for d in range(10)},
    "\u066b": ".", "\u066c": ",",
})
_PUNCT = {"،": ",", "؛": ";", "؟": "?", "۔": ".", "٪": "%", "«": "“", "»": "”", "٭": "*"}
_NO_SPACE_BEFORE = frozenset(",.;:?!%)]}”’")
_NO_SPACE_AFTER = frozenset("([{“‘")
_MAX_PHRASE = 4


@lru_cache(maxsize=1)
def lexicon() -> dict[str, dict[tuple[str, ...], str]]:
    """lang -> folded word tuple -> English ("" drops the words)."""
    table: dict[str, dict[tuple[str, ...], str]] = {}
    text = resources.files("xsource.translate").joinpath("data/lexicon.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        langs, source, english = line.split("\t")
        key = tuple(fold(w) for w in source.split())
        for lang in langs.split(","):
            table.setdefault(lang.strip(), {})[key] = "" if english == "-" else english
    return table


class _Lang:
    """Per-language lookup state: lexicon phrases by first word, romanization memo."""

    __slots__ = ("lang", "phrases", "longest", "roman")

    def __init__(self, lang: str):
        self.lang = lang
        self.phrases = lexicon().get(lang, {})
        self.longest: dict[str, int] = {}  # first word -> longest phrase starting with it
        for key in self.phrases:
            self.longest[key[0]] = max(self.longest.get(key[0], 0), len(key))
        self.roman: dict[str, str] = {}


_LANGS: dict[str, _Lang] = {}


def _lang_state(lang: str) -> _Lang:
    state = _LANGS.get(lang)
    if state is None:
        state = _LANGS[lang] = _Lang(lang)
    return state


def _join(pieces: list[str]) -> str:
    out: list[str] = []
    for piece in pieces:
        if not piece:  # a word of marks only (e.g. a lone hamza) romanizes to nothing
            continue
        if out and piece[0] not in _NO_SPACE_BEFORE and out[-1][-1] not in _NO_SPACE_AFTER:
            out.append(" ")
        out.append(piece)
    return "".join(out)


# Bump when the romanization or joining rules change: with the lexicon's hash it salts the
# cache key, so an upgraded xsource does not serve English rendered by the old rules.
RULES_VERSION = "1"


@lru_cache(maxsize=1)
def revision() -> str:
    data = resources.files("xsource.translate").joinpath("data/lexicon.tsv").read_bytes()
    return f"r{RULES_VERSION}-{hashlib.sha256(data).hexdigest()[:8]}"


class GlossaryTranslator:
    name = "glossary"

    def __init__(self, glossary):
        self.glossary = glossary
        self.revision = revision()

    def signature(self, lang: str) -> str:
        return f"glossary:{lang}-en|gloss:{self.glossary.hash}"

    def translate(self, sentences: Sequence[str], lang: str) -> list[Translation]:
        signature = self.signature(lang)
        return [self.translate_one(s, lang, signature) for s in sentences]

    def translate_one(self, sentence: str, lang: str, signature: str | None = None) -> Translation:
        hits = _safe_match(self.glossary, sentence, lang)
        state = _lang_state(lang)
        pieces: list[str] = []
        ids: list[str] = []
        rendered = total = 0
        pos = 0
        for hit in hits:
            r, t = _render_gap(sentence[pos:hit.start], state, pieces)
            rendered, total = rendered + r, total + t
            pieces.append(hit.canonical)
            words = max(1, len(hit.surface.split()))
            rendered, total = rendered + words, total + words
            if hit.entry_id not in ids:
                ids.append(hit.entry_id)
            pos = hit.end
        r, t = _render_gap(sentence[pos:], state, pieces)
        rendered, total = rendered + r, total + t
        return Translation(
            source=sentence, english=_join(pieces), lang=lang, backend="glossary",
            signature=signature or self.signature(lang), glossary_ids=tuple(ids),
            coverage=round(rendered / total, 4) if total else 1.0,
        )

    def close(self) -> None:
        return None


def _safe_match(glossary, text: str, lang: str):
    try:
        return glossary.match(text, lang)
    except (KeyError, ValueError, LookupError, LanguageError):
        # A language the glossary has no column for (und, ar, ...): match nothing rather
        # than fail the sentence; romanization still renders it.
        return []


def _render_gap(text: str, state: _Lang, pieces: list[str]) -> tuple[int, int]:
    """Render the text between two glossary hits into `pieces`; returns (rendered, total).

    The gap is folded once (harakat, ZWNJ, yeh/kaf forms, Eastern digits), so lexicon keys
    and the romanization memo see one spelling per word.
    """
    rendered = total = 0
    tokens = _TOKEN.findall(text.translate(_FOLD_TABLE))
    longest, phrases, roman = state.longest, state.phrases, state.roman
    i, n = 0, len(tokens)
    while i < n:
        num, ar, lat, punct = tokens[i]
        if ar:
            size = longest.get(ar, 0)
            if size:
                j = i + 1
                while j < n and j - i < size and tokens[j][1]:
                    j += 1
                for k in range(j - i, 0, -1):
                    english = phrases.get(tuple(t[1] for t in tokens[i:i + k]))
                    if english is not None:
                        if english:
                            pieces.append(english)
                        rendered += k
                        total += k
                        i += k
                        break
                else:
                    size = 0
                if size:
                    continue
            word = roman.get(ar)
            if word is None:
                word = roman[ar] = romanize_word(ar, state.lang)
            pieces.append(word)
            total += 1
            i += 1
            continue
        total += 1
        if num:
            pieces.append(num.translate(_NUMBER_CHARS))
            rendered += 1
        elif lat:
            pieces.append(lat)
            rendered += lat[0] < "\u0250"  # Latin-script words are English already
        else:
            total -= 1
            pieces.append(_PUNCT.get(punct, punct))
        i += 1
    return rendered, total
