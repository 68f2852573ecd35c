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
from xsource.numbers.lexicon import SCALES, table_lang
from xsource.records import Translation
from xsource.translate.identity import restated_end
from xsource.translate.romanize import _FOLD as _FOLD_TABLE
from xsource.translate.romanize import fold, romanize_word

_ARABIC_LETTERS = (
    "\u0621-\u065f\u066e-\u06d3\u06d5-\u06ed\u06ee\u06ef\u06fa-\u06ff\u0640\u0670"
    "\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc\u200c\u200d"
)
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
# number | Arabic-script word | other word | punctuation mark (spaces are dropped and
# re-inserted when joining, so words the lexicon drops leave no double space).
_TOKEN_KINDS = {
    "num": rf"[{_DIGITS}]+(?:[.,\u066b\u066c/][{_DIGITS}]+)*",
    "ar": rf"[{_ARABIC_LETTERS}]+",
    "lat": r"[^\W\d_]+(?:['’-][^\W\d_]+)*",
    "p": r"\S",
}
_TOKEN = re.compile("|".join(f"(?P<{kind}>{rx})" for kind, rx in _TOKEN_KINDS.items()))
# The same alternation without groups: findall returns plain strings, and each distinct token
# is classified once (by `_TOKEN`) and memoized per language with its rendering.
_WORD = re.compile("|".join(f"(?:{rx})" for rx in _TOKEN_KINDS.values()))
_NUMBER_CHARS = str.maketrans({
    **{0x0660 + d: str(d) for d in range(10)}, **{0x06F0 + d: str(d) for d in range(10)},
    "\u066b": ".", "\u066c": ",",
})
_PUNCT = {"،": ",", "؛": ";", "؟": "?", "۔": ".", "٪": "%", "«": "“", "»": "”", "٭": "*"}
_NO_SPACE_BEFORE = frozenset(",.;:?!%)]}”’")
_NO_SPACE_AFTER = frozenset("([{“‘")
_MAX_PHRASE = 4


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Every word the lexicon writes in English, and the short words English is made of: what
    a word-by-word rendering can hold that is not a romanized leftover."""
    words = {w.casefold() for table in lexicon().values() for english in table.values()
             for w in re.findall(r"[A-Za-z]+", english)}
    return frozenset(words | _FUNCTION_WORDS)


_FUNCTION_WORDS = frozenset("""a an the of to in on at by for from with and or but that this
    these those is are was were be been has have had will would can could may not no he she
    it they we you his her its their our said says told also""".split())


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
    # A phrase is also printed with ZWNJ instead of its space (شبه‌نظامی for شبه نظامی, می‌گوید,
    # خانواده‌ها), and ZWNJ vanishes in folding: the joined word means what the phrase does,
    # unless the file lists that word itself.
    for lang, entries in table.items():
        for key, english in list(entries.items()):
            if len(key) > 1:
                entries.setdefault(("".join(key),), english)
    return table


class _Lang:
    """Per-language rendering state: lexicon phrases, and a memo of every token seen.

    A token's rendering is a tuple `(piece, rendered, total, lead, glue_after, word, nexts)`:
    the English (or romanized, or kept) text, its coverage counts, the piece with the space
    that goes before it, whether the next piece sticks to it, the folded Arabic-script word
    (None for numbers, Latin words and punctuation), and the second words of the lexicon
    phrases of two or more words starting with it (empty for none).
    """

    __slots__ = ("lang", "phrases", "prefixes", "second_words", "longest", "tokens",
                 "after_number", "plain_spelled")

    def __init__(self, lang: str):
        self.lang = lang
        longest: dict[str, int] = {}  # first word -> longest phrase starting with it
        for key in lexicon().get(lang, {}):
            longest[key[0]] = max(longest.get(key[0], 0), len(key))
        self.longest = longest
        self.phrases = {key: _piece(english, len(key), len(key))
                        for key, english in lexicon().get(lang, {}).items()}
        # every phrase's leading 2+ words, so a phrase search stops at the first miss
        self.prefixes = {key[:m] for key in self.phrases for m in range(2, len(key) + 1)}
        second: dict[str, set[str]] = {}
        for key in self.phrases:
            if len(key) > 1:
                second.setdefault(key[0], set()).add(key[1])
        self.second_words = {first: frozenset(words) for first, words in second.items()}
        self.tokens: dict[str, tuple] = {}
        # Pashto as many write it on a Persian keyboard (ی for ې and ۍ, گ for ګ, ت for ټ):
        # each one-word entry also under its plainly spelled form, first entry kept
        self.plain_spelled: dict[str, tuple] = {}
        if lang == "ps":
            for key, piece in self.phrases.items():
                if len(key) == 1 and piece[0]:
                    self.plain_spelled.setdefault(key[0].translate(_PS_PLAIN), piece)
        self.after_number = {fold(word): _piece(SCALE_NAMES[value], 1, 1)
                             for word, value in SCALES[table_lang(lang)].items()
                             if value in SCALE_NAMES}

    def token(self, token: str) -> tuple:
        info = self.tokens.get(token)
        if info is None:
            if len(self.tokens) > 100_000:  # bound the memo on endless streams of new words
                self.tokens.clear()
            info = self.tokens[token] = self._classify(token)
        return info

    def _classify(self, token: str) -> tuple:
        token = fold(token)  # the memo is keyed by tokens as written (see _fold_gap)
        kind = _TOKEN.match(token).lastgroup
        if kind == "ar":
            size = self.longest.get(token, 0)
            single = self.phrases.get((token,)) if size else None
            if single is not None:
                info = single
            else:
                info = (self._negated(token) or self._suffixed(token) or self._verb(token)
                        or self._compound(token) or self._plainly_spelled(token)
                        or _piece(romanize_word(token, self.lang), 0, 1))
            nexts = self.second_words.get(token, _NONE) if size > 1 else _NONE
            return (*info[:5], token, nexts)
        if kind == "num":
            return _piece(token.translate(_NUMBER_CHARS), 1, 1)
        if kind == "lat":
            return _piece(token, int(token[0] < "\u0250"), 1)  # Latin script is English already
        return _piece(_PUNCT.get(token, token), 0, 0)

    def _negated(self, token: str) -> tuple | None:
        """غیراسلامی, غیرضروری, غیرملکی written as one word: "non-" and the known word."""
        if not token.startswith(_NON) or len(token) <= len(_NON) + 2:
            return None
        rest = self.phrases.get((token[len(_NON):],))
        if rest is None or not rest[0]:
            return None
        return _piece("non-" + rest[0], 1, 1)

    def _suffixed(self, token: str) -> tuple | None:
        """Endings written onto a known word: Dari/Persian plural ها/های (ماه‌های, once ZWNJ
        is gone), indefinite or adjective ای (اعلامیه‌ای), possessives (خانواده‌اش); Urdu
        plurals and obliques (یونیورسٹیوں, کالجز, باتیں); Pashto plurals and obliques
        (کډوالو, ولسوالیو, کمپونه)."""
        for ending in _ENDINGS.get(self.lang, ()):
            # a stem of three letters at least; four before Urdu's English plural ز, which
            # ends short words of its own (رکاز)
            # (Dari's plural ها/های takes two: آب‌های, راه‌ها, once ZWNJ is gone)
            shortest = 1 if ending in _FA_PLURALS else 2 + (ending == _UR_Z)
            if token.endswith(ending) and len(token) > len(ending) + shortest:
                bare = token[:-len(ending)]
                # Urdu -ہ and -ا nouns take وں in place of their ending (زلزلہ, زلزلوں)
                for stem_form in (bare, *((bare + _UR_H, bare + _UR_A) if ending == _UR_ON
                                          else ())):
                    stem = self.phrases.get((stem_form,))
                    if stem is not None and stem[0]:
                        return _piece(stem[0], 1, 1)
        return None

    def _plainly_spelled(self, token: str) -> tuple | None:
        """A Pashto word written with Persian letters for its own (ولسوالی for ولسوالۍ,
        کیږی for کېږي, انټرنېټ for انټرنیټ): the entry spelled either way."""
        if not self.plain_spelled:
            return None
        return self.plain_spelled.get(token.translate(_PS_PLAIN))

    def _compound(self, token: str) -> tuple | None:
        """Two known words written as one, as Dari and Persian join compounds with a ZWNJ
        that the folding drops (سه‌جانبه, تعیین‌شده, بازداشت‌شدگان): the lexicon's phrase
        of the two, else both words' English. Each part has three letters at least, so a
        name is not cut into short words; the split nearest the middle wins."""
        if self.lang not in ("prs", "fa") or len(token) < 6:
            return None
        middle = len(token) / 2
        for cut in sorted(range(3, len(token) - 2), key=lambda k: abs(k - middle)):
            head, tail = token[:cut], token[cut:]
            whole = self.phrases.get((head, tail))
            if whole is not None and whole[0]:
                return _piece(whole[0], 1, 1)
            first, second = self.phrases.get((head,)), self.phrases.get((tail,))
            if first and second and first[0] and second[0]:
                return _piece(first[0] + " " + second[0], 1, 1)
        return None

    def _verb(self, token: str) -> tuple | None:
        """A Dari/Persian verb the lexicon lists in another person or without its negation:
        نمی‌دانیم ("we do not know") from می دانیم, نداریم from داریم, نبوده‌اند from بوده اند,
        می‌دانیم from می‌دانند. The person may come out wrong ("know" for "we know"); the
        verb and its "not" do not."""
        if self.lang not in ("prs", "fa") or len(token) < 4:
            return None
        if token.startswith(_FA_NOT):
            english = self._conjugated(token[len(_FA_NOT):])
            return _piece("not " + english, 1, 1) if english else None
        english = self._conjugated(token, siblings_only=True)
        return _piece(english, 1, 1) if english else None

    def _conjugated(self, verb: str, siblings_only: bool = False) -> str | None:
        """English of `verb` as the lexicon writes it (joined, or with می apart), or of
        the same stem with another personal ending."""
        def known(form: str) -> str | None:
            for key in ((form,), (_FA_CONT, form[len(_FA_CONT):])
                        if form.startswith(_FA_CONT) else ()):
                found = self.phrases.get(key)
                if found is not None and found[0]:
                    return found[0]
            return None

        if not siblings_only and (english := known(verb)):
            return english
        # a person ending on a present (می...) or any plural ending: never a noun's ی or د
        for ending in _FA_PERSONS:
            if verb.endswith(ending) and (verb.startswith(_FA_CONT) or len(ending) == 2):
                stem = verb[:-len(ending)]
                if len(stem) < 2 + (len(_FA_CONT) if stem.startswith(_FA_CONT) else 0):
                    return None
                for other in _FA_PERSONS:
                    if other != ending and (english := known(stem + other)):
                        return english
                return None
        return None

    def phrase(self, infos: list[tuple], i: int) -> tuple | None:
        """The longest lexicon phrase of 2+ words starting at token i, if any."""
        key = (infos[i][5],)
        best = None
        for j in range(i + 1, min(len(infos), i + self.longest[key[0]])):
            word = infos[j][5]
            if word is None:
                break
            key += (word,)
            if key not in self.prefixes:  # no phrase goes on like this: stop looking
                break
            best = self.phrases.get(key, best)
        return best


# After a figure, a word the number reader counts as a multiplier (`numbers.lexicon.SCALES`)
# reads as that multiplier, whatever it means alone: Pashto لکه is "like", "۱۳ لکه" 13 lakh,
# and the English figure finder reads "13 lakh" back as 1.3 million
# (each multiplier's first English word there: thousand, lakh, crore, million, billion, ...)
SCALE_NAMES = {value: word for word, value in reversed(SCALES["en"].items())}


def _piece(english: str, rendered: int, total: int) -> tuple:
    lead = english if not english or english[0] in _NO_SPACE_BEFORE else " " + english
    glue_after = bool(english) and english[-1] in _NO_SPACE_AFTER
    return english, rendered, total, lead, glue_after, None, _NONE


_NONE: frozenset[str] = frozenset()
# Pashto letters many writers replace with the Persian keyboard's nearest
_PS_PLAIN = str.maketrans({"ې": "ی", "ۍ": "ی", "ئ": "ی", "ګ": "گ", "ټ": "ت", "ډ": "د", "ړ": "ر",
                           "ڼ": "ن", "ښ": "ش", "ږ": "ژ"})
_NON = fold("غیر")
# ی last: the indefinite or the ezafe written on (پیامی, رشته‌ی once ZWNJ is gone)
_FA_ENDINGS = tuple(fold(e) for e in ("هایشان", "هایش", "های", "ها", "ای", "اش", "شان", "ی"))
_FA_PLURALS = frozenset(fold(e) for e in ("هایشان", "هایش", "های", "ها"))
_UR_Z, _UR_ON, _UR_H, _UR_A = fold("ز"), fold("وں"), fold("ہ"), fold("ا")
# Dari/Persian verbs: the negation ن, the continuous می and the person endings (longest first)
_FA_NOT, _FA_CONT = fold("ن"), fold("می")
_FA_PERSONS = tuple(fold(e) for e in ("یم", "ید", "ند", "م", "ی", "د"))
# Longest first. Urdu ز is the English plural written in Urdu (کالجز, کورسز).
_ENDINGS = {"prs": _FA_ENDINGS, "fa": _FA_ENDINGS,
            "ur": tuple(fold(e) for e in ("وں", "یں", "ز")),
            "ps": tuple(fold(e) for e in ("ګانو", "ونه", "ونو", "انو", "ګان", "و"))}


_LANGS: dict[str, _Lang] = {}


def _lang_state(lang: str) -> _Lang:
    state = _LANGS.get(lang)
    if state is None:
        state = _LANGS[lang] = _Lang(lang)
    return state


# Bump when the romanization or joining rules change: with the lexicon's hash it salts the
# cache key, so an upgraded xsource does not serve English rendered by the old rules.
RULES_VERSION = "17"  # 3: غیر- joined to a known word, Dari endings on a known word;
# 4: Urdu and Pashto plural and oblique endings on a known word; 5: Urdu وں for ہ/ا, Dari ی;
# 6: a name restated next to itself ("X (X)") is written once; 7: the glossary matcher
# takes no one-letter Dari possessive (فراهم is no "Farah"); 8: Pashto لکه after a figure
# is "lakh"; 9: the glossary matcher takes the Pashto plural ونه (کارتونه); 10: every
# multiplier after a figure is the number reader's (Dari لک, Pashto میلیونو); 11: their
# English names are the number reader's too (trillion); 12: a Dari/Persian verb in another
# person or negated (نمی‌دانیم, نداریم) from the lexicon's; 13: the glossary matcher dates a
# solar month after a bracket ("(۳ قوس)"); 14: Dari نُه with its damma is nine; 15: two
# known Dari words joined into one (جنگ‌زده); 16: Pashto spelled with Persian letters
# (پریکره for پرېکړه); 17: the glossary matcher dates a solar month before Pashto پر ("د
# تلې پر ۱۱مه") and before the word year ("در حوت همان سال" does not: همان comes first)


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
        # Pieces are joined with one space, except before closing punctuation and after
        # opening punctuation (words the lexicon drops leave no double space).
        out: list[str] = []
        ids: list[str] = []
        rendered = total = 0
        glue = True  # nothing before the first piece
        pos = 0
        previous = None
        for hit in hits:
            restated = restated_end(sentence, pos, hit) if previous == hit.entry_id else 0
            if restated:
                # "تحریک طالبان پاکستان (ٹی ٹی پی)": the name once, not twice in a row
                words = max(1, len(hit.surface.split()))
                rendered, total = rendered + words, total + words
                pos = restated
                continue
            previous = hit.entry_id
            r, t, glue = _render_gap(sentence[pos:hit.start], state, out, glue)
            canonical = hit.canonical
            if canonical:
                out.append(canonical if glue or canonical[0] in _NO_SPACE_BEFORE
                           else " " + canonical)
                glue = canonical[-1] in _NO_SPACE_AFTER
            words = max(1, len(hit.surface.split()))
            rendered, total = rendered + r + words, total + t + words
            if hit.entry_id not in ids:
                ids.append(hit.entry_id)
            pos = hit.end
        r, t, glue = _render_gap(sentence[pos:], state, out, glue)
        rendered, total = rendered + r, total + t
        return Translation(
            source=sentence, english="".join(out), lang=lang, backend="glossary",
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


def _render_gap(text: str, state: _Lang, out: list[str], glue: bool) -> tuple[int, int, bool]:
    """Render the text between two glossary hits onto `out`; returns (rendered, total, glue).

    Tokens are folded (harakat, ZWNJ, yeh/kaf forms, Eastern digits) before they meet the
    lexicon, so lexicon keys see one spelling per word.
    """
    if not text:
        return 0, 0, glue
    tokens = _WORD.findall(_fold_gap(text))
    infos = list(map(state.tokens.get, tokens))
    if None in infos:
        infos = [info or state.token(t) for info, t in zip(infos, tokens)]
    n = len(infos)
    rendered = total = skip = 0
    for i, info in enumerate(infos):
        if skip:  # inside a lexicon phrase already rendered
            skip -= 1
            continue
        if info[6] and i + 1 < n and infos[i + 1][5] in info[6]:
            phrase = state.phrase(infos, i)
            if phrase is not None:
                info = phrase
                skip = phrase[2] - 1
        if i and info[5] in state.after_number and tokens[i - 1][-1:].isdigit():
            info = state.after_number[info[5]]
        piece, r, t, lead, glue_after, _word, _nexts = info
        rendered += r
        total += t
        if piece:  # a word the lexicon drops, or marks only, leaves nothing
            out.append(piece if glue else lead)
            glue = glue_after
    return rendered, total, glue


# Characters the fold deletes. ZWNJ/ZWJ go with a fast str.replace; the others (harakat,
# tatweel) are rarer and take the full str.translate.
_FOLD_MARKS = re.compile("[" + "".join(
    chr(c) for c, v in _FOLD_TABLE.items() if v is None and c not in (0x200C, 0x200D)) + "]")


_NINE_WITH_DAMMA = "ن\u064fه"
_NINE = re.compile(r"(?<![\w\u064b-\u065f])" + _NINE_WITH_DAMMA + r"(?![\w\u064b-\u065f])")


def _fold_gap(text: str) -> str:
    """Text whose tokens are those of `fold(text)`, each possibly still unfolded.

    Every other fold maps one letter or digit to one of the same token class, so once the
    deleted characters are gone the token boundaries are those of the folded text, and the
    token memo folds each distinct token once instead of folding every text."""
    if _NINE_WITH_DAMMA in text:
        # Dari نه is "no" and "nine"; careful writers mark the number with its damma (نُه
        # شهروند چینی: nine Chinese citizens), which folding would erase: the digit keeps it
        text = _NINE.sub("۹", text)
    if "\u200c" in text:
        text = text.replace("\u200c", "")
    if "\u200d" in text:
        text = text.replace("\u200d", "")
    if _FOLD_MARKS.search(text):
        text = text.translate(_FOLD_TABLE)
    return text
