"""Glossary matching speed: sentences/s per language, and how matching time scales with text
length (should grow linearly) versus glossary size (should stay flat: one automaton pass)."""

from __future__ import annotations

import random
import time
from pathlib import Path

from xsource.bench import median_seconds
from xsource.glossary import Entry, Glossary, Variants, load_glossaries

REPO = Path(__file__).resolve().parents[2]
SENTENCES = REPO / "tests" / "data" / "glossary_sentences.tsv"
_FALLBACK = {
    "en": "Interior Minister Sarfraz Bugti said undocumented Afghans must leave by October 31 via Torkham.",
    "ur": "وزیر داخلہ سرفراز بگٹی نے کہا کہ غیر قانونی تارکین وطن 31 اکتوبر تک طورخم سے چلے جائیں۔",
    "ps": "سراج الدین حقاني وویل چې پاکستان دې افغان کډوال له تورخم لارې نه شړي.",
    "prs": "سراج‌الدین حقانی گفت پاکستان نباید مهاجرین افغان را از تورخم اخراج کند.",
    "fa": "اتباع غیرمجاز افغان در ۱۵ آبان از مرز به افغانستان بازگردانده شدند.",
}


def _sentences() -> dict[str, list[str]]:
    by_lang: dict[str, list[str]] = {}
    if SENTENCES.exists():
        for line in SENTENCES.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or line.startswith("lang\t") or not line.strip():
                continue
            lang, sentence, _ = line.split("\t")
            by_lang.setdefault(lang, []).append(sentence)
    for lang, sentence in _FALLBACK.items():
        by_lang.setdefault(lang, [sentence])
    return by_lang


def _synthetic(base: Glossary, size: int, seed: int = 3) -> Glossary:
    """The bundled entries plus made-up names up to `size` entries (Latin and Arabic script)."""
    rng = random.Random(seed)
    latin = "abcdefghijklmnopqrstuvwxyz"
    arabic = "ابپتثجچحخدذرزسشصضطظعغفقکگلمنوهی"
    entries = dict(base.entries)
    while len(entries) < size:
        n = len(entries)
        en = " ".join("".join(rng.choice(latin) for _ in range(rng.randint(4, 8))) for _ in range(2))
        ar = " ".join("".join(rng.choice(arabic) for _ in range(rng.randint(3, 6))) for _ in range(2))
        entries[f"x.{n}"] = Entry(f"x.{n}", "person", en.title(),
                                  Variants({"ur": (ar,), "ps": (ar,), "prs": (ar,)}))
    return Glossary(entries)


def bench_glossary() -> dict:
    glossary = load_glossaries()
    sentences = _sentences()
    rows = []
    for lang, items in sentences.items():
        start = time.perf_counter()
        glossary.match(items[0], lang)  # builds this language's automaton
        build = time.perf_counter() - start
        batch = (items * (2000 // len(items) + 1))[:2000]
        seconds = median_seconds(lambda b=batch, lg=lang: [glossary.match(s, lg) for s in b])
        hits = sum(len(glossary.match(s, lang)) for s in items)
        rows.append({"lang": lang, "sentences_per_s": len(batch) / seconds,
                     "hits_per_sentence": hits / len(items), "automaton_build_s": build})

    # Text length: same glossary, longer texts -> time per 1000 chars should stay flat.
    prs = " ".join(sentences["prs"])
    length_rows = []
    for repeat in (1, 10, 100):
        text = " ".join([prs] * repeat)
        seconds = median_seconds(lambda t=text: glossary.match(t, "prs"))
        length_rows.append({"chars": len(text), "ms": seconds * 1e3,
                            "us_per_1000_chars": seconds * 1e6 / (len(text) / 1000)})

    # Glossary size: same text, bigger glossaries -> match time should stay flat.
    text = " ".join([prs] * 10)
    size_rows = []
    for size in (len(glossary), 5_000, 20_000):
        big = _synthetic(glossary, size)
        start = time.perf_counter()
        big.match("", "prs")
        big.match("x", "prs")
        build = time.perf_counter() - start
        seconds = median_seconds(lambda b=big: b.match(text, "prs"))
        size_rows.append({"entries": len(big), "automaton_build_s": build,
                          "match_ms": seconds * 1e3, "text_chars": len(text)})

    return {"per_language": rows, "text_length_scaling": length_rows,
            "glossary_size_scaling": size_rows,
            "summary": {"entries": len(glossary), "hash": glossary.hash,
                        "min_sentences_per_s": min(r["sentences_per_s"] for r in rows)}}


if __name__ == "__main__":  # pragma: no cover
    import json

    print(json.dumps(bench_glossary(), indent=1, ensure_ascii=False))
