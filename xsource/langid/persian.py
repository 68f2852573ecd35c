"""Dari (prs) vs Iranian Persian (fa): the n-gram model plus cues it cannot learn from FLORES.

FLORES is encyclopaedic prose; Afghan and Iranian news differ most in administrative words,
month names and loanwords, so those are listed here by hand (each hit shifts the log-odds by
`CUE_WEIGHT`, capped). The ZWNJ habit (Iranian writes می‌شود and خانواده‌ها, Dari mostly
می شود / میشود and خانواده ها) is learnt by the model's n-grams, but their total is capped at
`ZWNJ_CAP` plus `ZWNJ_PER_WORD` per word: Afghan outlets write ZWNJ too, and a few ZWNJ words
must not outvote the vocabulary (in a long Iranian text the habit still adds up).
"""

from __future__ import annotations

import re

from xsource.langid.ngram import ZWNJ, persian_words

DARI_CUES = frozenset("""
ولسوالی ولسوال ولایت ولایات ولایتی والی شاروالی ښاروالی شاروال پوهنتون پوهنځی پوهاند پوهنمل
شفاخانه جنوری فبروری مارچ اپریل جولای اگست سپتمبر اکتوبر نومبر دسمبر موتر موترها تیلفون
پولیس ملیون امریکا امریکایی ستره کمیساری قوماندان قوماندانی قومندان څارنوالی سارنوال سارنوالی
تذکره استند میباشد صدراعظم کمپ لیسه ترافیک داکتر داکتران فیصد فیصدی انجنیر
""".split())

IRANIAN_CUES = frozenset("""
شهرستان استان استانی استاندار استانداری شهرداری شهردار فرمانداری فرماندار بخشداری دانشگاه
دانشکده بیمارستان ژانویه فوریه مارس آوریل ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر
فروردین اردیبهشت خرداد مرداد شهریور آبان آذر بهمن اسفند خودرو خودروها ماشین پلیس تلفن
میلیون میلیارد آمریکا آمریکایی دادستان دادستانی درصد پزشک پزشکان مهندس سپاه بسیج
""".split())

# Afghan solar month names are ordinary words too (حمل "transport", عقرب "scorpion"), as are
# some Iranian ones (تیر, مهر, دی): they count only after a day number or ماه, or before a year.
_DARI_MONTHS = "حمل|ثور|جوزا|سرطان|اسد|سنبله|میزان|عقرب|قوس|جدی|دلو|حوت|جون"
_IRANIAN_MONTHS = "تیر|مهر|دی"
_NUMBER = "[0-9۰-۹٠-٩]+"
_YEAR = "(?:13|14|۱۳|۱۴|١٣|١٤)[0-9۰-۹٠-٩]{2}"


def _month_dates(names: str) -> re.Pattern:
    return re.compile(rf"(?:{_NUMBER}|ماه)\s+(?:{names})(?![^\W\d_])"
                      rf"|(?<![^\W\d_])(?:{names})\s+(?:سال\s+)?{_YEAR}")


DARI_MONTH_DATES = _month_dates(_DARI_MONTHS)
IRANIAN_MONTH_DATES = _month_dates(_IRANIAN_MONTHS)

TEMPERATURE = 8.0  # naive Bayes sums over-count correlated n-grams; fitted on a dev split
CUE_WEIGHT = 1.5  # log-odds per cue word
CUE_CAP = 6.0
ZWNJ_CAP = 2.5  # the ZWNJ-bearing n-grams together never move the log-odds more than this
ZWNJ_PER_WORD = 0.05  # ... plus this much per word of text


def _fold_cues(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w for word in words for w in persian_words(word))


_DARI = _fold_cues(DARI_CUES)
_IRANIAN = _fold_cues(IRANIAN_CUES)


def cue_score(words: list[str], text: str = "") -> float:
    """Log-odds shift toward Dari (positive) or Iranian Persian (negative) from cue words
    and dated month names in `text`."""
    flat = text.replace(ZWNJ, " ")
    dari = len(DARI_MONTH_DATES.findall(flat))
    iranian = len(IRANIAN_MONTH_DATES.findall(flat))
    for word in words:
        for part in word.split(ZWNJ) if ZWNJ in word else (word,):
            if part in _DARI:
                dari += 1
            elif part in _IRANIAN:
                iranian += 1
    return max(-CUE_CAP, min(CUE_CAP, CUE_WEIGHT * (dari - iranian)))


def prs_log_odds(text: str, model) -> tuple[float, int]:
    """log P(Dari) / P(Iranian) for Persian text, and how many model features were seen."""
    words = persian_words(text)
    plain, marked, known = model.scores(words)
    prs, fa = model.labels.index("prs"), model.labels.index("fa")
    zwnj = (marked[prs] - marked[fa]) / TEMPERATURE
    cap = ZWNJ_CAP + ZWNJ_PER_WORD * len(words)
    margin = (plain[prs] - plain[fa]) / TEMPERATURE + max(-cap, min(cap, zwnj))
    return margin + cue_score(words, text), known

