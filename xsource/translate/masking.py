"""Protect glossary hits from the model: placeholders in, canonical English out, verified.

`mask` swaps every hit for a placeholder token, `unmask` puts the canonical English where
the placeholder came back and reports the ones the model lost, so the caller can fall
back for that sentence instead of shipping a mistranslated name.

Placeholder styles (chosen per backend; see argos_backend for the default and why):
- `canonical`: the canonical English itself ("Torkham" inside the Urdu). NMT models trained
  on web text copy Latin-script names through, and the model still sees a name in context.
- `tag`: `<x1>`, `<x2>`, ... (found again even when the model spaces it out: `< x 1 >`).
- `digits`: `7301`, `7302`, ... numbers are the tokens models copy most reliably, but they
  can be reformatted (7,301) and collide with figures, so this is opt-in.
Tokens that already occur in the sentence are skipped, so a placeholder never captures
text that was there before masking.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

STYLES = ("canonical", "tag", "digits")
_GLUE = frozenset("0123456789.,٫٬٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")


@dataclass(frozen=True)
class Slot:
    token: str  # what the model sees
    entry_id: str
    canonical: str
    pattern: str  # regex finding the token again in model output


@dataclass(frozen=True)
class Masked:
    source: str
    text: str  # what is sent to the model
    slots: tuple[Slot, ...]


def _tag_pattern(n: int) -> str:
    return r"<\s*x\s*" + r"\s*".join(str(n)) + r"\s*>"


def _digits_pattern(n: int, left_pad: bool = False, right_pad: bool = False) -> str:
    # A padded side gives the space back on restore; an unpadded side must not sit
    # inside a longer number.
    left = r"(?: |(?<![\d.,]))" if left_pad else r"(?<![\d.,])"
    right = r"(?: |(?![\d]))" if right_pad else r"(?![\d])"
    return f"{left}{n}{right}"


def _canonical_pattern(canonical: str) -> str:
    words = [re.escape(w) for w in canonical.split()]
    return r"(?i)(?<!\w)" + r"\s+".join(words) + r"(?!\w)"


def mask(text: str, hits: Sequence, style: str = "canonical") -> Masked:
    """Replace each hit (objects with start, end, entry_id, canonical) by a placeholder."""
    if style not in STYLES:
        raise ValueError(f"unknown placeholder style {style!r}; use one of {', '.join(STYLES)}")
    out: list[str] = []
    slots: list[Slot] = []
    pos = 0
    n = 0
    ordered = sorted(hits, key=lambda h: h.start)
    starts = {h.start for h in ordered}
    for hit in ordered:
        if hit.start < pos:  # overlapping hit: the matcher promises none; keep the first
            continue
        if style == "canonical":
            token, pattern = hit.canonical, _canonical_pattern(hit.canonical)
        else:
            while True:
                n += 1
                if style == "tag":
                    token, pattern = f"<x{n}>", _tag_pattern(n)
                else:
                    # Digits glued to a neighbouring digit would read as a different number.
                    before = text[pos:hit.start] or (out[-1] if out else "")
                    lp = bool(before) and before[-1] in _GLUE
                    rp = hit.end < len(text) and (text[hit.end] in _GLUE or hit.end in starts)
                    token = (" " if lp else "") + str(7300 + n) + (" " if rp else "")
                    pattern = _digits_pattern(7300 + n, lp, rp)
                if not re.search(pattern, text):
                    break
        out.append(text[pos:hit.start])
        out.append(token)
        slots.append(Slot(token, hit.entry_id, hit.canonical, pattern))
        pos = hit.end
    out.append(text[pos:])
    return Masked(source=text, text="".join(out), slots=tuple(slots))


def unmask(output: str, masked: Masked) -> tuple[str, tuple[Slot, ...]]:
    """Model output with placeholders turned into canonical English, and the slots lost.

    All positions are found on the raw output first and replaced right to left, so a
    canonical form that happens to look like another placeholder cannot be re-matched.
    """
    found: list[tuple[int, int, str]] = []
    missing: list[Slot] = []
    taken: list[tuple[int, int]] = []
    for slot in masked.slots:
        for match in re.finditer(slot.pattern, output):
            span = match.span()
            if all(span[1] <= a or span[0] >= b for a, b in taken):
                taken.append(span)
                found.append((span[0], span[1], slot.canonical))
                break
        else:
            missing.append(slot)
    text = output
    for start, end, canonical in sorted(found, reverse=True):
        text = text[:start] + canonical + text[end:]
    return text, tuple(missing)
