"""Days of the month written as words, per language, as folded token tuples.

Persian/Dari write ordinals (نهم آبان, بیست و یکم عقرب, سی‌ام مهر), Pashto feminine ordinals
that agree with نېټه (د لړم نهمه, د نومبر په لومړۍ نېټه), Urdu cardinals (اکتیس اکتوبر) or
یکم, English ordinals (the first of November). Built from the number lexicons so every
spelling the number reader knows is also a day here.
"""

from __future__ import annotations

from xsource.numbers.lexicon import PS_WORDS, UR_WORDS
from xsource.numbers.tokens import fold

_FA_UNITS = ["یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه"]
_FA_TEENS = ["ده", "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده",
             "نوزده"]
_FA_IRREGULAR = {"یک": ("یکم", "اول"), "دو": ("دوم",), "سه": ("سوم",)}


def _fa_ordinal(card: str) -> tuple[str, ...]:
    return _FA_IRREGULAR.get(card, (card + "م",))


def _fa_days() -> dict[str, int]:
    out: dict[str, int] = {}
    for n, card in enumerate(_FA_UNITS, 1):
        for o in _fa_ordinal(card):
            out[o] = n
            out["بیست و " + o] = 20 + n
    for n, card in enumerate(_FA_TEENS, 10):
        out[card + "م"] = n
    out.update({"هیجدهم": 18, "بیستم": 20, "سی ام": 30, "سیام": 30, "سی و یکم": 31,
                "بیست و یکمین": 21, "یکمین": 1})
    return out


def _ps_days() -> dict[str, int]:
    out = {"لومړۍ": 1, "لومړی": 1, "لومړنۍ": 1, "اوله": 1, "دوهمه": 2, "دویمه": 2, "دوهم": 2,
           "دویم": 2, "دوم": 2, "دریمه": 3, "درېیمه": 3, "دریم": 3, "درېیم": 3,
           "اول": 1, "یکم": 1}
    for word, value in PS_WORDS.items():
        if 4 <= value <= 31 and not word.endswith("و") and word != "نه":  # not obliques
            stem = word[:-1] if word.endswith("ه") else word
            out.setdefault(stem + "مه", value)
            out.setdefault(stem + "م", value)
    return out


def _ur_days() -> dict[str, int]:
    out = {word: value for word, value in UR_WORDS.items() if 1 <= value <= 31}
    out.update({"یکم": 1, "پہلی": 1})
    return out


_EN = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
       "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
       "twentieth").split()


def _en_days() -> dict[str, int]:
    out = {w: n for n, w in enumerate(_EN, 1)}
    for n, w in enumerate(_EN[:9], 1):
        out["twenty " + w] = 20 + n
    out.update({"thirtieth": 30, "thirty first": 31})
    return out


def _phr(s: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in s.replace("\u200c", " ").replace("-", " ").split())


DAY_WORDS = {"fa": _fa_days(), "ps": _ps_days(), "ur": _ur_days(), "en": _en_days()}
DAY_WORD_PHRASES = {L: {_phr(k): v for k, v in d.items()} for L, d in DAY_WORDS.items()}
