"""Language identification on FLORES-200 devtest, beside langdetect measured in the same run.

    python -m xsource.bench langid

Sentences are single devtest lines; paragraphs are 5 consecutive lines of one language
joined by spaces (202 per language). Speed is CPU time on one core over the mixed devtest
set (all languages, in file order) after both detectors have loaded their models, with our
per-word cache emptied first. The model was trained on `dev` only.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

FLORES = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "flores200"
FILES = {"eng_Latn": "en", "urd_Arab": "ur", "pbt_Arab": "ps", "prs_Arab": "prs",
         "pes_Arab": "fa", "arb_Arab": "ar", "snd_Arab": "sd", "hin_Deva": "hi"}
OURS = {"en", "ur", "ps", "prs", "fa"}
PARAGRAPH = 5
TARGETS = [("en", "sentences", 0.995), ("ur", "sentences", 0.995), ("ps", "sentences", 0.995),
           ("en", "paragraphs", 0.99), ("ur", "paragraphs", 0.99), ("ps", "paragraphs", 0.99)]


def load_devtest(flores: Path = FLORES) -> dict[str, list[str]]:
    out = {}
    for code, label in FILES.items():
        path = flores / "devtest" / f"{code}.devtest"
        out[label] = path.read_text(encoding="utf-8").splitlines()
    return out


def paragraphs(lines: list[str], size: int = PARAGRAPH) -> list[str]:
    return [" ".join(lines[i:i + size]) for i in range(0, len(lines) - size + 1, size)]


def macro_f1(gold: list[str], predicted: list[str], labels=("prs", "fa")) -> float:
    scores = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, predicted) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, predicted) if g == label and p != label)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def _langdetect():
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0

    def label(text: str) -> str:
        try:
            return detect(text)
        except LangDetectException:
            return "und"
    return label


def _run(fn, texts: list[str]) -> tuple[list[str], float]:
    start = time.process_time()
    labels = [fn(t) for t in texts]
    return labels, time.process_time() - start


def evaluate(data: dict[str, list[str]], labelers: dict) -> dict:
    """Per-detector predictions and CPU seconds for sentences and paragraphs."""
    sentences = [(gold, line) for gold, lines in data.items() for line in lines]
    paras = [(gold, p) for gold, lines in data.items() for p in paragraphs(lines)]
    results = {}
    for name, fn in labelers.items():
        sent_pred, sent_seconds = _run(fn, [t for _, t in sentences])
        para_pred, _ = _run(fn, [t for _, t in paras])
        results[name] = {"sentences": sent_pred, "paragraphs": para_pred,
                         "seconds": sent_seconds}
    return {"sentence_gold": [g for g, _ in sentences], "paragraph_gold": [g for g, _ in paras],
            "by": results}


def _accuracy(gold, pred, label) -> float:
    pairs = [(g, p) for g, p in zip(gold, pred) if g == label]
    return sum(1 for g, p in pairs if g == p) / len(pairs)


def _ours_rate(gold, pred, label) -> float:
    pairs = [p for g, p in zip(gold, pred) if g == label]
    return sum(1 for p in pairs if p in OURS) / len(pairs)


def bench_langid(flores: Path = FLORES) -> dict:
    if not (flores / "devtest").is_dir():
        return {"summary": {"skipped": f"FLORES-200 not found at {flores}"}}
    from xsource.langid import detect, load_models
    from xsource.langid.ngram import MODEL_PATH

    data = load_devtest(flores)
    langdetect_label = _langdetect()
    load_start = time.process_time()
    models = load_models()
    load_seconds = time.process_time() - load_start
    langdetect_label("warm up: langdetect loads its 55 profiles on first use")
    for model in models.values():
        model._cache.clear()  # measure cold: no word seen before
    run = evaluate(data, {"xsource": lambda t: detect(t).lang, "langdetect": langdetect_label})
    sg, pg = run["sentence_gold"], run["paragraph_gold"]
    ours, ld = run["by"]["xsource"], run["by"]["langdetect"]

    accuracy = {}
    for label in FILES.values():
        row = {"n sentences": sum(1 for g in sg if g == label),
               "sentences": _accuracy(sg, ours["sentences"], label),
               "sentences langdetect": _accuracy(sg, ld["sentences"], label),
               "paragraphs": _accuracy(pg, ours["paragraphs"], label),
               "paragraphs langdetect": _accuracy(pg, ld["paragraphs"], label)}
        if label in ("sd", "ar"):
            row["labelled ours"] = _ours_rate(sg, ours["sentences"], label)
            row["labelled ours langdetect"] = _ours_rate(sg, ld["sentences"], label)
            row["paragraphs labelled ours"] = _ours_rate(pg, ours["paragraphs"], label)
        accuracy[label] = row

    confusion = {}
    for unit, gold, pred in (("sentences", sg, ours["sentences"]),
                             ("paragraphs", pg, ours["paragraphs"])):
        for label in ("prs", "fa"):
            got = Counter(p if p in ("prs", "fa") else "other"
                          for g, p in zip(gold, pred) if g == label)
            confusion[f"{label} ({unit})"] = {"-> prs": got["prs"], "-> fa": got["fa"],
                                              "-> other": got["other"]}

    def persian_f1(gold, pred):
        pairs = [(g, p) for g, p in zip(gold, pred) if g in ("prs", "fa")]
        return macro_f1([g for g, _ in pairs], [p for _, p in pairs])

    n = len(sg)
    summary = {
        "sentences (mixed devtest)": n,
        "sentences/s xsource (1 core, CPU time)": round(n / ours["seconds"]),
        "sentences/s langdetect (same set)": round(n / ld["seconds"]),
        "model load s": round(load_seconds, 3),
        "model file KiB": round(MODEL_PATH.stat().st_size / 1024),
        "prs/fa macro-F1 sentences": round(persian_f1(sg, ours["sentences"]), 4),
        "prs/fa macro-F1 sentences langdetect": round(persian_f1(sg, ld["sentences"]), 4),
        "prs/fa macro-F1 paragraphs": round(persian_f1(pg, ours["paragraphs"]), 4),
        "prs/fa macro-F1 paragraphs langdetect": round(persian_f1(pg, ld["paragraphs"]), 4),
    }
    targets = {}
    for label, unit, floor in TARGETS:
        value = accuracy[label][unit]
        targets[f"{label} {unit} accuracy >= {floor}"] = {"value": round(value, 4),
                                                           "met": value >= floor}
    for label in ("sd", "ar"):
        for unit, key in (("sentences", "labelled ours"), ("paragraphs", "paragraphs labelled ours")):
            value = accuracy[label][key]
            targets[f"{label} {unit} labelled ours <= 0.02"] = {"value": round(value, 4),
                                                                 "met": value <= 0.02}
    for unit, floor in (("sentences", 0.85), ("paragraphs", 0.95)):
        value = summary[f"prs/fa macro-F1 {unit}"]
        targets[f"prs/fa macro-F1 {unit} >= {floor}"] = {"value": value, "met": value >= floor}
    speed = summary["sentences/s xsource (1 core, CPU time)"]
    targets["sentences/s >= 5000"] = {"value": speed, "met": speed >= 5000}
    rounded = {k: {c: round(v, 4) if isinstance(v, float) else v for c, v in row.items()}
               for k, row in accuracy.items()}
    return {"summary": summary, "accuracy (FLORES-200 devtest)": rounded,
            "prs/fa confusion": confusion, "targets": targets}
