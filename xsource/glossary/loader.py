"""Reading and validating glossary files (.tsv, or .csv from a spreadsheet), and merging them.

Each problem message names file and line and says the fix. All problems in a file are
collected, so `xsource glossary check` can list them in one go; loading raises with the first.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from pathlib import Path

from xsource.errors import GlossaryError
from xsource.glossary.keys import variant_key
from xsource.glossary.model import (
    FRAMING, LANGS, MATCH_MODES, TYPES, Entry, Glossary, Source, Variants,
)

BUNDLED_DIR = Path(__file__).resolve().parents[2] / "glossaries"
REQUIRED = ("id", "type", "canonical")
OTHER_COLUMNS = ("framing", "notes", "match")
TSV_COLUMNS = REQUIRED + LANGS + OTHER_COLUMNS
_ID = re.compile(r"^[a-z0-9][a-z0-9_.\-]*$")
_TAG = re.compile(r"^[a-z]+:[a-z_]+$")


class GlossaryValidationError(GlossaryError):
    """One or more problems in glossary files; `.problems` lists them all."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        more = len(problems) - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''}: run `xsource glossary check` to list them)" if more else ""
        super().__init__(problems[0] + suffix)


def bundled_paths() -> list[Path]:
    return sorted(p for p in BUNDLED_DIR.glob("afpak.*") if p.suffix in (".tsv", ".csv"))


def load_glossaries(paths: Sequence[Path | str] = (), *, bundled: bool = True) -> Glossary:
    """Bundled `glossaries/afpak.tsv` first, then `paths`; a later file's row replaces an
    earlier entry with the same id, new ids are added."""
    files = (bundled_paths() if bundled else []) + [Path(p) for p in paths]
    entries: dict[str, Entry] = {}
    sources: dict[str, Source] = {}
    problems: list[str] = []
    for path in files:
        file_entries, file_problems = read_file(path)
        problems.extend(file_problems)
        for entry, source in file_entries:
            entries.pop(entry.id, None)  # an override moves to the end, like a fresh row
            entries[entry.id] = entry
            sources[entry.id] = source
    problems.extend(variant_clashes(entries, sources))
    if problems:
        raise GlossaryValidationError(problems)
    return Glossary(entries, sources, tuple(str(p) for p in files))


def read_file(path: Path) -> tuple[list[tuple[Entry, Source]], list[str]]:
    if not path.exists():
        raise GlossaryError(f"glossary file {path} not found: check the path given to --glossary")
    if path.is_dir():
        raise GlossaryError(f"{path} is a folder: give the glossary .tsv file itself")
    if path.suffix.lower() not in (".tsv", ".csv", ".txt"):
        raise GlossaryError(
            f"{path}: unsupported glossary format '{path.suffix}': save it as tab-separated .tsv "
            "(or comma-separated .csv), UTF-8"
        )
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise GlossaryError(
            f"{path}: not UTF-8 text: save it as UTF-8 (spreadsheets: 'Text CSV/TSV', "
            "character set Unicode UTF-8)"
        ) from None
    delimiter = "," if path.suffix.lower() == ".csv" else "\t"
    return parse(text, str(path), delimiter)


def parse(text: str, name: str, delimiter: str = "\t") -> tuple[list[tuple[Entry, Source]], list[str]]:
    rows = csv.reader(text.splitlines(), delimiter=delimiter)
    header: list[str] | None = None
    out: list[tuple[Entry, Source]] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for cells in rows:
        line = rows.line_num
        if not cells or all(not c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
            continue
        if header is None:
            header, header_problems = _header(cells, name, line)
            if header_problems:
                return [], header_problems
            continue
        if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
            problems.append(
                f"{name}:{line}: {len(cells)} cells but the header has {len(header)} columns: "
                "remove the extra tab(s) or add a column name to the header"
            )
            continue
        row = {col: (cells[i].strip() if i < len(cells) else "") for i, col in enumerate(header)}
        entry, row_problems = _entry(row, name, line)
        if entry is not None and entry.id in seen:
            row_problems.append(
                f"{name}:{line}: duplicate id '{entry.id}' (first defined at {name}:{seen[entry.id]}): "
                "rename one of them or merge the two rows"
            )
        problems.extend(row_problems)
        if entry is not None and not row_problems:
            seen[entry.id] = line
            out.append((entry, Source(name, line)))
    if header is None:
        problems.append(
            f"{name}: no header row: the first row must name the columns, e.g. "
            "id, type, canonical, en, ur, ps, prs, fa, framing, notes (tab-separated)"
        )
    return out, problems


def _header(cells: list[str], name: str, line: int) -> tuple[list[str], list[str]]:
    header = [c.strip().lower() for c in cells]
    while header and not header[-1]:
        header.pop()
    problems = []
    for col in header:
        if col not in REQUIRED + OTHER_COLUMNS + LANGS:
            problems.append(
                f"{name}:{line}: unknown language column '{col}': use one of {', '.join(LANGS)} "
                f"(other columns: {', '.join(REQUIRED + OTHER_COLUMNS)})"
            )
    for col in dict.fromkeys(c for c in header if header.count(c) > 1):
        problems.append(f"{name}:{line}: column '{col}' appears twice in the header: keep one")
    for col in REQUIRED:
        if col not in header:
            problems.append(
                f"{name}:{line}: header lacks the '{col}' column: the first row must name "
                "id, type, canonical, then language columns (en, ur, ps, prs, fa), framing, notes"
            )
    return header, problems


def split_cell(cell: str) -> tuple[str, ...]:
    """`a | b | c` -> ('a', 'b', 'c'); empty parts and repeats dropped."""
    return tuple(dict.fromkeys(p.strip() for p in cell.split("|") if p.strip()))


def _entry(row: dict[str, str], name: str, line: int) -> tuple[Entry | None, list[str]]:
    where = f"{name}:{line}"
    entry_id = row.get("id", "")
    if not entry_id:
        return None, [f"{where}: empty id: give the entry a stable id such as place.torkham"]
    if not _ID.match(entry_id):
        return None, [
            f"{where}: id '{entry_id}' is not a valid id: use lowercase letters, digits, '.', '_' "
            "or '-', e.g. place.torkham"
        ]
    problems = []
    canonical = row.get("canonical", "")
    if not canonical:
        problems.append(
            f"{where}: entry '{entry_id}' has an empty canonical form: fill the 'canonical' "
            "column with the English name"
        )
    kind = row.get("type", "").lower()
    if kind not in TYPES:
        problems.append(
            f"{where}: entry '{entry_id}' has unknown type '{row.get('type', '')}': use one of "
            f"{', '.join(TYPES)}"
        )
    framing = split_cell(row.get("framing", ""))
    for tag in framing:
        problems.extend(_check_tag(tag, entry_id, where))
    match = row.get("match", "").lower()
    if match not in MATCH_MODES:
        problems.append(
            f"{where}: entry '{entry_id}' has unknown match mode '{match}': leave it empty, or write "
            "'cased' (Latin forms only with their capitals), 'dated' (only next to a number) or "
            "'adjective' (Urdu forms only before the word they qualify)"
        )
    variants = {lang: split_cell(row[lang]) for lang in LANGS if lang in row}
    entry = Entry(entry_id, kind, canonical, Variants(variants), row.get("notes", ""), framing, match)
    return entry, problems


def _check_tag(tag: str, entry_id: str, where: str) -> list[str]:
    if not _TAG.match(tag):
        return [f"{where}: entry '{entry_id}' has malformed framing tag '{tag}': write axis:word "
                "in lowercase, e.g. removal:expel or people:refugees"]
    axis, word = tag.split(":")
    if axis not in FRAMING:
        return [f"{where}: entry '{entry_id}' has unknown framing axis '{axis}' in '{tag}': "
                f"use one of {', '.join(FRAMING)}"]
    if word not in FRAMING[axis]:
        known = ", ".join(f"{axis}:{w}" for w in FRAMING[axis])
        return [f"{where}: entry '{entry_id}' has unknown framing tag '{tag}': use one of {known}"]
    return []


def variant_clashes(entries: dict[str, Entry], sources: dict[str, Source]) -> list[str]:
    """A form (after normalization, within one language) claimed by two entries."""
    claimed: dict[tuple[str, str], tuple[str, str]] = {}
    problems = []
    for entry in entries.values():
        mine: set[tuple[str, str]] = set()
        for lang, form in entry.all_forms():
            key = (lang, variant_key(form, lang))
            if not key[1]:
                continue
            owner = claimed.get(key)
            if owner is None:
                claimed[key] = (entry.id, form)
                mine.add(key)
            elif owner[0] != entry.id:
                other_id, other_form = owner
                same = "" if other_form == form else f" as '{other_form}'"
                problems.append(
                    f"{sources.get(entry.id, '?')}: {lang} variant '{form}' of '{entry.id}' is "
                    f"already claimed by '{other_id}'{same} ({sources.get(other_id, '?')}): "
                    "remove it from one of the two entries"
                )
    return problems
