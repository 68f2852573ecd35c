"""The `.html` report: one self-contained page an editor opens from disk, offline.

Everything that comes from an article (titles, outlet names, sentences, URLs, even labels the
comparator derived from them) is untrusted: every piece of text and every attribute value
goes through `esc()`, links are made only for http(s) URLs, and a Content-Security-Policy
allows nothing but this page's own inline style and script (pinned by hash), so even a
missed escape could neither run script nor make a request.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from functools import lru_cache
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

from xsource.comparison import Comparison
from xsource.report import view as v
from xsource.report.view import ClusterView, ConflictView, StoryView


def esc(value: Any) -> str:
    return escape(v.clean(value), quote=True)


def _dom_id(value: Any) -> str:
    return "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_") else "_" for ch in v.clean(value))


@lru_cache(maxsize=1)
def _assets() -> tuple[str, str]:
    folder = resources.files("xsource.report") / "assets"
    css = (folder / "report.css").read_text(encoding="utf-8")
    # Heat-map colours by agreement score bucket: red (0) -> amber -> green (1).
    css += "".join(f"td.heat-{i} {{ background: hsl({i * 12}, 70%, {88 - abs(5 - i)}%); }}\n"
                   for i in range(11))
    js = (folder / "report.js").read_text(encoding="utf-8")
    return css, js


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def _lang_attrs(lang: Any) -> str:
    """` dir=".." lang=".."` for text in `lang`: rtl for Urdu/Pashto/Dari/Persian/..., ltr for
    English, auto (first strong letter decides) when the language is unknown."""
    lang = v.clean(lang) or "und"
    direction = "rtl" if v.is_rtl(lang) else ("ltr" if lang == "en" else "auto")
    lang_attr = f' lang="{esc(v.html_lang(lang))}"' if v.html_lang(lang) else ""
    return f' dir="{direction}"{lang_attr}'


def _text(text: Any, lang: Any, cls: str, needles: list[str] = (), tag: str = "p") -> str:
    """A sentence with its language and direction, values in `<mark>`."""
    inner = "".join(f"<mark>{escape(piece, quote=True)}</mark>" if marked else escape(piece, quote=True)
                    for piece, marked in v.highlight_spans(v.clean(text), list(needles)))
    return f'<{tag} class="{cls}"{_lang_attrs(lang)}>{inner}</{tag}>'


_GLOSSARY_ONLY = (' <span class="tag-warn" title="no translation model: English is a word-by-word '
                  'glossary rendering">&#9888; glossary-only translation</span>')


def _glossary_warning(signature: Any) -> str:
    return _GLOSSARY_ONLY if v.clean(signature).startswith("glossary:") else ""


def _claim(claim: dict, needles: list[str] = (), value: Any = None, cls: str = "claim") -> str:
    head = (f'<div class="who"><bdi class="outlet">{esc(claim.get("outlet"))}</bdi> '
            f'<span class="muted">{esc(claim.get("lang"))}</span>')
    if value is not None:
        head += f' &middot; <span class="value">{esc(value)}</span>'
    if claim.get("speaker"):
        speaker = claim.get("speaker_name") or claim.get("speaker")
        head += f' &middot; <span class="muted">speaker: {esc(speaker)}</span>'
    head += f' <span class="sig">{esc(claim.get("signature"))}</span>{_glossary_warning(claim.get("signature"))}</div>'
    body = _text(claim.get("text"), claim.get("lang"), "orig", needles)
    if claim.get("lang") != "en":  # an English original is shown as written, not re-glossed
        body += _text(claim.get("text_en"), "en", "en", needles)
    return f'<div class="{cls}">{head}{body}</div>'


def _outlets_attr(outlets) -> str:
    return esc(json.dumps([v.clean(o) for o in outlets], ensure_ascii=False))


def _summary(sv: StoryView) -> str:
    out = ['<section data-section="summary"><h3>Summary</h3><ul class="facts">',
           f'<li><b>{len(sv.articles)}</b> articles</li>',
           f'<li>Outlets: {", ".join(f"<bdi>{esc(o)}</bdi>" for o in sv.outlets)}</li>',
           f'<li>Languages: {esc(", ".join(sv.languages))}</li>',
           f'<li>{sv.total("agreed")} agreed, {sv.total("conflicts")} conflicts, '
           f'{sv.total("singles")} single-outlet</li></ul>']
    if sv.glossary_only:
        names = ", ".join(f"<bdi>{esc(a.get('outlet'))}</bdi> ({esc(a.get('lang'))})" for a in sv.glossary_only)
        out.append(f'<p class="warn" role="note">&#9888; Only the glossary translated '
                   f'{len(sv.glossary_only)} article(s): {names}. Their English is a word-by-word '
                   f'rendering of known names and terms: check figures against the original.</p>')
    out.append('<table><thead><tr><th>Outlet</th><th>Title</th><th>Lang</th><th>Date</th>'
               '<th>Translation</th></tr></thead><tbody>')
    for a in sv.articles:
        url = v.safe_url(a.get("url"))
        title = esc(a.get("title"))
        if url:
            title = f'<a href="{esc(url)}" rel="noopener noreferrer nofollow">{title}</a>'
        elif v.clean(a.get("url")):
            title += f' <span class="muted">{esc(a.get("url"))}</span>'
        mismatch = (f'<br><span class="tag-warn">{esc(a.get("lang_mismatch"))}</span>'
                    if a.get("lang_mismatch") else "")
        out.append(f'<tr data-outlets="{_outlets_attr([a.get("outlet")])}">'
                   f'<td><bdi class="outlet">{esc(a.get("outlet"))}</bdi></td>'
                   f'<td class="title"{_lang_attrs(a.get("lang"))}>{title}</td>'
                   f'<td>{esc(a.get("lang"))}{mismatch}</td><td>{esc(a.get("date"))}</td>'
                   f'<td><span class="sig">{esc(a.get("signature"))}</span>'
                   f'{_GLOSSARY_ONLY if a.get("glossary_only") else ""}</td></tr>')
    out.append("</tbody></table></section>")
    return "".join(out)


def _cluster_item(cv: ClusterView) -> str:
    c = cv.cluster
    rounding = ' <span class="muted">(consistent within rounding)</span>' if c.get("rounding") else ""
    claims = "".join(_claim(claim) for claim in cv.claims)
    return (f'<div class="item" data-outlets="{_outlets_attr(c.get("outlets") or [])}"><div class="head">'
            f'<b>{esc(c.get("label"))}</b>{rounding}<span class="muted">'
            f'{esc(len(c.get("outlets") or []))} outlet(s) &middot; score {_num(c.get("score"))}'
            f'</span></div>{claims}</div>')


def _num(value: Any) -> str:
    return "&ndash;" if value is None else esc(f"{value:.2f}" if isinstance(value, float) else value)


def _conflict_item(cv: ConflictView, rank: int) -> str:
    sides = "".join(
        _claim({"outlet": side.outlet, "lang": side.lang, "text": side.text,
                "text_en": side.text_en, "signature": side.signature}, side.needles, side.value,
               cls=f"claim camp-{side.camp}")
        for side in cv.sides)
    notes = "".join(f'<p class="muted">{esc(note)}</p>' for note in cv.notes)
    pairs = f'{len(cv.pairs)} disagreeing pair{"s" if len(cv.pairs) != 1 else ""}'
    return (f'<div class="item conflict" data-kind="{esc(cv.kind)}" '
            f'data-outlets="{_outlets_attr(cv.outlets)}">'
            f'<div class="head"><span class="muted">#{rank}</span>'
            f'<span class="badge kind-{_dom_id(cv.kind)}">{esc(cv.kind)}</span><b>{esc(cv.label)}</b>'
            f'<span class="muted">importance {_num(cv.importance)} &middot; {pairs}</span></div>'
            f'{notes}<div class="sides">{sides}</div></div>')


def _omissions(sv: StoryView) -> str:
    # One row per claim cluster (its label is the row header), one column per outlet: stories
    # have far more clusters than outlets, so this reads down the page instead of off it.
    if not sv.clusters:
        return ""
    head = "".join(f'<th class="outlet-col"><bdi>{esc(o)}</bdi></th>' for o in sv.outlets)
    rows = []
    for c in sv.clusters:
        cells = []
        for outlet in sv.outlets:
            reported = sv.omissions.get((outlet, c["id"]))
            if reported is None:
                cells.append('<td class="muted">?</td>')
            else:
                cells.append('<td class="yes">&#10003;</td>' if reported else
                             f'<td class="no" title="not reported by {esc(outlet)}">&ndash;</td>')
        status = v.clean(c.get("status"))
        rows.append(f'<tr><th class="label">{esc(c.get("label"))}</th><td><span class="badge '
                    f'status-{_dom_id(status)}">{esc(status)}</span></td>{"".join(cells)}</tr>')
    return (f'<section data-section="omissions"><h3>Who reported what (omission matrix)</h3>'
            f'<div class="scroll"><table class="matrix"><thead><tr><th>Claim</th><th>Status</th>'
            f'{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div></section>')


def _agreement(sv: StoryView) -> str:
    if not sv.agreement:
        return ""
    head = "".join(f"<th><bdi>{esc(o)}</bdi></th>" for o in sv.outlets)
    rows = []
    for a in sv.outlets:
        cells = []
        for b in sv.outlets:
            row = sv.agreement.get((a, b))
            if a == b:
                cells.append('<td class="diag">&ndash;</td>')
            elif row is None or row.get("score") is None:
                cells.append('<td class="muted" title="no shared claims">&middot;</td>')
            else:
                score = float(row["score"])
                bucket = max(0, min(10, round(score * 10)))
                cells.append(f'<td class="heat heat-{bucket}" title="{esc(row.get("agree"))} agree, '
                             f'{esc(row.get("conflict"))} conflict of {esc(row.get("shared"))} shared">'
                             f'{score:.2f}<br><span class="muted">{esc(row.get("shared"))} shared</span></td>')
        rows.append(f'<tr><th><bdi>{esc(a)}</bdi></th>{"".join(cells)}</tr>')
    return (f'<section data-section="agreement"><h3>Outlet agreement (share of shared claims '
            f'that agree)</h3><div class="scroll"><table class="matrix"><thead><tr><th></th>{head}'
            f'</tr></thead><tbody>{"".join(rows)}</tbody></table></div></section>')


def _framing(sv: StoryView) -> str:
    if not sv.framing:
        return ""
    rows = []
    for outlet, items in sv.framing.items():
        for i, r in enumerate(items):
            first = (f'<th rowspan="{len(items)}"><bdi>{esc(outlet)}</bdi></th>' if i == 0 else "")
            rows.append(f'<tr data-outlets="{_outlets_attr([outlet])}">{first}<td>{esc(r.get("tag"))}</td>'
                        f'<td>{esc(r.get("canonical"))}</td>'
                        f'{_text(r.get("surface"), r.get("lang"), "surface", tag="td")}'
                        f'<td>{esc(r.get("lang"))}</td><td>{esc(r.get("count"))}</td></tr>')
    return (f'<section data-section="framing"><h3>Framing: loaded words per outlet</h3><table>'
            f'<thead><tr><th>Outlet</th><th>Tag</th><th>English</th><th>As written</th><th>Lang</th>'
            f'<th>Count</th></tr></thead><tbody>{"".join(rows)}</tbody></table></section>')


def _not_shown(sv: StoryView, name: str) -> str:
    if not sv.not_shown.get(name):
        return ""
    return (f'<p class="muted">&hellip; and {sv.not_shown[name]} more, not listed here: every row '
            f'is in the .json / .parquet / .csv report.</p>')


def _story(sv: StoryView) -> str:
    parts = [f'<section class="story" id="story-{_dom_id(sv.story.get("id"))}" data-story>'
             f'<h2>{esc(sv.story.get("label"))}</h2>', _summary(sv)]
    none = '<p class="muted">None.</p>'
    agreed = "".join(_cluster_item(cv) for cv in sv.agreed) or none
    parts.append(f'<section data-section="agreed"><h3>Agreed facts ({sv.total("agreed")})</h3>'
                 f'{agreed}{_not_shown(sv, "agreed")}</section>')
    conflicts = "".join(_conflict_item(cv, i) for i, cv in enumerate(sv.conflicts, 1)) or none
    parts.append(f'<section data-section="conflicts"><h3>Conflicts, most important first '
                 f'({sv.total("conflicts")})</h3>{conflicts}{_not_shown(sv, "conflicts")}</section>')
    singles = "".join(_cluster_item(cv) for cv in sv.singles) or none
    parts.append(f'<section data-section="singles"><h3>Claims only one outlet carries '
                 f'({sv.total("singles")})</h3>{singles}{_not_shown(sv, "singles")}</section>')
    parts += [_omissions(sv), _agreement(sv), _framing(sv), "</section>"]
    page = "".join(parts)
    # Anchors per section (our own markup only: article text has every "<" escaped) and a
    # jump line under the story title, so an editor lands on the conflicts in one click.
    sid = f"story-{_dom_id(sv.story.get('id'))}"
    page = re.sub(r'<section data-section="(\w+)">',
                  lambda m: f'<section data-section="{m[1]}" id="{sid}-{m[1]}">', page)
    names = {"conflicts": f"Conflicts ({sv.total('conflicts')})", "agreed": f"Agreed ({sv.total('agreed')})",
             "singles": f"Single-outlet ({sv.total('singles')})", "omissions": "Omissions",
             "agreement": "Agreement", "framing": "Framing"}
    jump = " &middot; ".join(f'<a href="#{sid}-{key}">{label}</a>' for key, label in names.items()
                             if f'id="{sid}-{key}"' in page)
    return page.replace("</h2>", f'</h2><p class="jump">Jump to: {jump}</p>', 1)


_MAIN_META = {"xsource_version", "schema_version", "created", "glossary_hash", "backend",
              "signatures", "translation_signatures"}


def _header(comparison: Comparison) -> str:
    facts = v.run_facts(comparison)
    items = v.meta_items(comparison)
    meta = "".join(f"<dt>{esc(k)}</dt><dd>{esc(val)}</dd>" for k, val in items if k in _MAIN_META)
    rest = "".join(f"<dt>{esc(k)}</dt><dd>{esc(val)}</dd>" for k, val in items if k not in _MAIN_META)
    if rest:  # settings, timings, ...: there for the record, folded away (works without JS)
        meta += f'<dt>more</dt><dd><details><summary>run details</summary><dl class="meta">{rest}</dl></details></dd>'
    skipped = ", ".join(f"{esc(n)} {esc(r)}" for r, n in facts["skipped"].items()) or "none"
    clusters = ", ".join(f"{esc(n)} {esc(k)}" for k, n in facts["clusters"].items()) or "none"
    kinds = ", ".join(f"{esc(n)} {esc(k)}" for k, n in facts["conflicts"].items()) or "none"
    return (f'<header class="run"><h1>xsource divergence report</h1><dl class="meta">{meta}</dl>'
            f'<ul class="facts" data-section="run"><li><b>{esc(facts["articles"])}</b> articles '
            f'from {esc(facts["inputs"])} inputs</li><li>skipped: {skipped}</li>'
            f'<li>duplicates: {esc(facts["duplicates"])}</li><li>language mismatches: '
            f'{esc(facts["lang_mismatches"])}</li><li>{esc(facts["stories"])} stories</li>'
            f'<li>clusters: {clusters}</li><li>conflicts: {kinds}</li></ul></header>')


def _filters(views: list[StoryView]) -> str:
    kinds = list(dict.fromkeys(k for sv in views for k in sv.conflict_kinds))
    outlets = sorted({o for sv in views for o in sv.outlets})
    kind_opts = "".join(f'<option value="{esc(k)}">{esc(k)}</option>' for k in kinds)
    outlet_opts = "".join(f'<option value="{esc(o)}">{esc(o)}</option>' for o in outlets)
    # Hidden until the script runs: with JS off there are no dead controls.
    return (f'<nav class="filters" id="filters" hidden><label>Conflict kind <select id="f-kind">'
            f'<option value="">all</option>{kind_opts}</select></label><label>Outlet <select '
            f'id="f-outlet"><option value="">all</option>{outlet_opts}</select></label></nav>')


def to_html(comparison: Comparison) -> str:
    css, js = _assets()
    csp = (f"default-src 'none'; style-src {_sha256(css)}; script-src {_sha256(js)}; "
           f"img-src data:; base-uri 'none'; form-action 'none'")
    views = v.story_views(comparison, limit=v.SECTION_LIMIT)
    stories = "".join(_story(sv) for sv in views) or '<p class="muted">No stories.</p>'
    return (f'<!DOCTYPE html>\n<html lang="en" dir="ltr"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
            f'<meta name="referrer" content="no-referrer">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>xsource divergence report</title><link rel="icon" href="data:,">'
            f'<style>{css}</style></head>\n<body data-js="off">{_header(comparison)}'
            f'{_filters(views)}<main>{stories}</main><script>{js}</script></body></html>\n')


def write(comparison: Comparison, path: Path) -> list[Path]:
    path.write_text(to_html(comparison), encoding="utf-8")
    return [path]
