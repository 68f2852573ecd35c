"""Encodings met in Urdu/Persian newsrooms, generated at test time, each recorded per article."""

from __future__ import annotations

import codecs

import pytest

from xsource.ingest import ingest
from xsource.normalize import normalize

URDU = ("پاکستان نے غیر قانونی طور پر مقیم افغان باشندوں کو ملک چھوڑنے کا حکم دیا۔ "
        "ہزاروں خاندان طورخم سرحد پر پہنچے۔")
DARI = "اخراج اجباری مهاجرین افغان از پاکستان ادامه دارد. ازدحام در بندر تورخم."
# Windows-1256 has no Persian yeh (ی), no Urdu full stop (۔): legacy text uses ي and '.'
URDU_1256 = URDU.replace("ی", "ي").replace("۔", ".")
DARI_1256 = DARI.replace("ی", "ي").replace("ک", "ك")


def ingest_bytes(tmp_path, data: bytes, name: str = "a.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    result = ingest([str(path)])
    assert len(result.articles) == 1, result.skipped
    return result.articles[0]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (URDU.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + URDU.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + URDU.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + URDU.encode("utf-16-be"), "utf-16-be"),
        (URDU.encode("utf-16-le"), "utf-16-le"),  # no BOM: found from the byte pattern
        (URDU.encode("utf-16-be"), "utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be"],
)
def test_unicode_encodings_decode_to_the_same_text(tmp_path, data, encoding):
    article = ingest_bytes(tmp_path, data)
    assert article.text == URDU
    assert article.encoding == encoding


def test_utf16_header_file_without_bom(tmp_path):
    text = "title: تورخم\noutlet: TOLOnews\n\n" + DARI
    article = ingest_bytes(tmp_path, text.encode("utf-16-le"))
    assert (article.title, article.outlet, article.text, article.encoding) == (
        "تورخم", "TOLOnews", DARI, "utf-16-le")


@pytest.mark.parametrize(("text", "lang"), [(URDU_1256, "ur"), (DARI_1256, "prs")])
def test_windows_1256_is_detected_and_matches_after_normalization(tmp_path, text, lang):
    article = ingest_bytes(tmp_path, text.encode("cp1256"))
    assert article.encoding == "cp1256"
    assert article.text == text  # the original Arabic yeh/kaf are kept for display
    original = URDU if lang == "ur" else DARI
    assert normalize(article.text, lang) == normalize(original.replace("۔", "."), lang)


def test_windows_1256_html_and_jsonl(tmp_path):
    page = (f"<html><head><title>عنوان</title></head><body><article><p>{DARI_1256}</p>"
            f"<p>{DARI_1256}</p></article></body></html>")
    article = ingest_bytes(tmp_path, page.encode("cp1256"), "page.html")
    assert article.encoding == "cp1256" and DARI_1256 in article.text
    line = '{"title": "خبر", "text": "%s"}\n' % URDU_1256
    article = ingest_bytes(tmp_path, line.encode("cp1256"), "feed.jsonl")
    assert article.encoding == "cp1256" and article.text == URDU_1256


def test_latin_text_with_accents_in_windows_1252(tmp_path):
    text = "Le café de Peshawar a rouvert après la fermeture de la frontière."
    article = ingest_bytes(tmp_path, text.encode("cp1252"))
    assert article.text == text and article.encoding == "cp1252"


def test_declared_html_charset_decides_between_legacy_pages(tmp_path):
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
            f'<title>x</title></head><body><p>{DARI_1256}</p><p>کابل</p></body></html>')
    article = ingest_bytes(tmp_path, page.encode("cp1256"), "p.html")
    assert article.encoding == "cp1256" and "کابل" in article.text


def test_valid_utf8_wins_over_a_wrong_declaration(tmp_path):
    page = (f'<html><head><meta charset="iso-8859-1"><title>x</title></head><body><p>{DARI}</p>'
            f"<p>{DARI}</p></body></html>")
    article = ingest_bytes(tmp_path, page.encode("utf-8"), "p.html")
    assert article.encoding == "utf-8" and DARI in article.text
