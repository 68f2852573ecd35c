"""The bundled samples ingest cleanly with the metadata their expected.json records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from xsource.ingest import ingest

STORIES = ["afghan-returns-2023", "torkham-closure-2023"]


@pytest.mark.parametrize("story", STORIES)
def test_every_sample_article_is_listed_with_its_metadata(samples_dir, story):
    folder = samples_dir / story
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))["articles"]
    result = ingest([str(folder)])
    assert result.skipped == ()
    assert result.duplicates == ()
    got = [{"file": Path(a.path).name, "locator": a.locator, "outlet": a.outlet,
            "lang": a.lang_hint, "date": a.date, "title": a.title} for a in result.articles]
    want = [{k: item[k] for k in ("file", "locator", "outlet", "lang", "date", "title")}
            for item in expected]
    assert sorted(got, key=lambda r: (r["file"], r["locator"])) == sorted(
        want, key=lambda r: (r["file"], r["locator"]))
    for article in result.articles:
        assert article.url and article.url.startswith("https://")
        assert len(article.text) > 300 and "\n\n" in article.text


def test_samples_folder_as_a_whole(samples_dir):
    result = ingest([str(samples_dir)])
    assert result.skipped == ()
    assert len({a.id for a in result.articles}) == len(result.articles)
    assert {a.lang_hint for a in result.articles} == {"en", "ur", "ps", "prs", "fa"}
