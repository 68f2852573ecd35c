"""Evaluation gate: FLORES-200 dev accuracy must not fall below the floors recorded in
tests/data/langid_floors.json (every 2nd dev line, about 4,000 sentences)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from xsource.bench.langid import FILES, macro_f1
from xsource.langid import detect_lines

FLOORS = json.loads((Path(__file__).parent / "data" / "langid_floors.json").read_text("utf-8"))
OURS = {"en", "ur", "ps", "prs", "fa"}


_RESULTS: dict[str, list[str]] = {}  # computed once per session; flores_dir is per test


@pytest.fixture
def dev_results(flores_dir):
    if not _RESULTS:
        for code, label in FILES.items():
            path = flores_dir / "dev" / f"{code}.dev"
            lines = path.read_text(encoding="utf-8").splitlines()[::2]
            _RESULTS[label] = [d.lang for d in detect_lines(lines)]
    return _RESULTS


@pytest.mark.parametrize("lang", sorted(FLOORS["accuracy"]))
def test_dev_accuracy_stays_above_floor(dev_results, lang):
    labels = dev_results[lang]
    accuracy = sum(1 for label in labels if label == lang) / len(labels)
    assert accuracy >= FLOORS["accuracy"][lang], f"{lang}: {accuracy:.3f}"


def test_dari_vs_iranian_macro_f1_stays_above_floor(dev_results):
    gold = ["prs"] * len(dev_results["prs"]) + ["fa"] * len(dev_results["fa"])
    score = macro_f1(gold, dev_results["prs"] + dev_results["fa"])
    assert score >= FLOORS["prs_fa_macro_f1"], f"{score:.3f}"


@pytest.mark.parametrize("lang", ["sd", "ar"])
def test_sindhi_and_arabic_are_not_taken_for_our_languages(dev_results, lang):
    labels = dev_results[lang]
    rate = sum(1 for label in labels if label in OURS) / len(labels)
    assert rate <= FLOORS["sd_ar_labelled_ours_max"], f"{lang}: {rate:.3f}"
