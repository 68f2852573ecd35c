"""Claims: one record per informative sentence, with figures, dates, entities and speaker.

`extract_claims(article, sentences, translations, glossary, lang) -> list[Claim]`.

Every sentence that carries information becomes a claim; bylines, disclaimers and fragments
under four words without a figure or date do not (the headline is `Article.title`, never a
sentence of `Article.text`). Numbers and dates are read from the SOURCE sentence first, with
offsets into `Article.text`; only when the source yields none are they read from the English
translation (`numbers_from="english"`, offsets into `text_en`), so a mistranslated figure
never hides the one the outlet printed. Speakers come from the glossary (person entries near a
reporting marker), then from names next to English reporting verbs, then "anonymous
official" / "sources"; "he said" carries the previous speaker forward. Polarity is "denied"
for an explicit denial word in the source or its English, or for a rebuttal read from the
words the outlet printed (see `xsource.claims.rebuttal`); everything else is "asserted".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from xsource.claims.attribution import (ANONYMOUS, TOLD_AFTER, Attribution, attribute_english,
                                        attribute_source, refers_back)
from xsource.claims.names import english_names, romanized_speaker
from xsource.ingest.credit import is_media_entry
from xsource.numbers.tokens import fold, tokenize
from xsource.records import Article, Claim, DateMention, NumberMention, Sentence, Translation

__all__ = ["extract_claims", "is_informative"]

_BYLINE = re.compile(
    # "By Staff Reporter", "By Tahir Khan": a short line; "By the government's own reckoning,
    # some 26 million children ..." is a sentence
    r"^by(?:\s+\S+){1,5}\s*$"
    r"|^(?:reporting by|written by|edited by|additional reporting|disclaimer|photo|image|"
    r"source|read more|also read|follow us|copyright|©)\b"
    # Urdu/Pashto/Dari "report:", "written by:", "photo:" with their colon, or a short line
    # alone: "رپورٹ میں خبردار کیا گیا ہے" (the report warned) opens a sentence
    r"|^(?:رپورٹ|تحریر|ګزارش|گزارش از|عکس)(?:\s*[:：]|(?:\s+\S+){0,3}\s*$)",
    re.I)
_SENTENCE_END = re.compile(r"[.۔!?؟][\s\"'”’»)]*$")
_PRONOUN = re.compile(r"^\W*(?:he|she|they|the minister|the spokesman|the official)\b", re.I)
_WORD = re.compile(r"[^\W\d_]+")


def is_informative(text: str, title: str = "") -> bool:
    stripped = text.strip()
    if not stripped:
        return False
    if title and stripped.strip(" .۔") == title.strip(" .۔") and not _SENTENCE_END.search(stripped):
        # the headline repeated above the text; a lead sentence that a headerless file's
        # title was made from ("کابل (سلام وطندار): مهلتی ... به پایان رسید.") is news
        return False
    if _BYLINE.match(stripped):
        return False
    has_figure = any(c.isdigit() for c in stripped)
    return len(_WORD.findall(stripped)) >= 4 or has_figure


def extract_claims(article: Article, sentences: Sequence[Sentence],
                   translations: Sequence[Translation], glossary, lang: str) -> list[Claim]:
    from xsource.dates import extract_dates
    from xsource.numbers import extract_numbers

    claims: list[Claim] = []
    last_speaker: str | None = None
    people_named: set[str] = set()  # glossary people the article has named so far
    holder: dict[str, str] = {}  # title id -> the person the article named with it
    for pos, sentence in enumerate(sentences):
        # a mixed document labels each sentence with its paragraph's language
        slang = sentence.lang if sentence.lang not in ("", "und") else lang
        translation = translations[pos] if pos < len(translations) else None
        text_en = translation.english if translation is not None else ""
        if slang == "en" and not text_en:
            text_en = sentence.text
        if not is_informative(sentence.text, article.title):
            continue
        numbers, dates, source = _figures(
            sentence, text_en, slang, article.date, extract_numbers, extract_dates,
            word_gloss=translation is not None and translation.backend == "glossary")
        entities, persons_src, persons_en, names, orgs_src = _entities(
            sentence.text, text_en, slang, glossary)
        if source == "source" and names:
            # a figure inside a name (Hasht-e Subh = "eight morning", a "Rescue 1122") is no count
            numbers = [n for n in numbers if not any(
                s < n.end - sentence.start and n.start - sentence.start < e for s, e in names)]
        att = _attribution(sentence.text, text_en, slang, persons_src, persons_en, orgs_src)
        people = [e for e in entities if e.startswith("person.")]
        titles = [e for e in entities if e.startswith("title.")]
        people_named.update(people)
        if len(people) == 1:
            for title in titles:  # "Interior Minister Sarfraz Bugti": who holds the title
                holder[title] = people[0]
        government = _capital_speaking(glossary, att, sentence.text, slang)
        if government is not None:  # "Kabul has condemned": the government speaks
            entities = entities if government in entities else [*entities, government]
            text_en = _government_named(glossary, text_en, government)
        speaker = government or (None if _names_a_place(glossary, att.speaker)
                                 else _organisation_id(glossary, att.speaker, entities))
        speaker = _person_named_before(glossary, speaker, people_named)
        if speaker is None and att.code != "none" and not people and len(titles) == 1 \
                and titles[0] in holder and not _title_of_a_name_before(glossary, sentence.text,
                                                                         slang):
            # "وزیر داخلہ نے خبردار کیا" (the interior minister warned) after the article
            # named him: the minister it named
            speaker = holder[titles[0]]
        if speaker is None and att.code != "none" and slang != "en":
            # "ندیم افزود", "آقای ندیم ... ادعا کرد": the surname of a person named in full before
            speaker = _surname_named_before(glossary, sentence.text, slang, people_named,
                                            att.marker_at)
        if att.code != "none" and speaker is None and (
                _PRONOUN.match(text_en if slang != "en" else sentence.text)
                or refers_back(sentence.text, slang, att.marker_at)):
            speaker = last_speaker
        if speaker is not None and speaker != ANONYMOUS:
            last_speaker = speaker
        elif speaker == ANONYMOUS:
            last_speaker = ANONYMOUS
        elif att.code != "none":
            # "a refugee who now lives in Mohmand Dara said ...; he added ...": the "he" is
            # the unnamed teller, not the minister named sentences before
            last_speaker = None
        claims.append(Claim(
            id=f"{article.id}:{sentence.index}", article_id=article.id, outlet=article.outlet,
            lang=slang, index=sentence.index, text=sentence.text, text_en=text_en,
            start=sentence.start, end=sentence.end, numbers=tuple(numbers), dates=tuple(dates),
            entities=tuple(entities), speaker=speaker, attribution=att.code,
            polarity=att.polarity, signature=translation.signature if translation else "",
            path=article.path, numbers_from=source, published=article.date))
    return claims


# A credited dateline at the start of a sentence: "Herat, Afghanistan, Oct 8 (Reuters) -",
# "Islamabad [Pakistan], November 7 (ANI):", "هرات (پژواک، د تلې ۲۰مه):".
# The parenthesis holds the credit: letters only ("(ANI)"), or credit and date after a comma
# ("(پژواک، ...)"); "(October 31) -" alone is no dateline.
_CREDITED_DATELINE = re.compile(r"^[^\n:：()]{0,60}\((?:[^()\n\d]{1,40}|[^()\n,،]{1,25}[,،][^()\n]{1,30})"
                                r"\)\s*(?:[:：]|[-–—])")


def _figures(sentence, text_en, lang, ref, extract_numbers, extract_dates, word_gloss=False):
    shift = sentence.start
    local_dates = extract_dates(sentence.text, lang, ref)
    # the dateline's day is no count either ("DOHA, Oct 19 (Reuters)": not 19 of anything)
    numbers = [replace(n, start=n.start + shift, end=n.end + shift)
               for n in extract_numbers(sentence.text, lang, dates=local_dates)]
    dateline = _CREDITED_DATELINE.match(sentence.text)
    if dateline:  # the day the story was filed, not a date of what it reports
        local_dates = [d for d in local_dates if d.start >= dateline.end()]
    dates = [replace(d, start=d.start + shift, end=d.end + shift) for d in local_dates]
    if numbers or dates or lang == "en" or not text_en or word_gloss:
        # a word-by-word gloss holds no figure the source lacks, only what the source's
        # extractor set aside: هشت صبح (a time, or the outlet Hasht-e Subh) as "eight"
        return numbers, dates, "source"
    en_dates: list[DateMention] = extract_dates(text_en, "en", ref)
    en_numbers: list[NumberMention] = extract_numbers(text_en, "en", dates=en_dates)
    if en_numbers or en_dates:
        return en_numbers, en_dates, "english"
    return numbers, dates, "source"


def _hits(glossary, text: str, lang: str):
    if glossary is None or not text:
        return []
    try:
        return list(glossary.match(text, lang))
    except Exception:  # a glossary that cannot read this language: no entities, not a crash
        return []


def _names_a_place(glossary, name: str | None) -> bool:
    """"Residents of Spin Boldak said": the name next to the verb is where they live."""
    if not name or "." in name:  # glossary ids are typed already
        return False
    hits = _hits(glossary, name, "en")
    return (len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(name)
            and _entry_type(glossary, hits[0].entry_id) in ("place", "country"))


# "Kabul has condemned", "Islamabad maintains", "اسلام آباد کا کہنا ہے": a capital that
# speaks is the government seated there, not the city (Kabul's is the Taliban administration:
# the beat's stories are from after August 2021)
SEATS_OF_GOVERNMENT = {"place.kabul": "org.afghan_interim_government",
                       "place.islamabad": "org.government_of_pakistan"}
# ...unless what follows makes it a place or an owner: a dateline's bracket, colon or comma,
# a postposition (میں، سے، کې، ته، څخه), "city" (ښار، شهر) or a genitive not of a statement
_CAPITAL_NOT_SPEAKING = re.compile(
    r"\s*(?:[(\[:：,،\-–—]|(?:میں|سے|کے|کی|کو|تک|پر|کې|کښې|ته|څخه|نه|ښار|شهر|ښاري|د)(?!\S)"
    r"|کا(?!\s+(?:کہنا|موقف)))")


def _capital_speaking(glossary, att: Attribution, text: str, lang: str) -> str | None:
    """The government a capital stands for when the capital is who speaks: the name next to
    an English reporting verb, or a source sentence that opens on the capital with a
    statement marker after it (the source rules name no speaker there)."""
    if att.code == "none":
        return None
    if att.speaker and "." not in att.speaker:
        hits = _hits(glossary, att.speaker, "en")
        whole = len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(att.speaker)
        seat = SEATS_OF_GOVERNMENT.get(hits[0].entry_id) if whole else None
    elif att.speaker is None and lang != "en":
        hits = _hits(glossary, text, lang)
        opens = bool(hits) and not text[:hits[0].start].strip(" \t\"'“«")
        seat = (SEATS_OF_GOVERNMENT.get(hits[0].entry_id)
                if opens and not _CAPITAL_NOT_SPEAKING.match(text, hits[0].end) else None)
    else:
        seat = None
    return seat if seat is not None and _entry_type(glossary, seat) else None


def _government_named(glossary, text_en: str, government: str) -> str:
    """The English with the speaking capital respelled as its government, as the glossary
    already respells "Taliban government": "Kabul has condemned" reads "Afghan interim
    government has condemned" beside the outlets that named the government."""
    seat = next(place for place, gov in SEATS_OF_GOVERNMENT.items() if gov == government)
    hit = next((h for h in _hits(glossary, text_en, "en") if h.entry_id == seat), None)
    if hit is None or text_en[:hit.start].strip(" \t\"'“«"):
        return text_en
    return text_en[:hit.start] + glossary.get(government).canonical + text_en[hit.end:]


def _organisation_id(glossary, name: str | None, entities=()) -> str | None:
    """"ISPR" and "Inter-Services Public Relations" are one source: a speaker that is a
    glossary organisation, whole, is named by its entry id, as people already are; so is the
    sentence's organisation whose name the speaker's words begin ("Rescue 1122 said": the
    English reader stops at the number)."""
    if not name or "." in name:
        return name
    bare = name[4:] if name.lower().startswith("the ") else name
    hits = _hits(glossary, bare, "en")
    if (len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(bare)
            and _entry_type(glossary, hits[0].entry_id) == "organization"):
        return hits[0].entry_id
    for entity in entities:
        if entity.startswith("org.") and (entry := _entry(glossary, entity)) is not None \
                and entry.canonical.casefold().startswith(bare.casefold() + " "):
            return entity
    return name


def _entry(glossary, entry_id: str):
    try:
        return glossary.get(entry_id)
    except Exception:  # a glossary without the entry (a custom one, a test's fake)
        return None


def _by_surname(glossary, people: set[str], lang: str) -> dict[str, set[str]]:
    """Folded surname (the last word of each of a person's names in `lang`) -> the people
    named so far who carry it."""
    found: dict[str, set[str]] = {}
    for person in people:
        try:
            entry = glossary.get(person)
        except Exception:
            continue
        variants = getattr(entry, "variants", {}).get(lang, ())  # a bare entry has none
        forms = (entry.canonical, *variants) if lang == "en" else variants
        for form in forms:
            found.setdefault(fold(form.split()[-1]), set()).add(person)
    return found


def _person_named_before(glossary, speaker: str | None, people: set[str]) -> str | None:
    """"Haqqani further called the decision un-Islamic": a surname alone is the person the
    article named in full before it (Sirajuddin Haqqani), when only one of them fits."""
    if not speaker or "." in speaker or " " in speaker.strip():
        return speaker
    fits = _by_surname(glossary, people, "en").get(fold(speaker.strip()), set())
    return next(iter(fits)) if len(fits) == 1 else speaker


def _surname_named_before(glossary, text: str, lang: str, people: set[str],
                          marker_at: int) -> str | None:
    """The one person named earlier in the article whose surname (the last word of their name
    in this language, four letters or more) stands before the sentence's reporting marker,
    not as the one told ("ندیم ته وویل")."""
    if marker_at <= 0 or not people:
        return None
    by_surname = _by_surname(glossary, people, lang)
    found = set()
    for token in tokenize(text[:marker_at]):
        if len(token.key) >= 4 and token.key in by_surname \
                and not TOLD_AFTER.match(text, token.end):
            found |= by_surname[token.key]
    return found.pop() if len(found) == 1 else None


# a name of up to four words, then a comma: "مائو نینگ، سخنگوی وزارت خارجه چین، ... افزود"
_LEADING_NAME = re.compile(r"\s*(?:\S+\s+){0,3}\S+\s*[،,]\s*$")
# ...unless the words are a connective: "در همین حال، سخنگوی وزارت گفت" (meanwhile, ...)
_CONNECTIVE = re.compile(
    r"\s*(?:در همین حال|در عین حال|در این میان|از سوی دیگر|با این حال|همچنین|همچنان|اما|"
    r"ادھر|دریں اثنا|اس دوران|دوسری جانب|تاہم|اس سے قبل|بعد ازاں|"
    r"په همدې حال کې|په ورته وخت کې|له بلې خوا|بلخوا|همدارنګه|خو)\s*[،,]\s*$")


def _title_of_a_name_before(glossary, text: str, lang: str) -> bool:
    """A source-language sentence opens with a name the glossary lacks and its title after a
    comma ("Mao Ning, spokesperson of China's foreign ministry, ... added"): the title is that
    person's, not the holder the article named with it before (the Taliban's spokesman)."""
    return lang != "en" and any(
        h.entry_id.startswith("title.") and _LEADING_NAME.fullmatch(text[:h.start])
        and not _CONNECTIVE.fullmatch(text[:h.start]) for h in _hits(glossary, text, lang))


def _entry_type(glossary, entry_id: str) -> str:
    entry = _entry(glossary, entry_id)
    return entry.type if entry is not None else ""


# After a place at the very start of a sentence: "[Pakistan]", ", November 7", "(ANI)",
# "(Pajhwok)", then the colon or dash of a dateline.
_DATELINE_TAIL = re.compile(r"\s*(?:\[[^\]\n]{0,40}\]\s*)?(?:,[^:\n]{0,30}?)?\s*(?:\([^)\n]{0,40}\)\s*)?"
                            r"(?:[:：]|\s[-–—]\s)")


def _without_dateline(hits, text: str, glossary):
    """A dateline ("QUETTA:", "Islamabad [Pakistan], November 7 (ANI):", "اسلام آباد:") says
    where the story was filed, not what the sentence is about: its place is no entity."""
    if not hits or text[:hits[0].start].strip(" \t\"'“«"):
        return hits
    first = hits[0]
    if _entry_type(glossary, first.entry_id) != "place" or not _DATELINE_TAIL.match(text, first.end):
        return hits
    return hits[1:]


def _entities(text: str, text_en: str, lang: str, glossary):
    src_hits = _without_dateline(_hits(glossary, text, lang), text, glossary)
    en_hits = (_without_dateline(_hits(glossary, text_en, "en"), text_en, glossary)
               if lang != "en" else src_hits)
    ids = list(dict.fromkeys(h.entry_id for h in src_hits + en_hits))
    # a person the sentence acts on or tells is no speaker: Urdu "الظواہری کو ہلاک کرنے کا
    # دعویٰ" (claimed to have killed Zawahiri), Pashto "مجاهد ته" (to Mujahid), Dari "مجاهد را"
    acted_on = {h.entry_id for h in src_hits
                if lang != "en" and TOLD_AFTER.match(text, h.end)}
    persons_src = [(h.start, h.entry_id) for h in src_hits
                   if _entry_type(glossary, h.entry_id) == "person"
                   and h.entry_id not in acted_on]
    # ...nor in the English of it ("Ayman al-Zawahiri to killed to do of claimed is")
    persons_en = [(h.start, h.entry_id) for h in en_hits
                  if _entry_type(glossary, h.entry_id) == "person" and h.entry_id not in acted_on]
    covered = [(h.start, h.end) for h in en_hits]
    # ...and what the source's glossary hits were rendered as: "of Dalw in 21" (د سلواغې ۲۱مه)
    # is a month, not a name the glossary lacks
    known = {h.surface.casefold() for h in en_hits} | {h.canonical.casefold()
                                                      for h in en_hits + src_hits}
    others = [name for start, end, name in english_names(text_en)
              if name.casefold() not in known and not any(s < end and start < e
                                                          for s, e in covered)]
    names = [(h.start, h.end) for h in src_hits
             if _entry_type(glossary, h.entry_id) in _NAME_TYPES]
    # an outlet told ("پژواک خبري اژانس ته وویل", told Pajhwok) heard the statement; it made none
    orgs_src = [(h.start, h.end, h.entry_id) for h in src_hits
                if _entry_type(glossary, h.entry_id) == "organization"
                and not is_media_entry(_entry(glossary, h.entry_id))]
    return (ids + [n for n in dict.fromkeys(others) if n not in ids], persons_src, persons_en,
            names, orgs_src)


_NAME_TYPES = {"person", "organization", "place", "event", "document"}


def _attribution(text: str, text_en: str, lang: str, persons_src, persons_en,
                 orgs_src=()) -> Attribution:
    if lang == "en":
        return attribute_english(text, persons_src)
    src = attribute_source(text, lang, persons_src, orgs_src)
    en = attribute_english(text_en, persons_en, translated=True) if text_en else Attribution()
    if src.code == "none":
        return en
    speaker = src.speaker or (en.speaker if en.code != "none" else None)
    if speaker in (ANONYMOUS, None) or speaker.startswith("org."):
        # "according to them, deputy health minister Hamdullah Zahid said": a titled name the
        # glossary does not know, romanized, is no anonymous official; nor is "Mawlawi
        # Muhammad Siddiq, the Taliban's commissioner at Torkham, had said" no one; nor is
        # "MSF's head of programmes Frederic Bonnot said" (ایم ایس ایف کے پروگراموں کے سربراہ
        # فریڈرک بونو نے کہا) the organisation speaking
        speaker = romanized_speaker(text_en) or speaker
    code = src.code
    if code == "said" and en.code == "quote":
        code = "quote"
    polarity = "denied" if "denied" in (src.polarity, en.polarity) else "asserted"
    return Attribution(code, speaker, polarity, src.marker_at)
