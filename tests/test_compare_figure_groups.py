"""What a figure counts, read from the words around it: a card's holders told in an
appositive, killings, moving to a host country, and the glossary's
"return". Each pair below was reported as a number conflict on the blind resettlement story
(`tests/data/heldout/resettlement-limbo-2023`) before its rule."""

from __future__ import annotations

from tests.compare_fixtures import article, c, num
from xsource.compare import CompareSettings
from xsource.compare.classify import classify_cluster

S = CompareSettings()


def claim(outlet, text_en, *numbers, lang="en"):
    return article(outlet, lang, f"{outlet} story", c(text_en, numbers=numbers)).claims[0]


def verdict(a, b):
    return classify_cluster([a, b], S)


UNDOCUMENTED = claim("AP", "About 1.7 million undocumented Afghans live in Pakistan.",
                     num(1_700_000, "1.7 million", hedge="about"))


def test_card_holders_told_before_an_appositive_figure_are_a_registered_population():
    """Dawn: the card's name is past the comma, the sentence's one figure is its holders."""
    por = claim("Dawn", "Holders of Proof of Registration (PoR) cards, numbering about 1.3 "
                "million, have been exempted from the first phase, the ministry said.",
                num(1_300_000, "1.3 million", hedge="about"))
    assert verdict(UNDOCUMENTED, por).status == "agree"


def test_killings_are_a_toll_never_a_count_of_detained():
    """Word by word: "police in Islamabad until 300 Afghan detention", "from at least 218
    case murder extrajudicial members government former" (Amu's 218 killings since 2021)."""
    detained = claim("Azadi", "since November first police in Islamabad until 300 Afghan "
                     "detention have done.", num(300, "۳۰۰", unit=None), lang="ps")
    killings = claim("Amu", "UNAMA in a report from at least 218 case murder extrajudicial "
                     "members government former news had given.",
                     num(218, "۲۱۸", unit="cases"), lang="prs")
    assert verdict(detained, killings).status == "agree"


def test_going_to_a_host_country_is_arriving_not_returning():
    """"600 thousand Afghan after the fall of the republic to Pakistan have gone" (Dari word
    by word) counts arrivals; the 250,000 since September went the other way."""
    returned = claim("Dawn", "More than 250,000 Afghans have returned home since September.",
                     num(250_000, "250,000", hedge="more_than"))
    for text in ("about 600 thousand Afghan after crash republic to Pakistan have gone.",
                 "About 600,000 Afghans fled to Pakistan after the Taliban takeover."):
        arrived = claim("Hasht-e Subh", text, num(600_000, "600 thousand", hedge="about"),
                        lang="prs")
        assert verdict(returned, arrived).status == "agree", text


def test_the_glossary_s_return_is_a_count_of_returns():
    """The glossary renders ستانه شوي as its canonical "return": the sentence's one figure
    counts returns, not the arrivals of 2021."""
    returns = claim("Azadi", "from September since until 250 thousands many Afghan from "
                    "Pakistan own country to return is.",
                    num(250_000, "250 thousands", hedge="more_than"), lang="ps")
    arrived = claim("Pajhwok", "also around 600 thousand Afghan of 1400 year of Asad from 24 "
                    "after Pakistan to gone is.", num(600_000, "600 thousand", hedge="about"),
                    lang="ps")
    assert verdict(returns, arrived).status == "agree"
    same_fate = claim("Tolo", "200 thousand Afghan from Pakistan return have been.",
                      num(200_000, "200 thousand"), lang="prs")
    assert verdict(returns, same_fate).kinds == ("number",)
