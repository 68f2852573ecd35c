"""A capital that speaks is its government: "Kabul has condemned", "Islamabad says",
"اسلام آباد کا کہنا ہے", "کابل دا تور رد کړ". A capital where something happens ("residents of
Kabul said", "کابل میں حکام نے بتایا") or a dateline ("کابل (طلوع‌نیوز):") names no speaker."""

from __future__ import annotations

import pytest

from xsource.claims import extract_claims
from xsource.glossary import load_glossaries
from xsource.records import Article, Translation
from xsource.segment import split_sentences

GLOSSARY = load_glossaries()


def _claim(text: str, lang: str, english: str = ""):
    article = Article(id="a1", path="x.txt", outlet="Desk", title="A headline", text=text,
                      date="2023-11-07")
    sentences = split_sentences(text, lang)
    assert len(sentences) == 1, [s.text for s in sentences]
    translations = [Translation(sentences[0].text, english or text, lang, "test", "test:sig")]
    [claim] = extract_claims(article, sentences, translations, GLOSSARY, lang)
    return claim


@pytest.mark.parametrize("text, lang, government", [
    ("Kabul has condemned the campaign, and several Taliban leaders have accused Islamabad.",
     "en", "org.afghan_interim_government"),
    ("Islamabad says the drive targets all foreigners living in the country illegally.",
     "en", "org.government_of_pakistan"),
    ("Kabul rejected the charge as baseless.", "en", "org.afghan_interim_government"),
    ("اسلام آباد کا کہنا ہے کہ یہ مہم تمام غیر قانونی غیر ملکیوں کے خلاف ہے۔", "ur",
     "org.government_of_pakistan"),
    ("کابل این اتهام را رد کرد.", "prs", "org.afghan_interim_government"),
    ("کابل دا تور رد کړ.", "ps", "org.afghan_interim_government"),
])
def test_a_capital_that_speaks_is_its_government(text, lang, government):
    claim = _claim(text, lang)
    assert (claim.speaker, government in claim.entities) == (government, True)


def test_the_english_names_the_government_where_the_capital_spoke():
    claim = _claim("Kabul has condemned the campaign and accused Islamabad of mistreating Afghans.",
                   "en")
    assert claim.text_en == ("Afghan interim government has condemned the campaign and accused "
                             "Islamabad of mistreating Afghans.")
    # the original sentence is the outlet's
    assert claim.text.startswith("Kabul has condemned")


@pytest.mark.parametrize("text, lang", [
    ("Residents of Kabul said prices had doubled since the border closed.", "en"),
    ("Officials in Islamabad said the drive would continue.", "en"),
    ("A Chinese diplomatic source in Kabul said five citizens of China were wounded.", "en"),
    ("کابل میں حکام نے بتایا کہ سرحد بند ہے۔", "ur"),
    ("کابل کې چارواکو وویل چې پوله تړل شوې ده.", "ps"),
    ("کابل (طلوع‌نیوز): مقام‌ها گفتند که مرز بسته است.", "prs"),
])
def test_a_capital_where_something_happens_speaks_for_nobody(text, lang):
    claim = _claim(text, lang)
    assert claim.speaker not in ("org.afghan_interim_government", "org.government_of_pakistan")
