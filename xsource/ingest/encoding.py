"""Bytes to text: refuse binaries and office documents by their magic bytes, then find the encoding.

Order matters: byte-order marks are certain, UTF-16 without a BOM shows as NUL bytes on one
parity, strict UTF-8 is almost never a false positive, and only what is left (legacy Urdu/Persian
Windows-1256, Western Windows-1252) is guessed by charset-normalizer. Text that is *mostly*
valid UTF-8 but has broken bytes is refused rather than guessed: decoding it as cp1256 would
turn every Urdu letter into mojibake. So is legacy text with a UTF-8 Arabic word pasted in
(two Arabic letters in a row as UTF-8 byte pairs): decoded as cp1256 the word would come out
as mojibake ('ط·ظˆط±ط®ظ…' for طورخم) with no warning. Genuine cp1256 Urdu, Persian, Dari,
Pashto, Sindhi and Arabic never showed such a pair of pairs (FLORES-200 dev+devtest, 1.4 MB).
"""

from __future__ import annotations

import codecs
import re

from xsource.errors import InputError

# (magic prefix, what it is, reason, fix)
_MAGIC: tuple[tuple[bytes, str, str, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "binary", "ingest text, HTML, JSON or feed files only"),
    (b"\xff\xd8\xff", "a JPEG image", "binary", "ingest text, HTML, JSON or feed files only"),
    (b"GIF8", "a GIF image", "binary", "ingest text, HTML, JSON or feed files only"),
    (b"%PDF-", "a PDF document", "document",
     "extract its text first (e.g. `pdftotext FILE.pdf`) and ingest the .txt"),
    (b"PK\x03\x04", "a ZIP archive or Office document", "document",
     "unzip it, or save the document as plain text (.txt), and ingest that"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE document (Word .doc, InPage, Excel)", "document",
     "export it as Unicode text (.txt) and ingest that"),
    (b"\x1f\x8b", "a gzip archive", "binary", "decompress it first"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "binary", "unpack it first"),
    (b"Rar!\x1a\x07", "a RAR archive", "binary", "unpack it first"),
    (b"{\\rtf", "an RTF document", "document", "save it as plain text (.txt) and ingest that"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# One complete multi-byte UTF-8 sequence: evidence the file was meant to be UTF-8.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Two or more Arabic-block letters (U+0600-U+06FF) in UTF-8, back to back.
_UTF8_ARABIC_RUN = re.compile(rb"(?:[\xd8-\xdb][\x80-\xbf]){2,}")


_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML <meta> or XML prolog declares in its first kilobyte, if any."""
    match = _DECLARED.search(data[:1024])
    return match.group(1).decode("ascii") if match else None


def sniff_binary(data: bytes, source: str) -> None:
    """Raise InputError (binary/document) when `data` is an image, archive or office file."""
    for magic, what, reason, fix in _MAGIC:
        if data.startswith(magic):
            raise InputError(source, reason, f"{source}: is {what}, not text; {fix}")


def decode(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Return (text, encoding name). `declared` is a charset from an HTTP header, tried first."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            codec = "utf-8" if name == "utf-8-sig" else name
            return _strict(data[len(bom):], codec, source, label=name)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, source, label=utf16)
    if b"\x00" in data:
        raise InputError(source, "binary",
                         f"{source}: contains NUL bytes, so it is a binary file, not text; "
                         "ingest text, HTML, JSON or feed files only")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    _refuse_mixed(data, source)
    # Valid UTF-8 wins over any declaration (pages and servers often claim ISO-8859-1, which
    # would decode anything as mojibake); a declaration decides only between legacy pages.
    codec = _charset_codec(declared) if declared else None
    if codec:
        try:
            return data.decode(codec), codec
        except ValueError:  # UnicodeDecodeError, or a codec's own complaint
            pass
    if utf8_error.reason == "unexpected end of data" and utf8_error.end == len(data):
        raise InputError(source, "encoding",
                         f"{source}: ends in the middle of a UTF-8 character (truncated file?); "
                         "download or copy it again completely")
    if _utf8_share(data) >= 0.5:
        raise InputError(source, "encoding",
                         f"{source}: is UTF-8 with invalid bytes at byte {utf8_error.start} "
                         "(mixed encodings or a damaged file); re-save it as UTF-8")
    return _guess_legacy(data, source)


# Python codecs a page may name but no web page is written in: punycode and idna decode in
# quadratic time (a 1 MB page declaring them would take minutes), the escape codecs and UTF-7
# turn plain ASCII into arbitrary characters (bidi overrides, surrogates).
_NOT_PAGE_CHARSETS = {"punycode", "idna", "unicode-escape", "raw-unicode-escape", "utf-7",
                      "undefined"}


def _charset_codec(declared: str) -> str | None:
    """The codec for a declared charset, or None when Python lacks it or no page uses it."""
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        return None
    return None if name in _NOT_PAGE_CHARSETS else name


def _refuse_mixed(data: bytes, source: str) -> None:
    """Legacy text with a UTF-8 Arabic word inside: no single decoding reads both parts."""
    run = _UTF8_ARABIC_RUN.search(data)
    if run is None or _utf8_share(data) >= 0.5:
        return  # no UTF-8 Arabic, or mostly UTF-8 (refused below with its own message)
    word = data[run.start():run.end()].decode("utf-8")[:20]
    raise InputError(source, "encoding",
                     f"{source}: mixes encodings: legacy (e.g. Windows-1256) text with UTF-8 text "
                     f"at byte {run.start()} (\"{word}\"), so one part would come out garbled; "
                     "re-save the file as UTF-8 and re-type or re-paste the part that shows "
                     "garbled")


def _utf8_share(data: bytes) -> float:
    """Share of non-ASCII bytes that sit in well-formed UTF-8 sequences. Legacy Arabic code
    pages form a few such pairs by chance; a UTF-8 file with a damaged spot is nearly all."""
    high = sum(1 for byte in data if byte >= 0x80)
    covered = sum(len(m) for m in _UTF8_MULTIBYTE.findall(data))
    return covered / high if high else 0.0


def _strict(payload: bytes, codec: str, source: str, label: str) -> tuple[str, str]:
    try:
        return payload.decode(codec), label
    except UnicodeDecodeError as exc:
        raise InputError(source, "encoding",
                         f"{source}: declares {label} but has invalid bytes at byte {exc.start}; "
                         "re-save it as UTF-8") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text has NULs (ASCII) or 0x06 (Arabic) high bytes on one parity only."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for high, low, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        hints = high.count(0) + high.count(6)
        if hints >= 0.6 * len(high) and low.count(0) <= 0.05 * len(low):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                continue
            if not _CONTROL.search(text):
                return name
    return None


def _guess_legacy(data: bytes, source: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    # Only single-byte code pages a Pakistan/Afghanistan desk meets; left free, the detector
    # calls four bytes of cp1256 Persian "UTF-16" and short Urdu "cp1006".
    best = from_bytes(data, cp_isolation=["cp1256", "cp1252"]).best()
    if best is None:
        raise InputError(source, "encoding",
                         f"{source}: is not UTF-8, UTF-16 or Windows-1256 text; "
                         "re-save it as UTF-8")
    name = {"cp1256": "cp1256", "cp1252": "cp1252"}.get(best.encoding, best.encoding)
    text = data.decode(name)
    if len(_CONTROL.findall(text)) > max(2, len(text) // 100):
        raise InputError(source, "binary",
                         f"{source}: is mostly control bytes, so it is a binary file, not text; "
                         "ingest text, HTML, JSON or feed files only")
    return text, name
