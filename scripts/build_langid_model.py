"""Rebuild xsource/langid/data/ngrams.json.gz from FLORES-200 `dev` plus `samples/`.

    .venv/bin/python scripts/build_langid_model.py            # writes the packaged model
    .venv/bin/python scripts/build_langid_model.py --check    # also prints dev-split accuracy

Never reads `devtest`: that split is kept for the benchmark (`xsource.bench.langid`).
Samples count when a file under `samples/` carries a `lang:` header line (ur, ps, prs, fa,
...); their paragraphs are added to the training text of that label.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from xsource.langid.ngram import (  # noqa: E402
    MODEL_PATH, family_features, persian_features,
)

FLORES = REPO.parent / "shared" / "data" / "flores200"
FLORES_LABELS = {"arb_Arab": "ar", "urd_Arab": "ur", "pbt_Arab": "ps", "pes_Arab": "fa",
                 "prs_Arab": "prs", "snd_Arab": "sd"}
FAMILY_OF = {"prs": "persian", "fa": "persian"}
FAMILY_LABELS = ["ur", "ps", "persian", "sd", "ar"]
PERSIAN_LABELS = ["prs", "fa"]
SCALE = 0.01  # weights are stored as integers of this unit (nats)
_HEADER = re.compile(r"^\s*lang\s*:\s*([A-Za-z-]+)\s*$", re.IGNORECASE | re.MULTILINE)
_SAMPLE_LANG = {"ur": "ur", "urdu": "ur", "ps": "ps", "pashto": "ps", "pbt": "ps", "prs": "prs",
                "dari": "prs", "fa-af": "prs", "fa": "fa", "pes": "fa", "persian": "fa",
                "farsi": "fa", "sd": "sd", "ar": "ar"}


def flores_lines(split: str, flores: Path = FLORES) -> dict[str, list[str]]:
    if split != "dev":
        raise SystemExit("the model is trained on FLORES dev only")
    out = {}
    for code, label in FLORES_LABELS.items():
        path = flores / split / f"{code}.{split}"
        out[label] = path.read_text(encoding="utf-8").splitlines()
    return out


def sample_texts(samples: Path = REPO / "samples") -> dict[str, list[str]]:
    """Paragraphs of every sample file whose header names one of our Arabic-script labels."""
    out: dict[str, list[str]] = {}
    if not samples.is_dir():
        return out
    for path in sorted(samples.rglob("*")):
        if not path.is_file() or path.suffix.lower() not in (".txt", ".md"):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        head = text[:600]
        match = _HEADER.search(head)
        label = _SAMPLE_LANG.get(match.group(1).lower()) if match else None
        if label is None:
            continue
        body = text[match.end():]
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
        out.setdefault(label, []).extend(paragraphs)
    return out


def train_nb(texts: dict[str, list[str]], labels: list[str], featurize, *, alpha: float,
             min_count: int, min_spread: float, max_features: int) -> dict:
    counts = {label: Counter() for label in labels}
    for label in labels:
        for text in texts.get(label, []):
            counts[label].update(featurize(text))
    vocab = Counter()
    for counter in counts.values():
        vocab.update(counter)
    kept = [f for f, c in vocab.items() if c >= min_count]
    size = len(kept)
    totals = {label: sum(counts[label][f] for f in kept) for label in labels}
    rows = {}
    for feature in kept:
        logs = [math.log((counts[l][feature] + alpha) / (totals[l] + alpha * size)) for l in labels]
        mean = sum(logs) / len(logs)
        centred = [v - mean for v in logs]
        spread = max(centred) - min(centred)
        if spread >= min_spread:
            rows[feature] = (vocab[feature] * spread, [round(v / SCALE) for v in centred])
    best = sorted(rows.items(), key=lambda item: -item[1][0])[:max_features]
    weights = {feature: row for feature, (_, row) in sorted(best)}
    return {"labels": labels, "scale": SCALE, "weights": weights}


def training_texts(flores: Path = FLORES, samples: Path = REPO / "samples",
                   holdout: int = 0) -> dict[str, list[str]]:
    """FLORES dev + samples; `holdout` > 0 keeps every holdout-th dev line out (for --check)."""
    texts = flores_lines("dev", flores)
    if holdout:
        texts = {l: [t for i, t in enumerate(lines) if i % holdout] for l, lines in texts.items()}
    for label, paragraphs in sample_texts(samples).items():
        texts.setdefault(label, []).extend(paragraphs)
    return texts


def build(texts: dict[str, list[str]]) -> dict:
    family_texts: dict[str, list[str]] = {}
    for label, lines in texts.items():
        family_texts.setdefault(FAMILY_OF.get(label, label), []).extend(lines)
    family = train_nb(family_texts, FAMILY_LABELS, family_features, alpha=0.1, min_count=3,
                      min_spread=0.5, max_features=40000)
    persian = train_nb(texts, PERSIAN_LABELS, persian_features,
                       alpha=0.5, min_count=2, min_spread=0.3, max_features=60000)
    return {"version": 1, "source": "FLORES-200 dev + samples/", "stages": {
        "family": family, "persian": persian}}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flores", type=Path, default=FLORES)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--check", action="store_true",
                        help="train without every 5th dev line and report accuracy on those")
    args = parser.parse_args(argv)
    if args.check:
        _check(args.flores)
    model = build(training_texts(args.flores))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(model, ensure_ascii=False, separators=(",", ":"))
    with gzip.GzipFile(args.out, "wb", mtime=0) as fh:  # mtime=0: same input, same bytes
        fh.write(payload.encode("utf-8"))
    sizes = {name: len(stage["weights"]) for name, stage in model["stages"].items()}
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB, features {sizes})")
    return 0


def _check(flores: Path) -> None:
    import tempfile

    from xsource.langid import ngram

    texts = training_texts(flores, holdout=5)
    held = {l: [t for i, t in enumerate(lines) if i % 5 == 0]
            for l, lines in flores_lines("dev", flores).items()}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.json.gz"
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            json.dump(build(texts), fh, ensure_ascii=False)
        from xsource.langid import detect_with_models
        models = ngram.load_models(str(path))
        for label, lines in held.items():
            got = Counter(detect_with_models(t, models).lang for t in lines)
            print(f"{label:4} {got[label] / len(lines):.3f} {dict(got.most_common(4))}")


if __name__ == "__main__":
    raise SystemExit(main())
