"""The orchestrator: wires the stages together and does nothing else.

ingest -> langid -> segment -> translate -> claims -> compare. Each stage lives in its own
module; this file only decides the order, threads settings through, and collects what each
article needed into an `AnalyzedArticle`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from xsource.errors import InputError, XsourceError
from xsource.records import (
    AnalyzedArticle,
    Article,
    Detection,
    IngestResult,
    RunSummary,
    Sentence,
    Skipped,
    Translation,
)

Progress = Callable[[str, int, int], None]  # (stage, done, total)


def _no_progress(stage: str, done: int, total: int) -> None:
    return None


@dataclass(frozen=True)
class Settings:
    glossaries: tuple[Path, ...] = ()  # extra glossary files; later ones override earlier
    backend: str = "auto"  # translator: auto, argos, glossary
    model_dir: Path | None = None
    workspace: Path | None = None  # translation cache lives here
    use_cache: bool = True
    strict: bool = False


def load_glossary(settings: Settings):
    from xsource.glossary import load_glossaries

    return load_glossaries(settings.glossaries)


class _StageClock:
    """Adds each stage's wall time into a dict (for `make bench`); free when not asked for."""

    def __init__(self, timings: dict[str, float] | None):
        self.timings = timings
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        if self.timings is None:
            return
        now = time.perf_counter()
        self.timings[stage] = self.timings.get(stage, 0.0) + now - self.last
        self.last = now


def _label_sentences(sentences: list[Sentence], detection: Detection, lang: str) -> list[Sentence]:
    """Give each sentence its paragraph's language where a document mixes languages, so an
    English quote inside an Urdu story is not fed to the Urdu model."""
    if not detection.segments:
        return [replace(s, lang=lang) if s.lang != lang else s for s in sentences]
    labelled = []
    for sentence in sentences:
        seg_lang = next((seg.lang for seg in detection.segments
                         if seg.start <= sentence.start < seg.end and seg.lang != "und"), lang)
        labelled.append(replace(sentence, lang=seg_lang))
    return labelled


def _translate_by_language(translator, sentences: list[Sentence]) -> tuple[Translation, ...]:
    """One batch per language, results back in sentence order."""
    by_lang: dict[str, list[int]] = {}
    for pos, sentence in enumerate(sentences):
        by_lang.setdefault(sentence.lang, []).append(pos)
    out: list[Translation | None] = [None] * len(sentences)
    for sent_lang, positions in by_lang.items():
        batch = translator.translate([sentences[p].text for p in positions], sent_lang)
        for pos, translation in zip(positions, batch):
            out[pos] = translation
    return tuple(t for t in out if t is not None)


def analyze_article(article: Article, glossary, translator,
                    timings: dict[str, float] | None = None) -> AnalyzedArticle:
    """Detect, segment, translate and extract claims for one article."""
    from xsource.claims import extract_claims
    from xsource.langid import cross_check, detect
    from xsource.segment import split_sentences

    clock = _StageClock(timings)
    detection: Detection = detect(article.text)
    lang, mismatch = cross_check(article.lang_hint, detection)
    clock.lap("langid")
    sentences = _label_sentences(split_sentences(article.text, lang), detection, lang)
    clock.lap("segment")
    translations = _translate_by_language(translator, sentences)
    clock.lap("translate")
    claims = extract_claims(article, sentences, translations, glossary, lang)
    clock.lap("claims")
    return AnalyzedArticle(
        article=article,
        detection=detection,
        translations=translations,
        claims=tuple(claims),
        lang_mismatch=mismatch,
    )


def analyze(
    articles: Iterable[Article],
    settings: Settings,
    *,
    total: int = 0,
    progress: Progress = _no_progress,
    timings: dict[str, float] | None = None,
    glossary=None,
    failures: list[Skipped] | None = None,
) -> list[AnalyzedArticle]:
    """Analyse each article. With a `failures` list, an article whose analysis hits an
    unexpected error is recorded there as a skip (reason "error") and the run goes on;
    without one, the error propagates. User errors (`XsourceError`: a missing model, a bad
    glossary) always propagate: they would fail every article the same way."""
    from xsource.translate import open_translator

    glossary = glossary if glossary is not None else load_glossary(settings)
    analyzed = []
    with open_translator(settings.backend, glossary, model_dir=settings.model_dir,
                         workspace=settings.workspace, use_cache=settings.use_cache) as translator:
        for done, article in enumerate(articles, 1):
            try:
                analyzed.append(analyze_article(article, glossary, translator, timings))
            except XsourceError:
                raise
            except Exception as exc:  # one article's bug must not lose the other articles
                if failures is None:
                    raise
                failures.append(_analysis_failure(article, exc))
            progress("analyse", done, total)
    return analyzed


def _analysis_failure(article: Article, exc: Exception) -> Skipped:
    source = article.path + (f":{article.locator}" if article.locator else "")
    detail = f"{type(exc).__name__}: {exc}"[:200]
    return Skipped(source=source, reason="error",
                   message=f"{source}: analysis failed ({detail}); the article was left out. "
                           "Please report this with the file attached.")


def ingest(sources: Sequence[str], settings: Settings, progress: Progress = _no_progress) -> IngestResult:
    from xsource.ingest import ingest as ingest_sources

    return ingest_sources(sources, strict=settings.strict, progress=progress)


def run(sources: Sequence[str], settings: Settings, progress: Progress = _no_progress):
    """The main job: sources in, a `Comparison` out (raises NoArticlesError if nothing usable)."""
    from xsource.compare import CompareSettings, compare

    glossary = load_glossary(settings)  # once: translation, claims and framing share it
    ingested = ingest(sources, settings, progress)
    failures: list[Skipped] = []
    analyzed = analyze(ingested.articles, settings, total=len(ingested.articles),
                       progress=progress, glossary=glossary, failures=failures)
    if failures and (settings.strict or not analyzed):
        first = failures[0]
        raise InputError(first.source, first.reason, first.message)
    summary = RunSummary(
        inputs=len(sources),
        articles=len(analyzed),
        skipped=ingested.skipped + tuple(failures),
        duplicates=ingested.duplicates,
    )
    return compare(analyzed, CompareSettings(), summary=summary, progress=progress,
                   glossary=glossary)
