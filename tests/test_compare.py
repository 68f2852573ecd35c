"""compare() end to end: every table with its contract columns and dtypes, evidence on each
conflict, omissions, the agreement matrix, meta; and the samples against expected.json."""

from __future__ import annotations

import importlib.util

import polars as pl
import pytest

from tests.compare_fixtures import expulsion_story, flood_story, framing_glossary
from xsource.compare import CompareSettings, compare
from xsource.compare.tables import SCHEMAS
from xsource.comparison import COLUMNS, SCHEMA_VERSION, Comparison
from xsource.records import RunSummary


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return compare(expulsion_story() + flood_story(), glossary=framing_glossary())


def cluster_with(cmp: Comparison, text_en_start: str) -> dict:
    claim_id = cmp.claims.filter(pl.col("text_en").str.starts_with(text_en_start))["id"][0]
    return cmp.clusters.filter(pl.col("claim_ids").list.contains(claim_id)).row(0, named=True)


@pytest.mark.parametrize("name", list(COLUMNS))
def test_every_table_has_exactly_its_contract_columns(comparison, name):
    table = comparison.table(name)
    assert tuple(table.columns) == COLUMNS[name]
    assert dict(table.schema) == SCHEMAS[name]


@pytest.mark.parametrize("name", list(COLUMNS))
def test_empty_input_gives_empty_tables_with_the_right_columns(name):
    table = compare([], glossary=None).table(name)
    assert table.height == 0
    assert tuple(table.columns) == COLUMNS[name]
    assert dict(table.schema) == SCHEMAS[name]


def test_the_headline_figure_conflict_with_full_evidence(comparison):
    rows = comparison.conflicts.filter(
        (pl.col("kind") == "number") & (pl.col("outlet_a") == "Tolo News")
        & (pl.col("outlet_b") == "Pajhwok")).to_dicts()
    assert len(rows) == 1
    row = rows[0]
    assert (row["value_a"], row["value_b"]) == ("nearly 2,000,000", "1,700,000")
    assert row["text_b"].startswith("پاکستان به گفته")  # the original Dari sentence
    assert row["text_en_b"] == "Pakistan UNHCR 1.7 million Afghan refugees deport Torkham"
    assert (row["lang_a"], row["lang_b"]) == ("en", "prs")
    assert row["signature_b"] == "glossary:prs-en|gloss:3f2a9c1e"
    assert row["signature_a"] == "identity:en|gloss:3f2a9c1e"
    assert row["note"] == ("same quantity, different figure: nearly 2,000,000 vs 1,700,000"
                           " (glossary-only translation: Pajhwok)")
    assert row["id"].startswith("x") and row["story_id"] == "s1"


def test_number_conflicts_rank_above_date_and_attribution(comparison):
    kinds = comparison.conflicts["kind"].to_list()
    assert kinds[0] == "number"
    importance = comparison.conflicts["importance"].to_list()
    assert importance == sorted(importance, reverse=True)


def test_glossary_only_translation_lowers_importance(comparison):
    rows = comparison.conflicts.filter(pl.col("kind") == "number")
    by_pair = {(r["outlet_a"], r["outlet_b"]): r["importance"] for r in rows.to_dicts()}
    assert by_pair[("Dawn", "Tolo News")] > by_pair[("Tolo News", "Pajhwok")]


def test_cluster_statuses(comparison):
    figures = cluster_with(comparison, "Nearly 2 million")
    assert figures["status"] == "conflict"
    assert "number" in figures["conflicts"]
    assert set(figures["outlets"]) == {"Dawn", "Tolo News", "Jang", "Pajhwok"}
    torkham = cluster_with(comparison, "Thousands crossed the Torkham")
    assert (torkham["status"], torkham["conflicts"]) == ("agree", [])
    assert torkham["label"].startswith("Thousands crossed the Torkham border on Wednesday")
    taliban = cluster_with(comparison, "Taliban government")
    assert (taliban["status"], taliban["outlets"], taliban["score"]) == ("single", ["Pajhwok"], None)


def test_date_conflict_found(comparison):
    row = comparison.conflicts.filter(pl.col("kind") == "date").row(0, named=True)
    assert {row["value_a"], row["value_b"]} == {"2023-10-31", "2023-11-01"}


def test_links_carry_scores_and_evidence(comparison):
    links = comparison.links.filter(pl.col("cluster_id") == cluster_with(
        comparison, "Thousands crossed the Torkham")["id"])
    assert links.height == 2  # three claims, two links
    assert all(e.startswith("text ") and "torkham" in e for e in links["evidence"])


def test_every_claim_is_in_exactly_one_cluster(comparison):
    in_clusters = comparison.clusters["claim_ids"].explode().to_list()
    assert sorted(in_clusters) == sorted(comparison.claims["id"].to_list())
    assert comparison.claims["cluster_id"].null_count() == 0


def test_omission_matrix_shows_who_did_not_report_what(comparison):
    taliban = cluster_with(comparison, "Taliban government")["id"]
    rows = comparison.omissions.filter(pl.col("cluster_id") == taliban)
    reported = dict(zip(rows["outlet"], rows["reported"]))
    assert reported == {"Dawn": False, "Jang": False, "Pajhwok": True, "Tolo News": False}


def test_agreement_matrix_counts_shared_agree_and_conflict(comparison):
    rows = comparison.agreement.filter(
        (pl.col("outlet_a") == "Dawn") & (pl.col("outlet_b") == "Tolo News")).row(0, named=True)
    # shared: the figure ("about 1.7 million" vs "nearly 2 million": number conflict), the
    # Torkham crossing (agree) and the deadline (October 31 vs November 1: date conflict)
    assert rows["shared"] == 3
    assert rows["conflict"] == 2 and rows["agree"] == 1
    assert rows["score"] == pytest.approx(1 / 3)
    mirror = comparison.agreement.filter(
        (pl.col("outlet_a") == "Tolo News") & (pl.col("outlet_b") == "Dawn")).row(0, named=True)
    assert mirror["shared"] == 3


def test_articles_table_marks_glossary_only_translation(comparison):
    flags = dict(zip(comparison.articles["outlet"], comparison.articles["glossary_only"]))
    assert flags["Pajhwok"] is True and flags["Jang"] is True and flags["Tolo News"] is False
    row = comparison.articles.filter(pl.col("outlet") == "Pajhwok").row(0, named=True)
    assert (row["lang"], row["backends"], row["signature"]) == (
        "prs", ["glossary"], "glossary:prs-en|gloss:3f2a9c1e")


def test_meta_records_how_the_run_was_made(comparison):
    meta = comparison.meta
    assert meta["schema_version"] == SCHEMA_VERSION
    assert meta["xsource_version"]
    assert meta["created"].endswith("+00:00")
    assert meta["settings"] == CompareSettings().as_dict()
    assert meta["glossary_hashes_seen"] == ["3f2a9c1e"]
    assert "glossary:ur-en|gloss:3f2a9c1e" in meta["translation_signatures"]


def test_summary_and_progress_are_passed_through():
    seen = []
    summary = RunSummary(inputs=3, articles=6)
    cmp = compare(expulsion_story(), summary=summary, glossary=None,
                  progress=lambda stage, done, total: seen.append((stage, done, total)))
    assert cmp.summary is summary
    assert {s for s, _, _ in seen} == {"group", "align", "classify"}
    assert ("classify", 11, 11) in seen  # 11 claims


def test_settings_change_the_outcome():
    strict = CompareSettings(link_threshold=0.99)
    cmp = compare(expulsion_story(), strict, glossary=None)
    assert set(cmp.clusters["status"]) == {"single", "agree"}  # only identical text links
    assert cmp.conflicts.height == 0


# --- the samples, through the whole pipeline ------------------------------------------------

MISSING = [m for m in ("xsource.ingest", "xsource.claims", "xsource.translate",
                       "xsource.glossary", "xsource.langid")
           if importlib.util.find_spec(m) is None]


@pytest.fixture(scope="module")
def samples_run():
    if MISSING:
        pytest.skip(f"pipeline stage(s) not built yet: {', '.join(MISSING)}")
    from xsource.bench.compare import load_expected, merged_expected
    from xsource.pipeline import Settings, run

    if not load_expected():
        pytest.skip("samples/*/expected.json not written yet")
    from tests.conftest import SAMPLES

    return run([str(SAMPLES)], Settings(backend="glossary", use_cache=False)), merged_expected()


def test_samples_make_two_stories(samples_run):
    comparison, _ = samples_run
    assert comparison.stories.height == 2


def _expected_conflict(expected: dict, kind: str, match: str) -> dict:
    (item,) = [c for c in expected["conflicts"] if c["kind"] == kind
               and any(match in spec["match"] for spec in c["claims"])]
    return {"conflicts": [item]}


@pytest.mark.parametrize("kind, match", [
    ("number", "1.73 million Afghan nationals"),    # 1.7M vs nearly 2M, 10 outlets, 4 languages
    ("number", "170,000 Afghans have returned"),   # 170,000 vs 200,000
    ("date", "deadline for voluntary departure"),  # October 31 vs November 1
    ("number", "6,000 trucks"),                    # 6,000 vs 4,000 trucks (Torkham closure)
    ("polarity", "Officials denied that women"),   # Dari assertion vs Dawn's reported denial
    ("attribution", "not connected to Islamabad"),  # TTP link: four different sources
])
def test_samples_headline_divergences_are_found(samples_run, kind, match):
    from xsource.bench.compare import score_expected

    comparison, expected = samples_run
    result = score_expected(comparison, _expected_conflict(expected, kind, match))
    assert result["found"]["conflicts"] == 1, result["missed"]


def test_samples_headline_figure_conflict_shows_both_values(samples_run):
    comparison, _ = samples_run
    numbers = comparison.conflicts.filter(pl.col("kind") == "number")
    pairs = {frozenset((a, b)) for a, b in zip(numbers["value_a"], numbers["value_b"])}
    assert frozenset(("nearly 2,000,000", "1,700,000")) in pairs


# What the comparator reaches on the samples today (glossary-only translation): a floor, so
# a change that loses an expected finding fails here (raise it when recall improves).
RECALL_FLOORS = {"conflicts": 7, "agreements": 19, "singles": 15}
# ...and a ceiling on false agreement: claim pairs sharing an `agree` cluster that
# expected.json puts in different items (or one of them a single). Was 15 of 77 judged
# pairs before generic entities, bare small numbers and unanchored text stopped linking,
# and 1 of 96 until the Landi Kotal item was relabelled (see the samples' EXPECTED.md).
FALSE_AGREEMENT_CEILING = 0


def test_samples_recall_does_not_fall_below_the_calibrated_floor(samples_run):
    from xsource.bench.compare import score_expected

    result = score_expected(*samples_run)
    assert {k: result["found"][k] >= floor for k, floor in RECALL_FLOORS.items()} == {
        k: True for k in RECALL_FLOORS}, (result["found"], result["missed"])
    assert result["false_positives"] == []


def test_samples_agree_clusters_hold_few_claims_expected_json_separates(samples_run):
    from xsource.bench.compare import agreement_pairs

    comparison, expected = samples_run
    wrong, judged = agreement_pairs(comparison, expected)
    text = dict(zip(comparison.claims["id"], comparison.claims["text_en"]))
    assert len(wrong) <= FALSE_AGREEMENT_CEILING, [(text[a], text[b]) for a, b in wrong]
    assert judged >= 60  # the measure still sees most agreements (96 judged pairs today)


def test_samples_every_expected_divergence_and_agreement_is_found(samples_run):
    from xsource.bench.compare import score_expected

    result = score_expected(*samples_run)
    assert result["missed"] == []


def test_samples_no_conflict_beyond_expected(samples_run):
    from xsource.bench.compare import score_expected

    result = score_expected(*samples_run)
    assert result["false_positives"] == []


def test_a_pair_alike_in_text_and_in_keys_needs_no_further_anchor(samples_run, tmp_path):
    """'Traders said fruit and vegetables were rotting' / Dari 'drivers say fresh fruits are
    rotting in the vehicles': alike in words and keys, with no name, figure or date to share."""
    from dataclasses import replace as with_

    from xsource.bench.compare import score_expected
    from xsource.compare import CompareSettings, compare
    from xsource.pipeline import Settings, analyze, ingest, load_glossary
    from tests.conftest import SAMPLES

    comparison, expected = samples_run
    item = {"agreements": [a for a in expected["agreements"] if a["id"] == "perishables-rotting"]}
    assert score_expected(comparison, item)["found"]["agreements"] == 1
    settings = Settings(backend="glossary", workspace=tmp_path)
    glossary = load_glossary(settings)
    analyzed = analyze(ingest([str(SAMPLES)], settings).articles, settings, glossary=glossary)
    # (a word only these two sentences hold, "rotting", would anchor them on its own)
    off = compare(analyzed, with_(CompareSettings(), strong_text=2.0, anchor_lone_word_df=0),
                  glossary=glossary)
    assert score_expected(off, item)["found"]["agreements"] == 0


def test_a_cluster_is_labelled_with_an_english_original_as_written():
    """Identity English names glossary entries canonically for matching ("The UN refugee
    agency UNHCR" becomes "The UNHCR UNHCR"); the label is what the outlet wrote."""
    from dataclasses import replace

    from tests.compare_fixtures import article, c
    from xsource.compare import CompareSettings, compare

    written = "ISLAMABAD: The UN refugee agency UNHCR urged Islamabad to stop the deportations."
    items = [article("AFP", "en", "a", c("ISLAMABAD: The UNHCR UNHCR urged Islamabad to stop "
                                         "the deportations.", text=written)),
             article("Dawn", "en", "b", c("The UNHCR UNHCR urged Islamabad to stop the "
                                          "deportations at once.",
                                          text="The UNHCR urged Islamabad to stop the "
                                               "deportations at once."))]
    comparison = compare(items, CompareSettings(), glossary=None)
    labels = comparison.clusters["label"].to_list()
    assert labels and all("UNHCR UNHCR" not in label for label in labels)
    assert not any(label.startswith("ISLAMABAD") for label in labels)  # a dateline is no fact
