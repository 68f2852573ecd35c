"""Translation to English behind one interface, chosen by name.

    from xsource.translate import open_translator
    with open_translator("auto", glossary) as translator:
        translator.translate(["طورخم سرحد بند ہے۔"], "ur")   # -> [Translation(...)]

Backends (registered by name, imported lazily):
- `argos`: installed Argos packages, glossary terms protected and restored (argos_backend)
- `glossary`: glossary terms + a small lexicon + romanization; no model (glossary_backend)
- `identity`: English as written, glossary variants made canonical (identity)
- `auto`: identity for English; argos where an installed package covers the language;
  glossary otherwise, and the Translation's `fallback` says why.

Every Translation carries a signature naming backend, model version and glossary hash
(`argos:ur-en@1.9|gloss:3f2a9c1e`), which also keys the SQLite cache (cache.py).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from xsource.errors import UnknownBackendError
from xsource.records import Translation
from xsource.translate import models

BACKENDS = {
    "argos": "xsource.translate.argos_backend:ArgosTranslator",
    "glossary": "xsource.translate.glossary_backend:GlossaryTranslator",
    "identity": "xsource.translate.identity:IdentityTranslator",
}
NAMES = ("auto", *BACKENDS)
BATCH = 64  # sentences per model call and per cache commit


class Backend(Protocol):
    """What every registered backend provides (the Translator routes between them)."""

    name: str

    def signature(self, lang: str) -> str: ...

    def translate(self, sentences: Sequence[str], lang: str) -> list[Translation]: ...

    def close(self) -> None: ...


def _load(name: str):
    module, _, attr = BACKENDS[name].partition(":")
    return getattr(importlib.import_module(module), attr)


@dataclass(frozen=True)
class Route:
    backend: str  # argos, glossary, identity
    signature: str
    reason: str | None = None  # why auto (or an unknown language) did not get a model


class Translator:
    """Routes each language to a backend, consults the cache, records fallbacks."""

    def __init__(self, name: str, glossary, *, packages: Sequence[models.ArgosPackage] = (),
                 model_dir: Path | None = None, cache=None, engine_factory=None):
        self.name = name
        self.glossary = glossary
        self.model_dir = model_dir
        self.cache = cache
        self._packages = list(packages)
        self._engine_factory = engine_factory
        self._backends: dict[str, object] = {}
        self.stats = {"translated": 0, "cached": 0}

    def backend(self, name: str):
        if name not in self._backends:
            cls = _load(name)
            if name == "argos":
                self._backends[name] = cls(self.glossary, self._packages,
                                           engine_factory=self._engine_factory)
            else:
                self._backends[name] = cls(self.glossary)
        return self._backends[name]

    def route(self, lang: str) -> Route:
        """Which backend translates `lang`, its signature, and why if it is a fallback."""
        if lang == "en" or self.name == "identity":
            name, reason = "identity", None
        elif self.name == "glossary":
            name, reason = "glossary", None
        elif lang not in models.TARGET_LANGS:
            name = "glossary"
            what = "undetermined language (und)" if lang == "und" else f"language '{lang}'"
            reason = (f"{what}: no translation model covers it (models translate "
                      f"{', '.join(models.TARGET_LANGS)}); glossary-only with romanization")
        elif self.name == "argos" or models.package_for(self._packages, lang):
            name, reason = "argos", None  # explicit argos without a package raises ModelError
        else:
            name = "glossary"
            how = ("build one from NLLB-200 (README, 'Pashto model') and run "
                   "`xsource models install FILE.argosmodel`" if lang == "ps" else
                   f"install one with `xsource models install --lang {lang}` or FILE.argosmodel")
            reason = (f"auto: no Argos package for {models.LANG_NAMES[lang]} ({lang}) in "
                      f"{self.model_dir}; glossary-only ({how})")
        return Route(name, self.backend(name).signature(lang), reason)

    def translate(self, sentences: Sequence[str], lang: str) -> list[Translation]:
        if not sentences:
            return []
        route = self.route(lang)
        backend = self.backend(route.backend)
        unique = list(dict.fromkeys(sentences))
        # Backends whose output can change without the signature changing (the glossary
        # backend's lexicon and rules) salt the cache key with a revision.
        revision = getattr(backend, "revision", "")
        key = f"{route.signature}#{revision}" if revision else route.signature
        done: dict[str, Translation] = self.cache.get_many(key, unique) if self.cache else {}
        self.stats["cached"] += sum(1 for s in sentences if s in done)
        todo = [s for s in unique if s not in done]
        for i in range(0, len(todo), BATCH):
            batch = todo[i:i + BATCH]
            results = backend.translate(batch, lang)
            if self.cache:
                self.cache.put_many(key, results)  # commits: a killed run keeps it
            done.update(zip(batch, results))
            self.stats["translated"] += len(batch)
        out = [done[s] for s in sentences]
        if route.reason:
            out = [t if t.fallback else replace(t, fallback=route.reason) for t in out]
        return out

    def close(self) -> None:
        for backend in self._backends.values():
            backend.close()
        self._backends.clear()


def unknown_backend(name: str) -> UnknownBackendError:
    return UnknownBackendError(
        f"unknown translation backend '{name}': choose one of {', '.join(NAMES)}")


@contextmanager
def open_translator(name: str, glossary, *, model_dir: Path | str | None = None,
                    workspace: Path | str | None = None, use_cache: bool = True,
                    engine_factory=None) -> Iterator[Translator]:
    """A Translator for backend `name`; closes models and the cache on exit.

    `engine_factory(package, lang)` replaces the CTranslate2 engine (tests plug a
    deterministic stand-in in here).
    """
    if name not in NAMES:
        raise unknown_backend(name)
    directory = models.model_dir(model_dir, workspace)
    packages = models.installed_packages(directory) if name in ("auto", "argos") else []
    cache = None
    if use_cache:
        from xsource.translate.cache import TranslationCache

        cache = TranslationCache(models.workspace_dir(workspace))
    translator = Translator(name, glossary, packages=packages, model_dir=directory, cache=cache,
                            engine_factory=engine_factory)
    try:
        yield translator
    finally:
        translator.close()
        if cache:
            cache.close()


__all__ = ["BACKENDS", "NAMES", "Backend", "Route", "Translator", "open_translator", "unknown_backend"]
