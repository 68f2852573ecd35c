"""Per-language matching form of text (never shown to users; the original is kept for display).

`normalize(text, lang)` folds the ways the *same* word gets typed in the wild into one form;
`normalize_with_offsets` also says, for every normalized character, where it came from in the
original, so a match found in normalized text can be highlighted in the original.

One map for all Arabic-script languages would be wrong (a Persian normalizer like hazm's turns
Urdu ے/ہ and Pashto ې/ۍ into Persian letters), so the letter rules are per language:

* all languages: drop invisible characters (ZWSP, BOM, soft hyphen, bidi controls, LRM/RLM,
  ZWJ, variation selectors, C0/C1 controls), NFKC (folds presentation forms ﻻ ﮐ ﯾ and
  fullwidth Latin), strip tatweel and harakat/Quranic marks, map Arabic-Indic ٠-٩ and Extended
  ۰-۹ digits (and ٫ ٬ ٪) to ASCII, casefold, collapse whitespace to one space, and keep ZWNJ
  only where it changes shaping (between a left-joining letter and another letter), so
  "درها" and "در‌ها" match but "می‌شود" keeps its ZWNJ.
* fa, prs: Arabic yeh ي/ى -> ی, Arabic kaf ك -> ک, ۀ / ە / ه+hamza -> ه (the ezafe hamza
  is typed or not at will).
* ur: ي/ى -> ی, ك -> ک, Persian ۀ -> Urdu ۂ (izafat typed on a Persian keyboard). Urdu ے ہ ھ ں ٹ ڈ ڑ ۂ ۓ are never touched. Arabic heh ه is left
  distinct from ہ and ھ: text typed on an Arabic/Persian keyboard uses ه for *both* (پهر
  may be پھر "then" or پہر "watch of the day"), so any fixed mapping would invent wrong words
  and false matches; glossaries carry ه spellings as variants instead.
* ps: ى -> ی, ك -> ک, Persian گ -> Pashto ګ (Persian keyboards lack ګ). Arabic yeh ي is
  a Pashto letter in word-final position (سړي "men" vs سړی "man"), so only a joined
  (initial/medial) ي, which looks identical to ی, is folded. ې ۍ ئ ټ ډ ړ ږ ښ ګ ڼ untouched.
* ur, ps, fa, prs: yeh + separate hamza above (ی + ٔ) -> ئ, the precomposed letter.
* en, und and any other code: only the language-neutral steps (Sindhi, Arabic, ... use
  ي/ك differently, so nothing is unified for them).

The result is idempotent: normalize(normalize(t, l), l) == normalize(t, l).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

__all__ = ["normalize", "normalize_with_offsets", "ARABIC_SCRIPT_LANGS"]

ARABIC_SCRIPT_LANGS = frozenset({"ur", "ps", "fa", "prs"})

ZWNJ = "\u200c"

# Invisible characters that only affect display (or nothing) and split words for matching.
_INVISIBLE_CHARS = (
    "\u200b\u200d\u2060-\u2064\ufeff\u00ad\u034f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\u180e\ufe00-\ufe0f\u0640\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f"
)
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]+")
# Harakat, superscript alef, Quranic annotation marks, hamza above/below as separate marks.
_MARKS = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
    "\u08d3-\u08e1\u08e3-\u08ff"
)
_STRIP_CHARS = (f"{_MARKS}\u0640\u200b\u200d\u2060-\u2064\ufeff\u00ad\u200e\u200f"
                "\u202a-\u202e\u2066-\u2069")
_STRIP = re.compile(f"[{_STRIP_CHARS}]+")
# Yeh (Persian or dotless) with a separate hamza above, possibly with other marks between.
_YEH_HAMZA = re.compile(f"[\u06cc\u0649][{_MARKS.replace(chr(0x654), '')}]*\u0654")

# Arabic letters (what a ZWNJ may sit between). Hamza ء does not join on either side.
_LETTER_RANGES = ("\u0620-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
                  "\u0750-\u077f\u08a0-\u08c9")
_IS_LETTER = re.compile(f"[{_LETTER_RANGES}]")
# Letters that never join to the following letter (alef, dal, reh, waw families, ...): a ZWNJ
# after them changes nothing on screen, so writers add or omit it at random.
_RIGHT_JOINING = set(
    "\u0621\u0622\u0623\u0624\u0625\u0627\u0629\u062f\u0630\u0631\u0632\u0648\u0671\u0672\u0673"
    "\u0674\u0675\u0676\u0677\u06c0\u06c3\u06c4\u06c5\u06c6\u06c7\u06c8\u06c9\u06ca\u06cb\u06cd"
    "\u06cf\u06d2\u06d3\u06d5\u06ee\u06ef\u0759\u075a\u075b\u076b\u076c\u0771\u0778\u0779"
) | {chr(c) for c in range(0x0688, 0x069A)}
_ZWNJ_RUN = re.compile(f"{ZWNJ}{{2,}}")
_ZWNJ_ONE = re.compile(ZWNJ)
# A run of 2+ whitespace, or one whitespace that is not a plain space (a lone " " is already
# right: do not touch it). Same matches as r"\s{2,}|[^\S ]", but each alternative starts
# with a different first character, which the regex engine scans for faster.
_SPACE_RUN = re.compile(r"[^\S ]\s*| \s+")
_OTHER_SPACE = re.compile(r"[^\S ]")
# Anything the invisible-character or mark stripping steps (or the yeh+hamza fold) act on.
_DROPPABLE = re.compile(f"[{_INVISIBLE_CHARS}{_STRIP_CHARS}]")

# Pashto: a yeh followed by a letter is joined (initial/medial), where ي and ی look the same.
_PS_JOINED_YEH = re.compile("\u064a(?=[\u0620\u0622-\u064a\u066e-\u066f\u0671-\u06d3\u06d5"
                            "\u06ee\u06ef\u06fa-\u06fc\u06ff\u0750-\u077f\u08a0-\u08c9])")

_DIGITS = {ord(a): ord(b) for a, b in zip("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪", "01234567890123456789.,%")}
_COMMON_MAP = dict(_DIGITS)
# Arabic teh marbuta ة turns up in loanwords typed on Arabic keyboards (متحدة for متحدہ /
# متحده); each language writes that ending with its own heh.
_PERSIAN_MAP = {**_DIGITS, ord("ي"): "ی", ord("ى"): "ی", ord("ك"): "ک", ord("ۀ"): "ه",
                ord("ە"): "ه", ord("ٱ"): "ا", ord("ة"): "ه"}
_URDU_MAP = {**_DIGITS, ord("ي"): "ی", ord("ى"): "ی", ord("ك"): "ک", ord("ٱ"): "ا",
             ord("ۀ"): "ۂ",  # Persian-keyboard izafat heh -> Urdu heh goal + hamza
             ord("ة"): "ہ"}
_PASHTO_MAP = {**_DIGITS, ord("ى"): "ی", ord("ك"): "ک", ord("گ"): "ګ", ord("ٱ"): "ا",
               ord("ة"): "ه"}
_LETTER_MAPS = {"fa": _PERSIAN_MAP, "prs": _PERSIAN_MAP, "ur": _URDU_MAP, "ps": _PASHTO_MAP}
# str.translate looks up every character; a regex over the few mapped ones is ~10x faster
# on Arabic-script text, where most characters need no mapping.
_MAP_FINDERS = {
    lang: (re.compile("[" + re.escape("".join(chr(k) for k in table)) + "]"),
           {chr(k): v if isinstance(v, str) else chr(v) for k, v in table.items()})
    for lang, table in {**_LETTER_MAPS, "und": _COMMON_MAP}.items()
}

# Output made only of these is known to be a fixed point of one pass (see _normalize).
_STABLE = re.compile("[\x09-\x7e\u00a1-\u00ff\u0600-\u06ff\u0750-\u077f\u200c\u2010-\u2027"
                     "\u2030-\u205e]*")

# Offsets while normalizing: None means "identity so far" (no step changed the length yet),
# so the common case never builds or copies a list per step; the caller that tracks offsets
# materializes range(len + 1) at the end or at the first step that changes the length.
Offsets = list[int] | None


def normalize(text: str, lang: str) -> str:
    """The matching form of `text` for language `lang` (en, ur, ps, prs, fa, und, ...)."""
    return _normalize(text, lang, track=False)[0]


def normalize_with_offsets(text: str, lang: str) -> tuple[str, list[int]]:
    """Matching form plus `offsets`: offsets[i] is the index in `text` of normalized char i,
    with one trailing entry equal to len(text)."""
    out, offsets = _normalize(text, lang, track=True)
    if offsets is None:
        return out, list(range(len(out) + 1))
    return out, offsets


def _normalize(text: str, lang: str, *, track: bool) -> tuple[str, Offsets]:
    lang = _BASE_LANGS.get(lang) or _base_lang(lang)
    out, offsets = _one_pass(text, lang, None, track)
    # One pass is a fixed point for Arabic-script and ASCII text by construction; exotic input
    # (casefolding that produces decomposed letters, NFKC producing tatweel, ...) may need more.
    for _ in range(4):
        if _STABLE.fullmatch(out):
            break
        again, offsets = _one_pass(out, lang, offsets, track)
        if again == out:
            break
        out = again
    return out, offsets


_BASE_LANGS: dict[str, str] = {}


def _identity(text: str) -> range:
    """The offsets of a text no step has changed the length of yet (read-only: each step
    builds a new list from it, as it does from a tracked list)."""
    return range(len(text) + 1)


def _base_lang(lang: str | None) -> str:
    """`ur-PK` -> ur, `fa-AF` / `prs_Arab` -> prs: region and script tags do not change rules."""
    code = (lang or "und").lower().replace("_", "-")
    base = "prs" if code.startswith("fa-af") else code.split("-")[0]
    if isinstance(lang, str) and len(_BASE_LANGS) < 256:  # memo: called once per text
        _BASE_LANGS[lang] = base
    return base


def _one_pass(text: str, lang: str, offsets: Offsets, track: bool) -> tuple[str, Offsets]:
    # Most news text needs few of these steps; each is skipped after a cheap C-level check
    # that proves it would change nothing (the steps themselves stay in this order).
    dirty = _DROPPABLE.search(text) is not None
    if dirty:
        text, offsets = _sub(_INVISIBLE, "", text, offsets, track)
    folded, offsets = _nfkc(text, offsets, track)
    if folded is not text:  # NFKC may produce marks or tatweel (presentation forms)
        dirty, text = True, folded
    if dirty:
        if lang in ARABIC_SCRIPT_LANGS:
            text, offsets = _sub(_YEH_HAMZA, "\u0626", text, offsets, track)
        text, offsets = _sub(_STRIP, "", text, offsets, track)
    finder, table = _MAP_FINDERS.get(lang, _MAP_FINDERS["und"])
    text = finder.sub(lambda m: table[m.group()], text)  # 1:1, offsets unchanged
    if lang == "ps" and "\u064a" in text:
        text = _PS_JOINED_YEH.sub("\u06cc", text)  # 1:1 (the lookahead consumes nothing)
    text, offsets = _casefold(text, offsets, track)
    if ZWNJ in text:
        if ZWNJ + ZWNJ in text:
            text, offsets = _sub(_ZWNJ_RUN, ZWNJ, text, offsets, track)
        text, offsets = _sub(_ZWNJ_ONE, _zwnj_keep_or_drop, text, offsets, track)
    text, offsets = _strip_edges(text, offsets, track)
    if "  " in text or _OTHER_SPACE.search(text):  # else no run of 2+ and no odd space
        text, offsets = _sub(_SPACE_RUN, " ", text, offsets, track)
    return text, offsets


def _strip_edges(text: str, offsets: Offsets, track: bool) -> tuple[str, Offsets]:
    """Leading and trailing whitespace removed (str.strip and regex \\s agree on what is
    whitespace: both use Py_UNICODE_ISSPACE)."""
    stripped = text.strip()
    if len(stripped) == len(text):
        return text, offsets
    if not track:
        return stripped, offsets
    source = _identity(text) if offsets is None else offsets
    lead = len(text) - len(text.lstrip())
    new_offsets = list(source[lead:lead + len(stripped)])
    new_offsets.append(source[-1])
    return stripped, new_offsets


def _zwnj_keep_or_drop(match: re.Match) -> str:
    s, i = match.string, match.start()
    before = s[i - 1] if i > 0 else ""
    after = s[i + 1] if i + 1 < len(s) else ""
    if (before and _IS_LETTER.match(before) and before not in _RIGHT_JOINING
            and after and _IS_LETTER.match(after)):
        return ZWNJ
    return ""


def _sub(pattern: re.Pattern, repl: str | Callable[[re.Match], str], text: str,
         offsets: Offsets, track: bool) -> tuple[str, Offsets]:
    """`pattern.sub(repl, text)`, also carrying offsets through when they are tracked.

    A replacement of the same length maps char for char; otherwise every produced char maps to
    the start of the match (deletions produce none). One scan of the text either way; the
    offsets are only rebuilt when some replacement changed the length."""
    if not track:
        return pattern.sub(repl, text), offsets
    pieces: list[str] = []
    spans: list[tuple[int, int, int]] = []
    pos = 0
    same_length = True
    for match in pattern.finditer(text):
        start, end = match.span()
        replacement = repl(match) if callable(repl) else repl
        pieces.append(text[pos:start])
        pieces.append(replacement)
        spans.append((start, end, len(replacement)))
        same_length = same_length and len(replacement) == end - start
        pos = end
    if not spans:
        return text, offsets
    pieces.append(text[pos:])
    if same_length:
        return "".join(pieces), offsets
    source = _identity(text) if offsets is None else offsets
    new_offsets: list[int] = []
    pos = 0
    for start, end, size in spans:
        new_offsets.extend(source[pos:start])
        if size == end - start:
            new_offsets.extend(source[start:end])
        else:
            new_offsets.extend([source[start]] * size)
        pos = end
    new_offsets.extend(source[pos:])  # includes the trailing len(original) entry
    return "".join(pieces), new_offsets


def _nfkc(text: str, offsets: Offsets, track: bool) -> tuple[str, Offsets]:
    """NFKC applied per starter+marks chunk, so every output char knows its source chunk.

    Chunking (rather than NFKC on the whole string) is used in both modes so `normalize` and
    `normalize_with_offsets` always agree."""
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        return text, offsets
    source = _identity(text) if offsets is None else offsets
    pieces: list[str] = []
    new_offsets: list[int] = []
    start = 0
    n = len(text)
    while start < n:
        end = start + 1
        while end < n and unicodedata.combining(text[end]):
            end += 1
        chunk = text[start:end]
        folded = chunk if chunk.isascii() else unicodedata.normalize("NFKC", chunk)
        pieces.append(folded)
        if track:
            if folded == chunk:
                new_offsets.extend(source[start:end])
            else:
                new_offsets.extend([source[start]] * len(folded))
        start = end
    if not track:
        return "".join(pieces), offsets
    new_offsets.append(source[-1])
    return "".join(pieces), new_offsets


def _casefold(text: str, offsets: Offsets, track: bool) -> tuple[str, Offsets]:
    folded = text.casefold()
    # casefold maps each char to one or more chars, so the same length means one for one
    if not track or len(folded) == len(text):
        return folded, offsets
    source = _identity(text) if offsets is None else offsets
    new_offsets: list[int] = []
    for i, char in enumerate(text):
        new_offsets.extend([source[i]] * len(char.casefold()))
    new_offsets.append(source[-1])
    return folded, new_offsets
