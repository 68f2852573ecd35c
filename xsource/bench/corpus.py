"""Synthetic corpora for the scale benchmarks, grown from the bundled samples.

Each generated article is a sample article (all four languages) written under another outlet
name with some figures changed and its paragraphs rotated, so the comparator sees realistic
agreement and divergence at scale instead of exact copies (which ingestion would flag as
duplicates).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from xsource.records import Article

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
_DIGITS = re.compile(r"\d+")


def sample_articles() -> list[Article]:
    from xsource.ingest import ingest

    return list(ingest([str(SAMPLES)]).articles)


def _vary(text: str, rng: random.Random) -> str:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    if len(paragraphs) > 2:
        cut = rng.randrange(1, len(paragraphs))
        paragraphs = paragraphs[:1] + paragraphs[cut:] + paragraphs[1:cut]
    body = "\n\n".join(paragraphs)
    # change roughly one figure in five so clusters keep both agreements and conflicts
    return _DIGITS.sub(lambda m: str(int(m.group()) + rng.randint(1, 9))
                       if rng.random() < 0.2 else m.group(), body)


def write_corpus(folder: Path, count: int, seed: int = 7, base: list[Article] | None = None) -> Path:
    """Write `count` .txt articles with header blocks into `folder`; returns the folder."""
    rng = random.Random(seed)
    base = base or sample_articles()
    if not base:
        raise RuntimeError(f"no sample articles found under {SAMPLES}")
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        src = base[i % len(base)]
        header = [
            f"outlet: {src.outlet} {i // len(base)}",
            f"title: {src.title} ({i})",
        ]
        if src.date:
            header.append(f"date: {src.date}")
        if src.lang_hint:
            header.append(f"lang: {src.lang_hint}")
        text = "\n".join(header) + "\n\n" + _vary(src.text, rng) + "\n"
        (folder / f"article-{i:05d}.txt").write_text(text, encoding="utf-8")
    return folder
