"""One pass per text: an Aho-Corasick automaton per language over normalized variant keys.

The automaton finds every key occurrence in time linear in the text (plus hits), whatever
the glossary size. Candidates are then filtered by word boundaries and reduced to a
leftmost-longest non-overlapping set, and offsets are mapped back to the original text.
"""

from __future__ import annotations

import re

import ahocorasick_rs

from xsource.glossary.keys import (
    is_word_char, match_form, normalize, normalize_with_offsets, variant_key,
)
from xsource.glossary.model import LANGS
from xsource.records import GlossaryHit
from xsource.translate.romanize import fold

# Which glossary columns are searched in text of a language, in priority order (an earlier
# column wins when two entries share a key). English is always searched: Latin-script names
# and acronyms (TTP, UNHCR) turn up inside Urdu, Pashto and Dari text. Dari and Iranian
# Persian share most spellings, so each also searches the other's column.
SEARCH_ORDER = {
    "en": ("en",),
    "ur": ("ur", "en"),
    "ps": ("ps", "prs", "en"),
    "prs": ("prs", "fa", "en"),
    "fa": ("fa", "prs", "en"),
}
ALL = ("en", "ur", "ps", "prs", "fa")

# Endings written attached to a name or term without a space or ZWNJ. A match may end inside
# a word only when the rest of the word is exactly one of these (a ZWNJ-joined ending is a
# boundary anyway). Urdu writes postpositions apart but attaches the oblique plural (افغانوں,
# پناہ گزینوں); Pashto attaches case/plural endings (کډوالو، افغانانو، کارتونه);
# Dari/Persian attach the ezafe/indefinite ی, plural ها/ان, possessives and, in older Dari
# prose, را. Not the one-letter possessives م, ت, ش: a name or term with one of them is
# mostly another word (فراهم "provide" is no Farah, مهاجرت "migration" no migrants), and
# news prose rarely says "my Kabul".
SUFFIXES = {
    "en": (),
    "ur": ("وں", "یوں", "ی", "ے", "یں", "ئی"),
    "ps": ("و", "ه", "ې", "ي", "ی", "ۍ", "ان", "انو", "ګان", "ګانو", "یان", "یانو", "ونو", "ونه"),
    "prs": ("ی", "ها", "های", "هایی", "ای", "یی", "ان", "اش", "مان", "تان", "شان", "را"),
    "fa": ("ی", "ها", "های", "هایی", "ای", "یی", "ان", "اش", "مان", "تان", "شان", "را"),
}
# Dari/Persian به is often written attached (بکابل); nothing else is attached before a name.
PREFIXES = {"prs": ("ب",), "fa": ("ب",)}

# Urdu typed on an Arabic/Persian keyboard has ه for ہ/ھ and ی for ے. The normalizer keeps
# them apart (folding would invent words), so the Urdu automaton also gets each Urdu key
# spelled that way, at lower priority than any listed form.
URDU_KEYBOARD = str.maketrans({"ہ": "ه", "ھ": "ه", "ۂ": "ه", "ے": "ی", "ۓ": "ئ"})

# `dated` entries (solar months: حمل is also "carrying", میزان "level", تله "trap") match only
# next to a number or a month word: "۱۵ عقرب", "حمل ۱۴۰۲", "برج حمل", "د لړم میاشت".
MONTH_BEFORE = frozenset({"ماه", "برج", "ماہ", "month"})
# ...or its year: "در حوت همان سال" is no "whale", "د زمري کال" no "lion"
MONTH_AFTER = frozenset({"ماه", "میاشت", "میاشتې", "میاشتی", "میاشتو", "month", "سال", "کال"})
# ...and Pashto "until" / "from" / "on" before the day: "د چنګاښ تر ۱۶مې" (until the 16th of
# Saratan), "د تلې پر ۱۱مه" (on the 11th of Mizan)
CONNECTORS = frozenset({"د", "په", "of", "the", "تر", "له", "پر"})

# `adjective` entries: an Urdu adjective stands before its noun, a noun before its postposition.
# چینی is "Chinese" in چینی انجینئرز and "sugar" in چینی کی اسمگلنگ, so an Urdu form matches
# only when a word follows that is none of these (nor a sentence's end or punctuation).
URDU_POSTPOSITIONS = frozenset({
    "کا", "کی", "کے", "کو", "میں", "پر", "سے", "نے", "تک", "والی", "والے", "اور", "کیلئے",
    "ہے", "ہیں", "تھی", "تھا", "تھے",
})


class Matcher:
    def __init__(self, glossary, lang: str):
        self.lang = lang if lang in SEARCH_ORDER else "und"
        columns = SEARCH_ORDER.get(self.lang, ALL)
        text_lang = self.lang
        # key -> payload, first key wins: the search order is the priority order
        self.payload: dict[str, tuple] = {}
        derived: list[tuple[str, tuple]] = []
        for column in columns:
            for entry in glossary.entries.values():
                cased = _cased_forms(entry) if entry.match == "cased" else None
                dated = entry.match == "dated"
                for form in entry.variants_for(column):
                    key = variant_key(form, text_lang)
                    if key and key not in self.payload:
                        latin = key[0].isascii() and key[-1].isascii()
                        check = (_dated if dated else _qualifies
                                 if entry.match == "adjective" and column == "ur" else None)
                        payload = (len(key), entry.id, entry.canonical, column, latin,
                                   cased if latin else None, check)
                        self.payload[key] = payload
                        if column == "ur":
                            derived.append((key.translate(URDU_KEYBOARD), payload))
        for key, payload in derived:
            self.payload.setdefault(key, payload)
        self.size = len(self.payload)
        self.payloads = list(self.payload.values())
        # every occurrence, overlapping ones included: the choice among them is ours (below)
        self.automaton = ahocorasick_rs.AhoCorasick(
            list(self.payload), matchkind=ahocorasick_rs.MatchKind.Standard) if self.size else None
        langs = ALL if self.lang == "und" else (self.lang,)
        self.suffixes = _normalized(langs, SUFFIXES, text_lang)
        self.prefixes = _normalized(langs, PREFIXES, text_lang)
        self.other_words = _lexicon_words(langs)

    def match(self, text: str) -> list[GlossaryHit]:
        if not self.size or not text:
            return []
        norm, offsets = normalize_with_offsets(text, self.lang)
        spaced = match_form(norm)
        candidates = []
        # words a check turned down: no shorter key may take them (چینی کی is sugar's, not
        # China's چین with an ending)
        refused: set[tuple[int, int]] = set()
        payloads = self.payloads
        for index, start, end in self.automaton.find_matches_as_indexes(spaced, overlapping=True):
            length, entry_id, canonical, column, latin, cased, check = payloads[index]
            extent = self._whole_word(norm, start, end, latin)
            if extent is None:
                continue
            if check and not check(spaced, start, end, extent[1]):
                if check is _qualifies:
                    refused.add(extent)
                continue
            if extent[1] > end and self._another_word(norm[extent[0]:extent[1]], canonical):
                continue
            start, end = extent
            candidates.append((start, end, length, entry_id, canonical, column, cased))
        if refused:
            candidates = [c for c in candidates if (c[0], c[1]) not in refused]
        # leftmost, then longest; on a tie the form matched without an attached ending wins
        # (پاکستانی is the demonym, not پاکستان + ی)
        candidates.sort(key=lambda c: (c[0], c[0] - c[1], -c[2]))
        hits: list[GlossaryHit] = []
        taken_to = 0
        for start, end, _length, entry_id, canonical, column, cased in candidates:
            if start < taken_to:
                continue
            o_start = offsets[start]
            o_end = max(offsets[end], offsets[end - 1] + 1)
            surface = text[o_start:o_end].rstrip(" \t\n\u200c")
            if cased is not None and match_form(surface) not in cased:
                continue
            hits.append(GlossaryHit(o_start, o_start + len(surface), entry_id, surface, canonical,
                                    column))
            taken_to = end
        return hits

    def _another_word(self, word: str, canonical: str) -> bool:
        """The lexicon knows the whole word, ending and all, as a word that is not this
        entry's: Pashto چینايي is "Chinese", not Chennai (چینای) + ي; Urdu قطرے "drops", not
        Qatar + ے; Pashto نیولی "taken" (ځای نیولی, taken place), not the arrests of نیول."""
        english = self.other_words.get(fold(word))
        return english is not None and not _same_word(english, canonical)

    def _whole_word(self, norm: str, start: int, end: int, latin: bool) -> tuple[int, int] | None:
        """The match widened to whole words (an attached ending or ب is part of the word the
        translator must replace), or None when it starts or ends inside another word."""
        before = norm[start - 1] if start else ""
        after = norm[end] if end < len(norm) else ""
        if latin:
            ok = not is_word_char(before) and not is_word_char(after)
            return (start, end) if ok else None
        if is_word_char(before):
            start = self._prefixed(norm, start)
            if start is None:
                return None
        if is_word_char(after):
            end = self._suffixed(norm, end)
            if end is None:
                return None
        return start, end

    def _prefixed(self, norm: str, start: int) -> int | None:
        for prefix in self.prefixes:
            p = start - len(prefix)
            if p >= 0 and norm.startswith(prefix, p) and (p == 0 or not is_word_char(norm[p - 1])):
                return p
        return None

    def _suffixed(self, norm: str, end: int) -> int | None:
        for suffix in self.suffixes:
            s = end + len(suffix)
            if norm.startswith(suffix, end) and (s >= len(norm) or not is_word_char(norm[s])):
                return s
        return None


def _lexicon_words(langs) -> dict[str, str]:
    """Folded one-word lexicon forms of `langs` -> their English."""
    from xsource.translate.glossary_backend import lexicon  # data only; no cycle at import

    table = lexicon()
    return {key[0]: english for lang in langs for key, english in table.get(lang, {}).items()
            if len(key) == 1 and english}


def _same_word(english: str, canonical: str) -> bool:
    """Whether two English renderings share a word, or a word's first five letters (Indian
    and India, spokespeople and spokesperson, camps and camp)."""
    ours = re.findall(r"[a-z]+", canonical.lower())
    return any(a[:5] == b[:5] if min(len(a), len(b)) >= 5 else a == b
               for a in re.findall(r"[a-z]+", english.lower()) for b in ours)


def _qualifies(spaced: str, start: int, end: int, word_end: int) -> bool:
    if word_end != end:  # an ending makes it a noun: چینیوں "the Chinese"
        return True
    after = spaced[end:end + 24].split()
    return bool(after) and after[0][:1].isalpha() and after[0] not in URDU_POSTPOSITIONS


def _dated(spaced: str, start: int, end: int, _word_end: int = 0) -> bool:
    before = spaced[max(0, start - 24):start].split()
    after = spaced[end:end + 24].split()
    while before and before[-1] in CONNECTORS:
        before.pop()
    while after and after[0] in CONNECTORS:
        after.pop(0)
    # a bracket may open before the day: "روز شنبه (۳ قوس)", "(Aqrab 14)"
    last = before[-1].lstrip(_OPENERS) if before else ""
    if last[:1].isdigit() or last in MONTH_BEFORE:
        return True
    first = after[0].lstrip(_OPENERS) if after else ""
    return first[:1].isdigit() or first.rstrip("،,.;:؛)") in MONTH_AFTER


_OPENERS = "([«\"'“"


def _cased_forms(entry) -> frozenset[str]:
    return frozenset(match_form(form) for lang in LANGS for form in entry.variants_for(lang)
                     if form.isascii())


def _normalized(langs, table, text_lang) -> tuple[str, ...]:
    forms = {normalize(s, text_lang) for lang in langs for s in table.get(lang, ())}
    return tuple(sorted((f for f in forms if f), key=len, reverse=True))


def matcher_for(glossary, lang: str) -> Matcher:
    """Built on first use per language and kept on the glossary object."""
    key = lang if lang in SEARCH_ORDER else "und"
    matcher = glossary._matchers.get(key)
    if matcher is None:
        matcher = glossary._matchers[key] = Matcher(glossary, key)
    return matcher
