"""Translation speed: glossary-only backend sentences/s per language, and cache hits/s.

Sentences come from FLORES-200 dev (beside the repo under shared/data) when present, else
from a small built-in set repeated; the glossary is the bundled one. Target: the glossary
backend at >= 20,000 sentences/s.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

FLORES = Path(__file__).resolve().parents[3] / "shared" / "data" / "flores200" / "dev"
FILES = {"ur": "urd_Arab.dev", "ps": "pbt_Arab.dev", "prs": "prs_Arab.dev", "fa": "pes_Arab.dev"}
FALLBACK = {
    "ur": "وزیر داخلہ سرفراز بگٹی نے کہا کہ تقریباً ۱۷ لاکھ افغان شہری غیر قانونی طور پر مقیم ہیں۔",
    "ps": "د پاکستان حکومت وویل چې افغان کډوال باید د اکتوبر تر ۳۱ مه هېواد پرېږدي.",
    "prs": "وزیر داخله پاکستان گفت که نزدیک به ۱٫۷ میلیون مهاجر افغان باید کشور را ترک کنند.",
    "fa": "دولت پاکستان اعلام کرد که مهلت خروج مهاجران افغان تمدید نمی شود.",
}


def _sentences(lang: str, n: int = 997) -> list[str]:
    path = FLORES / FILES[lang]
    if path.exists():
        return path.read_text("utf-8").splitlines()[:n]
    return [FALLBACK[lang]] * n


def bench_translate() -> dict:
    from xsource.bench import median_seconds
    from xsource.glossary import load_glossaries
    from xsource.translate import open_translator
    from xsource.translate.glossary_backend import GlossaryTranslator

    glossary = load_glossaries()
    rows = {}
    for lang in FILES:
        sentences = _sentences(lang)
        backend = GlossaryTranslator(glossary)
        out = backend.translate(sentences, lang)  # warms the matcher and romanization memo
        seconds = median_seconds(lambda: backend.translate(sentences, lang), repeat=5)
        rows[f"glossary {lang}"] = {
            "sentences": len(sentences),
            "sentences_per_s": round(len(sentences) / seconds),
            "mean_coverage": round(sum(t.coverage for t in out) / len(out), 3),
            "target_per_s": 20000,
        }
    with tempfile.TemporaryDirectory() as workspace:
        sentences = _sentences("ur")
        with open_translator("glossary", glossary, workspace=workspace) as tr:
            start = time.perf_counter()
            tr.translate(sentences, "ur")
            cold = time.perf_counter() - start
        with open_translator("glossary", glossary, workspace=workspace) as tr:
            start = time.perf_counter()
            tr.translate(sentences, "ur")
            warm = time.perf_counter() - start
        rows["cache ur (glossary)"] = {
            "sentences": len(sentences),
            "sentences_per_s": round(len(sentences) / warm),
            "cold_with_writes_per_s": round(len(sentences) / cold),
        }
    return rows
