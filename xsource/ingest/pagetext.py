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

Lines are only ever dropped whole; nothing inside a paragraph is rewritten.
"""

from __future__ import annotations

import re

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
)}
_LEADS = re.compile(
    r"^\s*(?:read more|read also|also read|read|see also|related|watch|listen|"
    r"یہ بھی پڑھیے|یہ بھی پڑھیں|مزید پڑھیں|بیشتر بخوانید|همچنین بخوانید|بخوانید|"
    r"دا هم ولولئ|دا هم ولوله|نور ولولئ|ولولئ)\s*[:：»\-–]", re.I)
_BYLINE = re.compile(r"^\s*(?:[-•·]\s*)?(?:by|مصنف|عہدہ|نویسنده|گزارشگر|لیکوال|رپورټر|"
                     r"author|رپورٹ|ویب ڈیسک|web desk)\b", re.I)
_PRINT_NOTE = re.compile(r"^\s*Published in [^,]{1,40}, [A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)?, "
                         r"\d{4}\.?\s*$")
_FEED_FOOTER = re.compile(r"^\s*(?:The post .{1,300} appeared first on .{1,120}|"
                          r"نوشته .{1,300} اولین بار در .{1,120}پدیدار شد)\.?\s*$", re.S)


def trim_lines(lines: list[str], *, title: str = "", headline: str = "",
               lang: str | None = None) -> list[str]:
    """Drop label, byline, date and print-note lines (see the module docstring)."""
    kept = [line for line in lines if not _is_label(line)]
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


def is_date_line(line: str, lang: str | None) -> bool:
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
    return len(rest.split()) <= 5


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
