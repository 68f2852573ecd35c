"""The Argos backend: glossary enforcement at the batch seam, and the real CTranslate2
path end to end with a tiny model built at test time."""

from __future__ import annotations

import json

import pytest

from tests.tinymodel import build_argosmodel
from tests.translate_fakes import DropPlaceholdersEngine, EchoEngine
from xsource.translate import open_translator
from xsource.translate.argos_backend import ArgosTranslator
from xsource.translate.models import install_file, installed_packages, package_from_metadata, remove


@pytest.fixture(scope="session")
def tiny_argosmodel(tmp_path_factory):
    return build_argosmodel(tmp_path_factory.mktemp("tinymodel"))


def urdu_package(tmp_path):
    return package_from_metadata(tmp_path / "translate-ur_en-1_9",
                                 {"from_code": "ur", "to_code": "en", "package_version": "1.9"})


# --- glossary enforcement at the seam ---------------------------------------------------


@pytest.mark.parametrize("style", ["canonical", "tag", "digits"])
def test_placeholders_that_survive_are_restored_canonically(glossary, tmp_path, style):
    engine = EchoEngine()
    tr = ArgosTranslator(glossary, [urdu_package(tmp_path)], engine_factory=lambda p, l: engine,
                         placeholder=style)
    out = tr.translate(["سرفراز بگٹی نے طورخم کا دورہ کیا", "کوئی نام نہیں"], "ur")
    assert [t.english for t in out] == ["EN(Sarfraz Bugti نے Torkham کا دورہ کیا)", "EN(کوئی نام نہیں)"]
    assert [t.glossary_ids for t in out] == [("person.sarfraz_bugti", "place.torkham"), ()]
    assert [t.signature for t in out] == ["argos:ur-en@1.9|gloss:f00dcafe"] * 2
    assert all(t.backend == "argos" and t.fallback is None for t in out)
    assert len(engine.calls) == 1  # one batch for both sentences


def test_lost_placeholder_retranslates_unmasked_and_keeps_argos_when_terms_appear(glossary, tmp_path):
    engine = DropPlaceholdersEngine(plain="The Torkhum crossing was closed.")
    tr = ArgosTranslator(glossary, [urdu_package(tmp_path)], engine_factory=lambda p, l: engine,
                         placeholder="tag")
    [t] = tr.translate(["طورخم بند ہے"], "ur")
    assert engine.calls == [["<x1> بند ہے"], ["طورخم بند ہے"]]
    assert t.english == "The Torkham crossing was closed."  # English variant made canonical
    assert t.backend == "argos"
    assert t.glossary_ids == ("place.torkham",)
    assert t.fallback == ("the ur-en model dropped the placeholder for Torkham; re-translated "
                          "without placeholders and checked the glossary terms in the English")


def test_term_lost_twice_falls_back_to_glossary_for_that_sentence(glossary, tmp_path):
    engine = DropPlaceholdersEngine(plain="The crossing was closed.")
    tr = ArgosTranslator(glossary, [urdu_package(tmp_path)], engine_factory=lambda p, l: engine)
    [t] = tr.translate(["طورخم بند ہے"], "ur")
    assert t.backend == "glossary"
    assert t.signature == "glossary:ur-en|gloss:f00dcafe"
    assert t.english == "Torkham closed is"
    assert t.glossary_ids == ("place.torkham",)
    assert t.fallback == "the ur-en model lost glossary term(s) Torkham; glossary-only for this sentence"


def test_only_failing_sentences_are_retranslated(glossary, tmp_path):
    class LosesFirst(EchoEngine):
        def translate_batch(self, texts):
            self.calls.append(list(texts))
            if len(self.calls) == 1:
                return ["nothing here", *texts[1:]]
            return ["Torkham is shut"]

    engine = LosesFirst()
    tr = ArgosTranslator(glossary, [urdu_package(tmp_path)], engine_factory=lambda p, l: engine)
    out = tr.translate(["طورخم بند ہے", "پاکستان"], "ur")
    assert engine.calls[1] == ["طورخم بند ہے"]
    assert [t.english for t in out] == ["Torkham is shut", "Pakistan"]
    assert out[0].fallback and out[1].fallback is None


# --- the real CTranslate2 path ----------------------------------------------------------


def test_tiny_model_install_list_translate_remove(glossary, ws, tmp_path, tiny_argosmodel):
    models = tmp_path / "models"
    package = install_file(tiny_argosmodel, models)
    assert package.name == "translate-ur_en-0_1"
    assert [p.covers() for p in installed_packages(models)] == [["ur"]]
    sentences = ["طورخم سرحد پر ہزاروں خاندان جمع ہو گئے", "ہزاروں خاندان جمع ہو گئے", ""]
    with open_translator("auto", glossary, model_dir=models) as tr:
        out = tr.translate(sentences, "ur")
        again = tr.translate(sentences, "ur")
        assert tr.stats["cached"] == 3
    assert len(out) == 3 and again == out
    for t, source in zip(out, sentences):
        assert t.source == source and t.lang == "ur"
        # Random weights: the English is gibberish, but every glossary term is either
        # restored canonically or the fallback says what happened.
        if t.backend == "argos" and t.fallback is None:
            assert t.signature == "argos:ur-en@0.1|gloss:f00dcafe"
            for entry_id in t.glossary_ids:
                assert glossary.get(entry_id).canonical in t.english
        else:
            assert t.fallback
    assert out[0].glossary_ids == ("place.torkham",)
    # No glossary term to lose: the model's own output, labelled with the package version.
    assert out[1].backend == "argos" and out[1].fallback is None and out[1].english
    assert out[1].signature == "argos:ur-en@0.1|gloss:f00dcafe"
    assert out[2].english == ""
    remove("translate-ur_en-0_1", models)
    assert installed_packages(models) == []


@pytest.mark.parametrize("style", ["canonical", "tag", "digits"])
def test_tiny_model_each_placeholder_style_is_restored_or_recorded(glossary, tmp_path, tiny_argosmodel, style):
    models = tmp_path / "models"
    install_file(tiny_argosmodel, models)
    tr = ArgosTranslator(glossary, installed_packages(models), placeholder=style)
    out = tr.translate(["سرفراز بگٹی نے طورخم کا دورہ کیا", "پاکستان"], "ur")
    for t in out:
        restored = t.backend == "argos" and all(
            glossary.get(i).canonical in t.english for i in t.glossary_ids)
        assert restored or t.fallback, t


def test_multilingual_package_gets_source_token_and_target_prefix(glossary, tmp_path, tiny_argosmodel):
    # The tiny model repacked as a multilingual package: the source token and target
    # prefix must be real vocabulary items, so reuse pieces the sentencepiece model has.
    import sentencepiece as spm

    models = tmp_path / "models"
    install_file(tiny_argosmodel, models)
    folder = models / "translate-ur_en-0_1"
    sp = spm.SentencePieceProcessor(model_file=str(folder / "sentencepiece.model"))
    token = sp.id_to_piece(10)
    metadata = {"package_version": "2.0", "target_prefix": token, "source_suffix": ["</s>"],
                "languages": [{"code": "ps", "token": token}, {"code": "en"}]}
    (folder / "metadata.json").write_text(json.dumps(metadata))
    with open_translator("auto", glossary, model_dir=models, use_cache=False) as tr:
        route = tr.route("ps")
        out = tr.translate(["د پاکستان حکومت", "په طورخم کې"], "ps")
    assert route.signature == "argos:translate-ur_en-0_1:ps-en@2.0|gloss:f00dcafe"
    assert len(out) == 2
    assert all(t.backend in ("argos", "glossary") for t in out)
    assert all(t.backend == "argos" or t.fallback for t in out)
