"""One outlet reads as one name whatever the input carries: a page's site name, a URL, or a
desk's file name. "Dawn" and "dawn.com" counted apart would agree with each other."""

from __future__ import annotations

import json

import pytest

from xsource.ingest import ingest
from xsource.ingest.outlets import outlet_from_file_name, outlet_from_url


@pytest.mark.parametrize("url, outlet", [
    ("https://www.dawn.com/news/1787654", "Dawn"),
    ("https://m.dawn.com/news/1787654", "Dawn"),
    ("https://tribune.com.pk/story/2444761/kabul", "The Express Tribune"),
    ("https://urdu.geo.tv/latest/339871-", "Geo Urdu"),
    ("https://www.bbc.com/urdu/articles/c4nw7x2e8qpo", "BBC Urdu"),
    ("https://www.bbc.com/pashto/articles/c9x4kq2e7r1o", "BBC Pashto"),
    ("https://www.bbc.com/news/world-asia-67292127", "BBC"),
    ("https://8am.media/fa/detention-of-afghan-women/", "Hasht-e Subh"),
    ("https://tolonews.com/fa/afghanistan-185703", "TOLOnews"),
    ("https://www.urduvoa.com/a/kabul-education-centre-attack/6771349.html", "VOA Urdu"),
    ("https://www.urduvoanews.com/a/taliban-ghazni/7499436.html", "VOA Urdu"),
    ("https://www.dw.com/ur/pakistan-afghan-refugees/a-67301234", "DW Urdu"),
    ("https://www.dw.com/fa-af/afghanistan-returnees/a-67301235", "DW Dari"),
    ("https://gandhara.rferl.org/a/pakistan-afghan-deportations/32670000.html", "RFE/RL Gandhara"),
    ("https://example.org/story/1", "example.org"),
    ("", ""),
])
def test_a_known_site_is_named_as_the_outlet(url, outlet):
    assert outlet_from_url(url) == outlet


@pytest.mark.parametrize("stem, outlet", [
    ("dawn-deportations-begin", "Dawn"), ("bbc-urdu-torkham", "BBC Urdu"),
    ("hasht-e-subh-detentions", "Hasht-e Subh"), ("tribune_kabul_criticism", "The Express Tribune"),
    ("azadi-pashto-torkham", "Radio Azadi"), ("000_4681012913b4791f", None),
    ("report-final", None),
])
def test_a_file_name_that_starts_with_an_outlet_names_it(stem, outlet):
    assert outlet_from_file_name(stem) == outlet


def test_a_page_url_and_a_file_name_give_the_outlet_its_page_gives(tmp_path):
    (tmp_path / "export.json").write_text(json.dumps({
        "url": "https://www.dawn.com/news/1787654",
        "text": "Pakistan began deporting undocumented Afghans on Wednesday, officials said."}),
        encoding="utf-8")
    (tmp_path / "dawn-torkham.txt").write_text(
        "Long queues of trucks stretched for several kilometres on the road to Torkham.\n",
        encoding="utf-8")
    result = ingest([str(tmp_path)])
    assert sorted(a.outlet for a in result.articles) == ["Dawn", "Dawn"]
