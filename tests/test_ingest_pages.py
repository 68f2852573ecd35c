"""Saved outlet pages and feeds read the way an editor would read them.

The fixtures in tests/data/pages imitate the templates of the outlets the desk follows (BBC
Urdu/Pashto/Persian, Dawn, Express Tribune, TOLOnews, Pajhwok, Azadi/Mashaal, Hasht-e Subh,
Etilaatroz, Geo, Express Urdu, Jang, Shamshad, an AMP page, a legacy cp1256 page, a
JavaScript-rendered page, a listing page) and their feeds. For each: the article text from
its first to its last real paragraph and nothing around it, the headline without the site
suffix, the outlet's name, the outlet's local date, the canonical URL and the language hint.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from xsource.errors import NoArticlesError
from xsource.ingest import ingest
from xsource.records import Article, Skipped

PAGES = Path(__file__).parent / "data" / "pages"
ZWNJ = "\u200c"

# file: (title, outlet, date, url, lang, first paragraph starts, last paragraph ends,
#        text that must not be in the article: navigation, related, most read, comments, share)
EXPECTED = {
    "bbc-urdu.html": (
        "افغان پناہ گزینوں کی ملک بدری: ’ہمارے بچے یہیں پیدا ہوئے، اب کہاں جائیں؟‘",
        "BBC Urdu", "2023-11-02", "https://www.bbc.com/urdu/articles/c8v3x1ke5z2o", "ur",
        "پاکستان میں غیر قانونی طور پر مقیم افغان باشندوں",
        "کمزور افراد کی جبری واپسی کا عمل فوری طور پر روک دے۔",
        ["متعلقہ مضامین", "کراچی میں افغان بستی", "سب سے زیادہ پڑھی جانے والی", "سموگ",
         "مصنف", "فرحت جاوید", "صفحۂ اول", "BBC News", "استعمال کی شرائط"]),
    "bbc-pashto.html": (
        "پاکستان: د بې اسنادو افغان کډوالو ایستل پیل شول", "BBC Pashto", "2023-11-01",
        "https://www.bbc.com/pashto/articles/c0d7k4x1ym9o", "ps",
        "پاکستان کې د بې اسنادو افغان کډوالو د وتلو",
        "د ښځو او ماشومانو خوندیتوب ته ځانګړې پاملرنه وکړي.",
        ["اړوند مطالب", "وروستۍ موده", "ډېر لوستل شوي", "د هرات زلزله", "تازه شوی",
         "منځپانګې ته ولاړ شئ"]),
    "bbc-persian.html": (
        f"آغاز اخراج مهاجران افغانستانی از پاکستان؛ صف{ZWNJ}های طولانی در تورخم",
        "BBC Persian", "2023-11-02", "https://www.bbc.com/persian/articles/cz5r8v1kq4do",
        "fa", "با پایان مهلت دولت پاکستان",
        "می‌تواند به یک بحران انسانی تازه در افغانستان تبدیل شود.",
        ["مطالب مرتبط", "ایران هم اخراج", "پربیننده‌ترین", "قیمت دلار", "صفحه اول"]),
    "dawn.html": (
        "Over 140,000 Afghans have left Pakistan since October, says Bugti", "Dawn",
        "2023-11-02",
        "https://www.dawn.com/news/1786512", "en",
        "ISLAMABAD: Caretaker Interior Minister Sarfraz Bugti said on Wednesday",
        "the highest number in a single day since the drive began.",
        ["Read more", "Advertisement", "Published in Dawn", "Comments", "Long overdue",
         "Recommend", "Most Popular", "Editor's Picks", "WhatsApp", "Breaking", "E-Paper",
         "Afghan families wait at the Torkham"]),
    "dawn-amp.html": (
        "Holding centres set up as crackdown on illegal foreigners begins", "Dawn", "2023-11-01",
        ("https://www.dawn.com/news/1786420/holding-centres-set-up-as-crackdown-on-illegal-"
         "foreigners-begins"), "en",
        "PESHAWAR: Authorities in Khyber Pakhtunkhwa on Wednesday set up holding centres",
        "that families are not separated.",
        ["Advertisement", "Menu", "View non-AMP version", "Copyright", "Latest"]),
    "tribune.html": (
        "Afghan exodus continues as deadline lapses", "The Express Tribune", "2023-11-02",
        "https://tribune.com.pk/story/2444512/afghan-exodus-continues-as-deadline-lapses", "en",
        "Thousands queue at Torkham as police begin rounding up undocumented migrants",
        "urged Pakistan to give people more time.",
        ["READ:", "Kabul urges Islamabad", "COMMENTS", "Good step", "forty years",
         "MOST READ", "Gold price", "Share on Facebook", "Advertisement", "PHOTO: AFP"]),
    "tolonews-dari.html": (
        f"مهاجرین اخراج شده: پولیس پاکستان دارایی{ZWNJ}های ما را گرفت", "TOLOnews",
        "2023-11-02", "https://tolonews.com/fa/afghanistan-185612", "prs",
        "شماری از مهاجرین افغان که از پاکستان اخراج شده‌اند، می‌گویند",
        "وضعیت بازگشت‌کنندگان در مرزها نگران‌کننده است.",
        ["۱۱ عقرب", "برچسب‌ها", "خبرهای مرتبط", "پربیننده‌ترین‌ها", "اشتراک گذاری", "تلگرام",
         "فرید احمد", "رفتن به محتوای اصلی"]),
    "tolonews-en.html": (
        "Over 60,000 Afghan Migrants Return From Pakistan in a Week: Ministry", "TOLOnews",
        "2023-11-02", "https://tolonews.com/afghanistan-185615", "en",
        "The Ministry of Refugees and Repatriation said that more than 60,000",
        "called for more humanitarian assistance.",
        ["Thursday, 02 November", "Related News", "Tags", "Skip to main content", "WhatsApp"]),
    "pajhwok-en.html": (
        "Nearly 30,000 Afghans return from Pakistan in 2 days", "Pajhwok Afghan News",
        "2023-11-02",
        "https://pajhwok.com/2023/11/02/nearly-30000-afghans-return-from-pakistan-in-2-days/",
        "en", "JALALABAD (Pajhwok): Nearly 30,000 Afghan refugees",
        "forced to leave their homes and businesses in Pakistan at short notice.",
        ["Nov 2, 2023", "Related Stories", "Most Read", "Subscribe", "SHARE THIS STORY"]),
    "pajhwok-dari.html": (
        "نزدیک به ۳۰ هزار مهاجر افغان در دو روز از پاکستان برگشتند", "Pajhwok Afghan News",
        "2023-11-02", "https://pajhwok.com/fa/2023/11/02/returnees-torkham/", "prs",
        "جلال‌آباد (پژواک): مسئولان می‌گویند",
        "مجبور شدند خانه و کاروبار خود را در پاکستان با عجله رها کنند.",
        ["اخبار مرتبط", "پربیننده‌ترین", "شریک سازید", "زلزله‌زدگان"]),
    "azadi-dari.html": (
        f"سازمان ملل: اخراج اجباری مهاجرین افغان در آستانه زمستان فاجعه{ZWNJ}بار است",
        "Radio Azadi", "2023-11-03", "https://da.azadiradio.com/a/32666101.html", "prs",
        "سازمان ملل متحد از پاکستان خواسته است که اخراج مهاجرین افغان را متوقف کند.",
        "دارندگان کارت پی‌او‌آر فعلاً مشمول این طرح نیستند.",
        ["مطالب مرتبط", "پربیننده‌ترین‌ها", "نظر شما چیست", "فیسبوک", "جستجو", "RFE/RL"]),
    "mashaal-pashto.html": (
        "خیبر پښتونخوا: د افغان کډوالو لپاره ۴۹ د ساتنې مرکزونه جوړ شول", "Radio Mashaal",
        "2023-11-02", "https://www.mashaalradio.com/a/32664410.html", "ps",
        "د خیبر پښتونخوا حکومت وايي چې د بې اسنادو افغان کډوالو",
        "د قانون سره سم چلند وکړي او کورنۍ سره جلا نه کړي.",
        ["اړوند مطالب", "بګټي", "فېسبوک"]),
    "hasht-e-subh.html": (
        f"پولیس پاکستان ده{ZWNJ}ها مهاجر افغان را در کراچی و پشاور بازداشت کرد",
        "Hasht-e Subh", "2023-11-02",
        "https://8am.media/fa/pakistan-police-detain-afghan-migrants/", "fa",
        "پولیس پاکستان در شهرهای کراچی و پشاور",
        "اما نهادهای امدادی می‌گویند کمک‌ها بسنده نیست.",
        ["اشتراک‌گذاری", "فیس‌بوک", "مرتبط", "زنان بازگشت‌کننده", "نوشته قبلی",
         "دیدگاهتان را بنویسید", "تازه‌ترین‌ها", "برچسب‌ها"]),
    "etilaatroz.html": (
        f"زنان بازگشت{ZWNJ}کننده از پاکستان: نه خانه داریم، نه کار", "Etilaatroz",
        "2023-11-04", "https://www.etilaatroz.com/192345/women-returnees-from-pakistan/", "prs",
        "شماری از زنانی که در روزهای اخیر از پاکستان",
        "نیازهای بازگشت‌کنندگان به سرپناه، غذا و خدمات صحی به‌سرعت افزایش می‌یابد.",
        ["هم‌رسانی", "Facebook", "مطالب مرتبط", "برچسب‌ها", "حمایت مالی", "زهرا حسینی"]),
    "shamshad-pashto.html": (
        "له تورخم لارې پرون اوه زره کډوال هېواد ته راستانه شول", "Shamshad News", "2023-11-03",
        "https://shamshadnews.com/ps/2023/11/03/returnees-torkham/", "ps",
        "د شمشاد نیوز د راپور له مخې، پرون له تورخم لارې",
        "له راستانه شویو سره خپلې مرستې زیاتې کړي.",
        ["اړوند خبرونه", "ډېر لوستل شوي", "ټګونه", "Facebook", "لیکوال", "ژوندۍ خپرونه"]),
    "geo-urdu.html": (
        "غیر قانونی مقیم غیر ملکیوں کے خلاف آپریشن، کراچی میں درجنوں افغان گرفتار", "Geo Urdu",
        "2023-11-02", "https://urdu.geo.tv/latest/341877-", "ur",
        "کراچی میں غیر قانونی طور پر مقیم غیر ملکیوں کے خلاف آپریشن",
        "قانونی دستاویزات رکھنے والے افراد کو بھی ہراساں کیا جا رہا ہے۔",
        ["مزید خبریں", "سب سے زیادہ پڑھی جانے والی", "شیئر کریں", "فائل فوٹو", "ویب ڈیسک",
         "۲ نومبر"]),
    # the site names itself ایکسپریس اردو; express.pk is Express News, whatever the page says
    "express-urdu.html": (
        "طورخم بارڈر: 24 گھنٹوں میں 24 ہزار سے زائد افغان شہری واپس", "Express News",
        "2023-11-01", "https://www.express.pk/story/2562411/1", "ur",
        "پشاور: طورخم بارڈر کے راستے گزشتہ 24 گھنٹوں",
        "31 اکتوبر تک ملک چھوڑنے کی ڈیڈ لائن دی تھی۔",
        ["تبصرے", "بہت اچھا فیصلہ", "کمنٹس", "مقبول خبریں", "ویب ڈیسک", "Whatsapp"]),
    "jang-br.html": (
        "افغان باشندوں کی واپسی، چمن بارڈر پر بھی رش", "Jang", "2023-11-02",  # "Daily Jang"
        "https://jang.com.pk/news/1284511", "ur",
        "چمن: پاک افغان سرحد چمن پر افغان باشندوں کی واپسی",
        "کئی دن سے پھنسی ہوئی ہیں۔",
        ["02 نومبر", "مزید خبریں", "فیس بک", "ای پیپر"]),
    "bakhtar-cp1256.html": (  # legacy: Arabic yeh as cp1256 has it, ASCII digits
        "وزارت مهاجرين: روزانه هزاران خانواده از پاکستان برمي‌گردند",
        "Bakhtar News Agency", "2023-11-03", None, "prs",
        "مسئولان وزارت امور مهاجرين و عودت‌کنندگان مي‌گويند",
        "فرصت بيشتري براي بازگشت داوطلبانه و باعزت بدهند.",
        ["12 عقرب", "آخرين اخبار", "صفحه اصلي", "کليه حقوق"]),
    "afintl-jsonld.html": (
        "ایران و پاکستان در یک ماه بیش از ۳۰۰ هزار مهاجر افغان را اخراج کردند",
        "Afghanistan International", "2023-11-05", "https://www.afintl.com/202311054189", "prs",
        "سازمان بین‌المللی مهاجرت اعلام کرد",
        "به آنان فرصت بدهند تا با عزت به کشور برگردند.",
        ["در حال بارگذاری", "جاوااسکریپت"]),
}


def read(name: str) -> Article:
    result = ingest([str(PAGES / name)])
    assert result.skipped == ()
    (article,) = result.articles
    return article


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_metadata_is_what_the_page_says(name):
    title, outlet, date, url, lang, *_ = EXPECTED[name]
    article = read(name)
    assert (article.title, article.outlet, article.date, article.url, article.lang_hint,
            article.format) == (title, outlet, date, url, lang, "html")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_text_is_the_article_from_first_to_last_paragraph_and_nothing_else(name):
    *_, first, last, junk = EXPECTED[name]
    text = read(name).text
    assert text.startswith(first)
    assert text.endswith(last)
    assert "\n\n" in text  # paragraphs stay paragraphs
    for words in junk:
        assert words not in text, words


def test_zwnj_inside_persian_and_dari_words_survives_extraction():
    text = read("tolonews-dari.html").text
    assert "می‌گویند" in text and "دارایی‌ها" in text and "می\u200cگویند" in text
    assert "میگویند" not in text


def test_zwnj_written_as_an_html_entity_survives_too(tmp_path):
    body = "".join(f"<p>مهاجرین می&zwnj;گویند که پولیس دارایی&#8204;های شان را گرفته است {i}.</p>"
                   for i in range(3))
    page = tmp_path / "entity.html"
    page.write_text(f"<html lang='fa-AF'><head><title>T</title></head><body><article>{body}"
                    "</article></body></html>", encoding="utf-8")
    text = ingest([str(page)]).articles[0].text
    assert "می\u200cگویند" in text and "دارایی\u200cهای" in text


def test_cp1256_page_is_decoded_by_its_meta_charset():
    article = read("bakhtar-cp1256.html")
    assert article.encoding in ("windows-1256", "cp1256")
    assert "پاکستان" in article.text and "\ufffd" not in article.text


def test_site_suffix_and_h1_repeat_are_not_in_title_or_text():
    article = read("bbc-urdu.html")
    assert "BBC" not in article.title
    assert not article.text.startswith("افغان پناہ گزینوں کی ملک بدری")


def test_listing_page_is_refused_not_turned_into_a_junk_article():
    path = PAGES / "dawn-listing.html"
    with pytest.raises(NoArticlesError):
        ingest([str(path)])
    events = ingest([str(PAGES / "dawn.html"), str(path)]).skipped
    assert events == (Skipped(str(path), "no-text",
                              f"{path}: is an index or listing page (headlines and teasers, no "
                              "article text); save the article page itself or its text as .txt"),)


# --- feeds ---------------------------------------------------------------------------------


def feed(name: str):
    result = ingest([str(PAGES / name)])
    return result.articles, result.skipped


def test_urdu_rss_with_content_encoded_and_rfc822_dates():
    articles, skipped = feed("bbc-urdu-rss.xml")
    assert skipped == ()
    assert [(a.title, a.date, a.url, a.lang_hint, a.locator, a.format) for a in articles] == [
        ("افغان شہریوں کی واپسی: طورخم پر رش برقرار", "2023-11-02",
         "https://www.bbc.com/urdu/articles/c1x2y3z4", "ur", "entry 1", "feed"),
        ("’ہولڈنگ سینٹرز‘ کیا ہیں اور وہاں کیا ہو رہا ہے؟", "2023-11-03",
         "https://www.bbc.com/urdu/articles/c5v6w7x8", "ur", "entry 2", "feed")]
    # the section feed's "BBC News اردو - پاکستان" names the outlet as its pages do
    assert {a.outlet for a in articles} == {read("bbc-urdu.html").outlet}
    # the full text from content:encoded, not the one-line description
    assert articles[0].text.count("\n\n") == 2
    assert articles[0].text.endswith("انھیں اپنا سامان سمیٹنے کا وقت بھی نہیں ملا۔")


def test_dari_atom_feed_keeps_zwnj_and_drops_the_wordpress_footer():
    articles, skipped = feed("etilaatroz-atom.xml")
    assert skipped == ()
    assert [(a.outlet, a.date, a.lang_hint, a.url) for a in articles] == [
        ("Etilaatroz", "2023-11-04", "prs",
         "https://www.etilaatroz.com/192345/women-returnees-from-pakistan/"),
        ("Etilaatroz", "2023-11-05", "prs", "https://www.etilaatroz.com/192360/")]
    assert articles[0].title == "زنان بازگشت\u200cکننده از پاکستان: نه خانه داریم، نه کار"
    assert articles[0].text.endswith("به سرپناه و غذا به\u200cسرعت افزایش می\u200cیابد.")
    assert "اولین بار در" not in articles[0].text and "پدیدار شد" not in articles[0].text


def test_summary_only_feed_keeps_whole_summaries_and_reports_cut_off_teasers():
    """Decision: a summary is kept (it is the outlet's own words, and a desk may have only the
    feed); one ending cut off ('[…]', '…', 'Read more') is a teaser and is reported."""
    path = PAGES / "dawn-summaries-rss.xml"
    articles, skipped = feed("dawn-summaries-rss.xml")
    assert [(a.locator, a.date, a.outlet) for a in articles] == [
        ("entry 1", "2023-11-02", "Dawn"), ("entry 2", "2023-11-01", "Dawn"),
        ("entry 3", "2023-11-02", "Dawn")]
    assert articles[0].text == ("Caretaker interior minister says operation against illegal "
                                "foreigners will continue in phases.")
    assert articles[2].text.startswith("KABUL: The Taliban administration")
    assert skipped == (Skipped(str(path), "no-text",
                               f"{path}: 1 of 4 feed entries have only a teaser cut off with '…' "
                               "or 'Read more', not the article; ingest the linked article pages "
                               "instead"),)


def test_feed_entities_and_cdata_become_plain_text():
    articles, skipped = feed("pajhwok-pashto-rss.xml")
    assert skipped == ()
    first, second = articles
    assert first.title == "تورخم: ‘پاکستاني پولیسو زموږ پیسې واخیستې’"
    assert second.title == 'کډوال: "طالبان دې موږ ته سرپناه راکړي"'
    assert (first.outlet, first.lang_hint, first.date, second.date) == (
        "Pajhwok Afghan News", "ps", "2023-11-02", "2023-11-03")  # the feed says پژواک ...
    assert "«موږ دېرش کاله په پېښور کې اوسېدو" in first.text
    assert "کډوال عبدالرحمن" in first.text  # &nbsp; is a space, not a word joiner
    for text in (first.text, second.text):
        assert "&" + "nbsp;" not in text and "&amp;" not in text and "<p>" not in text
        assert " & " in text
        assert text.count("\n\n") == 2


# --- what must not be trimmed ----------------------------------------------------------------


def page(tmp_path, body: str, head: str = "") -> Article:
    path = tmp_path / "p.html"
    path.write_text(f"<!doctype html><html lang='en'><head><title>Deadline passes | Dawn</title>"
                    f"{head}</head><body>{body}</body></html>", encoding="utf-8")
    result = ingest([str(path)])
    assert result.skipped == ()
    return result.articles[0]


def test_a_short_first_sentence_with_a_date_is_text_not_a_date_line(tmp_path):
    article = page(tmp_path, "<article><h1>Deadline passes</h1>"
                   "<p>The deadline was October 31, 2023.</p>"
                   "<p>Police began detaining undocumented Afghans in Karachi and Peshawar on "
                   "Wednesday, officials said.</p><p>Thousands queued at Torkham.</p></article>")
    assert article.title == "Deadline passes"
    assert article.text.startswith("The deadline was October 31, 2023.")


def test_a_page_calling_itself_website_with_short_paragraphs_is_still_an_article(tmp_path):
    paragraphs = "".join(f"<p>حکام کے مطابق آج {n} ہزار افغان شہری طورخم کے راستے واپس گئے۔</p>"
                         for n in range(2, 6))
    article = page(tmp_path, f"<div class='story'><h1>طورخم</h1>{paragraphs}</div>",
                   head="<meta property='og:type' content='website'>")
    assert article.text.count("\n\n") == 3


def test_json_ld_publisher_given_as_a_url_is_not_an_outlet_name(tmp_path):
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Deadline '
          'passes", "publisher": "https://www.dawn.com", "datePublished": "2023-11-01"}</script>')
    article = page(tmp_path, "<article><p>Police began detaining undocumented Afghans in Karachi "
                   "and Peshawar on Wednesday.</p><p>Thousands queued at Torkham.</p></article>",
                   head=ld + "<meta property='og:site_name' content='DAWN.COM'>")
    assert (article.outlet, article.date, article.title) == ("Dawn", "2023-11-01",
                                                             "Deadline passes")


def test_short_opening_sentences_that_look_like_bylines_are_kept(tmp_path):
    article = page(tmp_path, "<article><h1>Deadline passes</h1>"
                   "<p>By Wednesday, 10,000 had left.</p><p>Authorities set up camps.</p>"
                   "<p>Police began detaining undocumented Afghans in Karachi and Peshawar on "
                   "Wednesday, officials said.</p></article>")
    assert article.text.startswith("By Wednesday, 10,000 had left.\n\nAuthorities set up camps.")


def test_a_json_ld_headline_cut_short_gives_way_to_the_full_title(tmp_path):
    full = ("Pakistan begins deporting undocumented Afghans as the October 31 deadline for "
            "illegal foreigners to leave expires and thousands queue at Torkham")
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "'
          + full[:100] + '…"}</script>')
    article = page(tmp_path, "<article><p>Police began detaining undocumented Afghans in Karachi "
                   "and Peshawar on Wednesday.</p><p>Thousands queued at Torkham.</p></article>",
                   head=ld + f"<meta property='og:title' content='{full}'>")
    assert article.title == full


def test_a_logo_in_h1_is_not_the_headline_and_a_broken_json_ld_date_is_passed_over(tmp_path):
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
          '"Thursday", "publisher": {"name": "Dawn"}}</script>')
    article = page(tmp_path, "<header><h1 class='logo'><a href='/'>Dawn</a></h1></header>"
                   "<div class='story'><p>Police began detaining undocumented Afghans in "
                   "Karachi and Peshawar on Wednesday.</p><p>Thousands queued at Torkham.</p>"
                   "</div>", head=ld + "<meta property='article:published_time' "
                   "content='2023-11-01T09:00:00+05:00'>")
    assert (article.title, article.outlet, article.date) == ("Deadline passes", "Dawn",
                                                             "2023-11-01")


@pytest.mark.parametrize("site, outlet", [
    ("BBC News پښتو", "BBC Pashto"), ("BBC News اردو", "BBC Urdu"), ("هشت صبح", "Hasht-e Subh"),
    ("روزنامه ۸صبح", "Hasht-e Subh"),  # the paper's own site name, written with the digit
    ("اطلاعات روز", "Etilaatroz"), ("انڈپینڈنٹ اردو", "Independent Urdu"),
    ("آژانس اطلاعاتي باختر", "Bakhtar News Agency"), ("مشال راډیو", "Radio Mashaal"),
    ("Some Local Weekly", "Some Local Weekly"), ("یک نشریه محلی", "یک نشریه محلی"),
    # a site named in two scripts: the known outlet, else the Latin half
    ("اطلاعات روز | Etilaatroz", "Etilaatroz"), ("یک نشریه محلی | Local Weekly", "Local Weekly"),
])
def test_a_site_name_in_another_script_reads_as_the_outlet_s_english_name(site, outlet):
    from xsource.ingest.credit import readable_outlet

    assert readable_outlet(site) == outlet


def test_json_ld_publisher_written_as_a_domain_reads_as_the_outlet(tmp_path):
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Deadline '
          'passes", "publisher": {"@type": "Organization", "name": "DAWN.COM"}, '
          '"datePublished": "2023-10-24"}</script>')
    article = page(tmp_path, "<article><p>Police began detaining undocumented Afghans in Karachi "
                   "and Peshawar on Wednesday.</p><p>Thousands queued at Torkham.</p></article>",
                   head=ld)
    assert article.outlet == "Dawn"


@pytest.mark.parametrize("site, url, outlet", [
    ("Arab News PK", "https://www.arabnews.pk/node/2407316/pakistan", "Arab News Pakistan"),
    ("Daily Jang", "https://example.org/a/1", "Jang"),  # a known outlet's other name
    ("Karachi Chronicle", "https://karachichronicle.example/a/1", "Karachi Chronicle"),
    # a known site's own host decides, whatever the page names itself
    ("Geo News Urdu", "https://urdu.geo.tv/latest/372984-", "Geo Urdu"),
    ("Voice of America - Deewa", "https://www.voadeewanews.com/a/balkh/7000712.html",
     "VOA Deewa"),
])
def test_a_known_site_is_one_outlet_whatever_the_page_calls_itself(tmp_path, site, url,
                                                                    outlet):
    body = "".join(f"<p>Police in Karachi arrested {n} Afghans on Tuesday, officials said, "
                   "as the operation against undocumented foreigners widened.</p>"
                   for n in range(100, 106))
    page = tmp_path / "page.html"
    page.write_text(f'<html lang="en"><head><title>Karachi arrests</title>'
                    f'<meta property="og:site_name" content="{site}">'
                    f'<meta property="og:url" content="{url}"></head>'
                    f"<body><article><h1>Karachi arrests</h1>{body}</article></body></html>",
                    encoding="utf-8")
    (article,) = ingest([str(page)]).articles
    assert article.outlet == outlet
