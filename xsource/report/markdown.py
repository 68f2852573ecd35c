"""The `.md` report: the HTML's content as Markdown, for a newsroom chat or wiki.

Article text is untrusted here too: Markdown renderers pass raw HTML through and turn
`[x](javascript:...)` into links, so `md()` neutralises HTML (`<` `>` `&` as entities) and the
characters that start Markdown syntax; `|` is escaped so table cells stay cells. Values in
conflict are set in bold.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from xsource.comparison import Comparison
from xsource.report import view as v
from xsource.report.view import ClusterView, ConflictView, StoryView

_SPECIAL = re.compile(r"([\\`*_\[\]|#~])")


def md(value: Any) -> str:
    text = v.clean(value).replace("\r", " ").replace("\n", " ").replace("\t", " ")
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", text)


def _marked(text: Any, needles: list[str]) -> str:
    return "".join(f"**{md(piece)}**" if marked and piece.strip() else md(piece)
                   for piece, marked in v.highlight_spans(v.clean(text), needles))


def _link(title: Any, url: Any) -> str:
    safe = v.safe_url(url)
    if safe and not re.search(r"[<>\s]", safe):
        # Percent-encode what could end the destination or split a table cell.
        for ch, code in (('"', "%22"), ("'", "%27"), ("|", "%7C"), ("\\", "%5C")):
            safe = safe.replace(ch, code)
        return f"[{md(title)}](<{safe}>)"
    return md(title)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return lines + [""]


_GLOSSARY_ONLY = " ⚠ glossary-only translation"


def _sig(signature: Any) -> str:
    # Not a code span: GFM splits table cells at `|` even inside backticks.
    return md(signature) + (_GLOSSARY_ONLY if v.clean(signature).startswith("glossary:") else "")


def _claim_lines(claim: dict, needles: list[str] = (), value: Any = None) -> list[str]:
    who = f"**{md(claim.get('outlet'))}** ({md(claim.get('lang'))})"
    if value is not None:
        who += f" · value **{md(value)}**"
    if claim.get("speaker"):
        who += f" · speaker: {md(claim.get('speaker_name') or claim.get('speaker'))}"
    lines = [f"- {who} {_sig(claim.get('signature'))}".rstrip(),
             f"  - original: {_marked(claim.get('text'), list(needles))}"]
    if claim.get("lang") != "en":  # an English original is shown as written, not re-glossed
        lines.append(f"  - English: {_marked(claim.get('text_en'), list(needles))}")
    return lines


def _cluster(cv: ClusterView) -> list[str]:
    c = cv.cluster
    rounding = " (consistent within rounding)" if c.get("rounding") else ""
    lines = [f"#### {md(c.get('label'))}{rounding}", ""]
    for claim in cv.claims:
        lines += _claim_lines(claim)
    return lines + [""]


def _conflict(cv: ConflictView, rank: int) -> list[str]:
    imp = f"{cv.importance:.2f}" if isinstance(cv.importance, float) else md(cv.importance)
    pairs = f"{len(cv.pairs)} disagreeing pair{'s' if len(cv.pairs) != 1 else ''}"
    lines = [f"#### {rank}. [{md(cv.kind)}] {md(cv.label)} (importance {imp}, {pairs})", ""]
    lines += [line for note in cv.notes for line in (f"_{md(note)}_", "")]
    for side in cv.sides:
        claim = {"outlet": side.outlet, "lang": side.lang, "text": side.text,
                 "text_en": side.text_en, "signature": side.signature}
        lines += _claim_lines(claim, side.needles, side.value)
    return lines + [""]


def _not_shown(sv: StoryView, name: str) -> list[str]:
    if not getattr(sv, name):
        return ["None.", ""]
    if sv.not_shown.get(name):
        return [f"… and {sv.not_shown[name]} more, not listed here: every row is in the "
                ".json / .parquet / .csv report.", ""]
    return []


def _story(sv: StoryView) -> list[str]:
    lines = [f"## {md(sv.story.get('label'))}", "", "### Summary", "",
             f"- {len(sv.articles)} articles; outlets: {', '.join(md(o) for o in sv.outlets)}",
             f"- languages: {md(', '.join(sv.languages))}",
             f"- {sv.total('agreed')} agreed, {sv.total('conflicts')} conflicts, "
             f"{sv.total('singles')} single-outlet",
             ""]
    if sv.glossary_only:
        names = ", ".join(f"{md(a.get('outlet'))} ({md(a.get('lang'))})" for a in sv.glossary_only)
        lines += [f"> ⚠ Only the glossary translated {len(sv.glossary_only)} article(s): {names}. "
                  "Their English is a word-by-word rendering of known names and terms: check "
                  "figures against the original.", ""]
    rows = [[md(a.get("outlet")), _link(a.get("title"), a.get("url")),
             md(a.get("lang")) + (f" ({md(a.get('lang_mismatch'))})" if a.get("lang_mismatch") else ""),
             md(a.get("date")), md(a.get("signature")) + (_GLOSSARY_ONLY if a.get("glossary_only") else "")]
            for a in sv.articles]
    lines += _table(["Outlet", "Title", "Lang", "Date", "Translation"], rows)
    lines += [f"### Agreed facts ({sv.total('agreed')})", ""]
    for cv in sv.agreed:
        lines += _cluster(cv)
    lines += _not_shown(sv, "agreed")
    lines += [f"### Conflicts, most important first ({sv.total('conflicts')})", ""]
    for rank, cv in enumerate(sv.conflicts, 1):
        lines += _conflict(cv, rank)
    lines += _not_shown(sv, "conflicts")
    lines += [f"### Claims only one outlet carries ({sv.total('singles')})", ""]
    for cv in sv.singles:
        lines += _cluster(cv)
    lines += _not_shown(sv, "singles")
    if sv.clusters:
        lines += ["### Who reported what (omission matrix)", ""]
        header = ["Claim", "Status"] + [md(o) for o in sv.outlets]
        mark = {True: "✓", False: "–", None: "?"}
        rows = [[md(c.get("label")), md(c.get("status"))]
                + [mark[sv.omissions.get((o, c["id"]))] for o in sv.outlets] for c in sv.clusters]
        lines += _table(header, rows)
    if sv.agreement:
        lines += ["### Outlet agreement (share of shared claims that agree)", ""]
        rows = []
        for a in sv.outlets:
            cells = [md(a)]
            for b in sv.outlets:
                row = sv.agreement.get((a, b))
                cells.append("–" if a == b else "·" if row is None or row.get("score") is None
                             else f"{float(row['score']):.2f} ({md(row.get('shared'))})")
            rows.append(cells)
        lines += _table([" "] + [md(o) for o in sv.outlets], rows)
    if sv.framing:
        lines += ["### Framing: loaded words per outlet", ""]
        rows = [[md(outlet), md(r.get("tag")), md(r.get("canonical")), md(r.get("surface")),
                 md(r.get("lang")), md(r.get("count"))]
                for outlet, items in sv.framing.items() for r in items]
        lines += _table(["Outlet", "Tag", "English", "As written", "Lang", "Count"], rows)
    return lines


def to_markdown(comparison: Comparison) -> str:
    facts = v.run_facts(comparison)
    lines = ["# xsource divergence report", ""]
    lines += [f"- {md(k)}: {md(val)}" for k, val in v.meta_items(comparison)]
    skipped = ", ".join(f"{n} {md(r)}" for r, n in facts["skipped"].items()) or "none"
    lines += ["", f"**{facts['articles']} articles** from {facts['inputs']} inputs; skipped: {skipped}; "
              f"duplicates: {facts['duplicates']}; language mismatches: {facts['lang_mismatches']}; "
              f"{facts['stories']} stories; clusters: "
              + (", ".join(f"{n} {md(k)}" for k, n in facts["clusters"].items()) or "none")
              + "; conflicts: "
              + (", ".join(f"{n} {md(k)}" for k, n in facts["conflicts"].items()) or "none"), ""]
    for sv in v.story_views(comparison, limit=v.SECTION_LIMIT):
        lines += _story(sv)
    return "\n".join(lines).rstrip() + "\n"


def write(comparison: Comparison, path: Path) -> list[Path]:
    path.write_text(to_markdown(comparison), encoding="utf-8")
    return [path]
