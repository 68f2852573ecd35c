"""Claim extraction speed: number/date expressions per second, and 1,000 sample-size articles.

Translation is left out (it has its own benchmark): sentences get an empty English side
except English articles, so the time is segmentation + numbers + dates + glossary matching +
attribution, which is what `extract_claims` costs per article.
"""

from __future__ import annotations

import random
import time

ARTICLES = 1_000
TARGET_SECONDS = 10.0

EXPRESSIONS = [
    ("en", "Pakistan expects nearly 2 million Afghans to leave by October 31."),
    ("en", "Officials estimate that 1.73 million Afghan nationals live there."),
    ("en", "Some two and a half million Afghans live in Pakistan."),
    ("en", "The census counted 4,02,312 residents and 20 lakh refugees."),
    ("ur", "پاکستان میں 17 لاکھ افغان شہری غیر قانونی طور پر رہ رہے ہیں"),
    ("ur", "اس ضلع میں 4لاکھ 52ہزار 273 ووٹر رجسٹرڈ ہیں"),
    ("ur", "آبادی دو لاکھ تین ہزار 639 ہے اور یکم نومبر سے کارروائی ہوگی"),
    ("ur", "17 لاکھ سے زائد افغان باشندے ۳۱ اکتوبر تک واپس جائیں گے"),
    ("ps", "نږدې ۲ میلیونه افغان کډوال په پاکستان کې اوسېږي"),
    ("ps", "تر ۱۰ زرو زیات کډوال تر ۹ لړم پورې راستانه شوي"),
    ("prs", "یک میلیون و ۷۰۰ هزار مهاجر افغان بدون اسناد هستند"),
    ("prs", "حکومت پاکستان تا ۹ عقرب ۱۴۰۲ مهلت داده بود"),
    ("fa", "نزدیک به ۲ میلیون تبعه افغانستانی بدون مدارک زندگی می‌کنند"),
    ("fa", "مهلت روز ۹ آبان ۱۴۰۲ به پایان رسید و ۱٫۷ میلیون نفر ماندند"),
]


def _expressions_per_second(rounds: int = 200) -> float:
    from xsource.dates import extract_dates
    from xsource.numbers import extract_numbers

    start = time.perf_counter()
    count = 0
    from xsource.numbers.tokens import tokenize

    for _ in range(rounds):
        tokenize.cache_clear()  # every round reads the sentences afresh, as new articles would
        for lang, text in EXPRESSIONS:
            count += len(extract_numbers(text, lang)) + len(extract_dates(text, lang, "2023-11-07"))
    return count / (time.perf_counter() - start)


def _articles(n: int):
    from dataclasses import replace

    from xsource.bench.corpus import _vary, sample_articles

    base = sample_articles()
    rng = random.Random(5)
    return [replace(base[i % len(base)], id=f"{i:016x}", text=_vary(base[i % len(base)].text, rng))
            for i in range(n)]


def bench_claims() -> dict:
    from xsource.claims import extract_claims
    from xsource.records import Translation
    from xsource.segment import split_sentences

    try:
        from xsource.glossary import load_glossaries

        glossary = load_glossaries()
    except Exception:  # the glossary stage missing: measure extraction alone
        glossary = None
    per_second = _expressions_per_second()
    articles = _articles(ARTICLES)
    claims = numbers = dates = 0
    start = time.perf_counter()
    cpu_start = time.process_time()
    for article in articles:
        lang = article.lang_hint or "en"
        sentences = split_sentences(article.text, lang)
        translations = [Translation(s.text, s.text if lang == "en" else "", lang, "bench", "bench")
                        for s in sentences]
        found = extract_claims(article, sentences, translations, glossary, lang)
        claims += len(found)
        numbers += sum(len(c.numbers) for c in found)
        dates += sum(len(c.dates) for c in found)
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    return {
        "expressions_per_second": round(per_second),
        "articles": len(articles),
        "claims": claims,
        "numbers": numbers,
        "dates": dates,
        "seconds_for_1000_articles": round(seconds * ARTICLES / max(len(articles), 1), 2),
        # CPU time is what the target means on a shared machine (one core, no waiting)
        "cpu_seconds_for_1000_articles": round(cpu * ARTICLES / max(len(articles), 1), 2),
        "target_seconds": TARGET_SECONDS,
        "glossary": glossary is not None,
    }


if __name__ == "__main__":
    print(bench_claims())
