"""Story grouping across languages, labels, and stable ids."""

from __future__ import annotations

import numpy as np
import pytest

from tests.compare_fixtures import article, c, day, expulsion_story, flood_story, num
from xsource.compare import CompareSettings, compare
from xsource.compare.measurement import day_number
from xsource.compare.stories import group_stories

S = CompareSettings()


def outlets_by_story(items):
    return [sorted(items[i].article.outlet for i in s.members) for s in group_stories(items, S)]


def test_two_stories_make_two_groups():
    items = expulsion_story() + flood_story()
    assert outlets_by_story(items) == [["Dawn", "Jang", "Pajhwok", "Tolo News"],
                                       ["Dawn", "Express Tribune"]]


def test_input_order_does_not_change_the_grouping():
    items = flood_story() + expulsion_story()
    stories = group_stories(items, S)
    assert [len(s.members) for s in stories] == [4, 2]
    assert stories[0].id == "s1"


def test_urdu_and_dari_with_glossary_only_english_join_the_english_story():
    items = expulsion_story() + flood_story()
    (story,) = [s for s in group_stories(items, S) if 2 in s.members]  # Jang (ur)
    assert 3 in story.members  # Pajhwok (prs)
    assert 0 in story.members  # Dawn (en)


def test_label_is_an_english_title():
    items = expulsion_story() + flood_story()
    labels = [s.label for s in group_stories(items, S)]
    assert labels[0] in {it.article.title for it in expulsion_story()[:2]}
    assert labels[1] in {it.article.title for it in flood_story()}


def test_label_falls_back_to_english_of_a_lead_claim_without_english_articles():
    items = expulsion_story()[2:]
    (story,) = group_stories(items, S)
    assert story.label in {it.claims[0].text_en for it in items}


def test_a_lone_unrelated_article_is_its_own_story():
    lone = article("Geo", "en", "Cricket: Pakistan beat Sri Lanka in Colombo",
                   c("Babar Azam scored a century in Colombo.", entities=("babar_azam",),
                     numbers=[num(102, "102", unit="runs")]))
    items = expulsion_story() + [lone]
    assert outlets_by_story(items) == [["Dawn", "Jang", "Pajhwok", "Tolo News"], ["Geo"]]


def test_no_articles_no_stories():
    assert group_stories([], S) == []


def test_compare_tags_articles_and_claims_with_their_story():
    cmp = compare(expulsion_story() + flood_story(), glossary=None)
    by_outlet = dict(zip(cmp.articles["title"], cmp.articles["story_id"]))
    assert by_outlet["IMF board clears $3bn loan for Pakistan"] == "s2"
    assert by_outlet["اخراج مهاجرین افغان از پاکستان"] == "s1"
    assert set(cmp.claims["story_id"]) == {"s1", "s2"}
    assert cmp.stories["languages"].to_list() == [["en", "ur", "prs"], ["en"]]


def test_a_dominant_story_with_syndicated_copies_stays_one_story(tmp_path):
    """200 articles: every sample article re-published ~12 times by other outlets, with some
    figures changed. One story dominates (its keys are in most articles) and near-copies
    fill each other's nearest-neighbour lists; neither may shatter the story."""
    from xsource.bench.corpus import write_corpus
    from xsource.pipeline import Settings, run

    folder = write_corpus(tmp_path / "corpus", 200)
    comparison = run([str(folder)], Settings(backend="glossary", workspace=tmp_path / "ws"))
    sizes = sorted(comparison.stories["article_ids"].list.len().to_list(), reverse=True)
    assert sizes == [156, 44]


def test_stories_two_months_apart_do_not_chain_on_a_shared_date(tmp_path):
    """The September Torkham closure reopened on 15 September; November articles count
    returnees "since 15 September". That date, Torkham and Nangarhar gave weak links across
    the two stories; published two months apart, they stay two stories."""
    from dataclasses import replace
    from pathlib import Path

    from xsource.pipeline import Settings, analyze, ingest, load_glossary

    root = Path(__file__).parent
    settings = Settings(backend="glossary", workspace=tmp_path)
    glossary = load_glossary(settings)
    items = analyze(ingest([str(root.parent / "samples" / "torkham-closure-2023"),
                            str(root / "data" / "heldout" / "returns-winter-2023")],
                           settings).articles, settings, glossary=glossary)
    closure = {i for i, it in enumerate(items) if it.article.date.startswith("2023-09")}
    assert len(closure) == 4 and len(items) == 12
    stories = group_stories(items, S)
    assert sorted((set(s.members) for s in stories), key=min) == sorted(
        [closure, set(range(12)) - closure], key=min)
    # without the guard (and with no event kinds to tell a closure from expulsions) the two
    # chain into one
    assert len(group_stories(items, replace(S, story_max_days_apart=10_000,
                                            story_kind_mentions=10_000))) == 1


def _attack(outlet: str, date: str):
    return article(outlet, "en", "Suicide bomber hits a convoy of Chinese engineers",
                   c("A suicide bomber rammed a convoy of Chinese engineers near Besham, killing "
                     "five Chinese nationals.", entities=("place.besham", "country.cn"),
                     numbers=[num(5, "five")]),
                   c("Prime Minister Shehbaz Sharif condemned the attack.",
                     entities=("person.shehbaz_sharif",), speaker="person.shehbaz_sharif"),
                   date=date)


def test_articles_published_months_apart_are_two_stories_however_alike():
    """Attacks on Chinese engineers in March and in October are told with the same names,
    toll and condemnation; even a link that strong does not make them one story once they
    were published more than `story_max_days_apart` apart."""
    from dataclasses import replace

    march = [_attack("Dawn", "2024-03-26"), _attack("Geo", "2024-03-27")]
    october = [_attack("Dawn", "2024-10-07"), _attack("Geo", "2024-10-08")]
    stories = group_stories(march + october, S)
    assert sorted(s.members for s in stories) == [(0, 1), (2, 3)]
    # an attack's coverage is a burst, so the attacks' own guard is lifted too
    assert len(group_stories(march + october, replace(
        S, story_max_days_apart=10_000, story_point_event_days=10_000))) == 1


def test_two_stories_of_one_week_sharing_only_their_dates_stay_apart(tmp_path):
    """The Herat earthquake and Pakistan's transit fee were reported in the same week of
    October 2023, and one Dari report of each wrote the same date and solar month: time
    alone is no subject, and the two folders stay two stories."""
    from pathlib import Path

    from xsource.pipeline import Settings, analyze, ingest, load_glossary

    heldout = Path(__file__).parent / "data" / "heldout"
    settings = Settings(backend="glossary", workspace=tmp_path)
    items = analyze(ingest([str(heldout / "herat-quake-2023"), str(heldout / "transit-fee-2023")],
                           settings).articles, settings, glossary=load_glossary(settings))
    folder = [Path(it.article.path).parent.name for it in items]
    assert _folders(group_stories(items, S), folder) == [["herat-quake-2023"],
                                                         ["transit-fee-2023"]]


@pytest.fixture(scope="module")
def desk_folder(tmp_path_factory):
    """Samples and four held-out stories in one folder (48 articles, 5 stories: the returns
    and the winter story are one)."""
    from pathlib import Path

    from xsource.pipeline import Settings, analyze, ingest, load_glossary

    root = Path(__file__).parent
    settings = Settings(backend="glossary", workspace=tmp_path_factory.mktemp("desk"))
    heldout = root / "data" / "heldout"
    items = analyze(ingest([str(root.parent / "samples"), *(str(heldout / name) for name in (
        "chaman-sit-in-2023", "returns-winter-2023", "herat-quake-2023",
        "daraban-attack-2023"))], settings).articles, settings, glossary=load_glossary(settings))
    return items, [Path(it.article.path).parent.name for it in items]


def _folders(stories, folder):
    return sorted(sorted({folder[i] for i in s.members}) for s in stories)


FIVE = [["afghan-returns-2023", "returns-winter-2023"], ["chaman-sit-in-2023"],
        ["daraban-attack-2023"], ["herat-quake-2023"], ["torkham-closure-2023"]]


def test_a_desk_folder_of_five_stories_groups_into_five(desk_folder):
    items, folder = desk_folder
    assert _folders(group_stories(items, S), folder) == FIVE


def test_a_weak_link_needs_a_subject_in_common(desk_folder):
    """The December attack met the November winter story on a date both recall (3
    November), a bare 19 and "Afghanistan": without the subject tests (of articles and of
    groups) it joins the returns."""
    from dataclasses import replace
    from unittest import mock

    import xsource.compare.stories as stories_module

    items, folder = desk_folder
    no_kinds = replace(S, story_kind_mentions=10_000)  # nor kinds of event to tell them apart
    with mock.patch.object(stories_module, "share_a_subject",
                           lambda keys, a, b, check: np.ones(len(a), dtype=bool)), \
            mock.patch.object(stories_module.GroupSubjects, "share", lambda self, x, y: True):
        joined = _folders(group_stories(items, no_kinds), folder)
    assert any("daraban-attack-2023" in story and len(story) > 1 for story in joined)


def test_a_glossary_term_is_no_subject_two_stories_share():
    """A cricket match whose hero spoke for the expelled Afghans and the Chaman sit-in of the
    same week share "border", Pakistan and dates: no subject."""
    import xsource.compare.subjects as subjects_module

    keys = [[("e:term_border", 1.0), ("e:country_pk", 1.0), ("dw:w105545", 1.0)],
            [("e:term_border", 1.0), ("e:country_pk", 1.0), ("dw:w105545", 1.0)],
            [("e:place_chaman", 1.0), ("e:term_border", 1.0)]]
    check = np.ones(2, dtype=bool)
    shared = subjects_module.share_a_subject(subjects_module.subject_keys(keys), np.array([0, 0]),
                                             np.array([1, 2]), check)
    assert shared.tolist() == [False, False]


def test_halves_of_one_story_that_linking_left_apart_are_joined():
    """Two groups (articles 0-1 and 2-3) whose average similarity over all four cross pairs
    reaches the minimum are one story; a third group (4-5) close to one article only is not.
    (The desk folder's expulsion story came in two halves before day ranges were read as
    dates; linking now joins it alone.)"""
    from types import SimpleNamespace

    from xsource.compare.sparse import UnionFind
    from xsource.compare.stories import _join_halves

    pairs = [(0, 1, 0.9), (2, 3, 0.9), (4, 5, 0.9),  # inside each group
             (0, 2, 0.2), (0, 3, 0.1), (1, 2, 0.1), (1, 3, 0.1),  # halves: average 0.125
             (3, 4, 0.3)]  # one pair of eight with the third group: average 0.0375
    cands = SimpleNamespace(a=np.array([p[0] for p in pairs]), b=np.array([p[1] for p in pairs]),
                            cosine=np.array([p[2] for p in pairs]))
    uf = UnionFind(6)
    for a, b, _ in pairs[:3]:
        uf.union(a, b)
    _join_halves(cands, uf, 6, S.story_average_link)
    root = uf.roots().tolist()
    assert root[0] == root[1] == root[2] == root[3]
    assert root[4] == root[5] != root[0]


def test_halves_published_months_apart_are_two_stories():
    """The same halves as above, published in March and in December (the Paktika strikes
    of March 2024 and those of December, whose reports recall March): two stories. Undated
    halves still join."""
    from types import SimpleNamespace

    from xsource.compare.sparse import UnionFind
    from xsource.compare.stories import _join_halves

    pairs = [(0, 1, 0.9), (2, 3, 0.9), (0, 2, 0.2), (0, 3, 0.1), (1, 2, 0.1), (1, 3, 0.1)]
    cands = SimpleNamespace(a=np.array([p[0] for p in pairs]), b=np.array([p[1] for p in pairs]),
                            cosine=np.array([p[2] for p in pairs]))
    march, december = 738963, 739245  # 2024-03-18, 2024-12-25 as ordinals
    for days, together in (([march, march, december, december], False),
                           ([march, march + 3, march + 5, march + 9], True),
                           ([-1, -1, december, december], True)):
        uf = UnionFind(4)
        uf.union(0, 1)
        uf.union(2, 3)
        _join_halves(cands, uf, 4, S.story_average_link, np.array(days), S.story_max_days_apart)
        root = uf.roots().tolist()
        assert (root[0] == root[2]) is together, days


def test_a_peripheral_article_joins_the_big_story_its_own_links_point_to(desk_folder):
    """Afghanistan International's winter piece links to a dozen articles of the expulsion
    story, yet is in none of their five best links: without the Daraban story beside them,
    the mutual-neighbour test alone leaves it a story of its own; its own best links, or the
    average link of the groups, bring it in. (Pajhwok's Herat quake piece was alone here too
    until its health-beat Pashto words and figure units read better, at d469fb9: now it is a
    mutual neighbour of the quake story.)"""
    from unittest import mock

    import xsource.compare.stories as stories_module

    items, folder = desk_folder
    four = [i for i, f in enumerate(folder) if f != "daraban-attack-2023"]
    items = [items[i] for i in four]
    with mock.patch.object(stories_module, "_strays_to_their_neighbours",
                           lambda *args, **kw: np.zeros(0, dtype=np.int64)), \
            mock.patch.object(stories_module, "_join_halves", lambda *args: None):
        alone = [s for s in group_stories(items, S) if len(s.members) == 1]
    assert [items[s.members[0]].article.outlet for s in alone] == ["Afghanistan International"]
    with mock.patch.object(stories_module, "_join_halves", lambda *args: None):
        assert len(group_stories(items, S)) == 4  # its own best links bring it in
    with mock.patch.object(stories_module, "_strays_to_their_neighbours",
                           lambda *args, **kw: np.zeros(0, dtype=np.int64)):
        # ...and so does the average link of the groups
        assert not [s for s in group_stories(items, S) if len(s.members) == 1]


def test_a_label_from_an_english_claim_leaves_its_dateline_out():
    untitled = [article("Dawn", "en", "", c("ISLAMABAD: Police rounded up Afghans in the "
                                            "capital on Monday.")),
                article("Tribune", "en", "", c("ISLAMABAD: Police detained Afghans in the "
                                               "capital on Monday."))]
    labels = [s.label for s in group_stories(untitled, S)]
    assert labels and not any(label.startswith("ISLAMABAD") for label in labels)


@pytest.mark.parametrize("pair", [
    # The Kunar earthquake and the deportations of card holders were reported in one week
    # from the same provinces (Kunar, Nangarhar, Torkham) and dates: each side names its
    # kind of event again and again and the other never does.
    ["kunar-quake-2025", "por-deportations-2025"],
    # The Zhob garrison attack (12 July 2023) and the Bajaur rally bombing (30 July) share
    # the TTP, Khyber Pakhtunkhwa, the army and the month; an attack is reported within
    # days of it, so two attacks eighteen days apart are two events.
    ["bajaur-rally-2023", "zhob-garrison-2023"],
])
def test_two_events_of_one_region_and_season_stay_two_stories(pair, tmp_path):
    """What happened, and when it was reported, tells apart two held-out stories that share
    the beat's places, groups and dates."""
    from pathlib import Path

    from xsource.pipeline import Settings, analyze, ingest, load_glossary

    heldout = Path(__file__).parent / "data" / "heldout"
    settings = Settings(backend="glossary", workspace=tmp_path)
    items = analyze(ingest([str(heldout / name) for name in pair], settings).articles,
                    settings, glossary=load_glossary(settings))
    folder = [Path(it.article.path).parent.name for it in items]
    assert _folders(group_stories(items, S), folder) == [[pair[0]], [pair[1]]]


def _week_in_nangarhar(outlet, lang, title, lede, more):
    places = ("place_nangarhar", "place_kandahar", "country_pk", "country_af")
    return article(outlet, lang, title,
                   c(lede, entities=places, dates=[day("2024-06-25")]),
                   c(more, entities=places[:2], numbers=[num(450, "450")]),
                   date="2024-06-26")


def test_a_heatwave_and_a_cricket_match_of_one_week_are_two_stories():
    """Same week, same provinces, the same date and figure: only what happened differs."""
    told = {
        "Heatwave grips the south": (
            ("Dawn", "en", "The heatwave pushed temperatures past 47 in Kandahar.",
             "Heat stroke wards filled in Nangarhar as the heat held."),
            ("Tolo News", "prs", "wave heat in Kandahar temperature 47 degree reached",
             "hospitals Nangarhar from heat stroke full became heat continued")),
        "Afghanistan reach the semi-final": (
            ("Geo", "en", "Afghanistan's bowlers took three wickets as Kandahar cheered.",
             "Fans in Nangarhar danced after the last wicket fell in the cricket match."),
            ("Pajhwok", "ps", "of Afghanistan bowlers three wickets took Kandahar celebrated",
             "Nangarhar in fans of cricket after last wicket danced"))}
    items = [_week_in_nangarhar(outlet, lang, title, lede, more)
             for title, outlets in told.items() for outlet, lang, lede, more in outlets]
    stories = group_stories(items, S)
    assert sorted(s.members for s in stories) == [(0, 1), (2, 3)]


def test_an_event_kind_named_by_both_articles_keeps_them_one_story():
    """A deportation story that recalls the quake ("returnees from the earthquake zone")
    is not told apart from the quake story: only kinds the other never names separate."""
    from xsource.compare.kinds import different_events, event_kinds

    quake = article("Dawn", "en", "Earthquake in Kunar",
                    c("The earthquake of magnitude 6 struck Kunar; aftershocks followed."))
    returns = article("Geo", "en", "Deportations go on",
                      c("Returnees were deported to Torkham, deportations went on."),
                      c("Some deported families were from the earthquake zone."))
    cricket = article("Geo", "en", "Wickets fall", c("Three wickets fell in the innings."))
    kinds = event_kinds([quake, returns, cricket], lead_claims=6, mentions=2)
    apart = different_events(kinds, np.array([0, 0, 1]), np.array([1, 2, 2]))
    assert apart.tolist() == [False, True, True]


def test_only_attacks_reported_far_apart_are_told_apart_by_their_days():
    from xsource.compare.kinds import event_kinds, point_events
    from xsource.compare.stories import _published_close

    def attack(date):
        return article("Dawn", "en", "Blast", c("A suicide bomber attacked the rally; the "
                                                "blast killed 40."), date=date)

    def talks(date):
        return article("Geo", "en", "Talks", c("The talks resumed; negotiators met."),
                       date=date)

    items = [attack("2023-07-12"), attack("2023-07-15"), attack("2023-07-30"),
             talks("2023-07-12"), talks("2023-07-30")]
    kinds = event_kinds(items, lead_claims=6, mentions=2)
    days = np.array([day_number(it.article.date) for it in items])
    a, b = np.array([0, 0, 3]), np.array([1, 2, 4])
    apart = point_events(kinds, a, b) & ~_published_close(days, a, b, 7)
    # three days apart: one attack's coverage; eighteen: two attacks; talks run for weeks
    assert apart.tolist() == [False, True, False]


def test_a_bus_crash_and_a_sit_in_of_one_week_are_two_events():
    """Returnees' bus overturned on the Torkham road; traders staged a sit-in at the border
    the same week. The word-by-word English of the Urdu and Dari reports names the crash
    ("overturned", from الٹ گئی and واژگون) and the sit-in as the English ones do."""
    from xsource.compare.kinds import different_events, event_kinds
    from xsource.translate.glossary_backend import lexicon

    assert lexicon()["ur"][("الٹ", "گئی")] == "overturned"
    assert lexicon()["prs"][("واژگون",)] == "overturned"
    crash = article("Geo", "ur", "bus", c("one passenger bus overturned, several killed"),
                    c("accident after the injured taken to hospital"))
    crash_dari = article("Etilaatroz", "prs", "bus", c("one bus passenger overturned and the "
                                                       "accident killed several"))
    sit_in = article("Dawn", "en", "Sit-in", c("Traders continued their sit-in at the border."),
                     c("The protest began on October 21, protesters said."))
    kinds = event_kinds([crash, crash_dari, sit_in], lead_claims=6, mentions=2)
    apart = different_events(kinds, np.array([0, 0]), np.array([1, 2]))
    assert apart.tolist() == [False, True]


def test_an_outlet_named_in_the_text_is_no_story_key():
    """"told VOA" names who reported: VOA Urdu's Gwadar attack and VOA Deewa's Kandahar
    bombing of the same day met on it as a subject both stories share."""
    from xsource.compare.stories import story_keys
    from xsource.compare.text import media_words

    voa = article("VOA Urdu", "ur", "t", c("attackers port complex entered, officials told VOA",
                                           entities=("org.voa", "place.gwadar")))
    media = media_words(["VOA Urdu", "VOA Deewa"])
    assert [k for k, _ in story_keys(voa, S, media) if k.startswith("e:")] == ["e:place_gwadar"]
    assert "e:org_voa" in dict(story_keys(voa, S))  # without the run's outlets, a name


def _attack_at(outlet: str, place: str, name: str, date: str, lang: str = "en"):
    where = ("place." + place,)
    return article(outlet, lang, f"Attack in {name}",
                   c(f"Militants attacked a convoy in {name}; the suicide attack killed five "
                     "Chinese engineers working on CPEC projects.",
                     entities=where + ("demonym.chinese", "org.bla"), numbers=[num(5, "five")]),
                   c(f"Police in {name} said the attacker rammed an explosives-laden car into "
                     "the convoy.", entities=where),
                   c(f"Security was tightened across {name} after the attack.", entities=where),
                   c("Prime Minister Shehbaz Sharif condemned the attack on Chinese nationals.",
                     entities=("person.shehbaz_sharif", "demonym.chinese"),
                     speaker="person.shehbaz_sharif"),
                   date=date)


def test_two_attacks_of_one_week_in_places_apart_are_two_stories():
    """The Gwadar port attack (20 March 2024) and the Besham convoy bombing (26 March) were
    told with the same Chinese victims, CPEC, the BLA and the prime minister's condemnation;
    each report is about its own place, and Gwadar and Besham lie in none of each other."""
    items = [_attack_at("Dawn", "gwadar", "Gwadar", "2024-03-21"),
             _attack_at("Geo", "gwadar", "Gwadar", "2024-03-21", "ur"),
             _attack_at("Dawn", "besham", "Besham", "2024-03-26"),
             _attack_at("Pajhwok", "shangla", "Shangla", "2024-03-27", "ps")]
    stories = group_stories(items, S)
    # Besham lies in Shangla: two reports of one attack, whichever place each names
    assert sorted(s.members for s in stories) == [(0, 1), (2, 3)]


def test_places_apart_need_both_reports_about_a_place_and_neither_naming_the_other_s():
    from xsource.compare.stories import _places_apart

    dasu = article("Express", "en", "Dasu workers killed",
                   c("The engineers killed near Besham worked on the Dasu dam.",
                     entities=("place.besham", "place.dasu")),
                   c("Work at Dasu was suspended.", entities=("place.dasu",)),
                   c("Dasu's Chinese staff were flown out.", entities=("place.dasu",)),
                   date="2024-03-27")
    items = [_attack_at("Dawn", "gwadar", "Gwadar", "2024-03-21"),
             _attack_at("Dawn", "besham", "Besham", "2024-03-26"),
             article("Geo", "en", "Attack", c("Militants attacked a convoy, killing five.")),
             _attack_at("Dawn", "shangla", "Shangla", "2024-03-26"),
             dasu]
    a, b = np.array([0, 0, 1, 1, 4, 4]), np.array([1, 2, 3, 0, 1, 0])
    check = np.array([True, True, True, False, True, True])
    # Dasu is no place in or around Besham, but the Dasu report names Besham
    assert _places_apart(items, a, b, check).tolist() == [True, False, False, False, False,
                                                          True]


def test_an_outlet_named_by_its_initials_or_its_glossary_entry_is_the_run_s_outlet():
    """The glossary's org.voa is the run's "Voice of America", org.afghanistan_international
    its "Afghanistan International" (the entry was org.afintl, whose one word is no
    outlet's: the stoning decree and the Ghazni executions met on it as a subject)."""
    from xsource.compare.text import is_media, media_words

    media = media_words(["Voice of America", "Afghanistan International", "Dawn"])
    assert is_media("org.voa", media) and is_media("org.afghanistan_international", media)
    assert not is_media("org.unhcr", media) and not is_media("org.afintl", media)
    assert not is_media("org.voa", media_words(["Dawn", "Geo News"]))


def test_a_decree_of_stoning_and_a_bombing_of_one_week_are_two_events():
    """The Taliban leader's stoning decree (March 2024) and the Kandahar bank bombing of its
    week met on a date both name; Pashto سنګسار now reads "stoning"."""
    from xsource.compare.kinds import different_events, event_kinds
    from xsource.translate.glossary_backend import lexicon

    assert lexicon()["ps"][("سنګسار",)] == "stoning"
    decree = article("BBC Pashto", "ps", "t", c("leader said women stoning will, flogging and "
                                                "stoning of Islamic law punishment is"))
    bombing = article("Dawn", "en", "Blast", c("A suicide bomber attacked a bank in Kandahar; "
                                               "the blast killed 21."))
    executions = article("AP", "en", "Executions", c("Two men were executed in a stadium; the "
                                                     "court said qisas punishment was carried out."))
    kinds = event_kinds([decree, bombing, executions], lead_claims=6, mentions=2)
    assert different_events(kinds, np.array([0, 0]), np.array([1, 2])).tolist() == [True, False]


def test_a_city_abroad_where_talks_are_held_is_no_anchor():
    """Doha, Beijing, New York...: where a story happens (`text.VENUES`), named in many of its
    facts. As anchors they drew Qatar's monitoring mechanism into the Doha ceasefire's
    sentences and Noorzai's arrival in New York into his New York court's."""
    from xsource.compare.text import is_specific_entity

    assert not is_specific_entity("place.doha") and not is_specific_entity("place.new_york")
    assert is_specific_entity("place.torkham") and is_specific_entity("place.gwadar")


@pytest.mark.parametrize("first, second", [
    ("ghazni-executions-2024", "stoning-decree-2024"),
    ("embassy-upgrade-2025", "russia-recognition-2025"),
])
def test_stories_a_month_apart_stay_two_stories(tmp_path, first, second):
    """Ghazni's public executions (22 February 2024) and the stoning decree (27 March) share
    Ghazni, the Taliban's courts and the rights groups' protest; the embassy upgrade (30 May
    2025) and Russia's recognition of the Taliban (3 July) share their diplomats. Weakly
    linked and published a month apart, each pair stays two stories."""
    items, _ = _held_out_pair(tmp_path, first, second)
    months = {it.article.date[:7] for it in items}
    assert len(months) == 2 and len(items) == 16
    stories = group_stories(items, S)
    assert sorted(sorted({items[i].article.date[:7] for i in s.members}) for s in stories) == [
        [m] for m in sorted(months)]


@pytest.mark.parametrize("first, second", [
    ("bannu-attack-2025", "torkham-clash-2025"),
    # the university ban (20 December 2022) and the NGO ban (24 December): the UN condemned
    # both, and is no subject (`subjects._NO_SUBJECT`)
    ("university-ban-2022", "ngo-women-ban-2022"),
    ("chaman-shelling-2022", "longan-hotel-attack-2022"),
])
def test_stories_of_one_week_that_share_no_subject_stay_apart(tmp_path, first, second):
    """The Bannu cantonment attack and the Torkham clash of one week met on Barmal, the
    Chaman shelling and the Longan hotel attack on the Foreign Office: what a few of their
    articles name. Each story's articles share their subject, and no key is held by a third
    of both stories: two stories (`GroupSubjects`)."""
    items, first_size = _held_out_pair(tmp_path, first, second)
    assert sorted(s.members for s in group_stories(items, S)) == [
        tuple(range(first_size)), tuple(range(first_size, len(items)))]


def test_groups_join_only_on_a_subject_a_third_of_each_holds():
    from xsource.compare.sparse import UnionFind
    from xsource.compare.subjects import GroupSubjects

    ispr, acb, peshawar = "e:org_ispr", "e:org_acb", "e:place_peshawar"
    subjects = GroupSubjects([[ispr, peshawar], [ispr], [ispr], [ispr],
                              [acb], [acb], [acb], [acb, peshawar], [peshawar]])
    uf = UnionFind(9)
    for a, b in ((0, 1), (1, 2), (2, 3), (4, 5), (5, 6), (6, 7)):
        assert subjects.join(uf, a, b)
    # Peshawar: one of four in each group
    assert subjects.join(uf, 0, 4) is False and uf.find(0) != uf.find(4)
    # a lone article joins on anything (the article-level tests judged it)
    assert subjects.join(uf, 8, 0) and uf.find(8) == uf.find(0)
    # two of five now hold Peshawar, still one of four in the other group
    assert subjects.join(uf, 0, 4) is False
    assert subjects.join(uf, 0, 4, check=False) and uf.find(0) == uf.find(4)


def test_an_attack_a_week_after_another_is_another_story(tmp_path):
    """The Kandahar mosque bombing (15 October 2021) came a week after Kunduz's (8 October):
    both Islamic State attacks on Shia worshippers at Friday prayers, and Kandahar's reports
    recall Kunduz by name. Two stories (`story_point_event_days`)."""
    items, first_size = _held_out_pair(tmp_path, "kunduz-mosque-2021", "kandahar-mosque-2021")
    assert sorted(s.members for s in group_stories(items, S)) == [
        tuple(range(first_size)), tuple(range(first_size, len(items)))]


def test_a_verdict_and_an_election_nine_days_on_are_two_stories(tmp_path):
    """Imran Khan's cipher verdict (30 January 2024) and the election (8 February) share
    him, his party and the dates each recalls; every cipher article is about a court and
    every election article about the vote, which only half the cipher articles name: two
    stories (`GroupSubjects`, event kinds asked of groups)."""
    items, first_size = _held_out_pair(tmp_path, "cipher-verdict-2024", "pakistan-election-2024")
    assert sorted(s.members for s in group_stories(items, S)) == [
        tuple(range(first_size)), tuple(range(first_size, len(items)))]


def test_groups_mostly_about_two_kinds_of_event_stay_apart():
    from xsource.compare.sparse import UnionFind
    from xsource.compare.subjects import GroupSubjects

    imran = "e:person_imran_khan"
    court = [imran, "k+:court", "k:court"]
    vote = [imran, "k+:election", "k:election"]
    # one election report of three recalls the verdict: enough that neither kind is one
    # the other group seldom names (`test_a_group_about_a_kind_the_other_seldom_names...`)
    subjects = GroupSubjects([court, court + ["k:election"], court, vote + ["k:court"], vote,
                              vote])
    uf = UnionFind(6)
    for a, b in ((0, 1), (1, 2), (3, 4), (4, 5)):
        assert subjects.join(uf, a, b)
    assert subjects.join(uf, 0, 3) is False  # one verdict article of three names the vote
    both = GroupSubjects([court, court + ["k:election"], court + ["k:election"],
                          vote + ["k:court"], vote, vote])
    uf = UnionFind(6)
    for a, b in ((0, 1), (1, 2), (3, 4), (4, 5)):
        both.join(uf, a, b)
    assert both.join(uf, 0, 3)  # two of three do: the verdict story tells the election too


def test_an_attack_and_a_stampede_no_report_calls_an_attack_are_two_stories(tmp_path):
    """The Abbey Gate bombing (26 August 2021) and the airport stampede ten days before
    share the airport, Kabul's Taliban and the evacuation; every bombing article is about
    an attack and no stampede article names one (`GroupSubjects`, one-sided kinds)."""
    items, first_size = _held_out_pair(tmp_path, "abbey-gate-bombing-2021",
                                       "kabul-airport-chaos-2021")
    assert sorted(s.members for s in group_stories(items, S)) == [
        tuple(range(first_size)), tuple(range(first_size, len(items)))]


def test_a_war_s_front_is_a_kind_of_event():
    """The Panjshir offensive (6 September 2021) shares the airport and Zabihullah Mujahid
    with the Abbey Gate bombing of eleven days before, and two of its eight reports recall an
    attack; it is about a war's front (offensive, battle, resistance, captured), which no
    bombing report names: two stories (`GroupSubjects`, on the held-out pile)."""
    from xsource.compare.kinds import KIND_BITS, event_kinds

    front = article("TOLOnews", "en", "Taliban claim Panjshir",
                    c("The Taliban said their offensive had captured Bazarak after a week of "
                      "battle; the resistance said the battle goes on."))
    bombing = article("Dawn", "en", "Blast at the airport",
                      c("A suicide bomber attacked the crowd at Abbey Gate; the blast killed "
                        "170."))
    kinds = event_kinds([front, bombing], lead_claims=6, mentions=2)
    assert kinds.about[0] & KIND_BITS["fighting"] and not kinds.named[1] & KIND_BITS["fighting"]
    assert kinds.about[1] & KIND_BITS["attack"] and not kinds.about[0] & KIND_BITS["attack"]


def test_a_group_about_a_kind_the_other_seldom_names_stays_apart():
    from xsource.compare.sparse import UnionFind
    from xsource.compare.subjects import GroupSubjects

    airport = "e:place_kabul_airport"
    bombing = [airport, "k+:attack", "k:attack"]
    stampede = [airport]

    def joined(second_group):
        subjects = GroupSubjects([bombing] * 4 + second_group)
        uf = UnionFind(4 + len(second_group))
        for a in range(1, 4 + len(second_group)):
            if a != 4:
                assert subjects.join(uf, a - 1, a)
        return subjects.join(uf, 0, 4)

    assert joined([stampede] * 8) is False
    assert joined([stampede + ["k:attack"]] + [stampede] * 7) is False  # one in eight
    assert joined([stampede + ["k:attack"]] * 2 + [stampede] * 6)  # a quarter recall it


def test_groups_both_about_one_kind_join_though_one_is_about_another_too():
    """Flood aid: half the reports are about the floods and the displaced (an expulsion
    kind), half about the floods alone; the floods make them one story."""
    from xsource.compare.sparse import UnionFind
    from xsource.compare.subjects import GroupSubjects

    aid = "e:org_ndma"
    displaced = [aid, "k+:flood", "k:flood", "k+:expulsion", "k:expulsion"]
    floods = [aid, "k+:flood", "k:flood"]
    subjects = GroupSubjects([displaced] * 4 + [floods] * 4)
    uf = UnionFind(8)
    for a, b in ((0, 1), (1, 2), (2, 3), (4, 5), (5, 6), (6, 7)):
        assert subjects.join(uf, a, b)
    assert subjects.join(uf, 0, 4)


def _held_out_pair(tmp_path, first: str, second: str):
    """Two held-out folders analysed as one run: (articles, how many came from the first)."""
    from pathlib import Path

    from xsource.pipeline import Settings, analyze, ingest, load_glossary

    root = Path(__file__).parent / "data" / "heldout"
    settings = Settings(backend="glossary", workspace=tmp_path)
    found = [ingest([str(root / name)], settings).articles for name in (first, second)]
    return (analyze([*found[0], *found[1]], settings, glossary=load_glossary(settings)),
            len(found[0]))
