"""Each reader turns its format into articles with the metadata a desk editor expects."""

from __future__ import annotations

import json

import pytest

from xsource.ingest import ingest, iter_ingest
from xsource.records import Article, Duplicate, Skipped


def write(path, text: str, encoding: str = "utf-8"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def only(result):
    assert len(result.articles) == 1, result
    return result.articles[0]


def test_txt_with_key_value_header(tmp_path):
    path = write(tmp_path / "dawn.txt",
                 "url: https://www.dawn.com/news/1786014\ntitle: Deportations begin\n"
                 "date: 2023-11-02\nlang: en\n\nPakistan began deporting\nAfghans on Wednesday.\n\n"
                 "Officials said 1.7 million remain.\n")
    article = only(ingest([str(path)]))
    assert article.title == "Deportations begin"
    assert article.outlet == "Dawn"  # no outlet key: the site the URL belongs to
    assert article.url == "https://www.dawn.com/news/1786014"
    assert article.date == "2023-11-02"
    assert article.lang_hint == "en"
    assert article.format == "txt"
    # hard-wrapped lines are joined, paragraphs kept apart by one blank line
    assert article.text == "Pakistan began deporting Afghans on Wednesday.\n\nOfficials said 1.7 million remain."


def test_txt_with_yaml_front_matter_and_aliases(tmp_path):
    path = write(tmp_path / "geo.txt",
                 "---\nheadline: 'مہلت ختم'\nsource: Geo Urdu\npublished: 2023-10-03\n"
                 "language: Urdu\n---\nغیر قانونی تارکین وطن کو ۳۱ اکتوبر تک ملک چھوڑنا ہوگا۔\n")
    article = only(ingest([str(path)]))
    assert (article.title, article.outlet, article.date, article.lang_hint) == (
        "مہلت ختم", "Geo Urdu", "2023-10-03", "ur")
    assert article.text == "غیر قانونی تارکین وطن کو ۳۱ اکتوبر تک ملک چھوڑنا ہوگا۔"


def test_txt_without_header_uses_file_stem_as_outlet_and_first_line_as_title(tmp_path):
    # not the folder: a folder holds one story from many outlets (tests/test_ingest_scraped.py)
    path = write(tmp_path / "tolonews" / "a.txt",
                 "Islamabad: officials said the deadline stands.\n\nMore text here.\n")
    article = only(ingest([str(path)]))
    assert article.outlet == "a"
    assert article.title == "Islamabad: officials said the deadline stands."
    assert article.text.startswith("Islamabad: officials said")  # not mistaken for a header


def test_markdown_heading_is_title_and_markup_is_removed(tmp_path):
    path = write(tmp_path / "note.md", "# Torkham **reopens**\n\nTrade *resumed* after [nine days](http://x).\n")
    article = only(ingest([str(path)]))
    assert article.title == "Torkham reopens"
    assert article.text == "Trade resumed after nine days."
    assert article.format == "md"


def test_html_main_text_title_date_site_and_lang(tmp_path):
    page = """<!doctype html><html lang="ur"><head><meta charset="utf-8">
    <title>طورخم پر قطاریں | BBC Urdu</title>
    <meta property="og:site_name" content="BBC Urdu">
    <meta property="og:title" content="طورخم پر قطاریں">
    <meta property="article:published_time" content="2023-11-01T09:00:00+05:00">
    </head><body><nav><a href="/">صفحہ اول</a> <a href="/x">دنیا</a></nav>
    <article><h1>طورخم پر قطاریں</h1>
    <p>پاکستان میں غیر قانونی طور پر مقیم افغان شہریوں کو دی گئی مہلت ختم ہو گئی ہے۔</p>
    <p>حکومت کے اندازے کے مطابق 17 لاکھ افغان شہری دستاویز کے بغیر رہ رہے ہیں۔</p>
    </article><footer>© BBC</footer></body></html>"""
    article = only(ingest([str(write(tmp_path / "bbc.html", page))]))
    assert article.title == "طورخم پر قطاریں"
    assert article.outlet == "BBC Urdu"
    assert article.date == "2023-11-01"
    assert article.lang_hint == "ur"
    assert article.format == "html"
    assert article.text == ("پاکستان میں غیر قانونی طور پر مقیم افغان شہریوں کو دی گئی مہلت ختم ہو گئی ہے۔\n\n"
                            "حکومت کے اندازے کے مطابق 17 لاکھ افغان شہری دستاویز کے بغیر رہ رہے ہیں۔")


def test_json_object_list_and_container(tmp_path):
    one = write(tmp_path / "one.json", json.dumps(
        {"headline": "Torkham", "body": "Crossing reopened.", "link": "https://tolonews.com/x",
         "date": "Fri, 15 Sep 2023 08:00:00 GMT", "lang": "fa-AF"}))
    many = write(tmp_path / "many.json", json.dumps(
        [{"title": "A", "text": "First text."}, {"title": "B", "content": ["Para one.", "Para two."]}]))
    wrapped = write(tmp_path / "wrapped.json", json.dumps({"articles": [{"text": "Wrapped text."}]}))
    result = ingest([str(one), str(many), str(wrapped)])
    first, a, b, w = result.articles
    assert (first.title, first.outlet, first.date, first.lang_hint) == (
        "Torkham", "TOLOnews", "2023-09-15", "prs")
    assert (a.locator, b.locator, b.text) == ("item 1", "item 2", "Para one.\n\nPara two.")
    assert w.text == "Wrapped text." and w.format == "json"


def test_jsonl_keeps_good_lines_and_reports_the_bad_one_by_line(tmp_path):
    path = write(tmp_path / "agg.jsonl",
                 '{"title": "One", "text": "First.", "outlet": "Khaama Press"}\n\n'
                 '{"title": "Two", "text": \n'
                 '{"title": "Three", "text": "Third.", "source": "Etilaatroz"}\n')
    result = ingest([str(path)])
    assert [(a.title, a.outlet, a.locator) for a in result.articles] == [
        ("One", "Khaama Press", "1"), ("Three", "Etilaatroz", "4")]
    assert result.skipped == (Skipped(
        f"{path}:3", "malformed",
        f"{path}:3: is not valid JSON (Expecting value, column 26); fix or remove this line"),)


def test_csv_with_text_column(tmp_path):
    path = write(tmp_path / "desk.csv",
                 'Title,Outlet,Date,Text\n"Chaman sit-in","Dawn",2023-11-20,"Traders, porters protest."\n'
                 ',,,""\n')
    result = ingest([str(path)])
    article = only(result)
    assert (article.title, article.outlet, article.date, article.text, article.locator) == (
        "Chaman sit-in", "Dawn", "2023-11-20", "Traders, porters protest.", "row 2")
    assert result.skipped == (Skipped(f"{path}:row 3", "no-text",
                                      f"{path}:row 3: field \"text\" is empty; add the article text"),)


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Pajhwok Afghan News</title><language>en</language>
<item><title>Returnees crowd Torkham</title><link>https://pajhwok.com/a</link>
<pubDate>Sat, 04 Nov 2023 10:00:00 +0430</pubDate>
<description>&lt;p&gt;Thousands &lt;b&gt;crossed&lt;/b&gt; on Friday.&lt;/p&gt;&lt;p&gt;Camps overflowed.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</description></item>
<item><title>Headline only</title><link>https://pajhwok.com/b</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ps"><title>Azadi Radio</title>
<entry><title>تورخم بیا پرانیستل شو</title><link href="https://pa.azadiradio.com/a/1.html"/>
<updated>2023-09-15T06:00:00Z</updated>
<content type="html">&lt;p&gt;تورخم له نهو ورځو وروسته بیا پرانیستل شو.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_entries_become_articles_and_headline_only_entries_are_reported(tmp_path):
    path = write(tmp_path / "pajhwok.rss", RSS)
    result = ingest([str(path)])
    article = only(result)
    assert (article.title, article.outlet, article.url, article.date, article.format, article.locator) == (
        "Returnees crowd Torkham", "Pajhwok Afghan News", "https://pajhwok.com/a", "2023-11-04",
        "feed", "entry 1")
    assert article.text == "Thousands crossed on Friday.\n\nCamps overflowed."
    assert article.lang_hint == "en"
    assert result.skipped == (Skipped(str(path), "no-text",
                                      f"{path}: 1 of 2 feed entries have only a title and link, no "
                                      "text; ingest the linked article pages instead"),)


def test_atom_feed_sniffed_from_xml_extension(tmp_path):
    article = only(ingest([str(write(tmp_path / "azadi.xml", ATOM))]))
    assert (article.title, article.outlet, article.date, article.lang_hint) == (
        "تورخم بیا پرانیستل شو", "Radio Azadi", "2023-09-15", "ps")
    assert article.text == "تورخم له نهو ورځو وروسته بیا پرانیستل شو."


def test_folders_are_recursive_sorted_and_skip_metadata_files(tmp_path):
    write(tmp_path / "story" / "b.txt", "Second article text.")
    write(tmp_path / "story" / "a.txt", "First article text.")
    write(tmp_path / "story" / "sub" / "c.txt", "Third article text.")
    write(tmp_path / "story" / "EXPECTED.md", "# expectations")
    write(tmp_path / "story" / "expected.json", "{}")
    write(tmp_path / "story" / "README.md", "readme")
    write(tmp_path / "story" / ".hidden.txt", "hidden")
    write(tmp_path / "story" / ".git" / "x.txt", "git internals")
    write(tmp_path / "story" / "page_files" / "style.css", "body{}")
    result = ingest([str(tmp_path / "story")])
    names = [a.path.rsplit("/", 1)[-1] for a in result.articles]
    assert names == ["a.txt", "b.txt", "c.txt"]
    assert result.skipped == ()
    # a metadata file named explicitly is read
    assert only(ingest([str(tmp_path / "story" / "README.md")])).text == "readme"


def test_ids_are_stable_and_depend_on_content(tmp_path):
    path = write(tmp_path / "a.txt", "outlet: Dawn\ntitle: T\n\nSame words.")
    again = write(tmp_path / "copy" / "a.txt", "outlet: Dawn\ntitle: T\n\nSame\u200b  words.\n")
    other = write(tmp_path / "b.txt", "outlet: Dawn\ntitle: T\n\nOther words.")
    first = only(ingest([str(path)]))
    assert first.id == only(ingest([str(path)])).id  # re-ingesting is idempotent
    assert len(first.id) == 16
    assert first.id == only(ingest([str(again)])).id  # invisible/spacing noise does not count
    assert first.id != only(ingest([str(other)])).id


def test_duplicates_are_reported_same_article_dropped_syndicated_copy_kept(tmp_path):
    dawn = write(tmp_path / "dawn.txt", "outlet: Dawn\ntitle: Deadline\n\nThe deadline ended on October 31.")
    dawn_again = write(tmp_path / "dawn-copy.txt", "outlet: Dawn\ntitle: Deadline\n\nThe deadline ended on October 31.")
    tribune = write(tmp_path / "tribune.txt",
                    "outlet: The Express Tribune\ntitle: Deadline ends\n\nThe deadline ended on October 31.")
    events = list(iter_ingest([str(dawn), str(dawn_again), str(tribune)]))
    articles = [e for e in events if isinstance(e, Article)]
    duplicates = [e for e in events if isinstance(e, Duplicate)]
    assert [a.outlet for a in articles] == ["Dawn", "The Express Tribune"]
    assert duplicates == [Duplicate(articles[0].id, str(dawn), str(dawn_again)),
                          Duplicate(articles[0].id, str(dawn), str(tribune))]
    result = ingest([str(dawn), str(dawn_again), str(tribune)])
    assert len(result.articles) == 2 and len(result.duplicates) == 2


@pytest.mark.parametrize(("value", "expected"), [("ur-PK", "ur"), ("Dari", "prs"), ("fa-AF", "prs"),
                                                 ("fa", "fa"), ("pbt_Arab", "ps"), ("پښتو", "ps"),
                                                 ("EN", "en"), ("", None)])
def test_language_hints(tmp_path, value, expected):
    path = write(tmp_path / "a.txt", f"title: T\nlang: {value}\n\nSome text here.")
    assert only(ingest([str(path)])).lang_hint == expected


def test_progress_reports_each_input(tmp_path):
    for name in "abc":
        write(tmp_path / f"{name}.txt", f"Article {name} text.")
    calls = []
    ingest([str(tmp_path)], progress=lambda stage, done, total: calls.append((stage, done, total)))
    assert calls == [("ingest", 1, 3), ("ingest", 2, 3), ("ingest", 3, 3)]


def test_newsapi_style_json(tmp_path):
    path = write(tmp_path / "newsapi.json", json.dumps({"status": "ok", "articles": [
        {"source": {"id": None, "name": "Dawn"}, "title": "Deadline ends",
         "publishedAt": "2023-11-01T04:00:00Z", "url": "https://www.dawn.com/news/1",
         "content": "The deadline ended."}]}))
    article = only(ingest([str(path)]))
    assert (article.outlet, article.date, article.text) == ("Dawn", "2023-11-01", "The deadline ended.")


def test_feed_date_is_the_outlets_local_date_not_utc(tmp_path):
    feed = RSS.replace("Sat, 04 Nov 2023 10:00:00 +0430", "Wed, 01 Nov 2023 02:00:00 +0430")
    assert only(ingest([str(write(tmp_path / "f.rss", feed))])).date == "2023-11-01"


def test_html_page_saved_as_txt_is_read_as_html(tmp_path):
    page = ("<!DOCTYPE html><html><head><title>Saved page</title></head><body><article>"
            "<p>Trade resumed at Torkham after nine days of closure.</p></article></body></html>")
    article = only(ingest([str(write(tmp_path / "saved.txt", page))]))
    assert (article.format, article.title) == ("html", "Saved page")
    assert article.text == "Trade resumed at Torkham after nine days of closure."


def test_old_table_layout_page_gives_the_article_not_the_menu(tmp_path):
    sentence = "پاکستان میں غیر قانونی طور پر مقیم افغان شہریوں کو دی گئی مہلت ختم ہو گئی ہے۔"
    page = (f"<html><body><table><tr><td><a href='/'>صفحہ اول</a></td></tr><tr><td>"
            f"<p>{sentence}</p><p>{sentence}</p></td></tr></table></body></html>")
    article = only(ingest([str(write(tmp_path / "old.html", page))]))
    assert article.text.endswith(f"{sentence}\n\n{sentence}")
    assert "|" not in article.text  # layout tables are not flattened into "| cell |" rows
