"""Display cleanup and metadata values: text, titles, dates, language hints, outlets.

Cleanup keeps the original script and spelling (matching uses `xsource.normalize` later); it
only removes what breaks display or can spoof it: control characters, bidi overrides and
embeddings (U+202A-U+202E, U+2066-U+2069 can reverse a title on screen), zero-width spaces.
"""

from __future__ import annotations

import datetime as dt
import re
import time
import unicodedata
from urllib.parse import urlsplit

# Bidi embeddings/overrides/isolates, ZWSP, BOM, word joiner, soft hyphen, and C0/C1 controls
# except tab and newline. ZWNJ/ZWJ, LRM/RLM and ALM stay: they are legitimate in Persian/Urdu.
_DROP = re.compile("[\u202a-\u202e\u2066-\u2069\u200b\ufeff\u2060\u00ad"
                   "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")
_LINE_BREAKS = re.compile("\r\n|\r|\u2028|\u2029|\x85")
_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n\s*")
_INLINE_SPACE = re.compile(r"[ \t\u00a0\u3000\u2000-\u200a\u202f\u205f]+")
# Lone surrogates come from JSON escapes such as "\ud800" (half an emoji cut off): they cannot
# be written as UTF-8, so they become the replacement character, visibly damaged but kept.
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """NFC, one newline style, no controls or bidi overrides, paragraphs split by a blank line.

    Lines inside a paragraph are joined with a space: hard-wrapped files would otherwise split
    sentences at every line end."""
    text = _SURROGATE.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", _LINE_BREAKS.sub("\n", text))
    text = _DROP.sub("", text)
    paragraphs = []
    for block in _BLANK_LINES.split(text):
        lines = [_INLINE_SPACE.sub(" ", line).strip() for line in block.split("\n")]
        paragraph = " ".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def clean_line(value: object) -> str:
    """A title/outlet/author: cleaned like text, then on one line."""
    if value is None:
        return ""
    return " ".join(clean_text(str(value)).split())


# Characters that must not reach a terminal or a one-line message inside a file name or URL:
# C0/C1 controls (a newline forges a second `skipped:` line), line/paragraph separators, bidi
# embeddings/overrides/isolates (reverse a name on screen) and surrogates (os.walk's stand-ins
# for bytes that are not UTF-8, e.g. a Latin-1 name; they cannot be written as UTF-8).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                          "\ud800-\udfff]")
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(name: str) -> str:
    """A file name or URL as shown in messages and records: one line, writable as UTF-8.

    Unprintable characters become Python-style escapes: a newline `\\n`, other controls `\\x1b`,
    a bidi override `\\u202e`, and a byte that is not UTF-8 (a Latin-1 `é` in a name on Linux,
    which os.walk hands over as the surrogate U+DCE9) `\\xe9`, as Python's repr shows it. Other names
    are returned unchanged, so paths stay the ones the user typed; the file itself is always
    opened by its real name."""
    return _UNPRINTABLE.sub(_escape, name)


def _escape(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    if char in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[char]
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape: the original byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


# --- dates ---------------------------------------------------------------------------------

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_NUMERIC = re.compile(r"^\s*(\d{4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*$")


def iso_date(value: object) -> str | None:
    """YYYY-MM-DD from a date, datetime, struct_time or string, else None (never guessed).

    Strings may be ISO, RFC 822 (feeds), "1 November 2023", or a Solar Hijri date such as
    ۱۴۰۲/۸/۱۰ (years 1300-1500 are taken as Solar Hijri, as Afghan and Iranian outlets write)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, time.struct_time):
        return _valid(value.tm_year, value.tm_mon, value.tm_mday)
    if not isinstance(value, str):
        return None
    text = value.translate(_DIGITS).strip()
    numeric = _NUMERIC.match(text)
    if numeric:
        year, month, day = (int(part) for part in numeric.groups())
        if 1300 <= year <= 1500:
            return _solar_hijri(year, month, day)
        return _valid(year, month, day)
    iso = _ISO.match(text)
    if iso:
        return _valid(*(int(part) for part in iso.groups()))
    return _free_form(text)


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _solar_hijri(year: int, month: int, day: int) -> str | None:
    import jdatetime

    try:
        return jdatetime.date(year, month, day).togregorian().isoformat()
    except ValueError:
        return None


def _free_form(text: str) -> str | None:
    from dateutil import parser

    # Parse twice with different defaults: a part filled from the default differs between
    # the two, so "November 2023" (no day) is refused instead of becoming the 1st.
    try:
        first = parser.parse(text, default=dt.datetime(2000, 1, 1), fuzzy=False)
        second = parser.parse(text, default=dt.datetime(2001, 2, 2), fuzzy=False)
    except (ValueError, OverflowError, TypeError):
        return None
    if first.date() != second.date():
        return None
    return first.date().isoformat()


# --- language hints --------------------------------------------------------------------------

_LANG_NAMES = {
    "english": "en", "urdu": "ur", "pashto": "ps", "pushto": "ps", "pakhto": "ps",
    "dari": "prs", "persian": "fa", "farsi": "fa", "arabic": "ar",
    "fa-af": "prs", "fa_af": "prs", "prs": "prs", "pbt": "ps", "pbu": "ps", "pus": "ps",
    "urd": "ur", "eng": "en", "fas": "fa", "per": "fa", "pes": "fa",
    "اردو": "ur", "پښتو": "ps", "دری": "prs", "فارسی": "fa",
}


def lang_code(value: object) -> str | None:
    """`Urdu`, `ur-PK`, `fa-AF` (Dari), `pbt_Arab` -> ur, ur, prs, ps; None when empty."""
    if not isinstance(value, str) or not value.strip():
        return None
    key = value.strip().lower().replace("_arab", "").replace("-arab", "")
    if key in _LANG_NAMES:
        return _LANG_NAMES[key]
    base = re.split(r"[-_]", key)[0]
    return _LANG_NAMES.get(base, base if re.fullmatch(r"[a-z]{2,3}", base) else None)


# --- outlets -------------------------------------------------------------------------------------


def domain_of(url: str | None) -> str:
    """`https://www.dawn.com/news/1` -> `dawn.com`; "" when there is no host."""
    if not url:
        return ""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host
