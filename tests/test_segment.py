"""Sentence segmentation: boundaries, abbreviations, decimals, quotes, offsets."""

from __future__ import annotations

import pytest

from xsource.segment import split_sentences


def _texts(text, lang="en"):
    return [s.text for s in split_sentences(text, lang)]


def test_abbreviations_do_not_end_sentences():
    text = "Mr. Khan met Dr. Ali at the U.N. office on Nov. 7. It was cold."
    assert _texts(text) == ["Mr. Khan met Dr. Ali at the U.N. office on Nov. 7.", "It was cold."]


@pytest.mark.parametrize("text, lang", [
    ("Officials said 1.7 million Afghans must leave. Talks failed.", "en"),
    ("حکومت کے مطابق ۱٫۷ ملین افراد ہیں۔ مذاکرات ناکام رہے۔", "ur"),
    ("۱.۷ میلیون مهاجر در پاکستان اند. مذاکرات ناکام شد.", "prs"),
])
def test_decimals_do_not_end_sentences(text, lang):
    assert len(split_sentences(text, lang)) == 2


def test_urdu_full_stop_and_arabic_question_mark_split_even_without_space():
    assert _texts("انہوں نے کہا۔اس کے بعد کیا ہوگا؟ کوئی نہیں جانتا", "ur") == [
        "انہوں نے کہا۔", "اس کے بعد کیا ہوگا؟", "کوئی نہیں جانتا"]


def test_line_breaks_end_sentences():
    assert _texts("Headline without a stop\nBody sentence one. Two.") == [
        "Headline without a stop", "Body sentence one.", "Two."]


def test_a_quotation_stays_with_its_attribution():
    text = ('"There is a perception. That\'s not true," the official added. '
            'The official further said more.')
    assert _texts(text) == ['"There is a perception. That\'s not true," the official added.',
                            "The official further said more."]


def test_closing_quotes_stay_with_the_sentence_they_close():
    text = 'He said, "We also have our list." Then he left.'
    assert _texts(text) == ['He said, "We also have our list."', "Then he left."]


def test_guillemets_and_curly_quotes():
    fa = "او گفت: «مرا سه روز نگه داشتند. غذا ندادند.» سپس رفت."
    assert _texts(fa, "prs") == ["او گفت: «مرا سه روز نگه داشتند. غذا ندادند.»", "سپس رفت."]
    en = "“We can’t shoulder the burden. No country can,” the official explained. Next."
    assert _texts(en) == ["“We can’t shoulder the burden. No country can,” the official explained.",
                          "Next."]


def test_an_unclosed_quote_does_not_swallow_the_paragraph():
    assert len(split_sentences('He said "this is odd. Next sentence. And another.', "en")) == 3


def test_offsets_point_into_the_original_text():
    text = "  First one.  Second one!\n\nتیسرا جملہ۔ "
    for s in split_sentences(text, "ur"):
        assert text[s.start:s.end] == s.text
    assert [s.index for s in split_sentences(text, "ur")] == [0, 1, 2]
