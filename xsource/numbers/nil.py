"""Counts reported as none: "no casualties were reported", "کوئی جانی نقصان نہیں ہوا",
"مرګ ژوبله نه ده اوښتې", "به کسی آسیب نرسیده است".

A desk reads "nobody was hurt" as a figure: zero people harmed. It is the fact a clash or a
blast story most often shares across outlets, and it never contains a digit, so without this
the outlets saying it have nothing to meet on. Each mention is `NumberMention(value=0.0,
unit="people")` over the words that say it; the comparator then treats it as any head count
(0 agrees only with 0: see `compare.figures.same_quantity`).

Patterns are written in each language's own letters; `_pattern` lets Arabic yeh/kaf/heh,
ZWNJ and spaces vary as they do in copy from the wild.
"""

from __future__ import annotations

import re

from xsource.records import NumberMention

_HARMED_EN = r"(?:killed|injured|hurt|harmed|wounded|died)"
_EN = [
    r"\bno (?:reported )?(?:casualties|injuries|deaths|fatalities|loss of (?:life|lives))\b",
    r"\bwithout (?:any )?(?:casualties|loss of life)\b",
    (rf"\b(?:no one|no-one|nobody|none of them)\s+(?:was|were|has been|had been|got)\s+"
    rf"(?:(?:killed|injured|hurt|harmed|wounded) (?:or|and) )?{_HARMED_EN}\b"),
    r"\bno (?:one|body) died\b",
]

# "No reports of casualties" (جانی نقصان کی کوئی اطلاع نہیں، د مرګ ژوبلې معلومات نشته) says
# nobody knows yet, not that nobody was hurt: left out in every language.

# Urdu: کوئی/کسی ... (جانی نقصان|ہلاکت|زخمی|ہلاک) ... نہیں
_UR = [
    r"کوئی (?:\S+ ){0,2}?(?:جانی نقصان|ہلاکت|ہلاک|زخمی|جاں بحق|جانبحق)(?: \S+){0,3}? نہیں",
    # نقصان alone is any loss ("کسی کا مالی نقصان نہیں"): only harm done to a person
    r"کسی (?:شخص |فرد )?کو (?:\S+ )?(?:نقصان|گزند|چوٹ) نہیں",
]

# Pashto: مرګ ژوبله نه ده اوښتې؛ هیڅوک ټپي شوي نه دي؛ چا ته زیان نه دی رسېدلی
_PS = [
    r"(?:مرګ ?ژوبل(?:ه|ې)|ځاني (?:زیان|تلفات)|تلفات(?! مالي| مالی))(?: \S+){0,2}? (?:نه|نشته|نشو|نه ده|نه دي)\b",
    (r"(?:هیڅوک|هېڅوک|هیچا|هېچا|چا|څوک)(?: \S+){0,2}? (?:ټپي|وژل|زیان|زیانمن|ژوبل)"
    r"(?: \S+){0,2}? ?(?:نه|نشته)\b"),
    r"(?:هیڅوک|هېڅوک|څوک) (?:نه|نشته)(?: \S+){0,1} (?:ټپي|وژل|زیانمن|ژوبل)",
]

# Dari / Persian: تلفات جانی نداشته؛ به کسی آسیب نرسیده؛ هیچ‌کس کشته نشده
_FA = [
    r"(?:هیچ )?تلفات(?! مالی)(?: جانی)?(?: \S+){0,3}? (?:نداشت|ندارد|نداشته|نبوده|نبود)",
    r"(?:هیچ|بدون) تلفات",
    (r"(?:به )?(?:کسی|هیچ ?کس|هیچ یک)(?: \S+){0,2}? (?:آسیب|کشته|زخمی|صدمه|مجروح|جراحت)"
    r"(?: \S+){0,1}? ?(?:نرسید|نشد|ندید|نخورد|نبرد)"),
    r"(?:آسیب|صدمه)(?:ی)? به (?:کسی|هیچ ?کس) (?:\S+ )?(?:نرسید|وارد نشد)",
]

_FOLDS = {"ی": "[یيى]", "ک": "[کك]", "ه": "[هەۀة]", "ې": "[ېي]"}


def _pattern(source: str) -> re.Pattern:
    """Letters that copy from the wild writes several ways match each way; a space also
    matches a zero-width non-joiner (هیچ‌کس) and any run of spaces."""
    # a word never runs into the space or ZWNJ after it: "\S+" taking a ZWNJ that the
    # separator could take too backtracks without end on a run of ZWNJs
    source = source.replace("\\S", "[^\\s\u200c]")
    out = []
    depth = 0  # inside [...] a letter is already one of a set
    for ch in source:
        depth += (ch == "[") - (ch == "]")
        if depth:
            out.append(ch)
        elif ch == " ":
            out.append(r"[\s\u200c]+")
        elif ch in _FOLDS:
            out.append(_FOLDS[ch])
        else:
            out.append(ch)
    return re.compile("".join(out), re.IGNORECASE)


_TABLES = {
    "en": [re.compile(p, re.IGNORECASE) for p in _EN],
    "ur": [_pattern(p) for p in _UR],
    "ps": [_pattern(p) for p in _PS],
    "fa": [_pattern(p) for p in _FA],
}
_TABLES["prs"] = _TABLES["fa"]


def nil_counts(text: str, lang: str) -> list[NumberMention]:
    """Zero head counts stated in `text` ("no casualties", "nobody was hurt"), in order."""
    found: list[NumberMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in _TABLES.get(lang, ()):
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append(NumberMention(value=0.0, text=m.group(0), unit="people",
                                       start=m.start(), end=m.end()))
    return sorted(found, key=lambda n: n.start)
