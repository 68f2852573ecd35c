"""Language identification: en, ur, ps, prs (Dari) vs fa (Iranian Persian), plus ar, sd, hi,
other languages via langdetect, and `und` for text too short or too mixed to call.

    >>> detect("پاکستان نے غیر قانونی طور پر مقیم افغان باشندوں کو ملک چھوڑنے کا حکم دیا ہے۔").lang
    'ur'

Route by script first (it is what makes this fast): Arabic script goes through our n-gram
layer (`ngram.py`: ur / ps / Persian / sd / ar, then `persian.py`: Dari vs Iranian), Latin
through an English function-word check, Devanagari through a Hindi one; langdetect only sees
what those cannot settle. A document is split on blank lines; when its paragraphs
confidently disagree, `Detection.segments` lists each paragraph and the document takes the
label covering most characters.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from xsource.langid import fallback
from xsource.langid.crosscheck import LABEL_NAMES, cross_check, normalize_hint
from xsource.langid.ngram import family_words, load_models
from xsource.langid.persian import prs_log_odds
from xsource.langid.script import dominant_script, script_counts
from xsource.records import Detection, Segment

__all__ = ["Detection", "Segment", "detect", "detect_lines", "cross_check", "normalize_hint",
           "LABEL_NAMES", "detect_with_models"]

FAMILY_EFFECTIVE = 40  # a sentence's evidence saturates at this many n-grams (calibration)
FULL_CONFIDENCE_LETTERS = 24  # below this many letters confidence is scaled down linearly
UND_BELOW = 0.15  # best guesses weaker than this are reported as und
PLACE_MIN_FEATURES = 8  # Persian with fewer known n-grams than this (a word or two) ...
PLACE_MIN_MARGIN = 1.5  # ... and no cue word this decisive stays unplaced (fa, low confidence)
SEGMENT_MIN_CONFIDENCE = 0.6  # a paragraph must be this sure to make a document "mixed"
PERSIAN = ("prs", "fa")

# Links, e-mail addresses, and the @/# of mentions and hashtags carry no language. The e-mail
# part is linear on purpose: `\S+@\S+\.\w+` backtracks quadratically (cubically with many @)
# over a run without spaces, a pasted base64 image or a line of dots (100,000 characters took
# ~20 s). So an address starts only at the start of a token (or right after an @), and its
# parts are bounded (RFC 5321: 64-character local part, 255-character domain).
_URL = re.compile(r"(?:https?://|www\.)\S+"
                  r"|(?<![^\s@])[^\s@]{1,64}@[^\s@]{1,255}\.\w+"
                  r"|[@#](?=\w)", re.IGNORECASE)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")


def detect(text: str) -> Detection:
    """Label `text` (a sentence, paragraph or whole document). Never raises on odd input."""
    return detect_with_models(text, load_models())


def detect_lines(lines) -> list[Detection]:
    """One detection per line, in order (no paragraph splitting)."""
    models = load_models()
    return [_counted(_detect_block(line, models), line) for line in lines]


def _counted(found: Detection, text) -> Detection:
    return replace(found, words=len(text.split())) if isinstance(text, str) else found


def detect_with_models(text: str, models) -> Detection:
    if not isinstance(text, str) or not text.strip():
        return Detection("und", 0.0)
    paragraphs = _paragraphs(text)
    return _counted(_detect_block(text, models) if len(paragraphs) <= 1
                    else _detect_document(text, paragraphs, models), text)


def _group(lang: str) -> str:
    return "persian" if lang in PERSIAN else lang


def _detect_document(text: str, paragraphs: list[tuple[int, int]], models) -> Detection:
    found = [(start, end, _detect_block(text[start:end], models)) for start, end in paragraphs]
    confident = {_group(d.lang) for _, _, d in found
                 if d.lang != "und" and d.confidence >= SEGMENT_MIN_CONFIDENCE}
    if len(confident) <= 1:
        return _detect_block(text, models)
    weight: dict[str, float] = {}
    for start, end, det in found:
        if det.lang != "und":
            weight[_group(det.lang)] = weight.get(_group(det.lang), 0.0) + (end - start)
    top = max(sorted(weight), key=lambda g: weight[g])
    members = [(start, end) for start, end, det in found if _group(det.lang) == top]
    # The main language is re-read over all its paragraphs together: more text decides
    # Dari vs Iranian far better than any single paragraph.
    main = _detect_block("\n\n".join(text[s:e] for s, e in members), models)
    share = weight[top] / sum(weight.values())
    segments = tuple(Segment(start, end, det.lang, round(det.confidence, 4))
                     for start, end, det in found)
    return Detection(main.lang, round(main.confidence * share, 4), segments)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        chunk = text[s:e]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append((s + lead, s + len(chunk.rstrip())))
    return out


def _detect_block(text: str, models) -> Detection:
    if not text or not text.strip():
        return Detection("und", 0.0)
    clean = _URL.sub(" ", text)
    counts = script_counts(clean)
    script, letters, total = dominant_script(counts)
    if letters < 3:
        return Detection("und", 0.0)
    if script == "latin" and counts["arabic"] >= 0.25 * total:
        # A Pashto or Urdu sentence full of romanised names: the grammar is in Arabic script.
        if fallback.english_share(clean)[0] < 0.15:
            script, letters = "arabic", counts["arabic"]
    if script == "arabic":
        lang, confidence = _arabic(clean, models)
    elif script == "latin":
        lang, confidence = _latin(clean)
    elif script == "devanagari":
        lang, confidence = _devanagari(clean)
    else:
        lang, confidence = fallback.langdetect_best(clean)
    # Short text and text in several scripts both lower how sure we can be.
    confidence *= min(1.0, letters / FULL_CONFIDENCE_LETTERS) * (letters / total) ** 0.5
    if len(clean.split()) < 2:
        confidence *= 0.5
    if lang == "und" or confidence < UND_BELOW:
        return Detection("und", 0.0)
    return Detection(lang, round(min(1.0, confidence), 4))


def _softmax_best(scores, labels) -> tuple[str, float]:
    top = max(range(len(labels)), key=lambda i: scores[i])
    peak = scores[top]
    total = sum(math.exp(max(-50.0, s - peak)) for s in scores)
    return labels[top], 1.0 / total


def _arabic(text: str, models) -> tuple[str, float]:
    family = models["family"]
    words = family_words(text)
    if not words:
        return "und", 0.0
    scores, _, known = family.scores(words)  # no ZWNJ in stage-1 words
    if not known:
        return "und", 0.0
    logits = [s / known * min(known, FAMILY_EFFECTIVE) for s in scores]
    label, p_family = _softmax_best(logits, family.labels)
    if label != "persian":
        return label, p_family
    margin, known = prs_log_odds(text, models["persian"])
    if known < PLACE_MIN_FEATURES and abs(margin) < PLACE_MIN_MARGIN:
        # Persian too short to tell Dari from Iranian: `fa` is the label for unplaced Persian.
        return "fa", p_family * 0.5
    p_prs = 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, margin))))
    if p_prs >= 0.5:
        return "prs", p_family * p_prs
    return "fa", p_family * (1.0 - p_prs)


def _latin(text: str) -> tuple[str, float]:
    share, words = fallback.english_share(text)
    if words >= 4 and share >= 0.2:
        return "en", min(1.0, 0.75 + share)
    if words >= 6 and share >= 0.08 and fallback.english_core_hits(text) >= 2:
        return "en", 0.9
    lang, prob = fallback.langdetect_best(text)
    if words < 4:
        prob = min(prob, 0.3 if words < 2 else 0.6)  # langdetect is overconfident on a few words
    return lang, prob


def _devanagari(text: str) -> tuple[str, float]:
    share, words = fallback.hindi_share(text)
    if words >= 4 and share >= 0.12:
        return "hi", min(1.0, 0.8 + share)
    return fallback.langdetect_best(text)
