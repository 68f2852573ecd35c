"""Text as outlets write it: the real stages run on `tests/data/wild/cases.jsonl`.

Each case is 1-3 sentences in the style of a real outlet (BBC Urdu, Jang, Azadi Radio,
Shamshad, TOLOnews, Hasht-e Subh, BBC Persian, IRNA, Dawn, Reuters, ...), with the spelling
noise found in the wild: Arabic yeh/kaf, heh variants, tatweel, harakat, ZWNJ or none, mixed
digit scripts, lakh/crore, numbers broken across lines. Written for this project.

The stages are still improving, so a case that fails is reported, not fatal: the per-case
tests xfail with expected vs got (see them with `pytest tests/test_wild.py -rx`), and one floor
test per stage and language fails when accuracy drops below `tests/data/wild/floors.json`.
`python tests/test_wild.py` prints the accuracy table and every failing case.
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "wild"
LANGS = ("en", "ur", "ps", "prs", "fa")
HEDGES = {None, "nearly", "about", "more_than", "at_least", "up_to", "over", "less_than", "past"}
STAGES = ("langid", "numbers", "dates", "entities")


def load_cases() -> list[dict]:
    lines = (DATA / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


CASES = load_cases()
BY_ID = {c["id"]: c for c in CASES}
FLOORS = json.loads((DATA / "floors.json").read_text(encoding="utf-8"))


# --- the checks: each returns (passed, expected, got) ------------------------------------


@lru_cache(maxsize=1)
def _glossary():
    from xsource.glossary import load_glossaries

    return load_glossaries()


def check_langid(case: dict):
    from xsource.langid import detect

    ok = case.get("lang_ok") or [case["lang"]]
    got = detect(case["text"]).lang
    return got in ok, "|".join(ok), got


def _num_key(value: float, hedge: str | None) -> tuple[float, str | None]:
    return (round(float(value), 6), hedge)


def check_numbers(case: dict):
    from xsource.numbers import extract_numbers

    expected = Counter(_num_key(n["value"], n["hedge"]) for n in case["numbers"])
    found = extract_numbers(case["text"], case["lang"])
    got = Counter(_num_key(m.value, m.hedge) for m in found)
    shown = [f"{m.text!r}={_fmt(m.value)}" + (f"/{m.hedge}" if m.hedge else "") for m in found]
    want = [f"{n['text']!r}={_fmt(n['value'])}" + (f"/{n['hedge']}" if n["hedge"] else "")
            for n in case["numbers"]]
    return expected == got, want, shown


def check_dates(case: dict):
    """Resolved values as a set: a weekday next to the date it names is not an error."""
    from xsource.dates import extract_dates

    found = extract_dates(case["text"], case["lang"], case["ref_date"])
    got = {d.value for d in found if d.value is not None}
    expected = {d["value"] for d in case["dates"]}
    shown = [f"{d.text!r}={d.value}" for d in found]
    want = [f"{d['text']!r}={d['value']}" for d in case["dates"]]
    return expected == got, want, shown


def check_entities(case: dict):
    hits = _glossary().match(case["text"], case["lang"])
    got = {h.entry_id for h in hits}
    missing = [e for e in case["entities"] if e not in got]
    return not missing, case["entities"], sorted(got) if not missing else {"missing": missing,
                                                                        "found": sorted(got)}


CHECKS = {"langid": check_langid, "numbers": check_numbers, "dates": check_dates,
          "entities": check_entities}


def applies(stage: str, case: dict) -> bool:
    """Entities are scored only where the case names some; every other stage on all cases
    (a case with no figure or date still scores a false one)."""
    return stage != "entities" or bool(case["entities"])


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


@lru_cache(maxsize=None)
def result(stage: str, case_id: str):
    case = BY_ID[case_id]
    try:
        return CHECKS[stage](case)
    except Exception as exc:  # a crash on wild text is a failure to report, not to hide
        return False, "no crash", f"{type(exc).__name__}: {exc}"


def accuracy(stage: str, lang: str) -> tuple[float, int, int]:
    scored = [c for c in CASES if c["lang"] == lang and applies(stage, c)]
    passed = sum(result(stage, c["id"])[0] for c in scored)
    return (passed / len(scored) if scored else 1.0), passed, len(scored)


# --- the data itself --------------------------------------------------------------------


def test_cases_are_enough_and_cover_every_language():
    counts = Counter(c["lang"] for c in CASES)
    assert len(CASES) >= 120
    assert set(counts) == set(LANGS)
    assert min(counts.values()) >= 10


def test_case_ids_are_unique():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_case_is_well_formed(case):
    text = case["text"]
    assert case["lang"] in LANGS
    assert set(case.get("lang_ok") or [case["lang"]]) <= set(LANGS)
    for n in case["numbers"]:
        assert n["text"] in text, f"number {n['text']!r} is not in the text"
        assert isinstance(n["value"], (int, float)) and n["hedge"] in HEDGES
    for d in case["dates"]:
        assert d["text"] in text, f"date {d['text']!r} is not in the text"
        assert d["value"] is None or len(d["value"]) in (7, 10)
    if case["ref_date"] is not None:
        assert len(case["ref_date"]) == 10


def test_entity_ids_exist_in_the_bundled_glossary():
    known = _glossary().entries
    unknown = {(c["id"], e) for c in CASES for e in c["entities"] if e not in known}
    assert not unknown


# --- per case: listed one by one, failures xfail with the detail ------------------------


def _per_case(stage: str, case: dict):
    if not applies(stage, case):
        pytest.skip(f"case names no {stage}")
    passed, expected, got = result(stage, case["id"])
    if not passed:
        pytest.xfail(f"{stage}: expected {expected} got {got}")


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_wild_langid(case):
    _per_case("langid", case)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_wild_numbers(case):
    _per_case("numbers", case)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_wild_dates(case):
    _per_case("dates", case)


@pytest.mark.parametrize("case", [c for c in CASES if c["entities"]], ids=lambda c: c["id"])
def test_wild_entities(case):
    _per_case("entities", case)


# --- the floors: these are the tests that keep the stages from getting worse -------------


@pytest.mark.parametrize("stage,lang", [(s, lang) for s in STAGES for lang in LANGS])
def test_accuracy_floor(stage, lang):
    floor = FLOORS["floors"][stage][lang]
    acc, passed, total = accuracy(stage, lang)
    failing = [c["id"] for c in CASES if c["lang"] == lang and applies(stage, c)
               and not result(stage, c["id"])[0]]
    assert acc >= floor, f"{stage}/{lang}: {passed}/{total} = {acc:.3f} < floor {floor}; failing {failing}"


# --- `python tests/test_wild.py`: the table and the failing cases -----------------------


def report() -> str:
    out = ["stage     " + "".join(f"{lang:>14}" for lang in LANGS)]
    for stage in STAGES:
        cells = []
        for lang in LANGS:
            acc, passed, total = accuracy(stage, lang)
            cells.append(f"{passed:>3}/{total:<3} {acc:.2f}  ")
        out.append(f"{stage:<10}" + "".join(f"{c:>14}" for c in cells))
    for stage in STAGES:
        out.append(f"\n== {stage} failures")
        for c in CASES:
            if applies(stage, c) and not result(stage, c["id"])[0]:
                _, want, got = result(stage, c["id"])
                out.append(f"- {c['id']}: {c['text']!r}\n    expected {want}\n    got      {got}")
    return "\n".join(out)


def measured_floors() -> dict:
    return {s: {lang: math.floor(accuracy(s, lang)[0] * 100) / 100 for lang in LANGS}
            for s in STAGES}


if __name__ == "__main__":
    print(report())
    if "--floors" in sys.argv:
        print(json.dumps(measured_floors(), indent=1))
