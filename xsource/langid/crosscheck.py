"""Metadata `lang:` versus what the detector reads: which label to use, and what to report.

Rules (the pipeline stores the message on the article so the report can show it):
- no hint: the detected label;
- a hint we do not know (`lang: xx`): the detected label, and a message naming the hint;
- hint and detection in the same family (Dari vs Iranian Persian): the hint wins — the
  outlet knows where it publishes better than a model separating two written standards —
  except a generic Persian tag (`fa`, `fa-IR`) on an article-length text (`ARTICLE_WORDS`)
  the detector confidently reads as Dari: `fa-IR` is the stock setting of Persian-language
  site software, and Afghan sites (Hasht-e Subh's 8am.media, Etilaatroz) ship it, while
  at that length the detector's Dari is reliable (0.99 macro-F1 on FLORES paragraphs);
- the detector confidently (>= `CONFIDENT`) reads another language: the detected label, and
  a message such as "header says lang: ur but the text reads as Pashto (ps, 0.97); using ps";
- otherwise (detector unsure or `und`): the hint, with a message when the detector leaned
  elsewhere.
"""

from __future__ import annotations

from xsource.records import Detection

CONFIDENT = 0.8
# A text this long carries the Afghan words, months and spellings the Dari reading rests on;
# one sentence does not (a neutral Persian sentence can lean Dari)
ARTICLE_WORDS = 80

LABEL_NAMES = {"en": "English", "ur": "Urdu", "ps": "Pashto", "prs": "Dari",
               "fa": "Iranian Persian", "ar": "Arabic", "sd": "Sindhi", "hi": "Hindi",
               "und": "undetermined"}

_SYNONYMS = {
    "en": ("en", "eng", "english", "en-us", "en-gb", "en-pk", "en-in"),
    "ur": ("ur", "urd", "urdu", "ur-pk", "ur-in"),
    "ps": ("ps", "pus", "pbt", "pst", "pbu", "pashto", "pushto", "pakhto", "pukhto", "ps-af",
           "ps-pk"),
    "prs": ("prs", "dari", "fa-af", "afghan persian", "persian-af", "farsi-af"),
    "fa": ("fa", "pes", "fas", "per", "persian", "farsi", "fa-ir", "iranian persian"),
    "ar": ("ar", "ara", "arb", "arabic"),
    "sd": ("sd", "snd", "sindhi"),
    "hi": ("hi", "hin", "hindi"),
}
_HINTS = {alias: label for label, aliases in _SYNONYMS.items() for alias in aliases}
_FAMILY = {"prs": "persian", "fa": "persian"}


def normalize_hint(hint: str | None) -> str | None:
    """Our label for a metadata language value, None when it is empty or unknown."""
    if hint is None:
        return None
    key = hint.strip().lower().replace("_", "-")
    return _HINTS.get(key)


def _describe(det: Detection) -> str:
    name = LABEL_NAMES.get(det.lang, det.lang)
    return f"{name} ({det.lang}, {det.confidence:.2f})"


def cross_check(hint: str | None, det: Detection) -> tuple[str, str | None]:
    """(label to use, disagreement message or None). See the module docstring for the rules."""
    if hint is None or not hint.strip():
        return det.lang, None
    label = normalize_hint(hint)
    shown = hint.strip()
    if label is None:
        return det.lang, (f"header says lang: {shown}, which is not a language code xsource "
                          f"knows (use en, ur, ps, prs or fa); using the detected "
                          f"{_describe(det)}")
    if label == "fa" and det.lang == "prs" and det.confidence >= CONFIDENT and (
            det.words >= ARTICLE_WORDS):
        return det.lang, (f"header says lang: {shown}, the usual setting of Persian-language "
                          f"sites, Afghan ones too, but the text reads as "
                          f"{_describe(det)}; using prs")
    if det.lang in (label, "und") or _FAMILY.get(det.lang, det.lang) == _FAMILY.get(label, label):
        return label, None
    if det.confidence >= CONFIDENT:
        return det.lang, (f"header says lang: {shown} but the text reads as "
                          f"{LABEL_NAMES.get(det.lang, det.lang)} ({det.lang}, "
                          f"{det.confidence:.2f}); using {det.lang}")
    return label, (f"header says lang: {shown}; the text reads more like "
                   f"{_describe(det)}, not sure enough to override; using {label}")
