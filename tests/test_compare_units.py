"""Alignment units: a sentence stating two figures or dates is aligned once per fact, so
each fact's cluster gets it, and it is never a single twice."""

from __future__ import annotations

from tests.compare_fixtures import article, c, day, num
from xsource.records import DateMention
from xsource.compare import CompareSettings, compare
from xsource.compare.units import DATE, FIGURE, WHOLE_DATE, WHOLE_FIGURE, fact_units, fold

S = CompareSettings()
OCT31, NOV1 = day("2023-10-31", "October 31"), day("2023-11-01", "November 1")


def test_a_sentence_with_two_dates_becomes_one_unit_per_date():
    (claim,) = article("Dawn", "en", "a", c(
        "Deportations began on November 1 after the October 31 deadline expired.",
        dates=(NOV1, OCT31), numbers=(num(3, "three days", unit="days"),))).claims
    units, owner, kinds = fact_units([claim], S.min_bare_figure_key)
    assert owner == [0, 0] and kinds == [DATE, DATE]
    assert [[d.value for d in u.dates] for u in units] == [["2023-11-01"], ["2023-10-31"]]
    assert all(u.id == claim.id and u.text_en == claim.text_en for u in units)
    assert all([n.value for n in u.numbers] == [3] for u in units)  # not a key figure: kept


def test_the_figure_unit_of_a_running_total_keeps_its_sentence_dates_as_context():
    (claim,) = article("Pajhwok", "en", "a", c(
        "170,000 Afghans have returned through Torkham since October 1.",
        dates=(day("2023-10-01", "October 1"),), numbers=(num(170_000, "170,000"),))).claims
    units, owner, kinds = fact_units([claim], S.min_bare_figure_key)
    assert kinds == [FIGURE, DATE]
    assert [d.value for d in units[0].context_dates] == ["2023-10-01"]  # the count's period
    assert units[0].dates == ()  # context, not a fact of the figure's unit
    assert [n.value for n in units[1].numbers] == []


def test_one_fact_written_twice_and_relative_dates_stay_one_unit():
    (claim,) = article("IRNA", "fa", "a", c(
        "The deadline, 9 Aban 1402 (October 31), expired on Tuesday.",
        dates=(day("2023-10-31", "9 Aban 1402"), OCT31,
               DateMention("2023-10-31", "Tuesday", "relative")))).claims
    units, owner, kinds = fact_units([claim], S.min_bare_figure_key)
    assert units == [claim] and owner == [0] and kinds == [WHOLE_DATE]


def test_fold_keeps_one_lone_unit_per_claim_and_none_beside_a_shared_one():
    owner = [0, 0, 1, 1, 2]
    clusters = [[0, 4], [1], [2], [3]]  # claim 0: shared + alone; claim 1: alone twice
    assert [clusters[k] for k in fold(clusters, owner)] == [[0, 4], [2]]


def test_each_fact_of_a_sentence_meets_its_own_cluster_and_a_date_conflict_is_found():
    deadline = "Afghans without documents had until {} to leave Pakistan voluntarily."
    items = [
        article("Dawn", "en", "a", c(
            "Deportations began on November 1 after the deadline for voluntary departure "
            "expired on October 31.", dates=(NOV1, OCT31))),
        article("Tribune", "en", "b", c(deadline.format("October 31"), dates=(OCT31,)),
                c("Deportations of undocumented Afghans began on November 1, police said.",
                  dates=(NOV1,))),
        article("Pajhwok", "en", "c", c(deadline.format("November 1"), dates=(NOV1,))),
    ]
    comparison = compare(items, S, glossary=None)
    dawn = comparison.claims.filter(comparison.claims["outlet"] == "Dawn")
    (ids,) = dawn["cluster_ids"].to_list()
    assert len(ids) == 2
    outlets = dict(zip(comparison.clusters["id"], comparison.clusters["outlets"]))
    assert sorted(tuple(outlets[i]) for i in ids) == [
        ("Dawn", "Pajhwok", "Tribune"), ("Dawn", "Tribune")]
    dates = comparison.conflicts.filter(comparison.conflicts["kind"] == "date")
    assert set(zip(dates["outlet_a"], dates["outlet_b"])) <= {
        ("Dawn", "Pajhwok"), ("Tribune", "Pajhwok"), ("Pajhwok", "Dawn"), ("Pajhwok", "Tribune")}
    assert dates.height == 2


def test_a_sentence_whose_facts_nobody_else_reports_is_one_single():
    items = [article("Geo", "ur", "a", c(
        "Of 24 suicide attacks this year, 14 involved Afghan nationals.",
        numbers=(num(24, "24", unit="people"), num(14, "14", unit="people")))),
             article("Dawn", "en", "b", c("The border at Torkham stayed open."))]
    comparison = compare(items, S, glossary=None)
    geo = comparison.claims.filter(comparison.claims["outlet"] == "Geo")
    assert geo["cluster_ids"].to_list() == [[geo["cluster_id"][0]]]
    assert comparison.clusters.height == 2


def test_a_figure_unit_never_pairs_with_a_date_unit_or_a_claim_whose_one_fact_is_a_date():
    from xsource.compare.align import score_pairs

    both = c("The October 31 deadline applied to 1.7 million undocumented Afghans.",
             dates=(OCT31,), numbers=(num(1.7e6, "1.7 million"),))
    items = [article("ANI", "en", "a", both),
             article("Dawn", "en", "b", c("The October 31 deadline applied to 1.7 million "
                                          "undocumented Afghans, officials said.",
                                          dates=(OCT31,), numbers=(num(1.7e6, "1.7 million"),))),
             article("Geo", "ur", "c", c("The deadline for undocumented Afghans was October 31.",
                                         dates=(OCT31,)))]
    claims = [cl for it in items for cl in it.claims]
    units, owner, kinds = fact_units(claims, S.min_bare_figure_key)
    scored = score_pairs(units, [0] * len(units), owner, S, None, kinds)
    paired = {(kinds[a], kinds[b]) for a, b in zip(scored.a.tolist(), scored.b.tolist())}
    assert paired == {(FIGURE, FIGURE), (DATE, DATE), (DATE, WHOLE_DATE)}


def test_a_claim_whose_one_fact_is_a_figure_never_pairs_with_one_whose_one_fact_is_a_date():
    """"1.7 million of the Afghans in Pakistan have no legal papers" and "Afghans without
    legal documents were given until 9 Aqrab": a count and a deadline, two facts however
    alike their words."""
    from xsource.compare.align import score_pairs

    items = [article("Al Jazeera", "en", "a", c(
                 "Islamabad estimates that 1.7 million of the Afghans living in Pakistan have "
                 "no legal papers.", numbers=(num(1.7e6, "1.7 million"),))),
             article("Bakhtar", "ps", "b", c(
                 "Pakistani officials Aqrab 9 those Afghan migrants that legal documents does "
                 "not have deadline set was.", dates=(OCT31,))),
             article("VOA", "ur", "c", c(
                 "Pakistani officials estimate 1.7 million Afghans have no legal papers.",
                 numbers=(num(1.7e6, "1.7 million"),)))]
    claims = [cl for it in items for cl in it.claims]
    units, owner, kinds = fact_units(claims, S.min_bare_figure_key)
    scored = score_pairs(units, [0] * len(units), owner, S, None, kinds)
    paired = {(kinds[a], kinds[b]) for a, b in zip(scored.a.tolist(), scored.b.tolist())}
    assert paired == {(WHOLE_FIGURE, WHOLE_FIGURE)}



def test_counts_from_different_start_days_are_two_facts_not_one_cluster(tmp_path):
    """The samples' returns story and the blind winter story in one run: 170,000 and 200,000
    returned since 1 October, 327,000 and about 375,000 since 15 September. Their sentences
    share the refugees ministry, Torkham and 'returned': the two periods must not meet in
    one cluster, through a figure or through a start day."""
    from pathlib import Path

    from xsource.pipeline import Settings, run

    root = Path(__file__).parent
    comparison = run([str(root.parent / "samples" / "afghan-returns-2023"),
                      str(root / "data" / "heldout" / "returns-winter-2023")],
                     Settings(backend="glossary", workspace=tmp_path))
    rows = comparison.claims.select("outlet", "text", "cluster_ids").rows()

    def clusters(outlet: str, words: str) -> set:
        (found,) = [set(ids) for o, text, ids in rows if o == outlet and words in text]
        return found

    since_oct = clusters("Pajhwok Afghan News", "170,000") | clusters("Shamshad News", "۲۰۰ زره")
    since_sep = clusters("Arab News Pakistan", "327,000") | clusters("Ariana News", "۳۷۵ هزار")
    assert since_oct and since_sep and not since_oct & since_sep
