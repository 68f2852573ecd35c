"""Model management: where Argos packages live, and listing, installing, removing them.

Packages live in one folder per package, exactly as Argos lays them out (metadata.json,
model/, sentencepiece.model), in the model dir: `--model-dir`, else `$XSOURCE_MODEL_DIR`,
else `<workspace>/models` with the workspace `--workspace`, else `$XSOURCE_WORKSPACE`, else
`~/.cache/xsource`. Argos' own package folder is not scanned implicitly, so what a run
used is always the one folder `xsource models list` shows; to reuse packages installed by
argospm, point `--model-dir` at `~/.local/share/argos-translate/packages`.

Installing validates the archive before anything touches the model dir (one top folder,
metadata naming the languages, a model/ dir, a sentencepiece.model, no absolute paths, no
`..` members, no symlinks) and extracts member by member into a temporary folder that is
renamed into place, so a bad or interrupted install never leaves a half package behind.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from xsource.errors import ModelError, OfflineError

TARGET_LANGS = ("ur", "ps", "prs", "fa")
LANG_NAMES = {"ur": "Urdu", "ps": "Pashto", "prs": "Dari", "fa": "Persian"}
# Codes a package may use for each of our languages. Dari has no official Argos package
# and is served by fa->en; NLLB uses its own codes (pbt_Arab is Southern Pashto).
ALIASES = {
    "ur": ("ur", "urd", "urd_Arab"),
    "ps": ("ps", "pus", "pbt", "pbu", "pst", "pbt_Arab"),
    "prs": ("prs", "fa-AF", "prs_Arab", "fa", "pes", "pes_Arab"),
    "fa": ("fa", "pes", "pes_Arab"),
    "en": ("en", "eng", "eng_Latn"),
}
# The source-language token NLLB-style multilingual packages expect when the metadata
# does not name one.
NLLB_TOKENS = {"ur": "urd_Arab", "ps": "pbt_Arab", "prs": "prs_Arab", "fa": "pes_Arab"}
# The index argospm reads; XSOURCE_ARGOS_INDEX points at a mirror.
INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
OFFICIAL = {"ur": "translate-ur_en", "prs": "translate-fa_en", "fa": "translate-fa_en"}


def workspace_dir(workspace: Path | str | None = None) -> Path:
    if workspace:
        return Path(workspace).expanduser()
    env = os.environ.get("XSOURCE_WORKSPACE")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "xsource"


def model_dir(model_dir: Path | str | None = None, workspace: Path | str | None = None) -> Path:
    if model_dir:
        return Path(model_dir).expanduser()
    env = os.environ.get("XSOURCE_MODEL_DIR")
    return Path(env).expanduser() if env else workspace_dir(workspace) / "models"


@dataclass(frozen=True)
class ArgosPackage:
    name: str  # the package's folder name, e.g. translate-ur_en-1_9
    path: Path
    version: str
    from_code: str | None
    to_code: str | None
    languages: tuple[str, ...] = ()  # multilingual packages
    tokens: dict = field(default_factory=dict)  # language code -> source token
    target_prefix: str = ""
    source_suffix: tuple[str, ...] = ()

    @property
    def multilingual(self) -> bool:
        return bool(self.languages)

    def source_code(self, lang: str) -> str | None:
        """The package's code for `lang` when it translates `lang` into English, else None."""
        aliases = ALIASES.get(lang, (lang,))
        if self.multilingual:
            if not any(c in self.languages for c in ALIASES["en"]):
                return None
            return next((c for c in aliases if c in self.languages), None)
        if self.to_code not in ALIASES["en"]:
            return None
        return self.from_code if self.from_code in aliases else None

    def source_prefix(self, lang: str) -> list[str]:
        """Tokens put before the sentence (NLLB: the source language code)."""
        if not self.multilingual:
            return []
        code = self.source_code(lang) or lang
        token = self.tokens.get(code) or (code if "_" in code else None)
        if token is None and self.target_prefix.endswith("_Latn"):
            token = NLLB_TOKENS.get(lang)
        return [token] if token else []

    def pair(self, lang: str) -> str:
        return f"{self.source_code(lang)}-en"

    def covers(self) -> list[str]:
        return [lang for lang in TARGET_LANGS if self.source_code(lang)]


def read_package(path: Path) -> ArgosPackage:
    """The package in folder `path`; ModelError naming the folder if it is not one."""
    metadata_path = path / "metadata.json"
    try:
        metadata = json.loads(metadata_path.read_text("utf-8"))
    except FileNotFoundError:
        raise ModelError(f"{path} is not an Argos package: it has no metadata.json; "
                         f"remove it with `xsource models remove {path.name}`") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ModelError(f"{metadata_path} is not valid JSON ({exc}); reinstall the package") from None
    return package_from_metadata(path, metadata)


def package_from_metadata(path: Path, metadata: dict) -> ArgosPackage:
    languages: list[str] = []
    tokens: dict[str, str] = {}
    for item in metadata.get("languages") or ():
        code = item.get("code") if isinstance(item, dict) else str(item)
        if code:
            languages.append(code)
            if isinstance(item, dict) and item.get("token"):
                tokens[code] = item["token"]
    target_prefix = metadata.get("target_prefix") or ""
    suffix = metadata.get("source_suffix")
    if suffix is None:
        # NLLB converted with ct2-transformers-converter expects "</s>" after the source.
        suffix = ["</s>"] if languages and target_prefix else []
    return ArgosPackage(
        name=path.name, path=path, version=str(metadata.get("package_version") or "0"),
        from_code=metadata.get("from_code"), to_code=metadata.get("to_code"),
        languages=tuple(languages), tokens=tokens, target_prefix=target_prefix,
        source_suffix=tuple(suffix),
    )


def installed_packages(directory: Path) -> list[ArgosPackage]:
    """Every valid package in `directory`, sorted by name (broken folders are skipped)."""
    if not directory.is_dir():
        return []
    packages = []
    for child in sorted(directory.iterdir()):
        if child.is_dir() and not child.name.startswith("."):
            try:
                packages.append(read_package(child))
            except ModelError:
                continue
    return packages


def broken_packages(directory: Path) -> list[str]:
    """One message per folder in `directory` that is not a readable package."""
    if not directory.is_dir():
        return []
    problems = []
    for child in sorted(directory.iterdir()):
        if child.is_dir() and not child.name.startswith("."):
            try:
                read_package(child)
            except ModelError as exc:
                problems.append(str(exc))
    return problems


def package_for(packages: list[ArgosPackage], lang: str) -> ArgosPackage | None:
    """The best package translating `lang` into English: a bilingual package for exactly
    this code first, then any alias (fa->en for Dari), then multilingual; newest first."""
    def rank(p: ArgosPackage):
        exact = p.source_code(lang) == lang
        return (p.multilingual, not exact, _neg_version(p.version))

    candidates = [p for p in packages if p.source_code(lang)]
    return min(candidates, key=rank) if candidates else None


def _neg_version(version: str) -> tuple:
    parts = []
    for part in version.replace("_", ".").split("."):
        parts.append(-int(part) if part.isdigit() else 0)
    return tuple(parts)


def coverage(packages: list[ArgosPackage]) -> dict[str, ArgosPackage | None]:
    return {lang: package_for(packages, lang) for lang in TARGET_LANGS}


# --- install / remove -------------------------------------------------------------------


def _bad(file: Path, problem: str, fix: str = "") -> ModelError:
    fix = fix or "download the package again or rebuild it (see README, 'Translation models')"
    return ModelError(f"{file} is not a valid .argosmodel: {problem}; {fix}")


def validate_archive(file: Path) -> tuple[str, dict]:
    """(top folder name, metadata) of a safe, complete package archive, else ModelError."""
    if not file.is_file():
        raise ModelError(f"{file} does not exist; give the path of a downloaded .argosmodel file")
    if not zipfile.is_zipfile(file):
        raise _bad(file, "not a zip archive")
    with zipfile.ZipFile(file) as zf:
        infos = zf.infolist()
        tops = set()
        for info in infos:
            name = info.filename
            parts = PurePosixPath(name.replace("\\", "/")).parts
            if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
                raise _bad(file, f"member '{name}' has an absolute path",
                           "refusing to write outside the model dir; get the package from a trusted source")
            if ".." in parts:
                raise _bad(file, f"member '{name}' contains '..'",
                           "refusing to write outside the model dir; get the package from a trusted source")
            if stat.S_ISLNK(info.external_attr >> 16):
                raise _bad(file, f"member '{name}' is a symlink",
                           "refusing to install links; get the package from a trusted source")
            if parts:
                tops.add(parts[0])
        if len(tops) != 1:
            raise _bad(file, f"expected exactly one top-level folder, found {len(tops)}"
                       + (f" ({', '.join(sorted(tops)[:5])})" if tops else ""))
        top = tops.pop()
        names = {info.filename.replace("\\", "/").rstrip("/") for info in infos}
        if f"{top}/metadata.json" not in names:
            raise _bad(file, f"no {top}/metadata.json")
        try:
            metadata = json.loads(zf.read(f"{top}/metadata.json").decode("utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise _bad(file, f"{top}/metadata.json is not valid JSON ({exc})") from None
        if not isinstance(metadata, dict) or not (
            (metadata.get("from_code") and metadata.get("to_code")) or metadata.get("languages")
        ):
            raise _bad(file, "metadata.json names no languages (needs from_code and to_code, "
                       "or languages)")
        if not any(n.startswith(f"{top}/model/") for n in names):
            raise _bad(file, f"no {top}/model/ folder (the CTranslate2 model)")
        if f"{top}/sentencepiece.model" not in names:
            raise _bad(file, f"no {top}/sentencepiece.model")
    return top, metadata


def install_file(file: Path, directory: Path) -> ArgosPackage:
    """Validate and install one .argosmodel into `directory`."""
    file = Path(file)
    top, _ = validate_archive(file)
    target = directory / top
    if target.exists():
        raise ModelError(f"package {top} is already installed in {directory}; "
                         f"run `xsource models remove {top}` first to replace it")
    directory.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".installing-", dir=directory))
    try:
        with zipfile.ZipFile(file) as zf:
            for info in zf.infolist():
                dest = staging.joinpath(*PurePosixPath(info.filename.replace("\\", "/")).parts)
                if info.is_dir():
                    dest.mkdir(parents=True, exist_ok=True)
                    continue
                dest.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(info) as src, open(dest, "wb") as out:
                    shutil.copyfileobj(src, out)
        os.replace(staging / top, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return read_package(target)


def remove(name: str, directory: Path) -> Path:
    """Delete package folder `name` (a broken one too: that is how it gets cleaned up)."""
    folders = sorted(c.name for c in directory.iterdir()
                     if c.is_dir() and not c.name.startswith(".")) if directory.is_dir() else []
    if name not in folders:
        known = ", ".join(folders) or "none installed"
        raise ModelError(f"no installed package named '{name}' in {directory} "
                         f"(installed: {known}); see `xsource models list`")
    path = directory / name
    shutil.rmtree(path)
    return path


def download(lang: str, directory: Path, *, index_url: str | None = None,
             timeout: float = 20.0) -> ArgosPackage:
    """Install the Argos index's lang->en package; OfflineError when there is no network."""
    import urllib.error
    import urllib.request

    index_url = index_url or os.environ.get("XSOURCE_ARGOS_INDEX") or INDEX_URL
    codes = ALIASES.get(lang)
    if codes is None or lang == "en":
        raise ModelError(f"no model is needed or known for '{lang}'; "
                         f"use one of {', '.join(TARGET_LANGS)}")
    try:
        with urllib.request.urlopen(index_url, timeout=timeout) as response:
            index = json.loads(response.read().decode("utf-8"))
        wanted = [m for m in index if m.get("from_code") in codes and m.get("to_code") == "en"]
        if not wanted:
            raise ModelError(f"the Argos index has no {LANG_NAMES.get(lang, lang)} -> English package; "
                             + _how_to_build(lang))
        best = max(wanted, key=lambda m: tuple(-x for x in _neg_version(str(m.get("package_version", "0")))))
        links = best.get("links") or []
        if not links:
            raise ModelError(f"the Argos index lists {best.get('from_code')}->en without a download link; "
                             "install from a file instead")
        with tempfile.TemporaryDirectory() as tmp:
            dest = Path(tmp) / (f"translate-{best['from_code']}_en-"
                                f"{str(best.get('package_version', '0')).replace('.', '_')}.argosmodel")
            with urllib.request.urlopen(links[0], timeout=timeout) as response, open(dest, "wb") as out:
                shutil.copyfileobj(response, out)
            return install_file(dest, directory)
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        reason = getattr(exc, "reason", exc)
        raise OfflineError(
            f"cannot download a {LANG_NAMES.get(lang, lang)} model: the Argos package index is "
            f"unreachable ({reason}). " + _offline_fix(lang)
        ) from None


def _offline_fix(lang: str) -> str:
    if lang in OFFICIAL:
        pkg = OFFICIAL[lang]
        via = " (Dari uses the Persian package)" if lang == "prs" else ""
        return (f"On a connected machine download the Argos package {pkg}{via} "
                f"(e.g. {pkg}-1_9.argosmodel) and run `xsource models install {pkg}-1_9.argosmodel`")
    return _how_to_build(lang)


def _how_to_build(lang: str) -> str:
    if lang == "ps":
        return ("there is no official Argos Pashto package: build one from NLLB-200 "
                "(README, 'Pashto model') and run `xsource models install FILE.argosmodel`")
    return "install a package from a file with `xsource models install FILE.argosmodel`"
