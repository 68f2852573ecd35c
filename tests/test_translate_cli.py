"""`xsource translate` and `xsource models` from the command line."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tests.tinymodel import zip_bytes
from xsource.cli import app

META = json.dumps({"from_code": "fa", "to_code": "en", "package_version": "1.9"})


@pytest.fixture
def runner(tmp_path, monkeypatch):
    monkeypatch.setenv("XSOURCE_WORKSPACE", str(tmp_path / "ws"))
    monkeypatch.delenv("XSOURCE_MODEL_DIR", raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    return CliRunner()


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ur.txt").write_text(
        "lang: ur\n\nوزیر داخلہ نے کہا کہ ۱۷ لاکھ افغان شہری غیر قانونی ہیں۔ سرحد پر ہزاروں خاندان جمع ہو گئے۔\n",
        encoding="utf-8")
    (folder / "en.txt").write_text(
        "Pakistan says nearly 2 million Afghans must leave by October 31. Officials said so.\n",
        encoding="utf-8")
    return folder


def test_translate_json_one_object_per_sentence(runner, articles):
    result = runner.invoke(app, ["translate", str(articles), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["lang"], r["index"], r["backend"]) for r in rows] == [
        ("en", 0, "identity"), ("en", 1, "identity"), ("ur", 0, "glossary"), ("ur", 1, "glossary")]
    ur = rows[2]
    assert "said that 17 lakh Afghan citizens illegal are." in ur["english"]
    assert ur["signature"].startswith("glossary:ur-en|gloss:")
    assert ur["fallback"].startswith("auto: no Argos package for Urdu (ur) in ")
    assert set(ur) == {"path", "article_id", "lang", "index", "source", "english", "backend",
                       "signature", "glossary_ids", "coverage", "fallback"}
    assert "note: auto: no Argos package for Urdu (ur)" in result.stderr


def test_translate_text_shows_source_english_and_signature(runner, articles):
    result = runner.invoke(app, ["translate", str(articles / "ur.txt")])
    assert result.exit_code == 0, result.output
    assert "glossary:ur-en|gloss:" in result.stdout
    assert "سرحد پر ہزاروں خاندان جمع ہو گئے۔" in result.stdout
    assert "border on thousands families gathered." in result.stdout
    assert "2 sentence(s) in 1 article(s): 2 translated, 0 from cache" in result.stderr
    again = runner.invoke(app, ["translate", str(articles / "ur.txt")])
    assert "2 sentence(s) in 1 article(s): 0 translated, 2 from cache" in again.stderr


def test_translate_unknown_backend_is_one_line_and_exit_1(runner, articles):
    result = runner.invoke(app, ["translate", str(articles), "--backend", "google"])
    assert result.exit_code == 1
    assert result.stderr == ("error: unknown translation backend 'google': choose one of "
                             "auto, argos, glossary, identity\n")


def test_models_install_list_remove(runner, tmp_path):
    pkg = tmp_path / "translate-fa_en-1_9.argosmodel"
    pkg.write_bytes(zip_bytes({"translate-fa_en-1_9/metadata.json": META,
                               "translate-fa_en-1_9/model/model.bin": b"\0",
                               "translate-fa_en-1_9/sentencepiece.model": b"\0"}))
    models = tmp_path / "models"
    result = runner.invoke(app, ["models", "install", str(pkg), "--model-dir", str(models)])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"installed translate-fa_en-1_9 v1.9 in {models} (covers: prs, fa)\n"
    listed = runner.invoke(app, ["models", "list", "--model-dir", str(models), "--json"])
    data = json.loads(listed.stdout)
    assert data["coverage"] == {"ur": None, "ps": None, "prs": "translate-fa_en-1_9",
                                "fa": "translate-fa_en-1_9"}
    assert data["missing"] == ["ur", "ps"]
    text = runner.invoke(app, ["models", "list", "--model-dir", str(models)]).stdout
    assert "ps (Pashto): none -- glossary-only; build one, see README 'Pashto model'" in text
    (models / "half-copied").mkdir()
    text = runner.invoke(app, ["models", "list", "--model-dir", str(models)]).stdout
    assert (f"  broken: {models / 'half-copied'} is not an Argos package: it has no metadata.json; "
            "remove it with `xsource models remove half-copied`") in text
    assert runner.invoke(app, ["models", "remove", "half-copied", "--model-dir", str(models)]).exit_code == 0
    removed = runner.invoke(app, ["models", "remove", "translate-fa_en-1_9", "--model-dir", str(models)])
    assert removed.exit_code == 0
    assert "no packages installed" in runner.invoke(app, ["models", "list", "--model-dir", str(models)]).stdout


def test_models_install_errors_are_one_line(runner, tmp_path):
    bad = tmp_path / "bad.argosmodel"
    bad.write_text("not a zip")
    result = runner.invoke(app, ["models", "install", str(bad)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {bad} is not a valid .argosmodel: not a zip archive;")
    result = runner.invoke(app, ["models", "install"])
    assert result.exit_code == 1
    assert result.stderr == ("error: give either a FILE.argosmodel or --lang LANG (not both); "
                             "e.g. `xsource models install translate-ur_en-1_9.argosmodel`\n")
    offline = runner.invoke(app, ["models", "install", "--lang", "ur"])
    assert offline.exit_code == 1
    assert offline.stderr.startswith("error: cannot download a Urdu model: the Argos package index is unreachable")
