"""Attribution frames ("X, spokesperson of Y, said that ...", "..., officials said") are set
aside when claims are compared on their words: who said it is compared on the speaker."""

from __future__ import annotations

import pytest

from xsource.compare.text import statement

@pytest.mark.parametrize("sentence, expected", [
    ("Zabihullah Mujahid, spokesperson of the Islamic Emirate, said that its forces did not "
     "open fire first.", "its forces did not open fire first."),
    ("The Pakistan Foreign Office said Afghan forces had opened fire first.",
     "Afghan forces had opened fire first."),
    ("No casualties were reported in the exchange of fire, officials said.",
     "No casualties were reported in the exchange of fire"),
    ("According to UNHCR, 327,000 people have returned since September 15.",
     " 327,000 people have returned since September 15."),
    ("officials customs province Nangarhar say that 4 thousand vehicle stranded have stayed.",
     "4 thousand vehicle stranded have stayed."),
    # word-by-word English from an SOV language: a frame after a clause keeps the clause
    ("of Torkham gate for night and day opened is and officials says that work is done quickly.",
     "of Torkham gate for night and day opened is work is done quickly."),
    # a denial's frame: the claim's polarity says it was denied; its words are what was denied
    ("Minister of State for Interior Talal Chaudhry rejected as baseless the reports that "
     "police had harassed Afghan nationals.", "police had harassed Afghan nationals."),
    ("security officials Taliban of this claims to rejected is that action in civilians were "
     "killed.", "action in civilians were killed."),
    # a party's chairman, a judge, a member of a legal team tell as officials do
    ("Speaking to reporters outside Adiala, PTI Chairman Gohar Ali Khan said the verdict would "
     "be challenged.", "the verdict would be challenged."),
    ("A member of the legal team said the appeal would be filed on Monday.",
     "the appeal would be filed on Monday."),
])
def test_the_frame_is_set_aside(sentence, expected):
    assert statement(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # "announced" here is the clause's own verb, after "and": no one is named as a source
    "Government of Pakistan until 31 October to refugees undocumented deadline had given and "
    "announced was that holders Proof of Registration card exempt are.",
    # too little is left after the frame: the sentence is its own statement
    "Officials said so.",
    "The deadline expired on October 31.",
    # word-by-word English with the denied claim before its verb: nothing to cut
    "Election Commission of spokesperson rigging of accusations to rejected and them baseless "
    "declared.",
])
def test_a_sentence_without_a_source_frame_is_kept_whole(sentence):
    assert statement(sentence) == sentence
