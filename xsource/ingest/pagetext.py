"""Trimming what page extraction lets through around the article text.

trafilatura drops the lists of related and most-read stories, but often keeps their heading
("متعلقہ مضامین", "Related Stories"), the byline and date lines above the text, "Read more:"
links inside it, "Advertisement" slots and the "Published in Dawn, ..." tail. Those lines
would be translated and mined for claims like the article itself, so they are removed here:

* anywhere: a short line that is only such a label or starts with "Read more:" and the like;
* before the first real paragraph: the headline repeated, bylines ("By ...", "مصنف, ...") and
  date lines, a date with at most five other words and no full stop ("ویب ڈیسک بدھ 1 نومبر
  2023", "پنجشنبه، ۱۱ عقرب ۱۴۰۲ - ۱۴:۳۰");
* at the end: the "Published in Dawn, November 2nd, 2023" print note and the WordPress feed
  footer "The post ... appeared first on ...".
* anywhere, for pages and plain text alike (`is_boilerplate`): syndication notes ("Disclaimer:
  This post has been auto-published from an agency feed ...", "(This story has not been edited
  by ... staff ...)") and calls to follow, join or subscribe ("Follow us on X", "ہمیں فالو
  کریں", "ما را در تلگرام دنبال کنید"). Syndicated copies from different sites would otherwise
  "agree" on the disclaimer.

Plain text (`trim_plain`) gets the same, on its blank-line paragraphs, plus the tail's source
line ("Source: Pajhwok", read by `credit` before it goes) and only the most certain front
matter: a headerless file's first short line is usually its headline, so bylines must be "By"
and a name, and date lines a date with at most two other words.

Lines are only ever dropped whole; nothing inside a paragraph is rewritten.
"""

from __future__ import annotations

import re

from dataclasses import dataclass

from xsource.ingest.pagemeta import same_text

SHORT_LINE = 80  # characters: labels, bylines and date lines are shorter than a paragraph
_LABELS = {label.casefold() for label in (
    # English
    "Advertisement", "Related", "Related News", "Related Stories", "Related Articles",
    "Related Topics", "More on this story", "Most Read", "Most Popular", "Editor's Picks",
    "Share", "Share this story", "Comments", "Tags",
    # Urdu
    "اشتہار", "متعلقہ مضامین", "متعلقہ عنوانات", "متعلقہ خبریں", "اسی بارے میں", "مزید خبریں",
    "سب سے زیادہ پڑھی جانے والی", "مقبول خبریں", "شیئر کریں", "تبصرے",
    # Pashto
    "اړوند مطالب", "اړوند خبرونه", "ډېر لوستل شوي", "ډېر لوستل شوې", "نور خبرونه", "ټګونه",
    # Dari / Persian
    "تبلیغات", "آگهی", "مطالب مرتبط", "خبرهای مرتبط", "اخبار مرتبط", "مرتبط", "پربیننده‌ترین",
    "پربیننده‌ترین‌ها", "پربیننده ترین", "برچسب‌ها", "اشتراک گذاری", "اشتراک‌گذاری", "نظرات",
    # "Also Read" heads standing alone above a link's headline
    "Also Read", "Read Also", "Read More", "Also Watch", "Also See", "یہ بھی پڑھیں",
    "یہ بھی پڑھیے", "مزید پڑھیں", "دا هم ولولئ", "دا هم ولوله", "نور ولولئ", "همچنین بخوانید",
    "بیشتر بخوانید",
)}
_LEADS = re.compile(
    r"^\s*(?:read more|read also|also read|read|see also|related|watch|listen|"
    r"یہ بھی پڑھیے|یہ بھی پڑھیں|مزید پڑھیں|بیشتر بخوانید|همچنین بخوانید|بخوانید|"
    r"دا هم ولولئ|دا هم ولوله|نور ولولئ|ولولئ|"
    # "related news:" heads a link's headline too
    r"اړوند خبرونه|اړوند خبر|اړوند|متعلقہ خبریں|متعلقہ خبر|مطالب مرتبط|خبرهای مرتبط|"
    r"خبر مرتبط)\s*[:：»\-–]", re.I)
_BYLINE = re.compile(r"^\s*(?:[-•·]\s*)?(?:by|مصنف|عہدہ|نویسنده|گزارشگر|لیکوال|رپورټر|"
                     r"author|رپورٹ|ویب ڈیسک|web desk)\b", re.I)
_PRINT_NOTE = re.compile(r"^\s*Published in [^,]{1,40}, [A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)?, "
                         r"\d{4}\.?\s*$")
_FEED_FOOTER = re.compile(r"^\s*(?:The post .{1,300} appeared first on .{1,120}|"
                          r"نوشته .{1,300} اولین بار در .{1,120}پدیدار شد)\.?\s*$", re.S)


def trim_lines(lines: list[str], *, title: str = "", headline: str = "",
               lang: str | None = None) -> list[str]:
    """Drop label, byline, date and print-note lines (see the module docstring)."""
    kept = [line for line in lines if not _is_label(line) and not is_boilerplate(line)]
    start = 0
    while start < len(kept) and _is_front_matter(kept[start], title, headline, lang):
        start += 1
    kept = kept[start:] if start < len(kept) else kept
    while kept and _PRINT_NOTE.match(kept[-1]):
        kept.pop()
    return kept


def trim_feed_text(paragraphs: list[str]) -> list[str]:
    """A feed entry's text without WordPress's "The post ... appeared first on ..." tail."""
    while paragraphs and _FEED_FOOTER.match(paragraphs[-1]):
        paragraphs = paragraphs[:-1]
    return paragraphs


def _is_label(line: str) -> bool:
    text = line.strip().rstrip(":：").strip()
    if len(text) > 200:
        return False
    if text.casefold() in _LABELS or text.replace("\u200c", " ").casefold() in _LABELS:
        return True
    return len(text) <= 200 and bool(_LEADS.match(line))


def _is_front_matter(line: str, title: str, headline: str, lang: str | None) -> bool:
    if (title and same_text(line, title)) or (headline and same_text(line, headline)):
        return True
    if len(line) > SHORT_LINE:
        return False
    if _SENTENCE_END.search(line):  # "By Wednesday, 10,000 had left." is the text
        return False
    return bool(_BYLINE.match(line)) or is_date_line(line, lang)


_SENTENCE_END = re.compile(r"[.۔؟?!]\s*$")


def is_date_line(line: str, lang: str | None, *, max_words: int = 5) -> bool:
    """"ویب ڈیسک بدھ 1 نومبر 2023", "Thursday, 02 November 2023 18:42": a date and a few
    words around it, not a sentence ("The deadline is October 31, 2023." stays)."""
    from xsource.dates import extract_dates

    if _SENTENCE_END.search(line):
        return False
    try:
        mentions = [m for m in extract_dates(line, lang or "und")
                    if m.calendar != "relative" and m.value and len(m.value) == 10]
    except Exception:  # a date parser bug must not lose the article
        return False
    if not mentions:
        return False
    rest = line
    for mention in sorted(mentions, key=lambda m: m.start, reverse=True):
        rest = rest[:mention.start] + " " + rest[mention.end:]
    return len(rest.split()) <= max_words


def first_full_date(text: str, lang: str | None) -> str | None:
    """The first day-precise calendar date written in `text` (any calendar), as YYYY-MM-DD."""
    from xsource.dates import extract_dates

    try:
        mentions = extract_dates(text, lang or "und")
    except Exception:  # a date parser bug must not lose the article
        return None
    return next((m.value for m in mentions if m.calendar != "relative" and m.value
                 and len(m.value) == 10), None)


def looks_like_listing(paragraphs: list[str], *, is_article: bool, is_website: bool,
                       article_blocks: int) -> bool:
    """An index/section page: several <article> teasers, no paragraph of article length, and
    the page does not call itself an article (JSON-LD Article, og:type article)."""
    if is_article and not is_website:
        return False
    if article_blocks < 3:  # sites mislabel articles as og:type website: not enough alone
        return False
    return not any(len(p) >= 200 for p in paragraphs)


# --- syndication notes and calls to follow ------------------------------------------------

# Notes may open with a bracket or a bullet, never with a quotation mark: a quoted "Follow us
# on foot," is someone speaking.
_OPEN = r"^[\s(\[•·*>|#\-–—]*"
_SYNDICATION = re.compile(
    _OPEN + r"(?:disclaimer\s*[:：\-–]\s*.{0,400}?(?:auto[- ]?published|auto[- ]?generated"
    r"|syndicated"
    r"|agency feed|wire feed|not been (?:reviewed|edited)).{0,400}"
    r"|(?:except for the headline,?\s*)?this (?:story|article|report|copy|news item) (?:has not "
    r"been|was not|is not) edited by .{0,300}"
    r"|(?:this|the) (?:story|article|report|post) (?:is|has been|was) (?:auto[- ]?generated|"
    r"auto[- ]?published|published) from (?:an? )?(?:syndicated|agency|wire) feed.{0,200}"
    r"|with (?:additional )?inputs? from (?:news )?(?:agencies|agency|wires))\W*$"
    # any wholly parenthesised note about the feed: "(This is an unedited and auto-generated
    # story from Syndicated News feed, ...)", "(Only the headline and picture ... syndicated feed.)"
    r"|^\((?=[^()]*(?:syndicated|auto[- ]?generated|auto[- ]?published))[^()]{10,500}\)\.?$",
    re.I | re.S)
_SOCIAL_EN = re.compile(
    _OPEN + r"(?:(?:follow|like|find) us on\s+\w.{0,120}"
    r"|follow [^.!?\n]{1,40} on (?:x|twitter|facebook|instagram|youtube|whatsapp|telegram|"
    r"google news|threads|linkedin|tiktok)\b.{0,100}"
    r"|(?:click here to |tap here to )?(?:join|subscribe to|sign up (?:for|to)|download) "
    r"(?:our|the)\b.{0,80}\b(?:channel|newsletters?|app|group|alerts|updates)\b.{0,60}"
    r"|(?:click|tap) here to (?:join|subscribe|follow|download)\b.{0,100}"
    r"|for (?:the )?(?:latest|more|all the latest|breaking) (?:news|updates|stories)\b.{0,100}"
    r"\b(?:follow|join|subscribe|download|like)\b.{0,100}"
    r"|all rights reserved\W*)$", re.I | re.S)
_COPYRIGHT = re.compile(_OPEN + r"(?:copyright|©)\s*(?:©\s*|\(c\)\s*)?\d{4}\b.{0,150}$", re.I)
# Urdu, Pashto and Dari calls to action: an imperative "follow/subscribe/join/click" together
# with a platform name, or addressed from "us" ("ہمیں فالو کریں", "ما را ... دنبال کنید"), or the
# Pashto "د ... خبرونو لپاره" ("for the latest news ...") opening.
_CALL = re.compile(
    r"فالو کریں|فالو کیجیے|فالو کیجئے|سبسکرائب|جوائن کریں|جوائن کرنے|لائک کریں|کلک کریں|"
    r"ڈاؤن لوڈ کریں|تعقیب کړئ|فالو کړئ|لایک کړئ|ګډون وکړئ|سبسکرایب|کلیک وکړئ|کلیک کړئ|"
    r"یوځای شئ|دنبال کنید|بپیوندید|عضو شوید|کلیک کنید|لایک کنید|دانلود کنید")
_PLATFORM = re.compile(
    r"واٹس ایپ|وٹس ایپ|واٹس اپ|یوٹیوب|فیس ?بک|ٹوئٹر|ٹویٹر|انسٹاگرام|ٹیلی ?گرام|ٹک ٹاک|گوگل نیوز|"
    r"چینل|پیج|فېس ?بوک|فیس ?بوک|فیس\u200cبوک|یوټیوب|یوتیوب|ټوېټر|ټویټر|ټلګرام|تلګرام|واټس ?اپ|"
    r"واټساپ|انسټاګرام|پاڼه|پاڼې|چېنل|تلگرام|توییتر|تویتر|اینستاگرام|واتساپ|واتس\u200cاپ|کانال|"
    r"صفحه|\b(?:X|WhatsApp|YouTube|Facebook|Telegram|Twitter|Instagram)\b")
_FROM_US = re.compile(_OPEN + r"(?:ہمیں|ہمارا|ہمارے|ہماری|زموږ|موږ|ما را|ما)\s"
                      r"|" + _OPEN + r"د .{1,40}خبرونو لپاره")
_OPINION_NOTE = re.compile(r"^\W*نوٹ\s*[:：].{0,200}ادار[ےہ].{0,120}متفق ہونا ضروری نہیں")
_MID_SENTENCE_END = re.compile(r"[.۔؟?!]\s+\S")


_MAX_UNIT = 600  # characters: the longest syndication note is ~300


def is_boilerplate(unit: str) -> bool:
    """A whole line/paragraph that is a syndication note or a call to follow/join/subscribe."""
    text = unit.strip()
    if not text or len(text) > _MAX_UNIT:
        return False
    if _SYNDICATION.match(text) or _OPINION_NOTE.match(text) or _COPYRIGHT.match(text):
        return True
    if len(text) > 200 or _MID_SENTENCE_END.search(text):  # more than one sentence: the text
        return False
    if _SOCIAL_EN.match(text):
        return True
    return bool(_CALL.search(text)) and bool(_PLATFORM.search(text) or _FROM_US.match(text))


def is_agency_feed_note(unit: str) -> bool:
    """The syndication disclaimer of auto-published agency copy (ANI's format carries it)."""
    return (len(unit) <= _MAX_UNIT and bool(_SYNDICATION.match(unit.strip()))
            and "feed" in unit.casefold())


# A credit line at the end: "Source: Pajhwok", "منبع: طلوع‌نیوز", "بشکریہ ڈان نیوز".
# "Source: Khaama Press", "بشکریہ: جیو نیوز", and the Tribune's "Published in The Express
# Tribune, November 7th, 2023." (the day after the comma is no part of the name)
SOURCE_LINE = re.compile(
    r"^\W{0,3}(?:(?:source|courtesy|via|credit|منبع|ماخذ|ذریعہ|بشکریہ|سرچینه|سرچینې|مرجع)\s*"
    r"[:：\-–—]|بشکریہ\s|(?:originally |first )?published in\s)\s*(?P<name>[^\n:：]{2,60}?)"
    r"(?:,\s*[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})?[\s.۔)]*$", re.I)
# An agency tag on its own last line: "(AFP)", "— Reuters", "(بی بی سی اردو)". A single "-"
# starts a bullet ("- Torkham reopened"), so only dashes no list uses introduce a tag.
TAIL_TAG = re.compile(r"^\s*(?:\(\s*(?P<paren>[^()\s.۔؟?!\d][^()\n.۔؟?!\d]{1,39}?)\s*\)"
                      r"|(?:—|–|--)\s*(?P<dash>[^\s.۔؟?!\d]+(?: [^\s.۔؟?!\d]+){0,2}))\s*$")
_TERMINAL = re.compile(r"[.!?۔؟:：)\"”»']\s*$")
_PLAIN_BYLINE = re.compile(
    r"^\s*(?:by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}"
    r"|(?:ویب ڈیسک|مانیٹرنگ ڈیسک|نیوز ڈیسک|اسٹاف رپورٹر|سٹاف رپورٹر|web desk|news desk)"
    r"|(?:مصنف|نویسنده|گزارشگر|لیکوال|رپورټر|خبریال|author|reporter)\s*[:：].{1,40})\s*$", re.I)


@dataclass(frozen=True)
class PlainTrim:
    text: str
    dropped: tuple[str, ...] = ()  # the units removed, in order (credit reads source lines)
    date: str | None = None  # from a dropped date line at the top


def trim_plain(text: str, *, title: str = "", lang: str | None = None) -> PlainTrim:
    """Plain text without boilerplate paragraphs/lines, label lines, the top's byline/date
    lines and the tail's source and print-note lines (see the module docstring)."""
    dropped: list[str] = []
    paragraphs = [kept for block in re.split(r"\n[ \t\u00a0]*\n", text)
                  if (kept := _trim_block(block, dropped))]
    date = None
    while len(paragraphs) > 1 and _is_plain_front(paragraphs[0], title, lang):
        dropped.append(paragraphs[0])
        date = date or (first_full_date(paragraphs[0], lang) if not same_text(
            paragraphs[0], title or "\x00") else None)
        paragraphs.pop(0)
    while len(paragraphs) > 1 and (SOURCE_LINE.match(paragraphs[-1].strip())
                                   or TAIL_TAG.match(paragraphs[-1])
                                   or _PRINT_NOTE.match(paragraphs[-1])):
        dropped.append(paragraphs.pop())
    return PlainTrim("\n\n".join(paragraphs), tuple(dropped), date)


def _trim_block(block: str, dropped: list[str]) -> str:
    """One blank-line paragraph minus boilerplate; a line goes only where a sentence ends
    before it, so a hard-wrapped sentence is never cut."""
    lines = block.split("\n")
    joined = " ".join(line.strip() for line in lines)
    if is_boilerplate(joined) or _is_label(joined):
        dropped.append(block)
        return ""
    kept: list[str] = []
    left = len(joined)  # characters from this line to the block's end
    for index, line in enumerate(lines):
        starts_unit = not kept or bool(_TERMINAL.search(kept[-1])) or not kept[-1].strip()
        tail_fits, left = left <= _MAX_UNIT, left - len(line.strip()) - 1
        if starts_unit and line.strip():
            # the tail is only joined when short enough to be a note: a block of 10,000
            # one-sentence lines must not be joined 10,000 times
            rest = " ".join(part.strip() for part in lines[index:]) if tail_fits else ""
            if index and rest and is_boilerplate(rest):
                dropped.append("\n".join(lines[index:]))
                break
            if is_boilerplate(line) or _is_label(line):
                dropped.append(line)
                continue
        kept.append(line)
    return "\n".join(kept).strip("\n") if any(line.strip() for line in kept) else ""


def _is_plain_front(paragraph: str, title: str, lang: str | None) -> bool:
    line = paragraph.strip()
    if "\n" in line:
        return False
    if title and same_text(line, title):
        return True
    if len(line) > SHORT_LINE or _SENTENCE_END.search(line):
        return False
    return bool(_PLAIN_BYLINE.match(line)) or is_date_line(line, lang, max_words=2)
