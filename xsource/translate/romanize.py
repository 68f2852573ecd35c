"""Readable, rule-based romanization of Arabic-script words, per language.

Not a scholarly transliteration: the aim is that an editor reading the glossary-only English
recognizes a name they have seen in English copy (کراچی -> karachi, سرفراز -> sarfraz,
طورخم -> torkham; بگٹی -> bagti is as close as the letters allow). Long
vowels are written with the letters that carry them; short vowels are not written in the
script, and only two are guessed, as `a`: between two consonants that start a word, and
between two that end a word which has a vowel letter elsewhere (کراچی -> karachi,
طورخم -> torkham, بند -> band).

The rules differ by language where the letters do: Urdu ے ٹ ڈ ڑ ں ھ, Pashto ټ ډ ړ ږ ښ ځ څ
ې ۍ ڼ, Persian و as `v` (Iranian) and `w` (Dari), final ه as `a` everywhere.
"""

from __future__ import annotations

from functools import lru_cache

# Harakat, Quranic marks, superscript alef and tatweel: not written in news copy as a rule,
# and noise for matching when they are.
_STRIP = dict.fromkeys(
    [*range(0x064B, 0x0660), 0x0670, 0x0640, *range(0x06D6, 0x06DD), *range(0x06DF, 0x06E9),
     *range(0x06EA, 0x06EE)]
)

# One spelling per letter for lookups: Arabic yeh/kaf/heh forms fold to the Persian ones,
# Eastern digits to ASCII, ZWNJ and ZWJ vanish (می‌گوید = میگوید). Pashto and Urdu specific
# letters are left alone: they carry sounds the Persian letters do not.
_FOLD = {
    **_STRIP,
    ord("ي"): "ی", ord("ى"): "ی", ord("ك"): "ک", ord("ۀ"): "ه", ord("ة"): "ه", ord("ە"): "ه",
    ord("ہ"): "ه", ord("ۃ"): "ه", ord("أ"): "ا", ord("إ"): "ا", ord("ٱ"): "ا",
    0x200C: None, 0x200D: None,
    **{0x0660 + d: str(d) for d in range(10)},
    **{0x06F0 + d: str(d) for d in range(10)},
}


def fold(word: str) -> str:
    """The lookup form of an Arabic-script word (lexicon keys use the same folding)."""
    return word.translate(_FOLD)


_VOWEL_LETTERS = frozenset("اآویی")

_BASE = {
    "ا": "a", "آ": "aa", "ب": "b", "پ": "p", "ت": "t", "ث": "s", "ج": "j", "چ": "ch", "ح": "h",
    "خ": "kh", "د": "d", "ذ": "z", "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s",
    "ض": "z", "ط": "t", "ظ": "z", "غ": "gh", "ف": "f", "ق": "q", "ک": "k", "گ": "g", "ل": "l",
    "م": "m", "ن": "n", "ء": "", "ئ": "y", "ؤ": "o",
    # Urdu
    "ٹ": "t", "ڈ": "d", "ڑ": "r", "ں": "n", "ھ": "h", "ے": "e", "ۓ": "e",
    # Pashto
    "ټ": "t", "ډ": "d", "ړ": "r", "ږ": "zh", "ښ": "sh", "ځ": "dz", "څ": "ts", "ګ": "g",
    "ڼ": "n", "ې": "e", "ۍ": "ay",
}

# Per-language readings of the letters whose sound depends on the language.
_W = {"fa": "v", "prs": "w", "ur": "w", "ps": "w"}
_MEDIAL_W = {"fa": "u", "prs": "o", "ur": "o", "ps": "o"}


@lru_cache(maxsize=65536)
def romanize_word(word: str, lang: str) -> str:
    """One Arabic-script word in readable ASCII; non-Arabic characters pass through."""
    letters = fold(word)
    out: list[str] = []
    vowel: list[bool] = []  # per rendered letter: does it carry a vowel sound?
    last = len(letters) - 1
    for i, ch in enumerate(letters):
        prev = letters[i - 1] if i else ""
        nxt = letters[i + 1] if i < last else ""
        if ch == "و":
            if i == 0 or prev in "اآ" or (nxt and nxt in "اآ"):
                out.append(_W.get(lang, "w")), vowel.append(False)
            else:
                out.append(_MEDIAL_W.get(lang, "o")), vowel.append(True)
        elif ch == "ی":
            if i == 0 or (nxt and nxt in "اآو"):
                out.append("y"), vowel.append(False)
            else:
                out.append("i"), vowel.append(True)
        elif ch == "ه":
            final = i == last and i > 0
            out.append("a" if final else "h"), vowel.append(final)
        elif ch == "ع":
            # Unwritten vowel next to ain: عمران -> amran; beside a vowel letter it adds
            # nothing readable.
            silent = (prev and prev in _VOWEL_LETTERS) or nxt in _VOWEL_LETTERS
            out.append("" if silent else "a"), vowel.append(not silent)
        else:
            out.append(_BASE.get(ch, ch))
            vowel.append(ch in "اآےېۍ" or (ch == "ئ" and i == last))
    had_vowel = any(vowel)
    if len(out) > 2 and not had_vowel or _consonants(out, vowel, 0, 1):
        # Short vowels are not written; none of these languages starts a word with two
        # consonants in speech, so an `a` between them reads closer (کراچی -> karachi).
        out.insert(1, "a"), vowel.insert(1, True)
    if had_vowel and len(out) > 3 and _consonants(out, vowel, -2, -1):
        out.insert(len(out) - 1, "a")  # طورخم -> torkham, not torkhm
    return "".join(out)


def _consonants(out: list[str], vowel: list[bool], a: int, b: int) -> bool:
    try:
        return (not vowel[a] and not vowel[b] and out[a].isascii() and out[b].isascii()
                and out[a].isalpha() and out[b].isalpha())
    except IndexError:
        return False
