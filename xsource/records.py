"""Stage data: the small frozen records that flow between pipeline stages.

Every stage module (ingest, langid, translate, claims, compare, report) takes and returns
these, never loose dicts, so a stage can be swapped without the others noticing.
Offsets (`start`, `end`) are always character offsets into `Article.text`, the original
text kept for display; normalized text is only ever used for matching.
"""

from __future__ import annotations

from dataclasses import dataclass, field


# --- ingestion -------------------------------------------------------------------------


@dataclass(frozen=True)
class Article:
    id: str  # stable content hash of outlet+title+text (16 hex chars)
    path: str  # the input file or URL it came from
    outlet: str
    title: str
    text: str  # original text, paragraphs separated by a blank line
    date: str | None = None  # ISO YYYY-MM-DD when known
    url: str | None = None
    encoding: str = "utf-8"
    format: str = "txt"  # txt, md, html, json, jsonl, feed, csv
    lang_hint: str | None = None  # `lang:` from metadata, cross-checked by langid
    locator: str = ""  # where inside `path` (jsonl line, feed entry, csv row); "" for whole file


@dataclass(frozen=True)
class Skipped:
    source: str  # file, URL or "file:line"
    reason: str  # short category used in run summaries: empty, binary, encoding, ...
    message: str  # one line naming the input and the fix


@dataclass(frozen=True)
class Duplicate:
    article_id: str
    kept: str  # source of the first copy
    duplicate: str  # source of the later copy (reported, not silently dropped)


@dataclass(frozen=True)
class IngestResult:
    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...] = ()
    duplicates: tuple[Duplicate, ...] = ()


# --- language identification -----------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    lang: str
    confidence: float


@dataclass(frozen=True)
class Detection:
    lang: str  # en, ur, ps, prs, fa, ar, sd, hi, ..., und
    confidence: float  # in [0, 1]
    segments: tuple[Segment, ...] = ()  # per paragraph, only when a document mixes languages
    words: int = 0  # of the text read: how much evidence the label rests on


# --- sentences and translation ----------------------------------------------------------


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # offsets into the text that was segmented
    end: int
    text: str
    lang: str = "und"


@dataclass(frozen=True)
class GlossaryHit:
    start: int  # offsets into the text given to the matcher
    end: int
    entry_id: str
    surface: str  # the words as written
    canonical: str  # canonical English form
    lang: str = "und"


@dataclass(frozen=True)
class Translation:
    source: str
    english: str
    lang: str
    backend: str  # argos, glossary, identity
    signature: str  # e.g. "argos:ur-en@1.9|gloss:3f2a9c1e"
    glossary_ids: tuple[str, ...] = ()
    coverage: float = 1.0  # share of tokens rendered by model or glossary (glossary backend)
    fallback: str | None = None  # why this sentence fell back to another backend, if it did


# --- claims ------------------------------------------------------------------------------


@dataclass(frozen=True)
class NumberMention:
    value: float
    text: str  # as written in the source (or English) sentence
    hedge: str | None = None  # nearly, about, more_than, at_least, up_to, over, less_than
    unit: str | None = None  # people, families, percent, money:USD, money:PKR, days, ...
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class DateMention:
    value: str | None  # YYYY-MM-DD or YYYY-MM; None when relative and unresolvable
    text: str
    calendar: str = "gregorian"  # gregorian, solar_hijri, lunar_hijri, relative
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Claim:
    id: str  # "<article_id>:<index>"
    article_id: str
    outlet: str
    lang: str
    index: int  # sentence index within the article
    text: str  # source sentence
    text_en: str
    start: int = 0  # offsets of the sentence in Article.text
    end: int = 0
    numbers: tuple[NumberMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    entities: tuple[str, ...] = ()  # glossary ids, then other names found
    speaker: str | None = None  # glossary id, or a name, or "anonymous official" / "sources"
    attribution: str = "none"  # quote, said, according_to, claimed, denied, anonymous, sources, none
    polarity: str = "asserted"  # asserted, denied
    signature: str = ""  # translation signature of text_en
    path: str = ""
    numbers_from: str = "source"  # where numbers/dates were read: source, english (offsets into text_en)
    # An alignment unit (one fact of a sentence, `compare.units`) keeps its sentence's written
    # dates here: they say when its figure was counted, they are not compared as its facts.
    context_dates: tuple[DateMention, ...] = ()
    # The article's publication date: a sentence that names no date tells of the story's own
    # days, so a figure dated weeks earlier is another event's (`compare.measurement`).
    published: str | None = None
    # The one place the article is about, when it names one far more often than any other
    # (`compare.places.article_place`): a figure whose sentence names no place was counted
    # there, not in the other city another outlet's sentence names.
    article_place: str | None = None


# --- the analysed article handed to the comparator --------------------------------------


@dataclass(frozen=True)
class AnalyzedArticle:
    article: Article
    detection: Detection
    translations: tuple[Translation, ...] = ()
    claims: tuple[Claim, ...] = ()
    lang_mismatch: str | None = None  # header said X, detector said Y

    @property
    def signature(self) -> str:
        """The distinct translation signatures used, joined, for the article table."""
        seen = dict.fromkeys(t.signature for t in self.translations)
        return " + ".join(seen) or "none"


@dataclass(frozen=True)
class RunSummary:
    inputs: int = 0
    articles: int = 0
    skipped: tuple[Skipped, ...] = ()
    duplicates: tuple[Duplicate, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)

    def skipped_by_reason(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for item in self.skipped:
            counts[item.reason] = counts.get(item.reason, 0) + 1
        return counts
