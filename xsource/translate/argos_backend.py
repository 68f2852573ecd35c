"""The Argos backend: installed Argos packages, driven through CTranslate2 + sentencepiece.

argostranslate itself is not imported: its translate path loads stanza or spacy for
sentence splitting (slow to import, and it may try to download models) and writes to the
user's home on import, while xsource already hands it single sentences. Reading the
package's metadata and calling `ctranslate2.Translator` and `sentencepiece` directly is
what argostranslate does underneath, minus that, with int8 weights where the CPU has
them and whole batches per call. Multilingual packages (NLLB-style, `languages` plus
`target_prefix` in metadata.json) get the source language token before the sentence and
the target prefix (e.g. `eng_Latn`) forced on the decoder.

Glossary enforcement: every glossary hit is masked (masking.py) before translation, the
canonical English is put back after, and a sentence whose placeholders did not all
survive is translated again without masks and its English canonicalized through the
glossary; if a term is still missing the sentence goes to the glossary backend. Either
way `Translation.fallback` says what happened.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from xsource.errors import ModelError
from xsource.records import Translation
from xsource.translate.glossary_backend import GlossaryTranslator, _safe_match
from xsource.translate.identity import canonicalize
from xsource.translate.masking import mask, unmask
from xsource.translate.models import LANG_NAMES, ArgosPackage, package_for

# The canonical English is the placeholder by default: models trained on web text copy
# Latin-script names through, and the model still sees a name where a name was. `tag`
# (<x1>) and `digits` are available for models that mangle Latin inside their source.
DEFAULT_PLACEHOLDER = "canonical"


class CT2Engine:
    """One package, one source language: list of sentences in, list of English out."""

    def __init__(self, package: ArgosPackage, lang: str, *, beam_size: int = 2,
                 batch_size: int = 32, threads: int | None = None):
        import ctranslate2
        import sentencepiece

        compute_type = "int8" if "int8" in ctranslate2.get_supported_compute_types("cpu") else "default"
        model_path = package.path / "model"
        try:
            self.translator = ctranslate2.Translator(
                str(model_path), device="cpu", compute_type=compute_type, inter_threads=1,
                intra_threads=threads or min(4, os.cpu_count() or 1),
            )
            self.sp = sentencepiece.SentencePieceProcessor(
                model_file=str(package.path / "sentencepiece.model"))
        except (RuntimeError, OSError, ValueError) as exc:
            raise ModelError(f"cannot load the model in {package.path} ({exc}); reinstall it with "
                             f"`xsource models remove {package.name}` then `xsource models install`") from None
        self.prefix = package.source_prefix(lang)
        self.suffix = list(package.source_suffix)
        self.target_prefix = package.target_prefix
        self.beam_size = beam_size
        self.batch_size = batch_size

    def translate_batch(self, texts: Sequence[str]) -> list[str]:
        out = [""] * len(texts)
        todo = [i for i, t in enumerate(texts) if t.strip()]
        if not todo:
            return out
        pieces = [self.prefix + self.sp.encode(texts[i], out_type=str) + self.suffix for i in todo]
        longest = max(len(p) for p in pieces)
        results = self.translator.translate_batch(
            pieces,
            target_prefix=[[self.target_prefix]] * len(pieces) if self.target_prefix else None,
            beam_size=self.beam_size, max_batch_size=self.batch_size,
            max_decoding_length=min(512, 2 * longest + 16), max_input_length=1024,
        )
        for i, result in zip(todo, results):
            tokens = result.hypotheses[0]
            if self.target_prefix and tokens and tokens[0] == self.target_prefix:
                tokens = tokens[1:]
            out[i] = self.sp.decode(tokens).strip()
        return out


EngineFactory = Callable[[ArgosPackage, str], object]


class ArgosTranslator:
    name = "argos"

    def __init__(self, glossary, packages: Sequence[ArgosPackage], *,
                 engine_factory: EngineFactory | None = None, placeholder: str = DEFAULT_PLACEHOLDER):
        self.glossary = glossary
        self.packages = list(packages)
        self.engine_factory = engine_factory or CT2Engine
        self.placeholder = placeholder
        self._engines: dict[tuple[str, str], object] = {}
        self._fallback = GlossaryTranslator(glossary)

    def package(self, lang: str) -> ArgosPackage:
        pkg = package_for(self.packages, lang)
        if pkg is None:
            raise ModelError(
                f"no installed Argos package translates {LANG_NAMES.get(lang, lang)} ({lang}) into "
                f"English; install one with `xsource models install --lang {lang}` or "
                "`xsource models install FILE.argosmodel`, or use --backend auto to fall back to the glossary")
        return pkg

    def signature(self, lang: str) -> str:
        pkg = self.package(lang)
        model = f"{pkg.name}:{pkg.pair(lang)}" if pkg.multilingual else pkg.pair(lang)
        return f"argos:{model}@{pkg.version}|gloss:{self.glossary.hash}"

    def engine(self, lang: str):
        pkg = self.package(lang)
        key = (pkg.name, lang)
        if key not in self._engines:
            self._engines[key] = self.engine_factory(pkg, lang)
        return self._engines[key]

    def translate(self, sentences: Sequence[str], lang: str) -> list[Translation]:
        if not sentences:
            return []
        signature = self.signature(lang)
        pair = self.package(lang).pair(lang)
        engine = self.engine(lang)
        hits = [_safe_match(self.glossary, s, lang) for s in sentences]
        masked = [mask(s, h, self.placeholder) for s, h in zip(sentences, hits)]
        outputs = engine.translate_batch([m.text for m in masked])
        if len(outputs) != len(sentences):
            raise ModelError(f"the {pair} model returned {len(outputs)} translations for "
                             f"{len(sentences)} sentences; reinstall the package")
        results: list[Translation | None] = [None] * len(sentences)
        lost: dict[int, tuple] = {}
        for i, (sentence, m, output) in enumerate(zip(sentences, masked, outputs)):
            english, missing = unmask(output, m)
            if missing:
                lost[i] = missing
                continue
            english, extra = canonicalize(self.glossary, english, "en")
            results[i] = Translation(
                source=sentence, english=english, lang=lang, backend="argos", signature=signature,
                glossary_ids=_ids(hits[i], extra), coverage=1.0)
        if lost:
            retry = sorted(lost)
            plain = engine.translate_batch([sentences[i] for i in retry])
            for i, output in zip(retry, plain):
                results[i] = self._recover(sentences[i], lang, hits[i], lost[i], output, signature, pair)
        return results  # type: ignore[return-value]

    def _recover(self, sentence, lang, hits, missing, output, signature, pair) -> Translation:
        names = ", ".join(dict.fromkeys(slot.canonical for slot in missing))
        english, extra = canonicalize(self.glossary, output, "en")
        absent = [h.canonical for h in hits
                  if not re.search(r"(?i)(?<!\w)" + re.escape(h.canonical) + r"(?!\w)", english)]
        if not absent:
            return Translation(
                source=sentence, english=english, lang=lang, backend="argos", signature=signature,
                glossary_ids=_ids(hits, extra), coverage=1.0,
                fallback=f"the {pair} model dropped the placeholder for {names}; re-translated "
                         "without placeholders and checked the glossary terms in the English")
        gloss = self._fallback.translate_one(sentence, lang)
        return replace(gloss, fallback=f"the {pair} model lost glossary term(s) "
                                       f"{', '.join(dict.fromkeys(absent))}; glossary-only for this sentence")

    def close(self) -> None:
        self._engines.clear()


def _ids(hits, extra: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys([h.entry_id for h in hits] + list(extra)))
