"""All-digit dates: 31/10/2023, 2023-10-31, 31.10.2023, ۱۴۰۲/۸/۹ (any digit script).

Day-first unless the first part is a year or only month-first makes sense (10/31/2023). A year
in 1300-1499 is Solar Hijri in Afghan and Iranian text, Lunar Hijri in Urdu text.
"""

from __future__ import annotations

import re

from xsource.dates.convert import to_gregorian
from xsource.numbers.tokens import ascii_digits
from xsource.records import DateMention

_NUMERIC = re.compile(r"(?<![\d/.\-٫])(\d{1,4})([/\-.])(\d{1,2})\2(\d{1,4})(?![\d/\-٫]|\.\d)")


def numeric_dates(text: str, lang: str) -> list[DateMention]:
    out = []
    for m in _NUMERIC.finditer(text):
        a, b, c = (int(ascii_digits(g)) for g in (m.group(1), m.group(3), m.group(4)))
        if len(m.group(1)) == 4:
            y, mo, d = a, b, c
        elif len(m.group(4)) == 4:
            y, mo, d = c, b, a
            if mo > 12 and d <= 12:
                mo, d = d, mo
        else:
            continue
        if 1900 <= y <= 2100:
            cal = "gregorian"
        elif 1300 <= y <= 1499:
            cal = "lunar_hijri" if lang == "ur" else "solar_hijri"
        else:
            continue
        got = to_gregorian(cal, y, mo, d)
        if got is None:
            continue
        out.append(DateMention(got.isoformat(), m.group(), cal, m.start(), m.end()))
    return out
