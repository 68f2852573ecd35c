"""Where and how a figure was counted: districts apart, places inside places, and tallies
over several operations are told apart before two figures are read as one quantity."""

from __future__ import annotations

import pytest

from tests.compare_fixtures import article, c, num
from xsource.compare import CompareSettings
from xsource.compare.figures import same_quantity
from xsource.compare.measurement import tally
from xsource.compare.places import WITHIN, around
from xsource.glossary import load_glossaries

S = CompareSettings()


def claim(text_en: str, value: float, *places: str):
    item = article("Desk", "en", "t", c(text_en, numbers=[num(value)], entities=places),
                   date="2023-12-13")
    return item.claims[0]


def same(a, b) -> bool:
    return same_quantity(a, a.numbers[0], b, b.numbers[0], S)


def test_tallies_of_districts_apart_are_two_quantities():
    tank = claim("Security forces killed 27 militants in Tank and Lakki Marwat districts.",
                 27, "place.tank", "place.lakki_marwat")
    waziristan = claim("Security forces killed 17 militants in North Waziristan.",
                       17, "place.north_waziristan")
    assert not same(tank, waziristan)


def test_a_place_inside_the_other_is_the_same_quantity():
    landi_kotal = claim("1,200 people were held in Landi Kotal.", 1200, "place.landi_kotal")
    province = claim("1,250 people were held in Khyber Pakhtunkhwa.", 1250,
                     "place.khyber_pakhtunkhwa")
    torkham = claim("1,300 people were held near Torkham.", 1300, "place.torkham")
    crossed = claim("1,300 people crossed at Torkham.", 1300, "place.torkham")
    nangarhar = claim("1,400 people crossed into Nangarhar.", 1400, "place.nangarhar")
    assert same(landi_kotal, province)
    assert same(torkham, province)  # Torkham lies in Landi Kotal, in Khyber, in KP
    assert same(crossed, nangarhar)  # a crossing lies on both sides of the line


def test_capitals_that_stand_for_governments_never_set_figures_apart():
    islamabad = claim("Islamabad says 1.7 million Afghans are undocumented.", 1_700_000,
                      "place.islamabad")
    karachi = claim("Nearly 1.8 million Afghans are undocumented, officials in Karachi said.",
                    1_800_000, "place.karachi")
    assert same(islamabad, karachi)


def test_one_place_named_on_one_side_only_still_compares():
    named = claim("Militants killed 23 soldiers in Daraban.", 23, "place.daraban")
    bare = claim("The attack killed 25 soldiers.", 25)
    assert same(named, bare)


@pytest.mark.parametrize("text, is_tally", [
    ("Security forces killed 27 militants in intelligence-based operations.", True),
    ("12 terrorists were killed in various operations this week.", True),
    ("At least 14 soldiers were killed in attacks in November.", True),
    ("All six attackers were killed in the ensuing clearance operation.", False),
    ("The attack killed 23 soldiers.", False),
    ("The attack, one of the deadliest attacks this year, killed 23 soldiers.", False),
    # hours of fighting, word by word ("د څو ساعته نښتې"): one clash, no tally
    ("officials said that of several hours clashes in tardz their ten attacker killed is.", False),
])
def test_a_sum_over_several_operations_is_a_tally(text, is_tally):
    assert tally(text) is is_tally


def test_a_tally_never_meets_the_toll_of_one_operation():
    several = claim("Security forces killed 27 militants in intelligence-based operations.", 27)
    one = claim("All six attackers were killed in the ensuing clearance operation.", 6)
    another = claim("Security forces killed 20 militants in raids over the past week.", 20)
    assert not same(several, one)
    assert same(several, another)


def test_every_place_in_the_containment_table_is_a_glossary_place():
    places = {e for e in load_glossaries().entries if e.startswith("place.")}
    named = set(WITHIN) | {p for parents in WITHIN.values() for p in parents}
    assert named - places == set()
    assert "place.khyber_pakhtunkhwa" in around("place.daraban")


def test_equipment_to_treat_patients_counts_no_one_injured():
    injured = claim("Over 9,000 others had been injured.", 9000)
    equipment = claim("WHO delivered medical equipment to treat 10,000 patients.", 10000)
    assert not same(injured, equipment)


def _dated(outlet: str, text: str, places: tuple, when: dict):
    from dataclasses import replace

    from xsource.records import DateMention

    item = article(outlet, "en", "t", c(text, entities=places), date="2023-12-13")
    base = item.claims[0]
    dates = tuple(DateMention(value, said, "gregorian", base.start + text.index(said),
                              base.start + text.index(said) + len(said))
                  for said, value in when.items())
    return replace(base, dates=dates)


def test_two_attacks_dated_in_one_sentence_are_not_one_date_told_two_ways():
    from xsource.compare.classify import classify_cluster

    dawn = _dated("Dawn", "Last month, 14 soldiers were martyred when militants ambushed two "
                  "military vehicles in Gwadar district, while nine attackers were killed in an "
                  "assault on the PAF training base in Mianwali on November 4.",
                  ("place.gwadar", "place.mianwali"), {"November 4": "2023-11-04"})
    tribune = _dated("Tribune", "Last month, 14 soldiers lost their lives in an ambush in "
                     "Gwadar on November 3, a day before militants attacked the Pakistan Air "
                     "Force training base in Mianwali.", ("place.gwadar", "place.mianwali"),
                     {"November 3": "2023-11-03"})
    geo = _dated("Geo", "Gwadar ambush on 5 November killed 14 soldiers.", ("place.gwadar",),
                 {"5 November": "2023-11-05"})
    assert "date" not in classify_cluster([dawn, tribune], S).kinds
    assert classify_cluster([tribune, geo], S).kinds == ("date",)  # both Gwadar's


def test_running_totals_so_far_are_one_count_whether_or_not_one_names_the_raids():
    """Sialkot: "so far 118 people have been arrested during raids" (Independent Urdu) and
    "so far 131 people have been arrested in connection with the incident" (Afghanistan
    International) are one total told two ways; a toll of one raid is still apart."""
    raids = claim("During raids so far 118 people have been arrested, police said.", 118)
    total = claim("So far 131 people have been arrested in connection with the incident.", 131)
    one_raid = claim("Police arrested 40 people in one night.", 40)
    assert same(raids, total)
    assert not same(raids, one_raid)


def test_tallies_over_a_month_and_over_a_week_are_two_counts():
    month = claim("Security forces killed 27 militants in various operations in November.", 27)
    week = claim("Security forces killed 12 militants in various operations this week.", 12)
    glossed = claim("army said that of November in month in various areas in operations 25 "
                    "militants killed is.", 25)
    assert not same(month, week)
    assert not same(glossed, week)  # word-by-word "November in month" (د نومبر په میاشت کې)
    assert same(month, glossed)


def test_a_place_named_only_in_the_attribution_frame_counts_no_one_there():
    peshawar = claim("Officials in Peshawar said 1.7 million undocumented Afghans must leave.",
                     1_700_000, "place.peshawar")
    karachi = claim("Nearly 1.8 million undocumented Afghans must leave, officials in Karachi "
                    "said.", 1_800_000, "place.karachi")
    assert same(peshawar, karachi)


def test_afghans_in_pakistan_and_in_iran_are_two_counts():
    """Radio Azadi: 4.4 million Afghans live "in this country" (Pakistan); Afghanistan
    International: Iranian officials say more than 5 million live "in this country"."""
    pakistan = claim("Pakistan has hosted Afghans since 1979 and around 4.4 million Afghans "
                     "live in this country.", 4.4e6, "country.pk")
    iran = claim("Iranian officials said more than 5 million Afghan refugees live in this "
                 "country.", 5e6, "demonym.iranian")
    pakistani = claim("Pakistani officials say about 4.4 million Afghans live in the country.",
                      4.4e6, "demonym.pakistani")
    assert not same(pakistan, iran)
    assert same(pakistan, pakistani)


def test_a_sentence_naming_both_hosts_counts_its_figure_in_its_clause_s_host():
    """Express News, word by word: "not only Pakistan but neighbouring Iran too is deporting
    Afghans, according to Iranian officials 450,000 ..." is Iran's count, not Dawn's 327,000
    returned from Pakistan; where the English lost the figure, the original's clause says."""
    dawn = claim("More than 327,000 Afghans have gone back from Pakistan since Sept 15.",
                 327_000, "country.pk")
    both = claim("Not only Pakistan but neighbouring Iran too is deporting Afghans, Iranian "
                 "officials say 450,000 have been sent back.", 450_000, "country.pk",
                 "country.ir", "demonym.iranian")
    assert not same(dawn, both)
    lost = article("Express", "ur", "t", c(
        "only Pakistan only not rather neighbouring country Iran also deportation has done, "
        "Iranian officials according to in and a half four lakh return go.",
        text="صرف پاکستان ہی نہیں بلکہ پڑوسی ملک ایران بھی ملک بدر کر رہا ہے، ایرانی حکام کے "
             "مطابق ساڑھے چار لاکھ واپس جا چکے ہیں۔",
        numbers=[num(450_000, "ساڑھے چار لاکھ")],
        entities=("country.pk", "country.ir", "demonym.iranian"))).claims[0]
    assert not same(dawn, lost)


def test_a_road_named_by_the_towns_it_joins_is_no_place_two_crashes_share():
    """Bus-crash blind story: 21 killed in Gereshk, Helmand and 16 killed in Zabul, both "on
    the Kabul-Kandahar highway" (Dari word by word: "highway Kabul – Kandahar"), are two
    crashes; the road's towns are where it runs, not where either happened."""
    helmand = claim("In August, 21 people were killed when a bus collided with a tanker on the "
                    "Kabul-Kandahar highway in Helmand province.", 21, "place.kabul",
                    "place.kandahar", "place.helmand")
    zabul = claim("A collision on the Kabul-Kandahar highway in southern Zabul province killed "
                  "16 people.", 16, "place.kabul", "place.kandahar", "place.zabul")
    ghazni = claim("collision two vehicle passenger in highway Kabul – Kandahar in province "
                   "Ghazni at least 14 killed.", 14, "place.kabul", "place.kandahar",
                   "place.ghazni")
    assert not same(helmand, zabul)
    assert not same(helmand, ghazni)
    # ...but a town named for itself still counts: Kandahar's 18 against Kandahar's 21
    in_kandahar = claim("A bus crash in Kandahar killed 18 people.", 18, "place.kandahar")
    assert same(in_kandahar, claim("21 people were killed in Kandahar city.", 21,
                                   "place.kandahar"))


def test_one_figure_in_a_sentence_of_places_apart_is_counted_in_the_nearest():
    """Quetta blind story: "In Peshawar, police have arrested more than 1,500 Afghans, while an
    operation in Karachi's Sohrab Goth ..." is Peshawar's count, not Karachi's 2,000; a
    figure "at Torkham and at Spin Boldak" is counted at both."""
    peshawar = claim("In Peshawar, police have arrested more than 1,500 Afghans since Nov 1, "
                     "while an operation in Karachi's Sohrab Goth led to dozens of arrests.",
                     1500, "place.peshawar", "place.karachi", "place.sohrab_goth")
    karachi = claim("In Karachi, police have so far arrested 2,000 Afghans, while an "
                    "operation in Peshawar's Board Bazaar saw dozens taken away.", 2000,
                    "place.karachi", "place.peshawar", "place.board_bazaar")
    assert not same(peshawar, karachi)
    both = claim("IOM has assisted 25,000 returnees at Torkham and at Spin Boldak.", 25000,
                 "place.torkham", "place.spin_boldak")
    kandahar = claim("IOM said 24,000 returnees were assisted in Spin Boldak.", 24000,
                     "place.spin_boldak")
    assert same(both, kandahar)


def test_the_frames_place_counts_when_the_statement_says_this_province():
    kandahar = claim("Officials of Kandahar told Pajhwok that in this province 1,800 teams "
                     "take part.", 1800, "place.kandahar")
    nangarhar = claim("Officials of Nangarhar said that in this province 2,100 teams take "
                      "part.", 2100, "place.nangarhar")
    assert not same(kandahar, nangarhar)


def test_a_capital_is_a_place_where_figures_are_counted_in_it():
    kabul = claim("Only in Kabul more than 3 thousand teams are active.", 3000, "place.kabul")
    kandahar = claim("In Kandahar 1,800 teams are active.", 1800, "place.kandahar")
    assert not same(kabul, kandahar)
    # ...but the capital that speaks is its government, never a place apart
    speaks = claim("Kabul said 3,000 teams are active.", 3000, "place.kabul")
    assert same(speaks, kandahar)


def test_a_count_for_the_whole_country_is_not_one_provinces():
    country = claim("The number of polio cases reported in the country this year has risen to "
                    "41, one each from Sindh and Balochistan.", 41,
                    "place.sindh", "place.balochistan")
    province = claim("Balochistan has reported 24 cases, the most of any province.", 24,
                     "place.balochistan")
    assert not same(country, province)
    nationwide = claim("This year so far 39 cases have been reported in the country.", 39)
    assert same(country, nationwide)
    # word-by-word Dari drops the article: "in country" (در کشور)
    dari = claim("The number of polio cases reported in country this year has risen to 41, one "
                 "each from Sindh and Balochistan.", 41, "place.sindh", "place.balochistan")
    assert not same(dari, province)


def test_dates_or_figures_of_two_third_countries_are_apart():
    from xsource.compare.places import apart

    def country_claim(text, *countries):
        return article("Desk", "en", "t", c(text, entities=countries), date="2023-10-23").claims[0]

    south_africa = country_claim("Pakistan next face South Africa on 27 October.",
                                 "country.pk", "country.za")
    sri_lanka = country_claim("Afghanistan play Sri Lanka in Pune on 30 October.",
                              "country.af", "country.lk")
    both = country_claim("Pakistan face South Africa on Friday and Afghanistan play Sri Lanka "
                         "on Oct. 30.", "country.pk", "country.za", "country.af", "country.lk")
    assert apart(south_africa, sri_lanka)
    assert not apart(south_africa, both)


def test_a_sentence_naming_no_place_counts_in_the_place_its_article_is_about():
    """Quetta blind story: The Express Tribune's "about 700 people had been taken into custody
    in the operation so far" (an article on Quetta's raids) is not Dawn's "In Peshawar, police
    have arrested more than 1,500"; another outlet's figure for Quetta is still its rival, and
    an article naming places evenly has no place of its own."""
    from dataclasses import replace

    from xsource.compare.places import article_place

    quetta_story = [claim("Police raided Afghan homes in Quetta.", 1, "place.quetta"),
                    claim("Raids continued in Quetta on Monday.", 1, "place.quetta"),
                    claim("Quetta's police chief defended the raids.", 1, "place.quetta"),
                    claim("Afghans in Balochistan fear more raids.", 1, "place.balochistan")]
    assert article_place(quetta_story) == "place.quetta"
    custody = replace(claim("About 700 people had been taken into custody in the operation so "
                            "far.", 700), article_place=article_place(quetta_story))
    peshawar = claim("In Peshawar, police have arrested more than 1,500 Afghans.", 1500,
                     "place.peshawar")
    in_quetta = claim("Police in Quetta have arrested 1,100 Afghans.", 1100, "place.quetta")
    assert not same(custody, peshawar)
    assert same(custody, in_quetta)
    even = quetta_story[:2] + [claim("Raids in Peshawar.", 1, "place.peshawar"),
                               claim("Peshawar's police said.", 1, "place.peshawar")]
    assert article_place(even) is None
