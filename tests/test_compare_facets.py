"""Second cluster memberships: a sentence carrying two facts sits in both facts' clusters
(and never twice from one article, and not on a place name alone)."""

from __future__ import annotations

from tests.compare_fixtures import article, c, day, num
from xsource.compare import CompareSettings, compare
from xsource.compare.align import align_claims

S = CompareSettings()

DEADLINE = "Pakistan gave undocumented Afghans a deadline of October 31 to leave voluntarily."
FIGURE = "Officials say 1.7 million undocumented Afghans live in Pakistan without documents."
BOTH = ("The government had set October 31 as the last day for Afghans to leave, a deadline "
        "that applied to nearly 2 million undocumented Afghans.")


def deadline_story(both_text: str = BOTH):
    oct31 = day("2023-10-31", "October 31")
    return [
        article("Dawn", "en", "a",
                c(DEADLINE, dates=(oct31,)),
                c(FIGURE, numbers=(num(1_700_000, "1.7 million", unit="people"),))),
        article("Tribune", "en", "b",
                c("Afghans without documents had until October 31 to leave Pakistan voluntarily.",
                  dates=(oct31,)),
                c("The government puts the number of undocumented Afghans in Pakistan at "
                  "1.7 million.", numbers=(num(1_700_000, "1.7 million", unit="people"),))),
        article("ANI", "en", "c",
                c(both_text, dates=(oct31,),
                  numbers=(num(2_000_000, "2 million", hedge="nearly", unit="people"),))),
    ]


def align(items, settings=S):
    claims = [cl for it in items for cl in it.claims]
    articles = [i for i, it in enumerate(items) for _ in it.claims]
    return claims, align_claims(claims, [0] * len(claims), articles, settings)


def clusters_of(claims, alignment, needle):
    i = next(k for k, cl in enumerate(claims) if needle in cl.text_en)
    return [sorted(claims[m].outlet for m in members)
            for members in alignment.clusters if i in members]


def test_a_two_fact_sentence_joins_the_deadline_and_the_figure_clusters():
    claims, alignment = align(deadline_story())
    assert clusters_of(claims, alignment, "nearly 2 million") == [
        ["ANI", "Dawn", "Tribune"], ["ANI", "Dawn", "Tribune"]]
    both = next(k for k, cl in enumerate(claims) if "nearly 2 million" in cl.text_en)
    assert sum((both, k) in alignment.extra for k in range(len(alignment.clusters))) == 1


def test_the_second_membership_is_compared_like_any_member():
    comparison = compare(deadline_story(), S, glossary=None)
    ani = comparison.claims.filter(comparison.claims["outlet"] == "ANI")
    (ids,) = ani["cluster_ids"].to_list()
    assert len(ids) == 2 and ids[0] == ani["cluster_id"][0]
    status = dict(zip(comparison.clusters["id"], comparison.clusters["status"]))
    kinds = dict(zip(comparison.clusters["id"], comparison.clusters["conflicts"]))
    # the figure cluster holds "nearly 2 million" against 1.7 million; the deadline agrees
    assert sorted((status[i], tuple(kinds[i])) for i in ids) == [
        ("agree", ()), ("conflict", ("number",))]
    links = comparison.links.filter((comparison.links["claim_a"] == ani["id"][0])
                                    | (comparison.links["claim_b"] == ani["id"][0]))
    evidence = dict(zip(links["cluster_id"], links["evidence"]))
    assert sorted(evidence) == sorted(ids)  # one link into each cluster, saying what matched
    assert any("date 2023-10-31" in e for e in evidence.values())


def test_no_second_membership_when_turned_off():
    claims, alignment = align(deadline_story(), CompareSettings(max_extra_clusters=0))
    assert len(clusters_of(claims, alignment, "nearly 2 million")) == 1
    assert alignment.extra == frozenset()


def test_a_cluster_never_holds_two_claims_of_one_article():
    claims, alignment = align(deadline_story())
    for members in alignment.clusters:
        articles = [claims[i].article_id for i in members]
        assert len(articles) == len(set(articles))


def test_a_shared_place_is_not_a_second_fact():
    nangarhar = ("place.nangarhar",)
    items = [
        article("TOLOnews", "prs", "a",
                c("Customs officials in Nangarhar say 4,000 vehicles carrying goods are stranded.",
                  entities=nangarhar, numbers=(num(4000, "4,000"),))),
        article("Dawn", "en", "b",
                c("Customs officials said 6,000 trucks loaded with goods were stranded.",
                  numbers=(num(6000, "6,000"),))),
        article("Azadi Radio", "ps", "c",
                c("The deputy governor of Nangarhar said the crossing reopened after a jirga with "
                  "Pakistani officials.", entities=nangarhar),
                c("Customs officials say 6,000 trucks were stranded on both sides.",
                  numbers=(num(6000, "6,000"),))),
    ]
    claims, alignment = align(items)
    assert alignment.extra == frozenset()
    assert clusters_of(claims, alignment, "4,000 vehicles") == [["Azadi Radio", "Dawn", "TOLOnews"]]


def mir_ali_story():
    """BBC Pashto tells the attack and its toll in one sentence with one fact, a figure:
    "after that suicide attack in Mir Ali in which six Pakistani soldiers were killed"."""
    six = num(6, "six", unit="people")
    seven = num(7, "seven", unit="people")
    attack = ("The strikes came after a suicide attack on a military post in Mir Ali, North "
              "Waziristan")
    return [
        article("Dawn", "en", "a",
                c(attack + ", on Saturday.", entities=("place.mir_ali",)),
                c("Seven soldiers, including a lieutenant colonel, were killed in the attack.",
                  numbers=(seven,))),
        article("Geo", "en", "b",
                c(attack + ", two days earlier.", entities=("place.mir_ali",)),
                c("Seven soldiers including a lieutenant colonel were martyred in the attack, "
                  "the ISPR said.", numbers=(seven,))),
        article("BBC Pashto", "en", "c",
                c(attack + ", in which six Pakistani soldiers were killed.",
                  entities=("place.mir_ali",), numbers=(six,))),
    ]


def test_a_one_fact_sentence_whose_fact_is_a_figure_joins_the_figure_cluster():
    claims, alignment = align(mir_ali_story())
    assert ["BBC Pashto", "Dawn", "Geo"] in clusters_of(claims, alignment, "six Pakistani")
    comparison = compare(mir_ali_story(), S, glossary=None)
    rows = comparison.conflicts.select("kind", "value_a", "value_b", "outlet_b").rows()
    assert sorted(rows) == [("number", "7", "6", "BBC Pashto")] * 2



def test_a_day_told_a_day_apart_is_a_second_fact_too(tmp_path):
    """The Pakistani embassy attack (December 2022): Urdu "the attack came on Friday, 2
    December, as the head of mission was walking in the compound" sits with the walk; Dari
    "on 12 Qaws 1401" (3 December) dates the attack. A day a day or two apart in one role is a
    second fact, so the Urdu sentence joins the day's cluster too, where the days conflict."""
    from pathlib import Path

    from xsource.pipeline import Settings, run

    folder = Path(__file__).parent / "data" / "heldout" / "embassy-attack-2022"
    comparison = run([str(folder)], Settings(backend="glossary", workspace=tmp_path))
    conflicts = comparison.conflicts.filter(comparison.conflicts["kind"] == "date")
    values = {frozenset((a, b)) for a, b in zip(conflicts["value_a"], conflicts["value_b"])}
    assert frozenset(("2022-12-02", "2022-12-03")) in values
