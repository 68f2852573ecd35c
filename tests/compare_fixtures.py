"""Hand-built AnalyzedArticle/Claim records for the comparator tests.

Non-English articles get glossary-only English (`glossary:<lang>-en|gloss:...` signatures)
written the way that backend renders: content words in source order, no grammar
("Pakistan UNHCR 1.7 million Afghan refugees deport Torkham").
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from xsource.records import (
    AnalyzedArticle,
    Article,
    Claim,
    DateMention,
    Detection,
    GlossaryHit,
    NumberMention,
    Translation,
)

GLOSS = "gloss:3f2a9c1e"


def num(value: float, text: str | None = None, hedge: str | None = None,
        unit: str | None = "people") -> NumberMention:
    return NumberMention(value=float(value), text=text or f"{value:g}", hedge=hedge, unit=unit)


def day(value: str, text: str | None = None) -> DateMention:
    return DateMention(value=value, text=text or value)


@dataclass(frozen=True)
class Spec:
    text_en: str
    text: str | None = None
    numbers: tuple = ()
    dates: tuple = ()
    entities: tuple = ()
    speaker: str | None = None
    attribution: str = "none"
    polarity: str = "asserted"


def c(text_en: str, *, text: str | None = None, numbers=(), dates=(), entities=(),
      speaker=None, attribution="none", polarity="asserted") -> Spec:
    return Spec(text_en, text, tuple(numbers), tuple(dates), tuple(entities), speaker,
                attribution, polarity)


def article(outlet: str, lang: str, title: str, *specs: Spec, date: str = "2023-11-01",
            path: str | None = None) -> AnalyzedArticle:
    text = "\n\n".join(s.text or s.text_en for s in specs)
    aid = hashlib.sha256(f"{outlet}\0{title}\0{text}".encode()).hexdigest()[:16]
    backend = "identity" if lang == "en" else "glossary"
    signature = f"{backend}:{lang}|{GLOSS}" if lang == "en" else f"glossary:{lang}-en|{GLOSS}"
    path = path or f"samples/{outlet.lower().replace(' ', '_')}_{lang}.txt"
    claims, translations, offset = [], [], 0
    for i, s in enumerate(specs):
        source = s.text or s.text_en
        translations.append(Translation(source=source, english=s.text_en, lang=lang,
                                        backend=backend, signature=signature))
        claims.append(Claim(
            id=f"{aid}:{i}", article_id=aid, outlet=outlet, lang=lang, index=i, text=source,
            text_en=s.text_en, start=offset, end=offset + len(source), numbers=s.numbers,
            dates=s.dates, entities=s.entities, speaker=s.speaker, attribution=s.attribution,
            polarity=s.polarity, signature=signature, path=path, published=date))
        offset += len(source) + 2
    return AnalyzedArticle(
        article=Article(id=aid, path=path, outlet=outlet, title=title, text=text, date=date,
                        lang_hint=lang),
        detection=Detection(lang=lang, confidence=0.99),
        translations=tuple(translations), claims=tuple(claims))


# --- the Afghan expulsion story, four outlets, three languages -----------------------------

def expulsion_story() -> list[AnalyzedArticle]:
    dawn = article(
        "Dawn", "en", "Pakistan begins deporting undocumented Afghans as deadline passes",
        c("Pakistan began deporting undocumented Afghans after the October 31 deadline expired.",
          dates=[day("2023-10-31")], entities=("pakistan", "afghans")),
        c("Some 1.7 million undocumented Afghans live in Pakistan, the government said.",
          numbers=[num(1_700_000, "1.7 million", hedge="about")],
          entities=("pakistan", "afghans"), speaker="government_of_pakistan", attribution="said"),
        c("Thousands crossed the Torkham border on Wednesday, UNHCR said.",
          entities=("torkham", "unhcr"), speaker="unhcr", attribution="said"),
        c("Pakistan hosts about 4.4 million Afghans in total, the UNHCR estimates.",
          numbers=[num(4_400_000, "4.4 million", hedge="about")],
          entities=("pakistan", "afghans", "unhcr"), speaker="unhcr", attribution="according_to"),
    )
    tolo = article(
        "Tolo News", "en", "Afghans forced out of Pakistan as Islamabad's deadline ends",
        c("Pakistan's deadline of November 1 for Afghan migrants to leave has expired.",
          dates=[day("2023-11-01")], entities=("pakistan", "afghans")),
        c("Nearly 2 million Afghans without documents must leave Pakistan, officials said.",
          numbers=[num(2_000_000, "2 million", hedge="nearly")],
          entities=("pakistan", "afghans"), speaker="anonymous official", attribution="anonymous"),
        c("Thousands crossed the Torkham border on Wednesday, said UNHCR.",
          entities=("torkham", "unhcr"), speaker="unhcr", attribution="said"),
    )
    jang = article(
        "Jang", "ur", "افغان باشندوں کی بے دخلی",
        c("Pakistan 1.73 million illegal Afghans deport government said",
          text="حکومت نے کہا کہ پاکستان سے 17 لاکھ 30 ہزار غیر قانونی افغان باشندوں کو ملک بدر کیا جائے گا",
          numbers=[num(1_730_000, "17 لاکھ 30 ہزار")],
          entities=("pakistan", "afghans", "government_of_pakistan"),
          speaker="government_of_pakistan", attribution="said"),
        c("Torkham border thousands Afghans crossed UNHCR",
          text="یو این ایچ سی آر کے مطابق ہزاروں افغان طورخم سرحد پار کر گئے",
          entities=("torkham", "unhcr", "afghans"), speaker="unhcr", attribution="according_to"),
    )
    pajhwok = article(
        "Pajhwok", "prs", "اخراج مهاجرین افغان از پاکستان",
        c("Pakistan UNHCR 1.7 million Afghan refugees deport Torkham",
          text="پاکستان به گفته یوان‌اچ‌سی‌آر ۱.۷ میلیون مهاجر افغان را از طریق تورخم اخراج می‌کند",
          numbers=[num(1_700_000, "۱.۷ میلیون")],
          entities=("pakistan", "unhcr", "afghans", "torkham")),
        c("Taliban government Pakistan decision deny forced deport",
          text="حکومت طالبان اخراج اجباری را رد کرد",
          entities=("taliban", "pakistan"), speaker="taliban", attribution="denied",
          polarity="denied"),
    )
    return [dawn, tolo, jang, pajhwok]


def flood_story() -> list[AnalyzedArticle]:
    """An unrelated second story (IMF loan talks) in two outlets."""
    return [
        article("Dawn", "en", "IMF approves $3 billion standby arrangement for Pakistan",
                c("The IMF board approved a $3 billion standby arrangement for Pakistan.",
                  numbers=[num(3e9, "$3 billion", unit="money:USD")],
                  entities=("imf", "pakistan")),
                c("Finance Minister Ishaq Dar welcomed the IMF decision in Islamabad.",
                  entities=("ishaq_dar", "imf", "islamabad"), speaker="ishaq_dar")),
        article("Express Tribune", "en", "IMF board clears $3bn loan for Pakistan",
                c("IMF executive board cleared a $3 billion loan for Pakistan on Wednesday.",
                  numbers=[num(3e9, "$3bn", unit="money:USD")], entities=("imf", "pakistan")),
                c("The first tranche of $1.2 billion will be disbursed immediately.",
                  numbers=[num(1.2e9, "$1.2 billion", unit="money:USD")], entities=("imf",))),
    ]


# --- a fake glossary for framing ------------------------------------------------------------

@dataclass(frozen=True)
class FakeEntry:
    id: str
    canonical: str
    framing: tuple[str, ...] = ()
    type: str = "term"


class FakeGlossary:
    """`match` finds the listed surfaces by substring; `get` returns the entry."""

    hash = "3f2a9c1e"

    def __init__(self, entries: dict[str, tuple[FakeEntry, tuple[str, ...]]]):
        self.entries = {k: e for k, (e, _) in entries.items()}
        self._surfaces = [(s, e) for e, surfaces in entries.values() for s in surfaces]

    def get(self, entry_id: str) -> FakeEntry:
        return self.entries[entry_id]

    def match(self, text: str, lang: str) -> list[GlossaryHit]:
        hits = []
        for surface, entry in self._surfaces:
            start = text.find(surface)
            if start >= 0:
                hits.append(GlossaryHit(start, start + len(surface), entry.id, surface,
                                        entry.canonical, lang))
        return hits


def framing_glossary() -> FakeGlossary:
    return FakeGlossary({
        "deport": (FakeEntry("deport", "deport", ("removal:deport",)),
                   ("deporting", "ملک بدر", "اخراج")),
        "illegal_migrants": (FakeEntry("illegal_migrants", "illegal migrants",
                                       ("people:illegal_migrants",)), ("غیر قانونی افغان",)),
        "undocumented": (FakeEntry("undocumented", "undocumented", ("people:undocumented",)),
                         ("undocumented",)),
        "refugees": (FakeEntry("refugees", "refugees", ("people:refugees",)), ("مهاجر",)),
        "torkham": (FakeEntry("torkham", "Torkham", ()), ("Torkham", "طورخم", "تورخم")),
    })
