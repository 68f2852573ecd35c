"""Glossary-only and identity backends, masking, the cache, backend selection."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.translate_fakes import EchoEngine, FakeGlossary
from xsource.errors import ModelError, UnknownBackendError
from xsource.records import GlossaryHit
from xsource.translate import open_translator
from xsource.translate.glossary_backend import GlossaryTranslator
from xsource.translate.masking import mask, unmask
from xsource.translate.romanize import romanize_word


def fake_package(model_dir, name, **metadata):
    folder = model_dir / name
    folder.mkdir(parents=True)
    (folder / "metadata.json").write_text(json.dumps({"package_version": "1.9", **metadata}))
    return folder


# --- glossary backend -------------------------------------------------------------------


def test_glossary_backend_renders_terms_lexicon_numbers_and_romanizes_the_rest(glossary):
    [t] = GlossaryTranslator(glossary).translate(
        ["وزیر داخلہ سرفراز بگٹی نے کہا کہ طورخم سے ۱۷ لاکھ افغان واپس گئے۔"], "ur")
    assert t.english == "minister dakhla Sarfraz Bugti said that Torkham from 17 lakh Afghan back were."
    assert t.backend == "glossary"
    assert t.signature == "glossary:ur-en|gloss:f00dcafe"
    assert t.glossary_ids == ("person.sarfraz_bugti", "place.torkham", "demonym.afghan")
    assert 0.8 < t.coverage < 1.0  # only داخلہ and گئے were romanized
    assert t.fallback is None


@pytest.mark.parametrize("lang,sentence,expected", [
    ("ps", "د پاکستان حکومت وویل چې تورخم ۳۱ اکتوبر بند دی", "of Pakistan government said that Torkham 31 October closed is"),
    ("prs", "وزیر گفت که ۱٫۷ میلیون مهاجر از تورخم بازگشت", "minister said that 1.7 million mahajar from Torkham return"),
    ("fa", "پاکستان و افغانستان", "Pakistan and Afghanistan"),
])
def test_glossary_backend_each_language(glossary, lang, sentence, expected):
    [t] = GlossaryTranslator(glossary).translate([sentence], lang)
    assert t.english == expected
    assert t.signature == f"glossary:{lang}-en|gloss:f00dcafe"


def test_glossary_backend_keeps_punctuation_and_latin_and_handles_empty(glossary):
    out = GlossaryTranslator(glossary).translate(["«طورخم»، UNHCR؟", ""], "ur")
    assert out[0].english == "“Torkham”, UNHCR?"
    assert out[0].coverage == 1.0
    assert out[1].english == "" and out[1].coverage == 1.0


def test_glossary_backend_normalizes_spelling_variants_before_the_lexicon(glossary):
    # Arabic yeh/kaf, a harakat mark and tatweel still reach the lexicon entry "کی".
    [t] = GlossaryTranslator(glossary).translate(["حکومـت كي"], "ur")
    assert t.english == "government of"


def test_a_phrase_printed_with_zwnj_for_its_space_reads_as_the_phrase(glossary):
    # the lexicon lists "شبه نظامی" (militia); outlets also print it joined, شبه‌نظامی
    joined, spaced = GlossaryTranslator(glossary).translate(
        ["۱۷ شبه\u200cنظامی", "۱۷ شبه نظامی"], "prs")
    assert joined.english == spaced.english == "17 militia"


@pytest.mark.parametrize("word,lang,expected", [
    ("کراچی", "ur", "karachi"), ("طورخم", "ps", "torkham"), ("وزیر", "fa", "vazir"),
    ("وزیر", "prs", "wazir"), ("ننگرهار", "ps", "nangrhar"), ("پشاور", "ur", "pashawar"),
    ("عمران", "ur", "amran"), ("ښځه", "ps", "shadza"), ("خبر", "ur", "khabr"), ("بند", "ur", "band"),
])
def test_romanization_is_readable(word, lang, expected):
    assert romanize_word(word, lang) == expected


# --- identity ---------------------------------------------------------------------------


def test_identity_canonicalizes_english_variants(glossary, ws):
    with open_translator("auto", glossary) as tr:
        [t] = tr.translate(["Siraj-ud-Din Haqqani met Sarfaraz Bugti at Torkhum."], "en")
    assert t.english == "Sirajuddin Haqqani met Sarfraz Bugti at Torkham."
    assert t.backend == "identity"
    assert t.signature == "identity:en|gloss:f00dcafe"
    assert t.glossary_ids == ("person.sirajuddin_haqqani", "person.sarfraz_bugti", "place.torkham")


def test_a_name_restated_next_to_itself_is_written_once():
    """"The UN refugee agency UNHCR" names one body once: not "The UNHCR UNHCR"; the
    bracketed abbreviation after a full name stays as written."""
    from xsource.glossary import load_glossaries
    from xsource.translate.identity import canonicalize

    bundled = load_glossaries()
    english, ids = canonicalize(bundled, "The UN refugee agency UNHCR urged Islamabad to stop.")
    assert english == "The UNHCR urged Islamabad to stop."
    assert ids == ("org.unhcr", "place.islamabad")
    english, _ = canonicalize(bundled, "hideouts of the banned Tehreek-e-Taliban Pakistan (TTP)")
    assert english == "hideouts of the banned Tehreek-e-Taliban Pakistan (TTP)"


# --- masking ----------------------------------------------------------------------------


def _hits(text, spans):
    return [GlossaryHit(a, b, f"id{i}", text[a:b], canon) for i, (a, b, canon) in enumerate(spans)]


@st.composite
def texts_with_hits(draw):
    alphabet = st.sampled_from(list("ab <>x1237,. طورخمپاکستان\u200c۱۲"))
    parts = draw(st.lists(st.text(alphabet, max_size=6), min_size=1, max_size=6))
    canon = draw(st.lists(st.sampled_from(["Torkham", "Pakistan", "<x2>", "7302", "A B"]),
                          min_size=len(parts) - 1, max_size=len(parts) - 1))
    text, spans = "", []
    for i, part in enumerate(parts):
        text += part
        if i < len(parts) - 1:
            surface = draw(st.text(st.sampled_from(list("طورخم")), min_size=1, max_size=4))
            spans.append((len(text), len(text) + len(surface), canon[i]))
            text += surface
    return text, spans


@settings(max_examples=200, deadline=None)
@given(texts_with_hits(), st.sampled_from(["tag", "digits"]))
def test_masking_round_trip_restores_canonical_forms(case, style):
    text, spans = case
    masked = mask(text, _hits(text, spans), style)
    english, missing = unmask(masked.text, masked)  # a model that copies its input
    expected, pos = "", 0
    for a, b, canon in spans:
        expected += text[pos:a] + canon
        pos = b
    expected += text[pos:]
    assert missing == ()
    assert english == expected


@settings(max_examples=100, deadline=None)
@given(texts_with_hits())
def test_masking_reports_every_lost_placeholder(case):
    text, spans = case
    masked = mask(text, _hits(text, spans), "tag")
    english, missing = unmask("", masked)
    assert [s.entry_id for s in missing] == [f"id{i}" for i in range(len(spans))]


def test_tag_placeholders_are_found_when_the_model_spaces_them_out():
    text = "سرحد طورخم بند"
    masked = mask(text, _hits(text, [(5, 10, "Torkham")]), "tag")
    assert masked.text == "سرحد <x1> بند"
    assert unmask("the < x 1 > border", masked) == ("the Torkham border", ())


def test_unknown_placeholder_style_is_refused():
    with pytest.raises(ValueError, match="unknown placeholder style 'xml'; use one of canonical, tag, digits"):
        mask("x", [], "xml")


# --- backend selection ------------------------------------------------------------------


def test_unknown_backend_names_it_and_lists_valid_names(glossary, ws):
    with pytest.raises(UnknownBackendError) as exc:
        with open_translator("deepl", glossary):
            pass
    assert str(exc.value) == ("unknown translation backend 'deepl': choose one of "
                              "auto, argos, glossary, identity")


def test_auto_without_models_falls_back_to_glossary_and_says_why(glossary, ws):
    with open_translator("auto", glossary) as tr:
        [t] = tr.translate(["طورخم بند ہے"], "ur")
    assert t.backend == "glossary"
    assert t.signature == "glossary:ur-en|gloss:f00dcafe"
    assert t.fallback.startswith("auto: no Argos package for Urdu (ur) in ")
    assert "xsource models install --lang ur" in t.fallback


def test_explicit_glossary_backend_is_not_a_fallback(glossary, ws):
    with open_translator("glossary", glossary) as tr:
        [t] = tr.translate(["طورخم بند ہے"], "ur")
    assert t.fallback is None


def test_undetermined_language_uses_glossary_and_records_why(glossary, ws):
    with open_translator("auto", glossary) as tr:
        [t] = tr.translate(["طورخم"], "und")
    assert t.backend == "glossary"
    assert t.fallback.startswith("undetermined language (und): no translation model covers it")


def test_explicit_argos_without_a_package_is_an_error(glossary, ws):
    with open_translator("argos", glossary) as tr:
        with pytest.raises(ModelError) as exc:
            tr.translate(["طورخم"], "ps")
    assert str(exc.value) == (
        "no installed Argos package translates Pashto (ps) into English; install one with "
        "`xsource models install --lang ps` or `xsource models install FILE.argosmodel`, "
        "or use --backend auto to fall back to the glossary")


def test_auto_picks_fa_package_for_dari_and_multilingual_for_pashto(glossary, ws, tmp_path):
    models = tmp_path / "models"
    fake_package(models, "translate-fa_en-1_9", from_code="fa", to_code="en")
    fake_package(models, "nllb-200-600m", package_version="1.0", target_prefix="eng_Latn",
                 languages=[{"code": "ps", "name": "Pashto", "token": "pbt_Arab"},
                            {"code": "en", "name": "English"}])
    seen = []

    def factory(package, lang):
        seen.append((package.name, lang, package.source_prefix(lang), package.target_prefix))
        return EchoEngine()

    with open_translator("auto", glossary, model_dir=models, engine_factory=factory) as tr:
        assert tr.route("prs").signature == "argos:fa-en@1.9|gloss:f00dcafe"
        assert tr.route("fa").signature == "argos:fa-en@1.9|gloss:f00dcafe"
        assert tr.route("ps").signature == "argos:nllb-200-600m:ps-en@1.0|gloss:f00dcafe"
        assert tr.route("ur").backend == "glossary"
        [dari] = tr.translate(["از تورخم"], "prs")
        [pashto] = tr.translate(["له تورخم"], "ps")
    assert dari.backend == "argos" and dari.fallback is None
    assert dari.english == "EN(از Torkham)"
    assert pashto.signature == "argos:nllb-200-600m:ps-en@1.0|gloss:f00dcafe"
    assert seen == [("translate-fa_en-1_9", "prs", [], ""),
                    ("nllb-200-600m", "ps", ["pbt_Arab"], "eng_Latn")]


def test_model_dir_comes_from_the_environment(glossary, ws, tmp_path, monkeypatch):
    models = tmp_path / "env-models"
    fake_package(models, "translate-ur_en-1_9", from_code="ur", to_code="en")
    monkeypatch.setenv("XSOURCE_MODEL_DIR", str(models))
    with open_translator("auto", glossary, engine_factory=lambda p, l: EchoEngine()) as tr:
        assert tr.route("ur").signature == "argos:ur-en@1.9|gloss:f00dcafe"


# --- cache ------------------------------------------------------------------------------


class CountingEngine(EchoEngine):
    def __init__(self):
        super().__init__()
        self.sentences = 0

    def translate_batch(self, texts):
        self.sentences += len(texts)
        return super().translate_batch(texts)


def test_cache_translates_nothing_twice(glossary, ws, tmp_path):
    models = tmp_path / "models"
    fake_package(models, "translate-ur_en-1_9", from_code="ur", to_code="en")
    engine = CountingEngine()
    sentences = ["طورخم بند ہے", "پاکستان", "طورخم بند ہے"]
    with open_translator("auto", glossary, model_dir=models, engine_factory=lambda p, l: engine) as tr:
        first = tr.translate(sentences, "ur")
    assert engine.sentences == 2  # the repeated sentence is translated once
    with open_translator("auto", glossary, model_dir=models, engine_factory=lambda p, l: engine) as tr:
        second = tr.translate(sentences, "ur")
        assert tr.stats == {"translated": 0, "cached": 3}
    assert engine.sentences == 2
    assert second == first
    assert (ws / "translations.sqlite3").exists()


def test_cache_is_keyed_by_signature(glossary, ws):
    with open_translator("glossary", glossary) as tr:
        tr.translate(["طورخم"], "ur")
    other = FakeGlossary()
    other.hash = "0badf00d"
    with open_translator("glossary", other) as tr:
        [t] = tr.translate(["طورخم"], "ur")
        assert tr.stats == {"translated": 1, "cached": 0}
    assert t.signature == "glossary:ur-en|gloss:0badf00d"


def test_cache_keeps_finished_batches_when_a_run_dies(glossary, ws, tmp_path, monkeypatch):
    import xsource.translate as translate

    monkeypatch.setattr(translate, "BATCH", 2)
    models = tmp_path / "models"
    fake_package(models, "translate-ur_en-1_9", from_code="ur", to_code="en")

    class DiesOnSecondBatch(CountingEngine):
        def translate_batch(self, texts):
            if self.calls:
                raise KeyboardInterrupt
            return super().translate_batch(texts)

    sentences = ["الف", "ب", "ج", "د"]
    with pytest.raises(KeyboardInterrupt):
        with open_translator("auto", glossary, model_dir=models,
                             engine_factory=lambda p, l: DiesOnSecondBatch()) as tr:
            tr.translate(sentences, "ur")
    engine = CountingEngine()
    with open_translator("auto", glossary, model_dir=models, engine_factory=lambda p, l: engine) as tr:
        tr.translate(sentences, "ur")
        assert tr.stats == {"translated": 2, "cached": 2}


def test_new_lexicon_or_rules_miss_the_cache(glossary, ws, monkeypatch):
    import xsource.translate.glossary_backend as gb

    with open_translator("glossary", glossary) as tr:
        tr.translate(["طورخم"], "ur")
    monkeypatch.setattr(gb, "revision", lambda: "r2-deadbeef")
    with open_translator("glossary", glossary) as tr:
        [t] = tr.translate(["طورخم"], "ur")
        assert tr.stats == {"translated": 1, "cached": 0}
    assert t.signature == "glossary:ur-en|gloss:f00dcafe"  # the signature itself is unchanged


def test_no_cache_writes_nothing(glossary, ws):
    with open_translator("glossary", glossary, use_cache=False) as tr:
        tr.translate(["طورخم"], "ur")
    assert not (ws / "translations.sqlite3").exists()


# --- the bundled glossary: every variant comes out canonical ------------------------------


FRAMES = {
    "ur": "حکام نے کہا کہ {} کے بارے میں فیصلہ ہو گیا۔",
    "ps": "چارواکو وویل چې د {} په اړه پرېکړه وشوه.",
    "prs": "مقامات گفتند که درباره {} تصمیم گرفته شد.",
    "fa": "مقامات گفتند که درباره {} تصمیم گرفته شد.",
    "en": "Officials said a decision about {} was taken.",
}


def test_every_bundled_variant_is_rendered_canonically_in_context(ws):
    from xsource.glossary import load_glossaries
    from xsource.translate.identity import NAME_TYPES

    real = load_glossaries()
    if not real.entries:
        pytest.skip("the bundled glossary (glossaries/afpak.*) has no entries yet")
    checked, unrendered = 0, []
    with open_translator("glossary", real, use_cache=False) as tr:
        for lang, frame in FRAMES.items():
            # `dated` entries (solar months) only match beside a number, as in real copy.
            cases = [(e, ("9 " if e.match == "dated" else "") + v)
                     for e in real.entries.values() for v in e.variants_for(lang)]
            sentences = [frame.format(v) for _, v in cases]
            out = tr.translate(sentences, lang)
            for (entry, variant), sentence, t in zip(cases, sentences, out):
                checked += 1
                hits = real.match(sentence, lang)
                # Every hit the matcher finds must come out as its canonical English: 100%;
                # English copy keeps its own words for terms (only names are respelled).
                unrendered += [f"{lang} {h.entry_id} {variant!r} -> {t.english!r}" for h in hits
                               if h.entry_id not in t.glossary_ids
                               or (h.canonical if lang != "en" or entry.type in NAME_TYPES
                                   else h.surface) not in t.english]
    assert checked > 500
    assert unrendered == []


def test_english_copy_keeps_its_own_words_for_terms_but_respells_names(ws):
    from xsource.glossary import load_glossaries

    with open_translator("identity", load_glossaries(), use_cache=False) as tr:
        [t] = tr.translate(["Pakistan began deporting Afghans via Torkhum, Siraj-ud-Din Haqqani said."], "en")
    assert t.english == "Pakistan began deporting Afghans via Torkham, Sirajuddin Haqqani said."
    assert "term.deportation" in t.glossary_ids  # still counted for framing
