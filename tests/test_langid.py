"""Language identification on text written for this project (not FLORES): per-language news
sentences, Dari vs Iranian news style, mixed documents, short or odd input, determinism, the
header cross-check and the `xsource detect` command."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from xsource.cli import app
from xsource.langid import cross_check, detect, detect_lines
from xsource.records import Detection

DARI = [
    "به گفته مقامات محلی ولایت ننگرهار، بیش از سه هزار مهاجر افغان از طریق بندر تورخم به کشور "
    "برگشته اند.",
    "ولسوال ولسوالی شینوار گفت که برای خانواده های عودت کننده خیمه و مواد غذایی توزیع شده است.",
    "سخنگوی وزارت امور مهاجرین و عودت کنندگان روز سه شنبه گفت که پاکستان تا ۳۱ اکتوبر به مهاجرین "
    "فاقد اسناد مهلت داده است.",
    "شاروالی کابل اعلام کرد که کمپ های موقت در غرب شهر ایجاد میشود.",
    "این افراد در ماه عقرب از پاکستان اخراج شدند و اکنون در شفاخانه های ولایتی تحت تداوی قرار "
    "دارند.",
    "پولیس ولایت هرات می گوید که موتر حامل مهاجرین در شاهراه هرات - اسلام قلعه چپه شده است.",
]
# Afghan outlets write ZWNJ too: vocabulary must still carry the decision.
DARI_WITH_ZWNJ = ("ولسوال ولسوالی شینوار گفت که برای خانواده‌های عودت‌کننده خیمه و مواد غذایی "
                  "توزیع شده است و کار ادامه می‌یابد.")
IRANIAN = [
    "به گزارش خبرگزاری‌ها، استاندار خراسان رضوی گفت که اتباع افغانستانی غیرمجاز باید تا پایان "
    "آبان‌ماه از استان خارج شوند.",
    "شهرداری تهران اعلام کرد که طرح جدید حمل‌ونقل عمومی از ابتدای دی‌ماه اجرا می‌شود.",
    "دانشگاه تهران روز سه‌شنبه میزبان همایشی درباره مهاجرت بود.",
    "فرماندار این شهرستان افزود که خودروهای امدادی به منطقه اعزام شده‌اند.",
    "پلیس راهور از رانندگان خواست که در روزهای پایانی اسفند احتیاط کنند.",
]
# ... and Iranian text typed without ZWNJ is still Iranian.
IRANIAN_NO_ZWNJ = ("شهرداری تهران اعلام کرد که طرح جدید حمل و نقل عمومی از ابتدای دی ماه اجرا "
                   "میشود و استاندار نیز از آن حمایت کرد.")
URDU = [
    "پاکستان نے غیر قانونی طور پر مقیم افغان باشندوں کو ملک چھوڑنے کا حکم دیا ہے۔",
    "نگران وزیر داخلہ نے کہا کہ 31 اکتوبر کے بعد کسی کو مہلت نہیں دی جائے گی۔",
    "طورخم بارڈر پر ہزاروں خاندان اپنی باری کا انتظار کر رہے ہیں۔",
]
PASHTO = [
    "د پاکستان حکومت وايي چې بې اسنادو افغان کډوالو ته يې د اکتوبر تر ۳۱مې نېټې مهلت ورکړی دی.",
    "طالبانو ویلي چې له پاکستانه راستانه شوي کډوال به په لنډمهاله کمپونو کې ځای پر ځای شي.",
    "په تورخم کې زرګونه کورنۍ د پولې د اوښتو په تمه دي.",
]
ENGLISH = [
    "Pakistan's caretaker government announced October 31 as the deadline for Afghan refugees "
    "to leave the country.",
    "Officials at the Torkham crossing said thousands of families were waiting to cross.",
]
ARABIC = [
    "أعلنت الحكومة الباكستانية أن المهاجرين الأفغان غير الموثقين يجب أن يغادروا البلاد قبل نهاية "
    "الشهر.",
    "وقال متحدث باسم وزارة الداخلية إن السلطات بدأت ترحيل العائلات من مدينة كراتشي.",
]
SINDHI = [
    "پاڪستان جي حڪومت چيو آهي ته غير قانوني طور تي رهندڙ افغان شهرين کي ملڪ ڇڏڻو پوندو.",
    "ڪراچي ۾ پوليس سوين افغان خاندانن کي گرفتار ڪيو آهي.",
]
HINDI = "पाकिस्तान सरकार ने कहा है कि बिना दस्तावेज़ वाले अफ़गान नागरिकों को देश छोड़ना होगा।"
FRENCH = "Le gouvernement pakistanais a annoncé l'expulsion des migrants afghans sans papiers."


@pytest.mark.parametrize("lang, texts", [
    ("prs", DARI), ("fa", IRANIAN), ("ur", URDU), ("ps", PASHTO), ("en", ENGLISH),
    ("ar", ARABIC), ("sd", SINDHI),
])
def test_news_sentences_get_their_language(lang, texts):
    for text in texts:
        det = detect(text)
        assert det.lang == lang, text
        assert 0.5 < det.confidence <= 1.0


def test_dari_written_with_zwnj_is_still_dari():
    assert detect(DARI_WITH_ZWNJ).lang == "prs"


def test_iranian_written_without_zwnj_is_still_iranian():
    assert detect(IRANIAN_NO_ZWNJ).lang == "fa"


def test_afghan_and_iranian_month_names_decide_a_neutral_sentence():
    neutral = "این جلسه در تاریخ {} برگزار شد و نمایندگان هر دو طرف در آن شرکت کردند."
    assert detect(neutral.format("۱۵ عقرب ۱۴۰۲")).lang == "prs"
    assert detect(neutral.format("۲۴ آبان ۱۴۰۲")).lang == "fa"


def test_ambiguous_month_words_are_not_read_as_dates():
    # حمل (transport) and عقرب (scorpion) are ordinary words unless a number or ماه is near.
    from xsource.langid.persian import DARI_MONTH_DATES

    assert DARI_MONTH_DATES.findall("حمل و نقل عمومی و عقرب سیاه") == []
    assert len(DARI_MONTH_DATES.findall("در ۱۵ عقرب و ماه حمل")) == 2


def test_hindi_and_other_scripts_and_latin_languages():
    assert detect(HINDI).lang == "hi"
    assert detect(FRENCH).lang == "fr"


def test_urdu_and_persian_in_old_encodings_keep_their_language():
    # Arabic yeh/kaf (ي ك), presentation forms, harakat and tatweel as found on older sites.
    urdu_arabic_letters = "پاكستان نے غير قانوني طور پر مقيم افغان باشندوں كو ملك چھوڑنے كا حكم ديا ہے۔"
    assert detect(urdu_arabic_letters).lang == "ur"
    persian_arabic_letters = "شهرداري تهران اعلام كرد كه طرح جديد حمل‌ونقل عمومي از ابتداي دي‌ماه اجرا مي‌شود."
    assert detect(persian_arabic_letters).lang == "fa"
    pashto_tatweel = "د پاکســتان حکومت وايي چې بې اسنادو افغان کډوالو ته مهــلت ورکړی دی."
    assert detect(pashto_tatweel).lang == "ps"
    urdu_presentation = "ﭘﺎﮐﺴﺘﺎﻥ ﻧﮯ ﺍﻓﻐﺎﻥ ﺑﺎﺷﻨﺪﻭﮞ ﮐﻮ ﻣﻠﮏ ﭼﮭﻮﮌﻧﮯ ﮐﺎ ﺣﮑﻢ ﺩﯾﺎ ﮨﮯ"
    assert detect(urdu_presentation).lang == "ur"


def test_pashto_sentence_full_of_romanised_names_is_pashto():
    text = "لاکا سینګ (Lakkha Singh) او Raju Khandelwal په Peshawar کې وویل چې کډوال ستونزې لري."
    assert detect(text).lang == "ps"


@pytest.mark.parametrize("text", [
    "", "   \n\t ", "12345", "۱۲۳۴۵ ۶۷", "https://tolonews.com/afghanistan-185000",
    "www.dawn.com/news/1785 info@dawn.com", "😀🙏🇵🇰", "...!!!", "Kabul", "کابل", "ولسوالی",
])
def test_short_or_empty_input_is_und_or_unsure(text):
    det = detect(text)
    assert det.lang == "und" or det.confidence < 0.5
    assert 0.0 <= det.confidence <= 1.0


def test_non_string_input_is_und():
    assert detect(None).lang == "und"  # type: ignore[arg-type]


def test_persian_too_short_to_place_is_fa_with_low_confidence():
    det = detect("کابل امروز")
    assert det.lang in ("fa", "und")
    assert det.confidence < 0.5


def test_a_few_words_give_lower_confidence_than_a_sentence():
    assert detect("افغان مهاجرین").confidence < detect(DARI[0]).confidence


def test_detection_is_deterministic_across_runs():
    texts = DARI + IRANIAN + URDU + PASHTO + ENGLISH + [FRENCH, "OK thanks", "Kabul Torkham"]
    first = [detect(t) for t in texts]
    assert [detect(t) for t in texts] == first
    assert detect_lines(texts) == [detect(t) for t in texts]


# --- documents -------------------------------------------------------------------------------

URDU_STORY_WITH_ENGLISH_QUOTE = "\n\n".join([
    URDU[0] + " " + URDU[1],
    URDU[2] + " حکام کا کہنا ہے کہ روزانہ ہزاروں افراد سرحد پار کر رہے ہیں۔",
    "\"I can tell you with full authority that this has no linkages with the TTP issue,\" "
    "a senior government official said.",
    "وزارت خارجہ کے ترجمان نے کہا کہ یہ فیصلہ کسی خاص ملک کے خلاف نہیں ہے بلکہ تمام غیر قانونی "
    "تارکین وطن پر لاگو ہوتا ہے۔",
])


def test_urdu_story_quoting_english_is_urdu_with_an_english_segment():
    text = URDU_STORY_WITH_ENGLISH_QUOTE
    det = detect(text)
    assert det.lang == "ur"
    assert [s.lang for s in det.segments] == ["ur", "ur", "en", "ur"]
    english = det.segments[2]
    assert text[english.start:english.end].startswith("\"I can tell you")
    assert text[english.start:english.end].endswith("official said.")
    for seg in det.segments:
        assert text[seg.start:seg.end] == text[seg.start:seg.end].strip()


def test_document_label_is_the_majority_by_characters():
    long_english = " ".join(ENGLISH * 3)
    det = detect(long_english + "\n\n" + URDU[0])
    assert det.lang == "en"
    assert [s.lang for s in det.segments] == ["en", "ur"]


def test_one_language_document_has_no_segments():
    det = detect("\n\n".join(PASHTO))
    assert det == Detection("ps", det.confidence, words=det.words)
    assert det.confidence > 0.9


def test_dari_document_with_one_persian_looking_paragraph_stays_one_language():
    # prs and fa are one family: paragraphs disagreeing inside it do not make a mixed document.
    det = detect("\n\n".join(DARI + [IRANIAN[2]]))
    assert det.lang == "prs"
    assert det.segments == ()


def test_short_title_paragraph_does_not_split_a_document():
    det = detect("Kabul\n\n" + "\n\n".join(URDU))
    assert det.lang == "ur"
    assert det.segments == ()


# --- header cross-check ------------------------------------------------------------------------

def test_no_hint_uses_the_detection():
    assert cross_check(None, Detection("ps", 0.9)) == ("ps", None)
    assert cross_check("  ", Detection("ps", 0.9)) == ("ps", None)


@pytest.mark.parametrize("hint, label", [
    ("urdu", "ur"), ("URD", "ur"), ("pashto", "ps"), ("pus", "ps"), ("pbt", "ps"),
    ("dari", "prs"), ("fa-AF", "prs"), ("fa_AF", "prs"), ("prs", "prs"), ("persian", "fa"),
    ("farsi", "fa"), ("pes", "fa"), ("English", "en"), ("en-GB", "en"),
])
def test_hint_synonyms_agreeing_with_the_detector(hint, label):
    assert cross_check(hint, Detection(label, 0.95)) == (label, None)


def test_hint_wins_inside_the_persian_family():
    assert cross_check("dari", Detection("fa", 0.97)) == ("prs", None)
    assert cross_check("fa", Detection("prs", 0.97)) == ("fa", None)
    assert cross_check("fa-AF", Detection("fa", 0.99, words=400)) == ("prs", None)


def test_a_generic_persian_tag_on_a_dari_article_reads_as_dari():
    """Hasht-e Subh's saved page says lang="fa-IR", as Persian site software does by default."""
    label, message = cross_check("fa-IR", Detection("prs", 1.0, words=397))
    assert label == "prs"
    assert message == ("header says lang: fa-IR, the usual setting of Persian-language sites, "
                       "Afghan ones too, but the text reads as Dari (prs, 1.00); using prs")
    assert cross_check("fa-IR", Detection("prs", 0.62, words=397)) == ("fa", None)
    assert cross_check("fa-IR", Detection("prs", 0.93, words=12)) == ("fa", None)


def test_confident_cross_family_disagreement_uses_the_detector():
    label, message = cross_check("ur", Detection("ps", 0.97))
    assert label == "ps"
    assert message == "header says lang: ur but the text reads as Pashto (ps, 0.97); using ps"


def test_unsure_disagreement_keeps_the_hint_and_says_so():
    label, message = cross_check("ur", Detection("ps", 0.55))
    assert label == "ur"
    assert message == ("header says lang: ur; the text reads more like Pashto (ps, 0.55), "
                       "not sure enough to override; using ur")


def test_und_detection_keeps_the_hint_silently():
    assert cross_check("pashto", Detection("und", 0.0)) == ("ps", None)


def test_unknown_hint_code_uses_the_detector_and_says_so():
    label, message = cross_check("klingon", Detection("ur", 0.99))
    assert label == "ur"
    assert message == ("header says lang: klingon, which is not a language code xsource knows "
                       "(use en, ur, ps, prs or fa); using the detected Urdu (ur, 0.99)")


# --- command line ------------------------------------------------------------------------------

runner = CliRunner()


def test_cli_lines_one_result_per_line_in_order(tmp_path):
    path = tmp_path / "lines.txt"
    path.write_text("\n".join([URDU[0], "", PASHTO[0], ENGLISH[0], DARI[0], IRANIAN[0]]) + "\n",
                    encoding="utf-8")
    result = runner.invoke(app, ["detect", "--lines", str(path)])
    assert result.exit_code == 0, result.output
    assert [row.split("\t")[0] for row in result.output.splitlines()] == [
        "ur", "und", "ps", "en", "prs", "fa"]


def test_cli_lines_json(tmp_path):
    path = tmp_path / "lines.txt"
    path.write_text(PASHTO[1] + "\n12345\n", encoding="utf-8")
    result = runner.invoke(app, ["detect", "--lines", str(path), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["line"], r["lang"]) for r in rows] == [(1, "ps"), (2, "und")]
    assert rows[0]["confidence"] > 0.9 and rows[1]["confidence"] == 0.0


def test_cli_lines_missing_file_is_one_clean_error(tmp_path):
    missing = tmp_path / "nope.txt"
    result = runner.invoke(app, ["detect", "--lines", str(missing)])
    assert result.exit_code == 1
    assert result.output.strip() == (f"error: {missing}: no such file; give a text file with one "
                                     "sentence per line (or - for stdin) to --lines")


def test_cli_needs_paths_or_lines():
    result = runner.invoke(app, ["detect"])
    assert result.exit_code == 2
    assert "give article paths, or --lines FILE (not both)" in result.output


def test_cli_reads_a_dari_article_under_a_generic_persian_tag_as_the_pipeline_does(tmp_path):
    # `xsource detect` and `xsource compare` label an article one way: the tag fa-IR on Dari
    (tmp_path / "hasht-e-subh.txt").write_text("title: Returnees\nlang: fa-IR\n\n"
                                               + "\n\n".join(DARI * 3) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["detect", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    [row] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert row["lang_used"] == "prs"
    assert row["note"].startswith("header says lang: fa, the usual setting of Persian-language")


def test_cli_documents_json_with_segments_and_header_note(tmp_path):
    ingest = pytest.importorskip("xsource.ingest")
    if not hasattr(ingest, "ingest"):
        pytest.skip("xsource.ingest.ingest not available yet")
    (tmp_path / "mixed-ur.txt").write_text("title: Deadline\nlang: ur\n\n"
                                           + URDU_STORY_WITH_ENGLISH_QUOTE + "\n",
                                           encoding="utf-8")
    (tmp_path / "wrong-header.txt").write_text("title: Kabul\nlang: ur\n\n" + "\n\n".join(PASHTO)
                                               + "\n", encoding="utf-8")
    result = runner.invoke(app, ["detect", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    rows = {json.loads(line)["path"].rsplit("/", 1)[-1]: json.loads(line)
            for line in result.stdout.splitlines() if line.startswith("{")}
    mixed = rows["mixed-ur.txt"]
    assert mixed["lang"] == "ur" and mixed["lang_used"] == "ur"
    assert [s["lang"] for s in mixed["segments"]] == ["ur", "ur", "en", "ur"]
    wrong = rows["wrong-header.txt"]
    assert (wrong["lang"], wrong["hint"], wrong["lang_used"]) == ("ps", "ur", "ps")
    assert wrong["note"].startswith("header says lang: ur but the text reads as Pashto (ps, ")
    assert "segments" not in wrong
