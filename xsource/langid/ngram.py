"""A small naive Bayes model over character n-grams (plus word features) for Arabic script.

Two stages share one data file (`data/ngrams.json.gz`, rebuilt by
`scripts/build_langid_model.py` from FLORES `dev` and `samples/`):

- `family`: ur / ps / persian / sd / ar, char 1-4-grams of each word with boundary spaces;
- `persian`: prs (Dari) vs fa (Iranian), char 2-4-grams and words with ZWNJ kept (Iranian
  writes می‌شود and کتاب‌ها, Dari mostly می شود / میشود and کتاب ها), plus the same words with
  ZWNJ read as a break, so vocabulary (پوهنتون vs دانشگاه) counts on its own too.

Weights are log-probabilities centred per feature (mean over labels removed), so a feature
that says nothing about the label costs nothing and is pruned from the file.
"""

from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from xsource.langid.script import ARABIC, fold_presentation_forms

MODEL_PATH = Path(__file__).resolve().parent / "data" / "ngrams.json.gz"
ZWNJ = "\u200c"

# Harakat, superscript alef, Quranic marks and tatweel carry no language signal and vary
# by outlet; Arabic kaf/yeh and alef maksura are folded so old encodings of Persian/Urdu
# text (ك ي) are not mistaken for Arabic on spelling alone.
_DELETE = dict.fromkeys(list(range(0x064B, 0x0660)) + [0x0670, 0x0640] + list(range(0x06D6, 0x06EE)))
_FOLD = {ord("ك"): "ک", ord("ي"): "ی", ord("ى"): "ی", ord("ە"): "ه", ord("ۀ"): "ه",
         ord("أ"): "ا", ord("إ"): "ا", ord("ٱ"): "ا", ord("ۃ"): "ہ"}
_TABLE = str.maketrans({**_DELETE, **_FOLD, ord(ZWNJ): " "})
_PERSIAN_TABLE = str.maketrans({**_DELETE, **_FOLD})
# Everything that is not an Arabic-script letter becomes a word break.
_NON_LETTER = re.compile(
    f"[^{ARABIC}\u200c]+|[\u0600-\u061F\u066A-\u066D\u06D4\u06F0-\u06F9\u0660-\u0669\uFD3E\uFD3F]+"
)


def _words(text: str, table: dict) -> list[str]:
    text = fold_presentation_forms(text).translate(table)
    return _NON_LETTER.sub(" ", text).split()


def family_words(text: str) -> list[str]:
    """Stage-1 form: the Arabic-script words of `text`, ZWNJ read as a word break."""
    return _words(text, _TABLE)


def persian_words(text: str) -> list[str]:
    """Stage-2 form: like stage 1 but ZWNJ kept inside words (می‌شود stays one word)."""
    words = [w.strip(ZWNJ) for w in _words(text, _PERSIAN_TABLE)]
    return [w for w in words if w]


def char_grams(padded: str, max_n: int = 4, min_n: int = 1) -> list[str]:
    grams: list[str] = []
    length = len(padded)
    for n in range(min_n, max_n + 1):
        grams.extend([padded[i:i + n] for i in range(length - n + 1)])
    return grams


# Features are computed per word (n-grams never span two words), so a sentence's score is
# the sum of its words' scores, and those are cached: that is what makes scoring fast.
def family_word_features(word: str) -> list[str]:
    return char_grams(" " + word + " ", 4)


def persian_word_features(word: str) -> list[str]:
    """Char 2-4-grams and the word as written (ZWNJ habit included), plus the word with ZWNJ
    read as a break, so vocabulary counts on its own even where an Afghan outlet writes ZWNJ."""
    feats = char_grams(" " + word + " ", 4, 2)
    feats.append("w:" + word)
    if ZWNJ in word:
        feats.extend(["n:" + part for part in word.split(ZWNJ) if part])
    else:
        feats.append("n:" + word)
    return feats


def family_features(text: str) -> list[str]:
    return [f for word in family_words(text) for f in family_word_features(word)]


def persian_features(text: str) -> list[str]:
    return [f for word in persian_words(text) for f in persian_word_features(word)]


class NgramModel:
    """Centred log-probability table; a text's score is the sum over its words' features."""

    CACHE_LIMIT = 200_000  # words; cleared when full (bounded memory on long runs)

    def __init__(self, labels: list[str], features: dict[str, int], weights: np.ndarray,
                 word_features):
        self.labels = labels
        self.index = features
        self.weights = weights
        self.word_features = word_features
        self._cache: dict[str, tuple[tuple[float, ...], int]] = {}
        self._zeros = (0.0,) * len(labels)

    @classmethod
    def from_json(cls, data: dict, word_features) -> "NgramModel":
        labels = data["labels"]
        scale = data["scale"]
        names = list(data["weights"])
        matrix = np.asarray([data["weights"][name] for name in names], dtype=np.float64) * scale
        matrix = np.vstack([np.zeros((1, len(labels))), matrix])  # row 0: unknown feature
        return cls(labels, {name: i + 1 for i, name in enumerate(names)}, matrix, word_features)

    def _word(self, word: str) -> tuple[tuple[float, ...], tuple[float, ...], int]:
        get = self.index.get
        features = self.word_features(word)
        if ZWNJ not in word:
            rows = [r for r in map(get, features) if r]
            return self._sum(rows), self._zeros, len(rows)
        plain, marked = [], []
        for feature in features:
            row = get(feature)
            if row:
                (marked if ZWNJ in feature else plain).append(row)
        return self._sum(plain), self._sum(marked), len(plain) + len(marked)

    def _sum(self, rows: list[int]) -> tuple[float, ...]:
        if not rows:
            return self._zeros
        return tuple(self.weights[rows].sum(axis=0).tolist())

    def scores(self, words: list[str]) -> tuple[list[float], list[float], int]:
        """Summed weights per label of features without and with ZWNJ (kept apart so the ZWNJ
        habit can be capped), and how many features the model knew."""
        cache = self._cache
        plain, marked = [], []
        known = 0
        for word in words:
            hit = cache.get(word)
            if hit is None:
                if len(cache) >= self.CACHE_LIMIT:
                    cache.clear()
                hit = cache[word] = self._word(word)
            if hit[2]:
                plain.append(hit[0])
                if hit[1] is not self._zeros:
                    marked.append(hit[1])
                known += hit[2]
        return self._columns(plain), self._columns(marked), known

    def _columns(self, vectors: list[tuple[float, ...]]) -> list[float]:
        if not vectors:
            return list(self._zeros)
        return [sum(column) for column in zip(*vectors)]


STAGE_FEATURES = {"family": family_word_features, "persian": persian_word_features}


@lru_cache(maxsize=1)
def load_models(path: str = str(MODEL_PATH)) -> dict[str, NgramModel]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    return {name: NgramModel.from_json(stage, STAGE_FEATURES[name])
            for name, stage in data["stages"].items()}
