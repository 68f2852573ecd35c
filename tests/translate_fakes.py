"""Stand-ins for the translate tests: a tiny glossary with the real Glossary's interface,
and deterministic "models" plugged into the Argos backend at its engine seam."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from xsource.records import GlossaryHit


@dataclass(frozen=True)
class FakeEntry:
    id: str
    canonical: str
    variants: dict


class FakeGlossary:
    """Longest-first, whole-word matching over a handful of entries."""

    hash = "f00dcafe"

    def __init__(self, entries: dict[str, tuple[str, dict]] | None = None):
        entries = entries or {
            "place.torkham": ("Torkham", {"ur": ("طورخم",), "ps": ("تورخم", "طورخم"),
                                           "prs": ("تورخم",), "fa": ("تورخم",), "en": ("Torkham", "Torkhum")}),
            "place.pakistan": ("Pakistan", {"ur": ("پاکستان",), "ps": ("پاکستان",),
                                             "prs": ("پاکستان",), "fa": ("پاکستان",), "en": ("Pakistan",)}),
            "person.sarfraz_bugti": ("Sarfraz Bugti", {"ur": ("سرفراز بگٹی",), "ps": ("سرفراز بګټي",),
                                                       "prs": ("سرفراز بگتی",), "fa": ("سرفراز بگتی",),
                                                       "en": ("Sarfraz Bugti", "Sarfaraz Bugti")}),
            "person.sirajuddin_haqqani": ("Sirajuddin Haqqani", {"en": ("Siraj-ud-Din Haqqani",),
                                                                 "prs": ("سراج الدین حقانی",)}),
            "org.unhcr": ("UNHCR", {"ur": ("یو این ایچ سی آر",), "en": ("UNHCR",)}),
            # names and months are glossary entries, not lexicon words, in the real data too
            "place.afghanistan": ("Afghanistan", {"ur": ("افغانستان",), "ps": ("افغانستان",),
                                                   "prs": ("افغانستان",), "fa": ("افغانستان",),
                                                   "en": ("Afghanistan",)}),
            "demonym.afghan": ("Afghan", {"ur": ("افغان",), "ps": ("افغان",), "prs": ("افغان",),
                                          "fa": ("افغان",), "en": ("Afghan",)}),
            "month.october": ("October", {"ur": ("اکتوبر",), "ps": ("اکتوبر",), "prs": ("اکتوبر",),
                                          "fa": ("اکتبر",), "en": ("October",)}),
            "term.return": ("return", {"prs": ("بازگشت",), "fa": ("بازگشت",), "en": ("return",)}),
        }
        self.entries = {id_: FakeEntry(id_, canonical, variants)
                        for id_, (canonical, variants) in entries.items()}
        self._patterns: dict[str, tuple[re.Pattern, dict]] = {}

    def get(self, entry_id: str) -> FakeEntry:
        return self.entries[entry_id]

    def match(self, text: str, lang: str) -> list[GlossaryHit]:
        if lang not in self._patterns:
            forms = {}
            for entry in self.entries.values():
                for form in entry.variants.get(lang, ()):
                    forms[form] = entry
            alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
            pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)") if forms else None
            self._patterns[lang] = (pattern, forms)
        pattern, forms = self._patterns[lang]
        if pattern is None:
            return []
        return [GlossaryHit(m.start(), m.end(), forms[m.group()].id, m.group(),
                            forms[m.group()].canonical, lang) for m in pattern.finditer(text)]


class EchoEngine:
    """Returns its input unchanged, so every placeholder survives; counts calls."""

    def __init__(self, package=None, lang=None):
        self.package, self.lang = package, lang
        self.calls: list[list[str]] = []

    def translate_batch(self, texts):
        self.calls.append(list(texts))
        return [f"EN({t})" for t in texts]


class DropPlaceholdersEngine(EchoEngine):
    """Loses every placeholder when masked input comes in; on unmasked input writes the
    given English (or nothing useful)."""

    def __init__(self, package=None, lang=None, plain: str = "They said nothing."):
        super().__init__(package, lang)
        self.plain = plain

    def translate_batch(self, texts):
        self.calls.append(list(texts))
        if len(self.calls) == 1:
            return ["the border was closed" for _ in texts]
        return [self.plain for _ in texts]


# Fixtures shared by the translation test files (registered in tests/conftest.py).
@pytest.fixture
def glossary():
    return FakeGlossary()


@pytest.fixture
def ws(tmp_path, monkeypatch):
    """A workspace and model dir in tmp, never the user's home."""
    monkeypatch.setenv("XSOURCE_WORKSPACE", str(tmp_path / "ws"))
    monkeypatch.delenv("XSOURCE_MODEL_DIR", raising=False)
    return tmp_path / "ws"
