"""Counts reported as none ("no casualties", "nobody was hurt") in four languages: a zero
head count the comparator can align across outlets, never a figure that conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest

from xsource.numbers import extract_numbers
from xsource.pipeline import Settings, run


@pytest.mark.parametrize("text, lang, said", [
    ("No casualties were reported in the exchange of fire, officials said.", "en",
     "No casualties"),
    ("Nobody was hurt in the blast.", "en", "Nobody was hurt"),
    ("Police said no one was killed or injured.", "en", "no one was killed or injured"),
    ("فائرنگ کے تبادلے میں کوئی جانی نقصان نہیں ہوا۔", "ur", "کوئی جانی نقصان نہیں"),
    ("دھماکے میں کسی کو نقصان نہیں پہنچا۔", "ur", "کسی کو نقصان نہیں"),
    ("په دې نښته کې مرګ ژوبله نه ده اوښتې.", "ps", "مرګ ژوبله نه"),
    ("په چاودنه کې هیڅوک ټپي شوي نه دي.", "ps", "هیڅوک ټپي شوي نه"),
    ("در این درگیری به کسی آسیب نرسیده است.", "prs", "به کسی آسیب نرسید"),
    ("این انفجار تلفات جانی نداشته است.", "prs", "تلفات جانی نداشت"),
    ("هیچ‌کس کشته نشده است.", "fa", "هیچ\u200cکس کشته نشد"),
    # Arabic yeh and kaf, as copy from some sites writes them
    ("در این درگیری به كسي آسيب نرسيده است.", "prs", "به كسي آسيب نرسيد"),
])
def test_a_count_reported_as_none_is_a_zero_head_count(text, lang, said):
    [mention] = extract_numbers(text, lang)
    assert (mention.value, mention.unit, mention.text) == (0.0, "people", said)
    assert text[mention.start:mention.end] == said


@pytest.mark.parametrize("text, lang", [
    # "no reports yet" says nobody knows, not that nobody was hurt
    ("There were no immediate reports of casualties.", "en"),
    ("جانی نقصان کی کوئی اطلاع نہیں ملی۔", "ur"),
    ("د مرګ ژوبلې په اړه معلومات نشته.", "ps"),
    ("Nobody knows how many people were killed.", "en"),
    ("No one has claimed responsibility for the attack.", "en"),
    # no loss of property is not nobody hurt
    ("اس واقعے میں کسی کا مالی نقصان نہیں ہوا۔", "ur"),
    ("این سیلاب تلفات مالی نداشته است.", "prs"),
])
def test_unknown_or_other_negations_are_no_count(text, lang):
    assert extract_numbers(text, lang) == []


def test_a_none_beside_a_figure_keeps_both_in_order():
    found = extract_numbers("Two soldiers were killed, but no civilians were hurt and "
                            "no casualties were reported among the police.", "en")
    assert [(n.value, n.text) for n in found] == [(2.0, "Two"), (0.0, "no casualties")]


STORY = {
    "dawn.txt": ("Dawn", "en", "Torkham closed after border guards exchange fire", [
        "Pakistani and Afghan border forces exchanged fire at the Torkham border crossing on "
        "Wednesday night.",
        "No casualties were reported in the exchange of fire, officials said.",
        "The crossing was closed to traffic on Thursday and hundreds of trucks were stranded "
        "on both sides."]),
    "tolo.txt": ("TOLOnews", "prs", "درگیری میان نیروهای مرزی افغانستان و پاکستان در تورخم", [
        "شب چهارشنبه میان نیروهای مرزی افغانستان و پاکستان در تورخم درگیری رخ داد.",
        "در این درگیری به کسی آسیب نرسیده است.",
        "گذرگاه تورخم روز پنج‌شنبه به روی رفت و آمد بسته شد و صدها موتر باربری در دو سوی مرز "
        "سرگردان ماندند."]),
    "express.txt": ("Express News", "ur", "طورخم پر فائرنگ، سرحد بند", [
        "طورخم سرحد پر پاکستانی اور افغان سرحدی فورسز کے درمیان فائرنگ کا تبادلہ ہوا۔",
        "حکام کے مطابق فائرنگ میں دو اہلکار زخمی ہوگئے۔",
        "جمعرات کو سرحد ہر قسم کی آمد و رفت کے لیے بند کر دی گئی۔"]),
}


def test_no_casualties_and_nobody_harmed_agree_across_languages(tmp_path: Path):
    for name, (outlet, lang, title, paragraphs) in STORY.items():
        body = "\n\n".join(paragraphs)
        (tmp_path / name).write_text(f"outlet: {outlet}\ntitle: {title}\ndate: 2023-09-07\n"
                                     f"lang: {lang}\n\n{body}\n", encoding="utf-8")
    comparison = run([str(tmp_path)], Settings(backend="glossary"))
    claims = comparison.claims
    dawn = claims.filter(claims["text"].str.starts_with("No casualties")).row(0, named=True)
    tolo = claims.filter(claims["text"].str.contains("آسیب نرسیده")).row(0, named=True)
    assert dawn["cluster_id"] == tolo["cluster_id"]
    [status] = comparison.clusters.filter(
        comparison.clusters["id"] == dawn["cluster_id"])["status"].to_list()
    assert status == "agree"
    # "two wounded" is another account, but 0 against 2 is never read as one figure twice
    assert comparison.conflicts.height == 0


def test_a_run_of_zero_width_non_joiners_is_read_through(  # hostile copy, pasted from PDFs
):
    text = ("کسی " + "\u200c" * 50 + " ") * 200 + "به کسی آسیب نرسیده است."
    [mention] = extract_numbers(text, "prs")
    assert (mention.value, mention.text.endswith("به کسی آسیب نرسید")) == (0.0, True)
