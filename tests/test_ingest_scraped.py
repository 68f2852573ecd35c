"""Scraped articles as the evaluation corpus delivers them: `NNN_<hash>.txt`, no header, the text
opening with ` date 2023-11-07 ` glued to the first paragraph, an agency dateline and a
syndication tail. The fixtures in tests/data/scraped imitate that format in English, Urdu,
Pashto and Dari (written for these tests).

What an editor checks: the date is read and gone from the text, the disclaimer and "follow us"
lines are not in the text (so they never become claims), and each file gets its own outlet —
the one it credits itself to, or its file name — never the folder and never an outlet the
article merely quotes.
"""

from pathlib import Path

import pytest

from xsource.ingest import ingest

SCRAPED = Path(__file__).parent / "data" / "scraped" / "afghan-returns"

# file: (outlet, date, text starts, text ends)
EXPECTED = {
    "001_a3f9c2e81b7d4e60.txt": (
        "ANI", "2023-11-03", "Peshawar [Pakistan], November 3 : Thousands of Afghan families",
        "targets only those without legal documents, Dawn reported."),
    "002_5c1e0d9b7a2f3386.txt": (
        "Reuters", "2023-11-01", "ISLAMABAD, Nov 1 (Reuters) - Pakistani police began",
        "about 1.7 million Afghans were in Pakistan illegally."),
    "003_e71b44c0d9a5f812.txt": (
        "ڈیلی پاکستان آن لائن", "2023-11-02", "اسلام آباد (ڈیلی پاکستان آن لائن) نگران وفاقی حکومت",
        "رجسٹرڈ مہاجرین کے خلاف کوئی کارروائی نہیں کی جائے گی۔"),
    "004_0b9d2e6f4c18a7e3.txt": (
        "Pajhwok Afghan News", "2023-11-04", "کابل (پژواک): د کډوالو او راستنېدونکو چارو وزارت",
        "راستنېدونکو ته لومړنۍ مرستې ورکول کېږي."),
    "005_9f3a6c2d8e1b0457.txt": (
        "TOLOnews", "2023-11-05", "مقام\u200cهای طالبان می\u200cگویند",
        "در نزدیکی بندر تورخم به سر می\u200cبرند."),
    "006_27c4e8a1f05d9b36.txt": (
        "006_27c4e8a1f05d9b36", "2023-11-06", "Pakistan has defended its decision",
        "nearly 2 million Afghans to leave, reported The Express Tribune."),
}
BOILERPLATE = ("date 2023", "Disclaimer", "auto-published", "syndicated feed", "Follow us",
               "Also Read", "Subscribe", "ہمیں فالو کریں", "واٹس ایپ", "لایک کړئ", "فېسبوک",
               "دنبال کنید", "منبع")


@pytest.fixture(scope="module")
def by_name():
    result = ingest([str(SCRAPED)])
    assert not result.skipped and not result.duplicates
    return {Path(a.path).name: a for a in result.articles}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_scraped_file_gets_date_outlet_and_clean_text(by_name, name):
    outlet, date, starts, ends = EXPECTED[name]
    article = by_name[name]
    assert (article.outlet, article.date) == (outlet, date)
    assert article.text.startswith(starts)
    assert article.text.endswith(ends)
    assert [word for word in BOILERPLATE if word in article.text] == []


def test_headerless_files_in_one_folder_are_different_outlets(by_name):
    # the comparator only compares claims of different outlets: one folder = one outlet
    # would compare nothing
    assert sorted(a.outlet for a in by_name.values()) == sorted(v[0] for v in EXPECTED.values())
    assert len({a.outlet for a in by_name.values()}) == len(EXPECTED)
    assert "afghan-returns" not in {a.outlet for a in by_name.values()}


def test_outlets_the_body_quotes_are_not_the_articles_outlet(by_name):
    # 001 "reported Dawn"/"told BBC", 003 "بی بی سی اردو کے مطابق", 004 "ازادي راډیو ته",
    # 005 "به گزارش بی‌بی‌سی", 006 "told BBC"/"reported The Express Tribune"
    quoted = {"Dawn", "BBC", "BBC Urdu", "Radio Azadi", "The Express Tribune"}
    assert {a.outlet for a in by_name.values()} & quoted == set()


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def outlet_of(tmp_path: Path, text: str, name: str = "017_abc.txt") -> str:
    (article,) = ingest([str(write(tmp_path / "scrape" / name, text))]).articles
    return article.outlet


BODY = " Officials said 24,000 people crossed on Friday.\n\nMore details followed later."


@pytest.mark.parametrize("text, outlet", [
    ("KABUL (Pajhwok):" + BODY, "Pajhwok Afghan News"),
    ("Islamabad [Pakistan], November 7 (ANI):" + BODY, "ANI"),
    ("WASHINGTON (AP) —" + BODY, "AP"),
    ("QUETTA, Pakistan (AP) -" + BODY, "AP"),  # AP's city, country dateline
    ("KABUL, Afghanistan (AP) —" + BODY, "AP"),
    ("ISLAMABAD, Nov 7 (APP):" + BODY, "APP"),
    ("Torkham crossing reopens\n\nKABUL (Xinhua) --" + BODY, "Xinhua"),  # after a headline
    ("اسلام آباد (بی بی سی اردو) طورخم پر رش برقرار ہے۔\n\nمزید تفصیل۔", "BBC Urdu"),
    ("کابل (باختر): راستنېدونکي کډوال ډېر شوي دي.\n\nنور جزئیات.", "Bakhtar News Agency"),
    ("KARACHI:" + BODY.rstrip(".") + ", officials said.—AFP", "AFP"),
    ("Officials said 24,000 people crossed.\n\nSource: Khaama Press", "Khaama Press"),
    ("حکام نے بتایا کہ 24 ہزار افراد واپس گئے۔\n\nذریعہ: ڈان نیوز", "Dawn"),
    ("چارواکو وویل چې ۲۴ زره کسان راستانه شول.\n\nسرچینه: طلوع نیوز", "TOLOnews"),
    ("Officials said 24,000 people crossed.\n\nCourtesy: Geo News", "Geo News"),
    # the filing day inside the credit; outlets of the region in their own script
    ("جلال اباد (پژواک، د لړم ۱۱مه): ۲۹ زره افغانان راستانه شول.\n\nنور جزئیات.",
     "Pajhwok Afghan News"),
    ("اسلام آباد (جنگ نیوز) ملک بدری کا عمل جاری ہے۔\n\nمزید تفصیل۔", "Jang"),
    # the paper's own correspondent, by the short name that alone is a common word (جنگ: war)
    ("چمن (نمائندہ جنگ) افغان فورسز نے گولہ باری کی۔\n\nمزید تفصیل۔", "Jang"),
    # a wire dateline filed from two cities
    ("WASHINGTON/KABUL, Aug 1 (Reuters) - The United States killed an al Qaeda leader.\n\nMore.",
     "Reuters"),
    ("کراچی (نمائندہ ایکسپریس) پولیس نے کارروائی کی۔\n\nمزید تفصیل۔", "Express News"),
    ("کابل (سلام وطندار): مهلت امروز به پایان رسید.\n\nجزئیات بیشتر.", "Salam Watandar"),
    ("مهاجران افغان از پاکستان اخراج می شوند.\n\nمنبع: آمو", "Amu TV"),
    ("مهاجران افغان از پاکستان اخراج می شوند.\n\nمنبع: آمو تلویزیون", "Amu TV"),
    ("کډوال راستانه شول.\n\nسرچینه: نن ټکی اسیا", "Nunn Asia"),
    ("ISLAMABAD: Officials said 24,000 people crossed.\n\nPublished in The Express Tribune, "
     "November 7th, 2023.", "The Express Tribune"),
    ("KARACHI: Officials said 1,500 people were arrested.\n\nOriginally published in The News",
     "The News"),
    ("افغانستان اینترنشنال - مقام‌های طالبان هشدار داده اند.\n\nجزئیات بیشتر.",
     "Afghanistan International"),
    ("کابل (شمشاد نیوز): کډوال راستانه شول.\n\nنور جزئیات.", "Shamshad News"),
    # no credit, but the outlet names itself as the one told or the one that learned
    ("KABUL, Afghanistan - Floods killed dozens.\n\nKhaama Press has learned that aid "
     "arrived on Saturday.", "Khaama Press"),
    ("CHAMAN, Pakistan - Trucks wait at the border.\n\nGul Ahmad, 42, told Al Jazeera he had "
     "never seen Kandahar.", "Al Jazeera"),
    ("ISLAMABAD: The Senate committee met.\n\nA father of five told Dawn as he waited at "
     "the gate.", "Dawn"),
    # "before dawn" is no Dawn (the glossary matches the paper only capitalised)
    ("ISLAMABAD: Fighters stormed army posts before dawn, officials said.\n\nA senior official "
     "told Arab News, speaking on condition of anonymity, that the posts held.", "Arab News"),
    # Urdu: speaking to the outlet by telephone
    ("کابل: زلزلے نے تباہی مچا دی۔\n\nگل محمد نے ایکسپریس نیوز سے ٹیلی فون پر گفتگو کرتے ہوئے "
     "کہا کہ گاؤں تباہ ہو گیا۔", "Express News"),
    ("طورخم: تجارت متاثر ہوئی ہے۔\n\nچیمبر کے ایک عہدیدار نے ایکسپریس نیوز سے بات چیت کرتے "
     "ہوئے کہا کہ نقصان ہو رہا ہے۔", "Express News"),
    # the paper's name with its article: "told The Express Tribune that ..."
    ("KHYBER: Trade remained suspended.\n\nCustoms officials told The Express Tribune that "
     "revenue collection had stopped.", "The Express Tribune"),
    ("کرایه خانه‌ها افزایش یافته است.\n\nشکیلا به آمو گفت: «اینجا کاری نداریم.»", "Amu TV"),
    # its English site: "told Amu" (never the Amu river, which tells nothing)
    ("KABUL - Internet services were cut.\n\nStudents in Herat told Amu they had lost "
     "their online classes.", "Amu TV"),
    # a broadcaster with many services, told twice in Urdu's own words: its Urdu service
    ("گل بی بی سامان باندھ رہی ہیں۔\n\nانھوں نے بی بی سی کو بتایا کہ وہ جا رہی ہیں۔\n\n"
     "بی بی سی سے بات کرتے ہوئے ایک افسر نے کہا کہ ٹرینیں تیار ہیں۔", "BBC Urdu"),
    # ...once by the broadcaster's name, once with its service's ("بی بی سی اردو سے گفتگو میں")
    ("خواتین کو کام سے روک دیا گیا۔\n\nایک کارکن نے بی بی سی کو بتایا کہ خاندان غریب ہو جائیں گے۔"
     "\n\nایک طالبہ نے بی بی سی اردو سے گفتگو میں کہا کہ وہ پریشان ہیں۔", "BBC Urdu"),
    # a glossary organisation whose note speaks of outlets ("outlets choosing it ...") is
    # no outlet: naming the Islamic Emirate makes no quotation of another outlet
    ("د اسلامي امارت چارواکو وویل چې کډوال راستانه کېږي.\n\nیوه کډوال شمشاد نیوز ته وویل "
     "چې پولیسو نیولی و.", "Shamshad News"),
    # VOA's Pashto service by its own short name ("told Deewa"); ډیوه is also a lamp
    ("کډوال په وېره کې دي.\n\nیوې فعالې ډیوې ته وویل چې حکومت باید توپیر وکړي.",
     "VOA Deewa"),
    # ...told with the hamza spelling many Pashto writers use (ووئیل)
    ("محصلینو لاریون وکړ.\n\nیوې محصلې ډیوې ته ووئیل: «موږ فکر نه کاوه چې دا به وشي.»",
     "VOA Deewa"),
    # ...and in English, told twice: its English service
    ("ISLAMABAD - Afghan journalists protested.\n\nOne told VOA he had barely left home.\n\n"
     "A State Department spokesperson told VOA that cases would move faster.",
     "Voice of America"),
    ("سیلاب ویرانی به بار آورد.\n\nزنان در ولسوالی برکه به هشت صبح گفتند که داکتر زن نیست.",
     "Hasht-e Subh"),
    # Afghanistan International's name as some write it, without the alef (اینترنشنل)
    ("شاهراه‌ها بسته شد.\n\nشماری از بازرگانان به افغانستان اینترنشنل گفتند که کالاهایشان مانده است.",
     "Afghanistan International"),
    ("سېلاب کلي ویجاړ کړل.\n\nاوسېدونکو ازادي راډیو ته وویل چې مرسته نه ده رسېدلې.",
     "Radio Azadi"),
    # radio before the name, with Pashto's retroflex ډ
    ("پوځي عملیات اعلان شول.\n\nیوه اوسېدونکي راډیو مشال ته وویل چې کورنۍ یې وېرېږي.\n\n"
     "یوه شنونکي راډیو مشال ته وویل چې باور اړین دی.", "Radio Mashaal"),
    ("The Taliban barred women from the park.\n\nA woman in Bamiyan told KabulNow she had gone "
     "to the lakes every summer.", "KabulNow"),
    # Jang's correspondents (plural) and the agencies
    ("اسلام آباد، لاہور (نمائندگان جنگ، ایجنسیاں) عدالت نے فیصلہ سنا دیا۔\n\nمزید تفصیل۔", "Jang"),
    # the Afghan state agency is quoted by everyone, as APP is: no other outlet named
    ("KABUL - Girls were sent home.\n\nThe decision was announced by Bakhtar News Agency.\n\n"
     "\"We cried,\" Mursal told Al Jazeera by phone.", "Al Jazeera"),
    # the outlet told with its kind before its name: "to the newspaper Etilaatroz said"
    ("افراد مسلح کارگران را کشتند.\n\nیک بازمانده به روزنامه‌ی اطلاعات روز گفت که برادرش کشته شد.",
     "Etilaatroz"),
    # VOA Deewa as "Deewa radio" in the oblique (ډیوې راډیو ته وویل)
    ("د مړو خپلوانو لاریون وکړ.\n\nیوه کارګر ډیوې راډیو ته وویل چې شرایط سخت دي.", "VOA Deewa"),
    # ...and its news desk with the agencies
    ("کابل (جنگ نیوز/ایجنسیاں) وزارت خارجہ کے باہر دھماکا ہوا۔\n\nمزید تفصیل۔", "Jang"),
    # VOA's Urdu service told twice, once by telephone (کو ٹیلی فون پر بتایا)
    ("ویب ڈیسک — قندھار میں دھماکا ہوا۔\n\nایک نمازی نے وائس آف امریکہ کو ٹیلی فون پر بتایا کہ "
     "دھماکا زوردار تھا۔\n\nایک تجزیہ کار نے وائس آف امریکہ سے گفتگو میں کہا کہ خطرہ بڑھ گیا ہے۔",
     "VOA Urdu"),
    # BBC Pashto told twice, once "by telephone" (په ټیلیفون کې)
    ("په کابل کې چاودنه وشوه.\n\nیو ځوان بي بي سي ته یې وویل چې ناڅاپه غږ شو.\n\n"
     "یوه پلار بي بي سي ته په ټیلیفون کې وویل چې زوی یې ټپي دی.", "BBC Pashto"),
])
def test_outlet_comes_from_the_texts_own_credit(tmp_path, text, outlet):
    assert outlet_of(tmp_path, text) == outlet


@pytest.mark.parametrize("text", [
    "Pakistan Tehreek-e-Insaf (PTI): the party said 24,000 people crossed.\n\nMore.",
    "پاکستان تحریک انصاف (پی ٹی آئی) نے کہا کہ 24 ہزار افراد واپس گئے۔\n\nمزید۔",
    "لاہور (نمائندہ خصوصی) حکام نے کہا کہ 24 ہزار افراد واپس گئے۔\n\nمزید۔",
    "PESHAWAR (Staff Reporter): Officials said 24,000 people crossed.\n\nMore.",
    "Geneva (UNHCR): the agency said 24,000 people crossed.\n\nMore.",
    "Islamabad (Nov 7): officials said 24,000 people crossed.\n\nMore.",
    # ANI's bracket dateline alone, without the agency-feed disclaimer, is not enough
    "Islamabad [Pakistan], November 7 : Officials said 24,000 crossed, reported Dawn.\n\nMore.",
    "Officials said 24,000 people crossed, Reuters reported.\n\nThe UN told BBC it was worried.",
    # the wires are told by every outlet; another outlet named makes it a quotation
    "Officials said 24,000 people crossed.\n\nA Taliban official told Reuters that aid came.",
    "Officials said 24,000 crossed.\n\nAn official told TOLOnews that aid came, Dawn reported.",
    # other outlets quote the BBC once, in their own words
    "حکام نے کہا کہ 24 ہزار افراد واپس گئے۔\n\nایک افسر نے برطانوی نشریاتی ادارے بی بی سی کو "
    "بتایا کہ ٹرینیں تیار ہیں۔",
    # "آموزش" (education) starts with آمو (Amu): no outlet
    "مکتب‌ها بسته شدند.\n\nمسئولان آموزش به خبرنگاران گفتند که مکتب‌ها باز می‌شوند.",
    # the Amu river tells nothing
    "Farmers said the Amu river had fallen.\n\nThe Amu Darya feeds canals in Balkh.",
])
def test_no_credit_means_the_file_stem(tmp_path, text):
    assert outlet_of(tmp_path, text) == "017_abc"


def test_two_headerless_files_without_credit_in_one_folder_differ(tmp_path):
    write(tmp_path / "story" / "000_aaaa.txt", " date 2023-11-07 Officials said 1.7 million.")
    write(tmp_path / "story" / "001_bbbb.txt", " date 2023-11-07 Officials said 2 million.")
    result = ingest([str(tmp_path / "story")])
    assert [a.outlet for a in result.articles] == ["000_aaaa", "001_bbbb"]


def test_header_outlet_and_url_still_win_over_the_credit(tmp_path):
    header = outlet_of(tmp_path, "outlet: Dawn\ntitle: T\n\nKABUL (Pajhwok): Officials said.",
                       "a.txt")
    url = outlet_of(tmp_path, "url https://www.khaama.com/x date 2023-11-07 KABUL (Pajhwok): "
                              "Officials said.", "b.txt")
    assert (header, url) == ("Dawn", "Khaama Press")


@pytest.mark.parametrize("text, date, starts", [
    (" date 2023-11-07 Islamabad: officials said.", "2023-11-07", "Islamabad: officials said."),
    ("\ufeffDATE 2023-11-07\n\nIslamabad: officials said.", "2023-11-07",
     "Islamabad: officials said."),
    ("date 2023-11-07T10:30:00+05:00 Officials said.", "2023-11-07", "Officials said."),
    ("date 2023-11-07\ntitle: Deadline\noutlet: Dawn\n\nOfficials said.", "2023-11-07",
     "Officials said."),
    # not the prefix: glued to other characters, or with words in between
    ("date 2023-11-07x is no date.", None, "date 2023-11-07x is no date."),
    ("Date of return 2023-11-07 was set.", None, "Date of return 2023-11-07 was set."),
    ("Lang is a reporter in Kabul.", None, "Lang is a reporter in Kabul."),
])
def test_leading_date_prefix_is_the_date_and_leaves_the_text(tmp_path, text, date, starts):
    (article,) = ingest([str(write(tmp_path / "a.txt", text))]).articles
    assert (article.date, article.text) == (date, starts)


def test_boilerplate_goes_only_as_whole_lines(tmp_path):
    text = ("Returnees said relatives would\nfollow us on foot, a driver said.\n\n"
            "Refugees were told to register.\nFollow us on X for the latest updates\n\n"
            "The ministry issued a disclaimer: This post has been auto-published, it said "
            "of a fake notice.\n\n"
            "انہوں نے کہا کہ لوگ سرکاری اکاؤنٹ کو فالو کریں۔ اس کے بعد واٹس ایپ پر پیغام آیا۔")
    (article,) = ingest([str(write(tmp_path / "a.txt", text))]).articles
    assert article.text.split("\n\n") == [
        "Returnees said relatives would follow us on foot, a driver said.",
        "Refugees were told to register.",
        "The ministry issued a disclaimer: This post has been auto-published, it said of a "
        "fake notice.",
        "انہوں نے کہا کہ لوگ سرکاری اکاؤنٹ کو فالو کریں۔ اس کے بعد واٹس ایپ پر پیغام آیا۔"]


@pytest.mark.parametrize("tail", [
    "(Except for the headline, this story has not been edited by NDTV staff and is published "
    "from a syndicated feed.)",
    "Join our WhatsApp channel",
    "Subscribe to our newsletter for daily updates",
    "For the latest news, follow us on Google News.",
    "نوٹ: یہ مضمون لکھاری کا ذاتی نقطہ نظر ہے، ادارے کا اس سے متفق ہونا ضروری نہیں۔",
    "ہمارا یوٹیوب چینل سبسکرائب کریں",
    "د تازه خبرونو لپاره مو په ټلګرام کې تعقیب کړئ",
    "برای دریافت آخرین اخبار به کانال تلگرام ما بپیوندید",
    "یہ بھی پڑھیں",
    "© 2023 Dawn. All rights reserved.",
    "(This is an unedited and auto-generated story from Syndicated News feed, LatestLY Staff may "
    "not have modified or edited the content body)",
    "(Only the headline and picture of this report may have been reworked by the Business "
    "Standard staff; the rest of the content is auto-generated from a syndicated feed.)",
])
def test_syndication_and_follow_tails_are_dropped(tmp_path, tail):
    text = f"Officials said 24,000 people crossed on Friday.\n\n{tail}"
    (article,) = ingest([str(write(tmp_path / "a.txt", text))]).articles
    assert article.text == "Officials said 24,000 people crossed on Friday."


@pytest.mark.parametrize("related", [
    "اړوند خبرونه: په بلوچستان کې پر امنیتي ځواکونو برید کې پنځه سرتېري وژل شوي",
    "اړوند خبر: په پکتیکا کې د یوې ماین چاودنې له امله دوه ماشومان ټپیان شول",
    "خبرهای مرتبط: حمله بر نیروهای امنیتی در بلوچستان",
    "مزید پڑھیں: کوئٹہ ریلوے اسٹیشن پر معلوماتی ڈیسک قائم",
])
def test_a_related_story_headline_is_no_paragraph_of_the_article(tmp_path, related):
    """Another story's headline under "related news:" told five soldiers killed in another
    attack; as the article's own sentence it contradicted the article's four."""
    text = f"Officials said 24,000 people crossed on Friday.\n\n{related}\n\nThe crossing reopened."
    (article,) = ingest([str(write(tmp_path / "a.txt", text))]).articles
    assert article.text == "Officials said 24,000 people crossed on Friday.\n\nThe crossing reopened."


def test_top_date_line_is_read_and_dropped_when_there_is_no_date(tmp_path):
    text = "Thursday, 02 November 2023\n\nBy Ahmad Shah\n\nOfficials said 24,000 crossed."
    (article,) = ingest([str(write(tmp_path / "a.txt", text))]).articles
    assert (article.date, article.text) == ("2023-11-02", "Officials said 24,000 crossed.")


def test_markdown_gets_the_same_reading(tmp_path):
    text = " date 2023-11-04 KABUL (Pajhwok): Officials said **24,000** crossed.\n\nFollow us on X"
    (article,) = ingest([str(write(tmp_path / "017_abc.md", text))]).articles
    assert (article.outlet, article.date, article.text) == (
        "Pajhwok Afghan News", "2023-11-04", "KABUL (Pajhwok): Officials said 24,000 crossed.")


def test_headline_made_from_the_text_leaves_the_dateline_out(by_name, tmp_path):
    short = ingest([str(write(tmp_path / "a.txt", "KABUL (Pajhwok): 24,000 crossed on Friday."
                                                  "\n\nMore details followed."))]).articles[0]
    assert [by_name["001_a3f9c2e81b7d4e60.txt"].title, by_name["002_5c1e0d9b7a2f3386.txt"].title,
            short.title] == [
        "Thousands of Afghan families crowded the Torkham border crossing on Friday as…",
        "Pakistani police began detaining Afghans living in the country without papers…",
        "24,000 crossed on Friday."]


@pytest.mark.parametrize("tail, outlet", [
    ("(بی بی سی اردو)", "BBC Urdu"), ("— Reuters", "Reuters"), ("(AFP)", "AFP")])
def test_agency_tag_on_the_last_line_is_the_credit_and_leaves_the_text(tmp_path, tail, outlet):
    text = f"Officials said 24,000 people crossed on Friday.\n\n{tail}"
    (article,) = ingest([str(write(tmp_path / "017_abc.txt", text))]).articles
    assert (article.outlet, article.text) == (
        outlet, "Officials said 24,000 people crossed on Friday.")


@pytest.mark.parametrize("text", [
    "برطانوی نشریاتی ادارے (بی بی سی) کے مطابق 24 ہزار افراد واپس گئے۔\n\nمزید۔",
    "یوې رسنۍ (بي بي سي) ته چارواکو وویل چې ۲۴ زره کسان راستانه شول.\n\nنور.",
])
def test_outlet_named_in_parentheses_inside_a_sentence_is_not_the_credit(tmp_path, text):
    assert outlet_of(tmp_path, text) == "017_abc"


def test_city_dateline_without_colon_is_a_credit_in_pashto(tmp_path):
    text = "کابل (پژواک) د کډوالو وزارت وايي چې ۲۴ زره کسان راستانه شول.\n\nنور."
    assert outlet_of(tmp_path, text) == "Pajhwok Afghan News"


def test_closing_bullet_lines_are_text_not_tags(tmp_path):
    text = "Officials listed the changes.\n\n- Torkham reopened\n\n- Camps expanded"
    (article,) = ingest([str(write(tmp_path / "a.txt", text))]).articles
    assert article.text == text


@pytest.mark.parametrize("paragraph", [
    '"Follow us on foot," the commander told the families.',
    "Copyright disputes over the film delayed its release.",
    "The ministry said the messages were auto-generated from a syndicated feed of rumours.",
    "«ہمیں فالو کریں» انہوں نے سرحد پر خاندانوں سے کہا۔",
])
def test_sentences_that_only_look_like_boilerplate_stay(tmp_path, paragraph):
    text = f"Officials said 24,000 people crossed on Friday.\n\n{paragraph}"
    (article,) = ingest([str(write(tmp_path / "a.txt", text))]).articles
    assert article.text == text


def test_a_short_lead_sentence_that_became_the_title_is_still_a_claim(tmp_path):
    """A headerless file's title is made from its first paragraph; when that paragraph is a
    sentence (the deadline ended today), it is the story's lead, not a headline to skip."""
    from xsource.pipeline import Settings, analyze

    (tmp_path / "204_a37dfa39cae06450.txt").write_text(
        " date 2023-11-01 کابل (سلام وطندار): مهلتی که حکومت پاکستان تعیین کرده بود، امروز "
        "چهارشنبه، ۱۰ عقرب، به پایان رسید.\n\n"
        "با پایان این مهلت، نگرانی‌ها در میان مهاجران افغان در پیشاور افزایش یافته است.\n",
        encoding="utf-8")
    settings = Settings(backend="glossary", workspace=tmp_path / "ws")
    [item] = analyze(ingest([str(tmp_path)]).articles, settings)
    assert any("به پایان رسید" in claim.text for claim in item.claims)
    assert any(d.value == "2023-11-01" for claim in item.claims for d in claim.dates)


@pytest.mark.parametrize("lead, title", [
    ("ISLAMABAD: Police rounded up Afghans.", "Police rounded up Afghans."),
    ("DERA ISMAIL KHAN: Soldiers were killed.", "Soldiers were killed."),
    ("PESHAWAR / QUETTA: Police rounded up Afghans.", "Police rounded up Afghans."),
    ("UN: Pakistan must halt deportations.", "UN: Pakistan must halt deportations."),
    ("KABUL, Afghanistan - At least 315 people have died.", "At least 315 people have died."),
    ("KABUL - At least 315 people have died.", "At least 315 people have died."),
    ("UN - Pakistan must halt deportations.", "UN - Pakistan must halt deportations."),
])
def test_a_place_in_capitals_opening_the_text_is_no_part_of_the_headline(tmp_path, lead, title):
    article = ingest([str(write(tmp_path / "a.txt", f"{lead}\n\nMore details followed."))]
                     ).articles[0]
    assert article.title == title
