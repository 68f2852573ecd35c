"""Claim alignment: blocking, cross-language links on glossary-only English, one claim per
article per cluster, evidence for each link."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.compare_fixtures import article, c, day, expulsion_story, num
from xsource.compare import CompareSettings
from xsource.compare.align import align_claims

S = CompareSettings()


def run(items):
    claims = [cl for it in items for cl in it.claims]
    articles = [i for i, it in enumerate(items) for _ in it.claims]
    return claims, align_claims(claims, [0] * len(claims), articles, S)


def cluster_texts(claims, alignment):
    return [sorted(claims[i].text_en for i in members)
            for members in alignment.clusters if len(members) > 1]


def test_glossary_only_dari_aligns_with_english_on_entities_and_figures():
    items = expulsion_story()
    claims, alignment = run(items)
    dari = next(i for i, cl in enumerate(claims) if cl.text_en.startswith("Pakistan UNHCR 1.7"))
    dawn = next(i for i, cl in enumerate(claims) if cl.text_en.startswith("Some 1.7 million"))
    (members,) = [m for m in alignment.clusters if dari in m]
    assert dawn in members


def test_torkham_crossing_is_one_cluster_across_three_outlets_and_two_languages():
    claims, alignment = run(expulsion_story())
    torkham = [m for m in alignment.clusters
               if any("Torkham border" in claims[i].text_en for i in m)]
    assert [sorted(claims[i].outlet for i in m) for m in torkham] == [["Dawn", "Jang", "Tolo News"]]


def test_conflicting_figures_are_aligned_so_they_can_be_compared():
    claims, alignment = run(expulsion_story())
    tolo = next(i for i, cl in enumerate(claims) if cl.text_en.startswith("Nearly 2 million"))
    (members,) = [m for m in alignment.clusters if tolo in m]
    assert {claims[i].outlet for i in members} == {"Dawn", "Tolo News", "Jang", "Pajhwok"}


def test_unrelated_claims_stay_apart():
    claims, alignment = run(expulsion_story())
    total = next(i for i, cl in enumerate(claims) if "4.4 million" in cl.text_en)
    taliban = next(i for i, cl in enumerate(claims) if cl.text_en.startswith("Taliban"))
    assert [total] in alignment.clusters
    assert [taliban] in alignment.clusters


def test_claims_of_one_article_are_never_linked():
    item = article("Dawn", "en", "t",
                   c("Thousands crossed the Torkham border on Wednesday.", entities=("torkham",)),
                   c("Thousands crossed the Torkham border on Thursday.", entities=("torkham",)))
    claims, alignment = run([item])
    assert alignment.links == []
    assert alignment.candidates == 0
    assert sorted(alignment.clusters) == [[0], [1]]


def test_a_cluster_holds_at_most_the_best_claim_per_article():
    a = article("Dawn", "en", "a",
                c("Thousands crossed the Torkham border on Wednesday.", entities=("torkham",)),
                c("Thousands of trucks crossed the Torkham border.", entities=("torkham",)))
    b = article("Tolo News", "en", "b",
                c("Thousands crossed the Torkham border on Wednesday.", entities=("torkham",)))
    claims, alignment = run([a, b])
    for members in alignment.clusters:
        article_ids = [claims[i].article_id for i in members]
        assert len(article_ids) == len(set(article_ids))
    assert cluster_texts(claims, alignment) == [[
        "Thousands crossed the Torkham border on Wednesday.",
        "Thousands crossed the Torkham border on Wednesday."]]


def test_each_link_says_what_matched():
    items = expulsion_story()
    dawn, pajhwok = items[0], items[3]
    claims, alignment = run([dawn, pajhwok])
    (link,) = [l for l in alignment.links
               if "1.7" in claims[l.a].text_en and "1.7" in claims[l.b].text_en]
    from xsource.compare.align import evidence

    said = evidence(claims, link, S)
    assert said.startswith("text 0.")
    assert "entities: pakistan, afghans" in said
    assert said.endswith("number 1,700,000")
    assert 0 < link.score <= 1


def test_blocking_scores_only_claims_that_share_a_key():
    items = [article(f"Outlet{i}", "en", f"t{i}",
                     *[c(f"Claim about topic{i}x{k} alpha{i}x{k} beta{i}x{k}.",
                         entities=(f"entity{i}x{k}", "pakistan")) for k in range(5)],
                     c("Thousands crossed the Torkham border.", entities=("torkham", "pakistan")))
             for i in range(30)]
    claims, alignment = run(items)
    # 180 claims -> 15,930 possible pairs; only the 30 Torkham claims share a key rare enough
    # to block on ("pakistan", in every claim, blocks nothing).
    assert alignment.candidates == 30 * 29 // 2
    assert len([m for m in alignment.clusters if len(m) == 30]) == 1


def test_rounded_figures_block_together():
    a = article("A", "en", "a", c("Officials said 1.73 million Afghans lack papers.",
                                  numbers=[num(1_730_000)]))
    b = article("B", "en", "b", c("Some 1.7 million Afghans have no documents, officials said.",
                                  numbers=[num(1_700_000)]))
    claims, alignment = run([a, b])
    assert alignment.candidates == 1
    assert len(alignment.links) == 1


def test_near_figures_of_one_quantity_stand_in_for_shared_keys():
    # Text and key overlap gates shut: only pairs carrying the same quantity within a
    # factor `figure_near_ratio` ("1.7 million" / "nearly 2 million") may still link.
    gated = replace(S, min_key_overlap=1.01, text_only_threshold=1.01)
    claims = [cl for it in expulsion_story() for cl in it.claims]
    articles = [i for i, it in enumerate(expulsion_story()) for _ in it.claims]
    alignment = align_claims(claims, [0] * len(claims), articles, gated)
    linked = {claims[i].text_en for link in alignment.links for i in (link.a, link.b)}
    assert "Nearly 2 million Afghans without documents must leave Pakistan, officials said." in linked
    assert not any("Torkham border" in text for text in linked)


def test_alignment_keeps_the_score_of_each_aligned_pair():
    claims, alignment = run(expulsion_story())
    link = alignment.links[0]
    assert alignment.score(link.a, link.b) >= S.link_threshold
    assert alignment.score(link.b, link.a) == alignment.score(link.a, link.b)
    assert alignment.aligned(link.b, link.a)
    assert alignment.score(0, 1) == 0.0  # two claims of one article are never scored
    assert not alignment.aligned(0, 1)


def test_plurals_fold_so_word_by_word_english_meets_the_reporter_s_words():
    from xsource.compare.text import content_words

    assert content_words("Fruits and vegetables rotting in trucks; no casualties") == [
        "fruit", "vegetable", "rotting", "truck", "casualty"]
    # words that only look plural stay whole
    assert content_words("Business as usual, the crisis news") == ["business", "usual", "crisis",
                                                                   "news"]


def test_words_outlets_choose_between_for_one_thing_read_as_one():
    from xsource.compare.text import content_words

    english = content_words("Kabul has condemned the campaign")
    pashto_gloss = content_words("Afghan interim government this measure condemned")
    assert english[-2:] == ["condemned", "measure"]
    assert pashto_gloss[-2:] == ["measure", "condemned"]
    assert content_words("the sit-in ended; the crossing reopened") == [
        "protest", "ended", "crossing", "reopen"]
    # "the passport requirement would not be withdrawn" / word-by-word Dari "condition
    # passport cancellation will not did"
    assert content_words("requirement withdrawn") == content_words("condition cancellation")
    # "urged Pakistan to stop" / word-by-word Dari "from Pakistan has wanted that ... stopped"
    assert content_words("urged") == content_words("wanted") == content_words("asked")
    assert content_words("harassing") == content_words("harassed")
    # "return gradually and with dignity" / "a phased and dignified return" (Dari تدریجی و
    # آبرومندانه, Urdu مرحلہ وار اور باعزت)
    assert content_words("gradually dignity") == content_words("phased dignified")
    # a possessive is its owner: "Iran's Chabahar port" / word-by-word "of Iran Chabahar port"
    assert content_words("Iran's Chabahar port") == content_words("Iran Chabahar port")
    # Afghan English outlets spell it the American way ("Ministry of Defense"); word-by-word
    # Pashto says "animals" for the livestock a flood killed
    assert content_words("defense organization center") == content_words(
        "defence organisation centre")
    assert content_words("animals cattle") == content_words("livestock livestock")
    assert content_words("roads routes") == content_words("road road")
    # the loaded words of removal stay apart: each outlet's choice is the framing report's
    assert content_words("deported expelled repatriated") == ["deported", "expelled",
                                                              "repatriated"]


def test_dates_a_day_or_two_apart_in_the_same_role_lift_a_borderline_pair():
    from xsource.compare.neardates import days_near

    def dated(text):
        return article("X", "en", "t", c(text)).claims[0]

    opened = dated("The Omari camp first opened on November 2.")
    opened_later = dated("The Omari camp opened on November 3.")
    began = dated("Deportations began on November 1.")
    deadline = dated("The deadline expired on October 31.")
    assert days_near(opened, frozenset({"2023-11-02"}), opened_later, frozenset({"2023-11-03"}))
    # a start is no deadline, however close the days
    assert not days_near(began, frozenset({"2023-11-01"}), deadline, frozenset({"2023-10-31"}))
    assert not days_near(opened, frozenset({"2023-11-02"}), opened_later,
                          frozenset({"2023-11-06"}))
    # one start dated two ways: "began on 1 April", word-by-word Pashto "of Hamal in 14 ...
    # official way start did" (3 April)
    phase = dated("The second phase began on April 1.")
    pashto = article("Azadi", "ps", "t", c(
        "operations of Hamal in 14 in official way start did.", text="(پښتو)")).claims[0]
    assert days_near(phase, frozenset({"2025-04-01"}), pashto, frozenset({"2025-04-03"}))


@pytest.mark.parametrize("text, verb_final", [
    ("The camp opened on November 2.", False),
    ("The camp was reopened on November 2 after repairs.", False),
    # word-by-word Urdu and Dari end on the verb
    ("Spin Boldak in returnees of registration for camp 2 November to was reopened was.", True),
    ("Omari camp in Torkham day 12 Aqrab opening found and refugees there registration are.",
     True),
])
def test_an_opening_s_day_is_a_start(text, verb_final):
    from xsource.compare.dateroles import date_roles

    assert "start" in date_roles(text, verb_final).values()


def test_a_from_after_the_time_of_day_makes_a_start():
    """Word-by-word Urdu "29 September on Monday of afternoon from suspended" (29 ستمبر بروز پیر
    کی سہ پہر سے معطل): suspended since that afternoon; an attack "of Sunbula 14 of morning in
    first hours ... start became" is the attack's day, not a start."""
    from xsource.compare.dateroles import date_roles

    assert date_roles("internet service 29 September on Monday of afternoon from suspended is.",
                      True, True) == {"09": "start"}
    assert "start" not in date_roles("attack of Sunbula 14 of morning in first hours in that "
                                     "time start became", True, True).values()


def _raid(outlet, lang, text_en, value, written, published):
    return article(outlet, lang, "t", c(text_en, text="(" + lang + ")" if lang != "en" else None,
                                        dates=[day(value, written)], entities=("place.quetta",)),
                   date=published)


def _bonus(ca, cb, score=0.3):
    import numpy as np

    from xsource.compare.neardates import add_date_bonus

    scores = np.array([score])
    near = np.zeros(1, dtype=bool)
    add_date_bonus([ca, cb], np.array([0]), np.array([1]), scores, S, near)
    return round(float(scores[0]) - score, 6), bool(near[0])


def test_two_outlets_naming_an_events_weekday_a_day_apart_are_lifted_as_one_event():
    """Dawn: the Quetta operation "was launched on Sunday, Nov 26"; Pajhwok, word by word: "this
    raid from day Monday, 6 Qaws (27 November), in several neighborhood Quetta began". Little
    else is shared, but both name the day of the week an event fell on: the date conflict a
    desk must see (`CompareSettings.event_day_bonus`), and the dates stand in for shared keys."""
    dawn = _raid("Dawn", "en", "The operation in Quetta was launched on Sunday, Nov 26, with "
                 "teams of police cordoning off localities.", "2023-11-26", "Nov 26", "2023-11-28")
    pajhwok = _raid("Pajhwok", "prs", "according to sources local, this raid from day Monday, "
                    "6 Qaws, in several neighborhood Quetta began.", "2023-11-27", "۶ قوس",
                    "2023-11-28")
    assert _bonus(dawn.claims[0], pajhwok.claims[0]) == (S.event_day_bonus, True)
    # two days apart is no event told twice
    later = _raid("Pajhwok", "prs", "according to sources local, this raid from day Tuesday, "
                  "7 Qaws, in several neighborhood Quetta began.", "2023-11-28", "۷ قوس",
                  "2023-11-28")
    assert _bonus(dawn.claims[0], later.claims[0])[1] is False


def test_an_events_weekday_on_one_side_only_still_lifts_a_day_apart():
    """AP: the bomber struck "on Saturday, Nov. 9"; Radio Azadi word by word: "this explosion
    of Aqrab 18 in Quetta station happened" (8 November), no weekday: one event told a day
    apart. Not when one side is a deadline or a start ("until 18 Aqrab"), nor when the
    weekday-less side opens on its own article's day."""
    ap = _raid("AP", "en", "A suicide bomber blew himself up at the railway station in Quetta on "
               "Saturday, Nov. 9, as passengers gathered.", "2024-11-09", "Nov. 9", "2024-11-10")
    azadi = _raid("Azadi", "ps", "this explosion of Aqrab 18 in Quetta railway station "
                  "happened.", "2024-11-08", "۱۸ لړم", "2024-11-10")
    assert _bonus(ap.claims[0], azadi.claims[0]) == (S.event_day_bonus, True)
    deadline = _raid("Azadi", "ps", "Quetta station until Aqrab 18 closed will remain.",
                     "2024-11-08", "۱۸ لړم", "2024-11-10")
    assert _bonus(ap.claims[0], deadline.claims[0])[1] is False
    own_day = _raid("Azadi", "ps", "of Aqrab 18, in Quetta families still wait.",
                    "2024-11-08", "۱۸ لړم", "2024-11-08")
    assert _bonus(ap.claims[0], own_day.claims[0])[1] is False


def test_a_sentence_opening_on_its_articles_own_day_tells_no_event_day():
    """Radio Azadi, published that Tuesday: "On Tuesday, 11 Sunbula, families in the quake
    zone still face hard conditions" is the day it reports from, not the quake's day."""
    amu = _raid("Amu", "prs", "this earthquake day Monday, 10 Sunbula, east Afghanistan shook "
                "and hundreds of mud houses in Quetta collapsed.", "2025-09-01", "۱۰ سنبله",
                "2025-09-03")
    azadi = _raid("Azadi", "ps", "of Tuesday in day, of Sunbula in 11, in quake-hit areas of "
                  "Quetta families still hard conditions face.", "2025-09-02", "۱۱ سنبله",
                  "2025-09-02")
    assert _bonus(amu.claims[0], azadi.claims[0])[1] is False


def test_a_deadline_and_a_start_on_one_day_are_two_events():
    """Salam Watandar: "the deadline ended today, Wednesday, 10 Aqrab" (1 November); Reuters:
    "deportations began on Wednesday, Nov. 1". One day, two events: they never link, and the
    deadline meets "a deadline of October 31" a day away, where the date conflict is."""
    from xsource.compare.neardates import days_near
    from xsource.compare.dateroles import date_roles

    ended = article("Salam Watandar", "prs", "t", c(
        "deadline that Government of Pakistan for exit refugees Afghan undocumented "
        "determination had done, today Wednesday, 10 Aqrab, ended.", text="(دری)",
        dates=[day("2023-11-01", "۱۰ عقرب")], entities=("org.government_of_pakistan",)))
    began = article("Reuters", "en", "t", c(
        "Deportations began on Wednesday, Nov. 1, after the deadline passed.",
        dates=[day("2023-11-01", "Nov. 1")]))
    set_for = article("Reuters", "en", "u", c(
        "Pakistan's caretaker government had set a deadline of October 31 for undocumented "
        "migrants to leave.", dates=[day("2023-10-31", "October 31")]))
    assert date_roles(ended.claims[0].text_en) == {"10": "deadline", "11": "deadline"}
    assert date_roles(began.claims[0].text_en) == {"11": "start"}
    assert days_near(ended.claims[0], frozenset({"2023-11-01"}), set_for.claims[0],
                      frozenset({"2023-10-31"}))
    claims, alignment = run([ended, began])
    assert cluster_texts(claims, alignment) == []


def test_a_glossary_term_is_english_in_every_language():
    from xsource.compare.text import english_vocabulary, matching_words

    dari = article("Azadi", "ps", "t", c("after talks of one jirga with officials this decision happened",
                                          entities=("term.jirga",))).claims[0]
    english = article("Dawn", "en", "t", c("Officials said the decision was final.")).claims[0]
    vocab = english_vocabulary([dari, english])
    assert "jirga" in matching_words(dari, vocab)


def test_sentences_counting_other_people_and_nothing_the_same_never_link():
    """Khost/Paktika: the Mir Ali attack's soldiers and the air strikes' civilians share the
    figure 7, a death and the story's places; the strikes' dead and Mir Ali's injured share
    "people" and "attacks". Two facts each."""
    def story(*sentences):
        return [article(outlet, "en", f"t{k}", c(text, numbers=[num(v)],
                                                  entities=("place.north_waziristan",)))
                for k, (outlet, text, v) in enumerate(sentences)]

    soldiers = ("Dawn", "Seven soldiers were killed in the attack in North Waziristan.", 7)
    civilians = ("Hasht-e Subh", "Seven civilians were killed in the attack in North "
                                 "Waziristan.", 7)
    assert cluster_texts(*run(story(soldiers, civilians))) == []
    killed = ("BBC Pashto", "Eight people were killed in the attacks in North Waziristan.", 8)
    injured = ("Geo Urdu", "16 people were injured in the attacks in North Waziristan.", 16)
    assert cluster_texts(*run(story(killed, injured))) == []
    # the same people counted differently still meet, so their figures can be compared
    residents = ("Hasht-e Subh", "Seven people were killed in the attacks in North "
                                 "Waziristan.", 7)
    assert len(cluster_texts(*run(story(killed, residents)))) == 1


def test_a_crash_recalled_by_its_month_never_links_with_the_storys_own_toll():
    """A November report on a bus crash recalls August's: "In August, 21 people were killed
    when a bus collided with a fuel tanker in Helmand". The night's "21 people lost their
    lives when a passenger bus overturned in Nangarhar" names no date: it is of its article's
    days, months after August. Told again in its own month, the recalled crash still meets."""
    def told(outlet, text, published):
        return article(outlet, "en", outlet, c(text, numbers=[num(21)]), date=published)

    august = told("Pajhwok", "In August, 21 people were killed when a passenger bus collided "
                             "with a fuel tanker on the highway.", "2023-11-20")
    tonight = told("Shamshad", "21 people were killed when a passenger bus overturned on the "
                               "highway.", "2023-11-20")
    assert cluster_texts(*run([august, tonight])) == []
    then = told("Tolo News", "21 people were killed when a passenger bus collided with a fuel "
                             "tanker on the highway.", "2023-08-20")
    assert len(cluster_texts(*run([august, then]))) == 1


def test_a_toll_told_in_a_lead_and_by_a_spokesman_word_by_word_is_one_fact():
    """Reuters' lead packs the quake's toll among its villages and hillsides; BBC Pashto's
    health ministry spokesman says the dead passed 1,100. Little else is shared: the near
    tolls (both counting the dead) align them, so the desk sees 800 against 1,100. Figures
    that say nothing of what befell the people counted get no such lift."""
    lead = article("Reuters", "en", "r", c(
        "A powerful earthquake in eastern Afghanistan killed at least 800 people, Taliban "
        "officials said on Monday, flattening mud-brick villages on steep hillsides near the "
        "Pakistani border.", numbers=[num(800, hedge="at_least")]))
    spokesman = article("BBC Pashto", "ps", "b", c(
        "of Taliban of government Ministry of Public Health spokesperson sharafat zaman BBC to "
        "said that in this nawrin of killed done people number from 1100 past have been.",
        text="(پښتو)", numbers=[num(1100)]))
    assert len(cluster_texts(*run([lead, spokesman]))) == 1
    no_fate = article("BBC Pashto", "ps", "b", c(
        "of Taliban of government Ministry of Public Health spokesperson sharafat zaman BBC to "
        "said that in this nawrin people number from 1100 past have been.",
        text="(پښتو)", numbers=[num(1100)]))
    assert cluster_texts(*run([lead, no_fate])) == []


def test_two_counts_of_one_toll_two_and_a_half_times_apart_still_meet():
    """The Express Tribune: "some 1,200 loaded vehicles were stranded on the two sides of the
    border"; Amu TV, word by word: "more than 3 thousand truck in both sides Torkham stranded
    have stayed". Outlets' tolls differ more than other figures: up to `toll_near_ratio`."""
    tribune = article("The Express Tribune", "en", "t", c(
        "Officials posted at the crossing estimated that some 1,200 loaded vehicles were "
        "stranded on the two sides of the border by late Tuesday evening.",
        numbers=[num(1200, hedge="about", unit="vehicles")]))
    amu = article("Amu TV", "prs", "a", c(
        "transporters say that after implementation of this regulations, more than 3 thousand "
        "truck in both sides Torkham stranded have stayed.", text="(دری)",
        numbers=[num(3000, hedge="more_than", unit="vehicles")]))
    assert len(cluster_texts(*run([tribune, amu]))) == 1
    far = article("Amu TV", "prs", "a", c(
        "transporters say that after implementation of this regulations, more than 4 thousand "
        "truck in both sides Torkham stranded have stayed.", text="(دری)",
        numbers=[num(4000, hedge="more_than", unit="vehicles")]))
    assert cluster_texts(*run([tribune, far])) == []


def test_two_people_of_other_ages_are_two_anecdotes_never_linked():
    """"A 19-year-old student in Kabul said ..." and "a 21-year-old student in Kabul said ...":
    two people, however alike the rest."""
    def story(*sentences):
        return [article(outlet, "en", f"t{k}", c(text, numbers=[num(v, unit="age")],
                                                  entities=("place.kabul",)))
                for k, (outlet, text, v) in enumerate(sentences)]

    older = ("Express News", "A 21-year-old student in Kabul told a foreign news agency that "
                             "this had been their last hope.", 21)
    younger = ("BBC Urdu", "A 19-year-old student in Kabul told a foreign news agency that "
                           "this was their last hope.", 19)
    same = ("AP", "A 19-year-old student in Kabul told a news agency that this had been their "
                  "last hope.", 19)
    assert cluster_texts(*run(story(older, younger))) == []
    assert len(cluster_texts(*run(story(younger, same)))) == 1


def test_alignment_in_batches_of_stories_is_the_alignment_at_once():
    """`align_batch_units` only cuts the work into batches of whole stories: the clusters,
    links, second memberships and linkable pairs are those of one batch (pair scores to the
    last bit of a float: numpy sums in another order)."""
    from dataclasses import replace

    import pytest

    from xsource.bench.compare import synthetic_corpus
    from xsource.compare.align import align_claims, story_batches
    from xsource.compare.stories import group_stories

    settings = CompareSettings()
    analyzed, _ = synthetic_corpus(300)
    story_of_article = {i: n for n, story in enumerate(group_stories(analyzed, settings))
                        for i in story.members}
    claims = [c for item in analyzed for c in item.claims]
    articles = [i for i, item in enumerate(analyzed) for _ in item.claims]
    stories = [story_of_article[i] for i in articles]
    assert len(story_batches(stories, 200)) > 3

    # every pair of one story, and pairs across stories (never compared)
    pairs = [(a, b) for a in range(len(claims)) for b in range(a + 1, len(claims))
             if stories[a] == stories[b] or (a + b) % 97 == 0]

    def result(batch_units):
        a = align_claims(claims, stories, articles, replace(settings, align_batch_units=batch_units))
        clusters = [frozenset(c) for c in a.clusters]
        return ({c for c in clusters}, {(l.a, l.b, l.score) for l in a.links},
                {(i, clusters[k]) for i, k in a.extra}, a.candidates,
                [(a.aligned(x, y), a.aligned(y, x)) for x, y in pairs],
                [a.score(x, y) for x, y in pairs])

    whole, batched = result(10**9), result(200)
    assert batched[:5] == whole[:5]
    assert any(aligned for aligned, _ in whole[4])
    assert batched[5] == pytest.approx(whole[5])
    assert sum(s > 0 for s in whole[5]) > len(claims)
    # batches aligned side by side in worker processes: the same, to the last bit
    settings = replace(settings, parallel_min_units=0, align_processes=2)
    assert result(200) == batched


def test_figures_in_a_unit_few_figures_count_in_are_near_like_a_toll():
    """"At least five shots rang out" and word-by-word Dari "12 bullet towards compound embassy
    firing was": two counts of one shooting's rounds, further apart than near figures may be,
    share nothing else; so do "about 200 metres" and "500 metres" from the embassy. A unit
    few figures of a story count in (`text.MEASURE_UNITS`) earns the toll bonus."""
    from xsource.compare.anchors import near_toll

    wide = replace(S, figure_near_ratio=S.toll_near_ratio)
    shots = article("Dawn", "en", "t", c("At least five shots rang out in quick succession.",
                                          numbers=[num(5, "five", hedge="at least", unit="rounds")]))
    bullets = article("AI", "prs", "t", c("during this attack 12 bullet towards compound embassy "
                                           "firing was.", text="(دری)",
                                           numbers=[num(12, "۱۲", unit="rounds")]))
    a, b = shots.claims[0], bullets.claims[0]
    assert near_toll(a, list(a.numbers), b, list(b.numbers), wide)
    # five and twelve people, nothing said of what befell them: no toll
    five = replace(a, numbers=(num(5, "five", unit="people"),))
    twelve = replace(b, numbers=(num(12, "12", unit="people"),))
    assert not near_toll(five, list(five.numbers), twelve, list(twelve.numbers), wide)


def test_a_wire_s_killing_six_people_is_a_toll():
    """Reuters: "A suicide bomber blew himself up near the entrance, killing six people, as a
    crowd gathered"; Express News word by word: "in the explosion 10 people were killed". Two
    counts of one toll, so near ones."""
    from xsource.compare.anchors import near_toll
    from xsource.compare.settings import CompareSettings

    reuters = article("Reuters", "en", "a", c(
        "A suicide bomber blew himself up near the entrance to the Russian embassy in Kabul, "
        "killing six people, as a crowd gathered outside the gate.",
        numbers=[num(6, "six")])).claims[0]
    express = article("Express News", "ur", "b", c(
        "Kabul in Russia embassy of central door of nearly suicide in the explosion 10 people "
        "were killed.", numbers=[num(10, "10")])).claims[0]
    assert near_toll(reuters, list(reuters.numbers), express, list(express.numbers),
                     CompareSettings())


def test_a_sentence_set_in_a_separate_event_never_links_with_the_storys_own():
    """Zhob: Reuters and Hasht-e Subh tell of three soldiers killed "in a separate attack the
    same day" in Sui; the Tribune and Radio Mashaal count the garrison's own dead. Same
    soldiers, day and province, two events. Two sentences on the separate attack still meet,
    and so does one naming its district without the word (Mastung's "the same day a mosque in
    Hangu was also bombed")."""
    def told(outlet, lang, text, value, *places):
        return article(outlet, lang, outlet, c(text, numbers=[num(value, unit="soldiers")],
                                               entities=("place.balochistan", *places)))

    sui = told("Reuters", "en", "In a separate attack the same day, three soldiers were killed "
               "in Sui in Balochistan's Dera Bugti district.", 3, "place.sui",
               "place.dera_bugti")
    sui_dari = told("Hasht-e Subh", "prs", "in attack separate in the same day, three soldier "
                    "Pakistani in region Sui in district Dera Bugti Balochistan were killed.", 3,
                    "place.sui", "place.dera_bugti")
    garrison = told("The Express Tribune", "en", "Nine soldiers were killed in the attack on "
                    "the garrison in Balochistan, the military said.", 9)
    assert cluster_texts(*run([sui, garrison])) == []
    assert len(cluster_texts(*run([sui, sui_dari]))) == 1
    sui_urdu = told("BBC Urdu", "ur", "same day district Dera Bugti of area Sui in militants "
                    "attack in three soldiers were killed also.", 3, "place.sui",
                    "place.dera_bugti")
    assert len(cluster_texts(*run([sui, sui_urdu]))) == 1


def test_lashes_and_flogging_are_one_punishment():
    """AP: "were lashed"; Urdu: "lashes"; Dari: "blow flogging hit"."""
    from xsource.compare.text import content_words

    forms = [set(content_words(t)) for t in ("Each received 39 lashes.", "39 blow flogging hit",
                                             "They were lashed in the stadium.")]
    assert forms[0] & forms[1] & forms[2]


def test_starts_a_day_apart_stand_in_for_shared_keys_over_the_threshold():
    """TOLOnews, word by word: "the third Doha meeting ... day Saturday, 9 Saratan, in capital
    Qatar began"; BBC Pashto: "this meeting of June 30, of Sunday in day, in doha start was".
    Their text scores over the link threshold but they share few keys: one start told a day
    apart (`neardates.days_near`) stands in for them, so the date conflict can be seen."""
    import numpy as np

    from xsource.compare.neardates import add_date_bonus

    tolo = _raid("TOLOnews", "prs", "third far meeting doha in affairs Afghanistan day Saturday, "
                 "9 Saratan, in capital Qatar began.", "2024-06-29", "۹ سرطان", "2024-07-01")
    bbc = _raid("BBC Pashto", "ps", "this meeting of June 30, of Sunday in day, in doha start "
                "was.", "2024-06-30", "د جون ۳۰مه", "2024-07-02")
    far = _raid("BBC Pashto", "ps", "this meeting of July 5, of Friday in day, in doha start "
                "was.", "2024-07-05", "د جولای ۵مه", "2024-07-06")

    def stands_in(ca, cb, gated=True):
        scores, near = np.array([0.5]), np.zeros(1, dtype=bool)
        add_date_bonus([ca, cb], np.array([0]), np.array([1]), scores, S, near,
                       np.array([gated]))
        return bool(near[0]), float(scores[0])

    assert stands_in(tolo.claims[0], bbc.claims[0]) == (True, 0.5)  # no bonus: over already
    assert stands_in(tolo.claims[0], far.claims[0])[0] is False  # six days apart
    assert stands_in(tolo.claims[0], bbc.claims[0], gated=False)[0] is False
