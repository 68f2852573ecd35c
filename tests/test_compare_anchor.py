"""False agreement guards: generic entities, bare small numbers, outlets and vague words do
not anchor a link; specific names, figures, dates and named speakers do. And the bench
measure of false agreement (pairs an `agree` cluster holds that expected.json separates)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.compare_fixtures import article, c, expulsion_story, num
from xsource.bench.compare import agreement_pairs
from xsource.compare import CompareSettings, compare
from xsource.compare.align import align_claims
from xsource.compare.text import is_media, is_specific_entity, key_figures, media_words

S = CompareSettings()
# Every new guard switched off: what the comparator did before them.
LOOSE = replace(S, generic_entity_weight=1.5, min_bare_figure_key=0.0, anchor_text_bar=0.0)


def linked(items, settings=S) -> set[frozenset[str]]:
    claims = [cl for it in items for cl in it.claims]
    articles = [i for i, it in enumerate(items) for _ in it.claims]
    alignment = align_claims(claims, [0] * len(claims), articles, settings)
    return {frozenset((claims[l.a].outlet, claims[l.b].outlet)) for l in alignment.links}


def anecdote(outlet: str, lang: str, text_en: str, *entities: str, numbers=()):
    return article(outlet, lang, outlet, c(text_en, entities=entities, numbers=numbers))


def story_background(n: int = 5):
    """Other outlets' claims on the story's topic: "refugees" and "Afghan" become topic words
    (each held by more claims than half the story's articles), as in a real story."""
    return [article(f"Outlet{k}", "en", f"b{k}",
                    c(f"Afghan refugees crossed the border, officials said ({k}).",
                      entities=("term.refugees", "demonym.afghan")),
                    c(f"Afghan refugees need shelter, aid groups said ({k}).",
                      entities=("term.refugees", "demonym.afghan")))
            for k in range(n)]


PAIR = frozenset(("Etilaatroz", "Hasht-e Subh"))


def test_anecdotes_sharing_only_generic_terms_and_three_days_do_not_agree():
    three_days = [num(3, "three", unit="days")]
    items = [
        anecdote("Etilaatroz", "prs", "one refugees Afghan said his shop three day half price sold",
                 "term.refugees", "demonym.afghan", numbers=three_days),
        anecdote("Hasht-e Subh", "prs", "one woman refugees Afghan said three day one room small kept",
                 "term.refugees", "demonym.afghan", numbers=three_days),
    ]
    assert PAIR in linked(items + story_background(), LOOSE)
    assert PAIR not in linked(items + story_background())


def test_a_shared_specific_place_anchors_the_same_pair():
    items = [
        anecdote("Etilaatroz", "prs", "refugees Afghan held holding centre Landi Kotal three day",
                 "term.refugees", "demonym.afghan", "place.landi_kotal"),
        anecdote("Hasht-e Subh", "prs", "refugees Afghan Landi Kotal holding centre kept women",
                 "term.refugees", "demonym.afghan", "place.landi_kotal"),
    ]
    assert PAIR in linked(items + story_background())


def test_an_outlet_named_as_source_or_entity_is_no_anchor():
    items = [
        article("ANI", "en", "a", c("Rights groups called on Pakistan to halt the expulsions, "
                                    "according to TOLOnews.", entities=("org.tolonews", "country.pk"),
                                    speaker="TOLOnews", attribution="according_to")),
        article("TOLOnews", "prs", "b", c("number refugees talks TOLOnews said police Pakistan "
                                          "homes compelled leaving country",
                                          entities=("org.tolonews", "country.pk"),
                                          speaker="TOLOnews", attribution="said")),
    ]
    pair = frozenset(("ANI", "TOLOnews"))
    assert pair in linked(items + story_background(), LOOSE)
    assert pair not in linked(items + story_background())


def test_nearby_dates_anchor_a_pair_so_a_date_conflict_can_be_seen():
    cmp = compare(expulsion_story(), glossary=None)
    dates = cmp.conflicts.filter(cmp.conflicts["kind"] == "date")
    # "after the October 31 deadline" / "deadline of November 1": no shared name or figure,
    # the nearby dates anchor the pair
    assert {dates["value_a"][0], dates["value_b"][0]} == {"2023-10-31", "2023-11-01"}


def test_entity_specificity_from_glossary_id_prefixes():
    media = media_words(["TOLOnews", "Pajhwok Afghan News", "Kabul Times"])
    assert is_specific_entity("person.zabihullah_mujahid", media)
    assert is_specific_entity("place.landi_kotal", media)
    assert is_specific_entity("org.unhcr", media)
    assert is_specific_entity("Gul Mohammad", media)  # a name the glossary does not know
    for generic in ("country.pk", "demonym.afghan", "term.refugees", "title.spokesperson",
                    "month.gregorian.10", "org.tolonews", "org.pajhwok"):
        assert not is_specific_entity(generic, media), generic
    assert not is_media("place.kabul", media)  # a place is never an outlet


def test_small_figures_need_a_counting_unit_to_be_keys():
    claim = anecdote("A", "en", "x", numbers=[
        num(3, "three", unit="days"), num(40, "40", unit=None), num(30, "30", unit="years"),
        num(40, "40", unit="families"), num(1200, "1,200", unit=None),
        num(45, "45", unit="days")]).claims[0]
    assert [(n.value, n.unit) for n in key_figures(claim, S.min_bare_figure_key)] == [
        (40.0, "families"), (1200.0, None), (45.0, "days")]  # how long the sit-in has lasted


def test_how_long_the_event_has_lasted_anchors_the_day_counts():
    """Pajhwok's sit-in "for 40 days" and Radio Mashaal's "sit-in 45 days complete done"
    (word by word) share only words every outlet uses for the sit-in: the two counts of days
    are what anchors them, so the desk sees them side by side."""
    items = [
        anecdote("Etilaatroz", "en", "Protesters have been staging a sit-in for 40 days at the "
                 "Friendship Gate, organisers said", numbers=[num(40, "40", unit="days")]),
        anecdote("Hasht-e Subh", "ps", "of border city of condition against sit-in 45 days "
                 "complete done and marchers says", numbers=[num(45, "۴۵", unit="days")]),
    ]
    sit_in = [anecdote(f"Other{k}", "en", f"Traders joined the sit-in against the passport "
                                          f"rule at the border city ({k}).") for k in range(4)]
    assert PAIR in linked(items + story_background() + sit_in)

def test_false_agreement_counts_pairs_expected_json_separates():
    cmp = compare(expulsion_story(), glossary=None)
    torkham = "Thousands crossed the Torkham"
    expected = {"agreements": [{"claims": [{"outlet": "Dawn", "match": torkham},
                                           {"outlet": "Tolo News", "match": torkham}]}],
                "singles": [{"claims": [{"outlet": "Jang", "match": "طورخم"}]}]}
    wrong, judged = agreement_pairs(cmp, expected)
    assert judged == 3  # Dawn-Tolo (right), Jang-Dawn and Jang-Tolo (a single agrees with nobody)
    assert len(wrong) == 2


def test_a_ministry_named_as_the_source_is_who_said_it_not_what_was_said():
    from xsource.compare.text import claim_keys, matching_words, source_organisations

    ministry = ("org.pk_interior_ministry", "doc.por_card")
    said = c("Afghans holding PoR cards are exempt, the interior ministry reiterated.",
             entities=ministry)
    acted = c("The Interior Ministry ordered PoR card holders to renew their cards.",
              entities=ministry)
    said_claim = article("Dawn", "en", "a", said).claims[0]
    acted_claim = article("Tribune", "en", "b", acted).claims[0]
    assert source_organisations(said_claim) == {"org.pk_interior_ministry"}
    assert source_organisations(acted_claim) == frozenset()
    assert ("entity", "org_pk_interior_ministry") not in claim_keys(said_claim)
    assert ("entity", "org_pk_interior_ministry") in claim_keys(acted_claim)
    assert "ministry" not in matching_words(said_claim, frozenset())
    employer = article("Azadi Radio", "ps", "c", c(
        "of Islamic Emirate of Afghanistan spokesperson Zabihullah Mujahid reopened good step "
        "called.", entities=("org.islamic_emirate", "person.zabihullah_mujahid"))).claims[0]
    forces = article("TOLOnews", "prs", "d", c(
        "Torkham closed after clash between forces Islamic Emirate and Pakistan Army.",
        entities=("org.islamic_emirate", "org.pakistan_army"))).claims[0]
    assert source_organisations(employer) == {"org.islamic_emirate"}
    assert source_organisations(forces) == frozenset()
    # word-by-word Urdu "UNAMA demanded of Taliban officials": the officials are the Taliban's
    demand = article("Express News", "ur", "e", c(
        "United Nations of relief mission for Afghanistan (UNAMA) Taliban officials from has "
        "demanded that they this decision immediately withdraw.",
        entities=("org.unama", "org.taliban"))).claims[0]
    assert "org.unama" not in source_organisations(demand)
    # "a group named Jaish al-Fursan that it is said is linked with ...": hearsay, the group
    # is what the sentence is about
    hearsay = article("TOLOnews", "prs", "f", c(
        "group named “Jaish al-Fursan” that it is said with Hafiz Gul Bahadur payonad has, "
        "responsibility this attack in charge of has taken.",
        entities=("org.jaish_al_fursan", "person.hafiz_gul_bahadur"))).claims[0]
    assert source_organisations(hearsay) == frozenset()


def test_one_person_asserting_and_denying_is_never_one_fact():
    import numpy as np

    from xsource.compare.align import score_pairs
    from xsource.compare.vetoes import two_statements as _two_statements

    mujahid = ("person.zabihullah_mujahid", "org.islamic_emirate")
    # alike once the "... said" frames are set aside (`text.statement`): one person's two
    # statements, the second a denial, share the words of what they are about
    welcome = c("Islamic Emirate spokesperson Zabihullah Mujahid said the forces reopened the "
                "border gate first at Torkham.", entities=mujahid,
                speaker="person.zabihullah_mujahid", attribution="said")
    denial = c("Islamic Emirate spokesperson Zabihullah Mujahid said its forces did not open "
               "fire first at the border gate in Torkham.", entities=mujahid,
               speaker="person.zabihullah_mujahid", attribution="said", polarity="denied")
    items = [article("Azadi Radio", "en", "a", welcome), article("TOLOnews", "en", "b", denial)]
    claims = [cl for it in items for cl in it.claims]
    scored = score_pairs(claims, [0, 0], [0, 1], S)
    assert scored.score.tolist() and scored.score[0] >= S.link_threshold  # alike on words
    assert _two_statements(claims, scored.a, scored.b, np.ones(1, dtype=bool)).tolist() == [True]
    assert linked(items) == set()


def test_a_document_each_outlet_names_once_anchors_even_when_most_outlets_name_it():
    por = ("doc.por_card",)
    wordings = ["PoR card holders are exempt from the drive, officials said.",
                "Afghans holding PoR cards will not be affected by the campaign.",
                "The ministry said PoR cards keep their holders out of the crackdown.",
                "Those with PoR cards are spared from the expulsions.",
                "PoR card holders remain exempt, the government reiterated.",
                "Refugees holding PoR cards are not among those being sent back.",
                "Officials stressed that PoR card holders are exempt.",
                "Holders of PoR cards need not leave, the statement said."]
    # eight outlets tell the PoR exemption once each: more claims hold "PoR" than half the
    # story's articles, yet it is that one fact's document, not the story's subject
    items = [article(f"Outlet{k}", "en", f"p{k}", c(text, entities=por),
                     *[c(f"Unrelated{k}x{j} words{k}x{j} here{k}x{j} about{k}x{j}.")
                       for j in range(3)])
             for k, text in enumerate(wordings)]
    # ...while a document that recurs within articles is the story's subject
    items.append(article("Dawn", "en", "d", c("PoR cards were extended in June.", entities=por),
                         c("PoR card holders queued at NADRA offices.", entities=por)))
    from xsource.compare.align import score_pairs

    claims = [cl for it in items for cl in it.claims]
    articles = [i for i, it in enumerate(items) for _ in it.claims]
    names = score_pairs(claims, [0] * len(claims), articles, S).names
    anchors = [("en:doc_por_card" in names[i]) for i, cl in enumerate(claims)
               if "PoR" in cl.text_en]
    # 10 claims hold "PoR" in 9 articles: more than half, so the share rule says "subject"
    assert anchors == [False] * 10
    items.pop()
    claims = [cl for it in items for cl in it.claims]
    articles = [i for i, it in enumerate(items) for _ in it.claims]
    names = score_pairs(claims, [0] * len(claims), articles, S).names
    assert [("en:doc_por_card" in names[i]) for i, cl in enumerate(claims)
            if "PoR" in cl.text_en] == [True] * 8


def test_a_government_named_in_two_statements_does_not_anchor_them():
    """The two states' governments act in nearly every statement of the beat: like a
    country, the Government of Pakistan says what the story is about, not which fact."""
    from xsource.compare.text import is_specific_entity

    govt = ("org.government_of_pakistan", "demonym.afghan")
    items = [
        anecdote("Etilaatroz", "en", "The Government of Pakistan lets Afghan refugees who "
                 "return take at most 50,000 rupees in cash.", *govt),
        anecdote("Hasht-e Subh", "en", "The Government of Pakistan has intensified the "
                 "expulsion of Afghan refugees since the deadline.", *govt),
    ]
    assert PAIR not in linked(items + story_background())
    assert not is_specific_entity("org.government_of_pakistan")
    assert is_specific_entity("org.unhcr")


def test_the_party_that_denies_anchors_the_claim_it_denies():
    from xsource.compare.anchors import actor_meets_source

    def said(outlet, text, polarity, *entities):
        return article(outlet, "en", "t", c(text, entities=entities, polarity=polarity)).claims[0]

    accused = said("Tribune", "Security officials said the banned TTP was behind the attack.",
                   "asserted", "org.ttp")
    denial = said("Mashaal", "A TTP spokesman said in a message that the group did not carry "
                  "out the attack.", "denied", "org.ttp")
    both = said("TOLOnews", "Pakistan accuses the Islamic Emirate of sheltering the TTP, but "
                "the Islamic Emirate rejects the accusations.", "denied", "org.ttp")
    government = said("Dawn", "The Taliban government denied the report.", "denied",
                      "org.taliban")
    assert actor_meets_source(accused, denial)
    assert not actor_meets_source(accused, accused)  # no denial, no rebuttal pair
    assert not actor_meets_source(accused, both)  # a sentence giving both sides
    assert not actor_meets_source(accused, government)  # governments never anchor


def test_a_rare_word_only_the_two_sentences_hold_anchors_them():
    """Two tellings of "the crossing reopened after a jirga" with no name, figure or date in
    common and words of the story's topic besides: only these two sentences say "jirga"."""
    azadi = anecdote("Azadi Radio", "en", "Afghan refugees crossed the border again after a "
                     "jirga of the elders.",
                     "place.nangarhar", "term.jirga")
    express = anecdote("Express News", "en", "Afghan refugees crossed the border once a jirga "
                       "settled the dispute over the fence.",
                       "place.landi_kotal", "term.jirga")
    pair = frozenset(("Azadi Radio", "Express News"))
    story = [azadi, express] + story_background()
    assert pair in linked(story)
    assert pair not in linked(story, replace(S, anchor_lone_word_df=0))
    # a third sentence saying "jirga" makes it a word of the story, no longer the pair's own
    elders = anecdote("Pajhwok", "en", "Tribal elders held a jirga in Jalalabad on trade.",
                      "place.jalalabad", "term.jirga")
    assert pair not in linked(story + [elders])


def test_a_shared_weekday_anchors_nothing_a_shared_written_date_does():
    """The Senate's resolution on Friday and Friday's air strikes: two events of one day."""
    from tests.compare_fixtures import day
    from xsource.records import DateMention

    def pair():
        return [anecdote("Jang", "en", "Afghan refugees crossed the border as the Senate passed "
                         "a resolution on Friday.", numbers=()),
                anecdote("Reuters", "en", "Afghan refugees crossed the border as air strikes hit "
                         "Paktika on Friday.", numbers=())]

    friday = DateMention("2025-10-17", "Friday", "relative")
    written = day("2025-10-17", "17 October")
    out = {}
    for name, mention in (("weekday", friday), ("written", written)):
        items = pair()
        items = [replace(it, claims=tuple(replace(cl, dates=(mention,)) for cl in it.claims))
                 for it in items]
        out[name] = frozenset(("Jang", "Reuters")) in linked(items + story_background())
    assert out == {"weekday": False, "written": True}


def kabul_asks(words: str, lang_b: str = "prs") -> list:
    """A Pashto and a second outlet (Dari by default) telling "Kabul asked Pakistan for a
    <words> return" in word-by-word English, and the story's English background."""
    pajhwok = anecdote("Pajhwok", "ps", "Kabul from Pakistan urge that Afghan refugees "
                       f"return in {words} way across border be done",
                       "term.refugees", "demonym.afghan", "country.pk")
    tolo = anecdote("TOLOnews", lang_b, "Kabul from Pakistan urge return refugees Afghan "
                    f"{words} perform officials said",
                    "term.refugees", "demonym.afghan", "country.pk")
    return [pajhwok, tolo] + story_background()


KABUL_PAIR = frozenset(("Pajhwok", "TOLOnews"))


def test_lexicon_words_two_source_languages_share_anchor_their_pair():
    """A Pashto and a Dari outlet both say the Taliban asked for a gradual, voluntary return;
    no English outlet of the run uses those words, so the text score leaves them out, yet
    two lexicon entries wrote them in English: two such words anchor the pair."""
    assert KABUL_PAIR in linked(kabul_asks("gradual and voluntary"))
    # one language's two outlets: its words could be one transliteration twice
    assert KABUL_PAIR not in linked(kabul_asks("gradual and voluntary", lang_b="ps"))


def test_light_verbs_the_lexicon_writes_anchor_nothing():
    """"become" and "given" render a hundred grammar forms each: two sentences sharing only
    them and topic words are not one fact."""
    assert KABUL_PAIR not in linked(kabul_asks("become given"))


def test_a_short_length_written_as_the_event_s_adjective_is_a_key_figure():
    """Dawn: "on a three-day visit"; Urdu News: "دو روزہ دورے" (a two-day visit). Lengths of
    days under ten are anecdotes' ("three days on the road"), unless written as the event's
    adjective; such a length is the event's, not a count running to each article's day, so
    three against two a day later still conflicts."""
    from tests.test_claims import _claims
    from xsource.compare.classify import classify_cluster

    [visit] = _claims("Ishaq Dar arrived in Beijing on a three-day visit.", "en",
                      date="2025-05-22")
    [road] = _claims("The family spent three days on the road.", "en")
    [urdu] = _claims("اسحاق ڈار ان دنوں چین کے دو روزہ دورے پر ہیں۔", "ur",
                     english=["Ishaq Dar these days China of two -day visit on are."],
                     date="2025-05-21")
    assert [n.value for n in key_figures(visit, S.min_bare_figure_key)] == [3.0]
    assert key_figures(road, S.min_bare_figure_key) == []
    assert [n.value for n in key_figures(urdu, S.min_bare_figure_key)] == [2.0]
    assert classify_cluster([visit, replace(urdu, outlet="Urdu News")], S).kinds == ("number",)


@pytest.mark.parametrize("text, keyed", [
    ("Pakistani security officials said the bomber had crossed into the country from "
     "Afghanistan a few days before the attack.", True),
    ("Pakistani officials says that this attacks of plan -ing Afghanistan in was done.", True),
    ("that in one tweet emphasis done that of this attack no attacker from Afghan soil are "
     "not came.", True),
    ("this plan, if implemented, for thousands people in Afghanistan work provide does.", False),
    ("Pakistani strikes killed eight people in Afghanistan's Paktika province.", False),
    ("More than 300 trucks crossed from Afghanistan at Torkham on Monday.", False),
    # hideouts "in neighbouring Afghanistan", and Kabul's formula with no attacker named
    ("Pakistani officials insist that TTP militants plot their attacks from hideouts in "
     "neighbouring Afghanistan.", True),
    ("Zabihullah Mujahid stressed that Afghanistan to no someone permission does not give from "
     "soil this country against no national, including Pakistan, use do.", True),
    ("The ministry said the soil was tested against contamination in Kabul.", False),
])
def test_the_charge_that_an_attack_came_from_afghanistan_is_one_key(text, keyed):
    """Pakistan's charge after an attack and Kabul's answer are one matter, worded apart by each
    side and language: one key joins them (a plan that is no attack's stays apart)."""
    from xsource.compare.text import ATTACK_FROM_AFGHANISTAN, claim_keys

    found = article("A", "en", "a", c(text)).claims[0]
    assert (("entity", ATTACK_FROM_AFGHANISTAN) in claim_keys(found)) is keyed


def test_lexicon_words_alone_bring_two_source_languages_sentences_together():
    """A Pashto and an Urdu outlet say grapes and pomegranates are rotting in the trucks at
    the border; they share no name, figure or word of the run's English outlets, only words
    two lexicon entries wrote. Those propose the pair (`lexicon_key_weight`); before, the two
    sentences were never even compared."""
    from xsource.compare.align import score_pairs

    shamshad = anecdote("Shamshad", "ps", "border of across standing vehicles in loaded grapes "
                        "and pomegranates rotting are and traders worried")
    jang = anecdote("Jang", "ur", "traders says that in these trucks cargo grapes and "
                    "pomegranates rotten done is")
    items = [shamshad, jang] + story_background()
    claims = [cl for it in items for cl in it.claims]
    articles = [i for i, it in enumerate(items) for _ in it.claims]
    scored = score_pairs(claims, [0] * len(claims), articles, S)
    assert (0, 1) in set(zip(scored.a.tolist(), scored.b.tolist()))
    assert frozenset(("Shamshad", "Jang")) in linked(items)


def _name_pair(romanized: str) -> set[frozenset[str]]:
    """Dawn names a man the glossary does not know; the Urdu outlet's word-by-word English
    leaves his name romanized. The two sentences share nothing else but the story's topic
    words."""
    dawn = anecdote("Dawn", "en", "Afghan refugees crossed the border with Haji Dilawar, "
                    "officials said.", "term.refugees", "demonym.afghan")
    jang = anecdote("Jang", "ur", f"officials said Afghan refugees {romanized} with border "
                    "crossed", "term.refugees", "demonym.afghan")
    return linked([dawn, jang] + story_background())


def test_a_name_the_glossary_does_not_know_anchors_by_its_consonants():
    """"Dilawar" and the romanized "dlawar" share their consonants (dlwr): one name, which
    anchors the pair as a glossary name would; "dilbar" is another man."""
    assert frozenset(("Dawn", "Jang")) in _name_pair("dlawar")
    assert frozenset(("Dawn", "Jang")) not in _name_pair("dilbar")


@pytest.mark.parametrize("english, romanized, keyed", [
    ("Haji Dilawar", "dlawar", True),
    ("Haji Muhammad", "muhammad", False),  # a part of many names names nobody
    ("Haji Naseer", "nasir", False),     # three consonants: too many names share them
    ("Dilawar crossed", "dlawar", False),  # a capital at a sentence's start is any word
])
def test_which_names_are_keyed_by_their_consonants(english, romanized, keyed):
    from xsource.compare.anchors import name_keys

    dawn = article("Dawn", "en", "d", c(f"{english} crossed the border.")).claims[0]
    jang = article("Jang", "ur", "j", c(f"{romanized} border crossed")).claims[0]
    keys = name_keys([dawn, jang], [[], [romanized]], 1.0)
    assert (bool(keys[0]) and keys[0] == keys[1]) is keyed


def test_a_name_only_translations_hold_is_no_key():
    """Two romanized leftovers sharing consonants are too often chance: an English original
    must write the name."""
    from xsource.compare.anchors import name_keys

    jang = article("Jang", "ur", "j", c("dlawar border crossed")).claims[0]
    shamshad = article("Shamshad", "ps", "s", c("dilawar border crossed")).claims[0]
    assert name_keys([jang, shamshad], [["dlawar"], ["dilawar"]], 1.0) == [[], []]


def test_the_two_countries_are_a_pair_not_a_count():
    """"envoys from about 25 countries" counts; "relations between the two countries" names
    Pakistan and Afghanistan as a pair, and would otherwise conflict with any "three
    countries" of the story."""
    from tests.test_claims import _claims

    [pair] = _claims("Relations between the two countries have soured since the clashes.", "en")
    [trilateral] = _claims("The three countries agreed to extend the corridor.", "en")
    assert key_figures(trilateral, S.min_bare_figure_key) == []
    [count] = _claims("Envoys from about 25 countries took part in the talks.", "en")
    assert [(n.value, n.unit) for n in pair.numbers] == [(2.0, "countries")]
    assert key_figures(pair, S.min_bare_figure_key) == []
    assert [n.value for n in key_figures(count, S.min_bare_figure_key)] == [25.0]
