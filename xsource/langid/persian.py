"""Dari (prs) vs Iranian Persian (fa): the n-gram model plus a lexicon it cannot learn from FLORES.

FLORES is encyclopaedic prose; Afghan and Iranian news differ most in administrative words,
month names, loanword spellings and agency names, which FLORES barely contains. Those are
listed by hand in `data/persian_cues.tsv`, each with a tier: `decisive` words (ولسوالی,
عودت‌کنندگان, دالر, جنوری; ایرنا, استاندار, آبان) are ones the other variety practically never
writes, and one of them outweighs the whole ZWNJ signal below; `strong` and `weak` words only
lean. Ordinary shared vocabulary is left to the n-gram model (listing it would double-count).

The ZWNJ habit (Iranian writes می‌شود and خانواده‌ها, Dari mostly می شود / میشود and خانواده ها)
is learnt by the model's n-grams, but their total is capped at `ZWNJ_CAP` plus `ZWNJ_PER_WORD`
per word: Afghan outlets write ZWNJ too (عودت‌کنندگان), so a few ZWNJ words must not outvote the
vocabulary (in a long Iranian text the habit still adds up).

Weights were chosen on FLORES dev (held-out fifth) and `samples/`, never on devtest.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from xsource.langid.ngram import ZWNJ, persian_words

CUES_PATH = Path(__file__).resolve().parent / "data" / "persian_cues.tsv"

TEMPERATURE = 8.0  # naive Bayes sums over-count correlated n-grams; fitted on a dev split
# Log-odds per occurrence. A decisive word must outweigh the capped ZWNJ signal of a news
# sentence (ZWNJ_CAP + ZWNJ_PER_WORD * 20-40 words = 3.5-4.5) plus a slight n-gram lean;
# FLORES dev itself scores the same for any decisive weight from 3 to 6 (it has few cue words).
TIER_WEIGHTS = {"decisive": 5.0, "strong": 2.0, "weak": 1.0}
MONTH_DATE_WEIGHT = TIER_WEIGHTS["decisive"]  # "۹ عقرب", "نهم عقرب": only Afghans date so
CUE_CAP = 10.0  # cue words together never move the log-odds more than this (+ CUE_PER_WORD)
ZWNJ_CAP = 2.5  # the ZWNJ-bearing n-grams together never move the log-odds more than this
ZWNJ_PER_WORD = 0.05  # ... plus this much per word of text
# The cue cap grows with the text as the ZWNJ cap does: Afghan outlets that write standard
# orthography (Etilaatroz, Afghanistan International) put ZWNJ in every tenth word, so in a
# 300-word article the habit reached 17-20 against cues capped at 10, and outvoted its
# ولسوالی, شفاخانه, وزارت صحت and ۳۰ قوس ۱۴۰۱. (Capping ZWNJ at 8 instead flipped two
# Iranian FLORES devtest paragraphs that carry no cue and lean Dari on n-grams.)
CUE_PER_WORD = 0.05
# Inflections written joined to the word (موترها, ولایتی, استانداران); longest first.
SUFFIXES = ("هایی", "های", "ها", "یان", "ان", "ای", "یی", "ی")
MIN_STEM = 3

# Afghan solar month names are ordinary words too (حمل "transport", عقرب "scorpion"), as are
# some Iranian ones (تیر, مهر, آذر, دی, بهمن "avalanche", مه "fog") and جون: they count only after
# a day number, an ordinal day word (نهم) or ماه, or before ماه or a year.
_DARI_MONTHS = "حمل|ثور|جوزا|سرطان|اسد|سنبله|میزان|عقرب|قوس|جدی|دلو|حوت|جون"
_IRANIAN_MONTHS = "تیر|مهر|آذر|دی|بهمن|مه"
_NUMBER = "[0-9۰-۹٠-٩]+"
_YEAR = "(?:13|14|۱۳|۱۴|١٣|١٤)[0-9۰-۹٠-٩]{2}"
_ORDINAL = ("(?:(?:بیست|سی)\\s+و\\s+)?(?:یکم|اول|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم)"
            "|دهم|یازدهم|دوازدهم|سیزدهم|چهاردهم|پانزدهم|شانزدهم|هفدهم|هجدهم|هژدهم|نوزدهم"
            "|بیستم|سی\\s*ام|سیم")


def _month_dates(names: str) -> re.Pattern:
    return re.compile(rf"(?:{_NUMBER}|(?<![^\W\d_])(?:ماه|{_ORDINAL}))\s+(?:ماه\s+)?(?:{names})"
                      rf"(?![^\W\d_])|(?<![^\W\d_])(?:{names})\s+(?:(?:سال\s+)?{_YEAR}"
                      rf"|ماه(?![^\W\d_]))")


DARI_MONTH_DATES = _month_dates(_DARI_MONTHS)
IRANIAN_MONTH_DATES = _month_dates(_IRANIAN_MONTHS)


def _flat_words(text: str) -> list[str]:
    return [part for word in persian_words(text) for part in word.split(ZWNJ) if part]


def load_cues(path: Path = CUES_PATH) -> tuple[dict[str, tuple[str, float]], dict[str, list]]:
    """Single words -> (entry, signed weight: + Dari, - Iranian), and phrases by first word.

    A phrase is also stored joined (عودتکنندگان), since outlets write it with a space, a ZWNJ
    or neither."""
    single: dict[str, tuple[str, float]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str, float]]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 3 or fields[1] not in ("prs", "fa") or fields[2] not in TIER_WEIGHTS:
            raise ValueError(f"{path}:{number}: expected phrase, side (prs or fa) and tier "
                             f"({', '.join(TIER_WEIGHTS)}) separated by tabs")
        phrase, side, tier = fields[:3]
        weight = TIER_WEIGHTS[tier] * (1 if side == "prs" else -1)
        words = tuple(_flat_words(phrase))
        single["".join(words)] = (phrase, weight)
        if len(words) > 1:
            phrases.setdefault(words[0], []).append((words[1:], phrase, weight))
    for options in phrases.values():
        options.sort(key=lambda option: -len(option[0]))
    return single, phrases


_SINGLE, _PHRASES = load_cues()
_NO_HIT = ("", 0.0)


@lru_cache(maxsize=100_000)
def _word_hit(word: str) -> tuple[str, float]:
    hit = _SINGLE.get(word)
    if hit is not None:
        return hit
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            hit = _SINGLE.get(word[:-len(suffix)])
            if hit is not None:
                return hit
    return _NO_HIT


def _same(word: str, wanted: str) -> bool:
    return word == wanted or any(word == wanted + suffix for suffix in SUFFIXES)


def lexicon_hits(words: list[str]) -> list[tuple[str, float]]:
    """The lexicon entries found in `words` (ZWNJ already read as a break), in order, with
    their signed weights; a phrase consumes its words."""
    hits = []
    i, n = 0, len(words)
    while i < n:
        for rest, phrase, weight in _PHRASES.get(words[i], ()):
            end = i + 1 + len(rest)
            if end <= n and words[i + 1:end - 1] == list(rest[:-1]) \
                    and _same(words[end - 1], rest[-1]):
                hits.append((phrase, weight))
                i = end
                break
        else:
            hit = _word_hit(words[i])
            if hit[1]:
                hits.append(hit)
            i += 1
    return hits


def cue_score(words: list[str], text: str = "") -> float:
    """Log-odds shift toward Dari (positive) or Iranian Persian (negative) from the lexicon
    and from dated month names in `text`."""
    flat = text.replace(ZWNJ, " ")
    score = MONTH_DATE_WEIGHT * (len(DARI_MONTH_DATES.findall(flat))
                                 - len(IRANIAN_MONTH_DATES.findall(flat)))
    parts = [part for word in words for part in word.split(ZWNJ) if part]
    score += sum(weight for _, weight in lexicon_hits(parts))
    cap = CUE_CAP + CUE_PER_WORD * len(words)
    return max(-cap, min(cap, score))


def prs_log_odds(text: str, model) -> tuple[float, int]:
    """log P(Dari) / P(Iranian) for Persian text, and how many model features were seen."""
    words = persian_words(text)
    plain, marked, known = model.scores(words)
    prs, fa = model.labels.index("prs"), model.labels.index("fa")
    zwnj = (marked[prs] - marked[fa]) / TEMPERATURE
    cap = ZWNJ_CAP + ZWNJ_PER_WORD * len(words)
    margin = (plain[prs] - plain[fa]) / TEMPERATURE + max(-cap, min(cap, zwnj))
    return margin + cue_score(words, text), known
