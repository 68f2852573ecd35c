"""The orchestrator: stages wired in order, mixed-language documents translated per paragraph."""

from xsource.pipeline import Settings, analyze, run
from xsource.records import Article

URDU_WITH_ENGLISH_QUOTE = (
    "پاکستان کی نگران حکومت نے غیر قانونی طور پر مقیم افغان شہریوں کو ملک چھوڑنے کے لیے "
    "اکتیس اکتوبر تک کی مہلت دی تھی۔ وزارت داخلہ کے مطابق طورخم سرحد پر رش بڑھ گیا ہے اور "
    "ہزاروں خاندان روزانہ واپس جا رہے ہیں۔\n\n"
    "\"We are a country facing economic challenges and we cannot shoulder this burden any "
    "longer,\" the interior ministry said in a statement issued in Islamabad on Tuesday.\n\n"
    "اقوام متحدہ کے ادارہ برائے پناہ گزین نے پاکستان سے اپیل کی ہے کہ وہ ملک بدری کا عمل "
    "روک دے اور خواتین اور بچوں کا خیال رکھے۔"
)


def _article(text: str, lang_hint=None) -> Article:
    return Article(id="a1", path="mixed.txt", outlet="Test Urdu", title="", text=text,
                   lang_hint=lang_hint)


def test_english_quote_in_urdu_story_is_not_sent_to_the_urdu_translator(tmp_path):
    [analyzed] = analyze([_article(URDU_WITH_ENGLISH_QUOTE)],
                         Settings(backend="auto", workspace=tmp_path))
    assert analyzed.detection.lang == "ur"
    english = [t for t in analyzed.translations if t.source.startswith('"We are a country')]
    assert len(english) == 1
    assert english[0].lang == "en"
    assert english[0].backend == "identity"
    urdu = [t for t in analyzed.translations if t.lang == "ur"]
    assert urdu and all(t.backend != "identity" for t in urdu)


def test_translations_keep_sentence_order_across_languages(tmp_path):
    [analyzed] = analyze([_article(URDU_WITH_ENGLISH_QUOTE)],
                         Settings(backend="glossary", workspace=tmp_path))
    sources = [t.source for t in analyzed.translations]
    assert sources == sorted(sources, key=URDU_WITH_ENGLISH_QUOTE.index)


def test_run_on_samples_groups_two_stories(samples_dir, tmp_path):
    comparison = run([str(samples_dir)], Settings(backend="glossary", workspace=tmp_path))
    assert comparison.stories.height == 2
    assert comparison.summary.articles == 17
    assert comparison.summary.skipped == ()


def test_one_article_that_breaks_analysis_is_skipped_and_the_run_goes_on(samples_dir, tmp_path,
                                                                         monkeypatch):
    import xsource.claims as claims

    real = claims.extract_claims

    def explode_on_geo(article, *args, **kwargs):
        if article.outlet == "Geo Urdu":
            raise ValueError("boom")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(claims, "extract_claims", explode_on_geo)
    comparison = run([str(samples_dir / "afghan-returns-2023")],
                     Settings(backend="glossary", workspace=tmp_path))
    assert comparison.summary.articles == 12
    [failure] = comparison.summary.skipped
    assert failure.reason == "error"
    assert failure.message == (
        f"{samples_dir / 'afghan-returns-2023' / 'geo-urdu-bugti-deadline.txt'}: analysis failed "
        "(ValueError: boom); the article was left out. Please report this with the file attached.")
    assert "Geo Urdu" not in comparison.articles["outlet"].to_list()


def test_strict_run_stops_at_an_analysis_failure(samples_dir, tmp_path, monkeypatch):
    import pytest

    import xsource.claims as claims
    from xsource.errors import InputError

    monkeypatch.setattr(claims, "extract_claims", lambda *a, **k: 1 / 0)
    with pytest.raises(InputError, match="analysis failed .ZeroDivisionError"):
        run([str(samples_dir / "torkham-closure-2023")],
            Settings(backend="glossary", workspace=tmp_path, strict=True))
