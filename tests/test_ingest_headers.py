"""Header blocks, metadata values (dates, languages, outlets) and display cleanup."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from xsource.errors import InputError
from xsource.ingest.clean import clean_line, clean_text, domain_of, iso_date, lang_code
from xsource.ingest.headers import split_header


def test_plain_header_ends_at_blank_line():
    meta, body = split_header("Title: A\nOUTLET: Dawn\nurl: 'https://dawn.com/x'\n\nBody.\n", "f")
    assert meta == {"title": "A", "outlet": "Dawn", "url": "https://dawn.com/x"}
    assert body == "\nBody.\n"


def test_unknown_keys_and_single_glued_key_are_body_text():
    for text in ("Islamabad: officials said...\n\nMore.", "Source: officials\nsaid the deadline stands."):
        assert split_header(text, "f") == ({}, text)


def test_two_known_keys_without_blank_line_still_form_a_header():
    meta, body = split_header("title: A\ndate: 2023-11-01\nBody starts here.", "f")
    assert meta == {"title": "A", "date": "2023-11-01"} and body == "Body starts here."


def test_yaml_front_matter_with_date_and_aliases():
    meta, body = split_header("---\nheadline: A\nsite: Geo\npublished: 2023-10-03\n---\nBody.", "f")
    assert meta == {"title": "A", "outlet": "Geo", "date": dt.date(2023, 10, 3)}
    assert body == "Body."


def test_broken_yaml_front_matter_is_a_named_error():
    with pytest.raises(InputError) as info:
        split_header("---\ntitle: [oops\n---\nBody.", "story.md")
    assert str(info.value) == ("story.md: the front matter between --- lines is not valid YAML "
                               "(line 2); fix it or remove the --- lines")
    assert info.value.reason == "malformed"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-11-01", "2023-11-01"),
        ("2023-11-01T09:15:00+05:00", "2023-11-01"),
        ("Wed, 01 Nov 2023 10:00:00 GMT", "2023-11-01"),
        ("1 November 2023", "2023-11-01"),
        ("Nov 1, 2023", "2023-11-01"),
        ("۲۰۲۳-۱۱-۰۱", "2023-11-01"),
        ("۱۴۰۲/۸/۱۰", "2023-11-01"),  # Solar Hijri, as Afghan outlets date articles
        ("November 2023", None),  # no day: not guessed
        ("yesterday", None),
        ("2023-02-30", None),
        (dt.date(2023, 10, 31), "2023-10-31"),
        (dt.datetime(2023, 10, 31, 23, 0), "2023-10-31"),
        (time.strptime("2023-11-04", "%Y-%m-%d"), "2023-11-04"),
        (20231101, None),
        (None, None),
    ],
)
def test_iso_dates(value, expected):
    assert iso_date(value) == expected


@pytest.mark.parametrize(("value", "expected"), [("ur", "ur"), ("fa-IR", "fa"), ("fa_AF", "prs"),
                                                 ("Pashto", "ps"), ("prs_Arab", "prs"),
                                                 ("دری", "prs"), ("??", None), (3, None)])
def test_lang_codes(value, expected):
    assert lang_code(value) == expected


@pytest.mark.parametrize(("url", "expected"), [("https://www.dawn.com/news/1", "dawn.com"),
                                               ("http://urdu.geo.tv/x", "urdu.geo.tv"),
                                               ("not a url", ""), (None, "")])
def test_domain_of(url, expected):
    assert domain_of(url) == expected


def test_clean_text_removes_spoofing_and_control_characters_but_keeps_script():
    raw = ("\ufeffThe \u202eTorkham\u202c crossing\u2066 reopened\u2069.\r\n"
           "Bell\x07 and escape\x1b[0m.\r\n\r\n\r\n"
           "می\u200cشود\u200b  ٹرک\tہے\n\n\n")
    assert clean_text(raw) == ("The Torkham crossing reopened. Bell and escape[0m.\n\n"
                               "می\u200cشود ٹرک ہے")


def test_clean_text_composes_to_nfc():
    assert clean_text("ا\u0653") == "آ"
    assert clean_text("e\u0301") == "é"


def test_clean_line_flattens_titles():
    assert clean_line("  Deadline\n\n ends\u202e  ") == "Deadline ends"
    assert clean_line(None) == ""
