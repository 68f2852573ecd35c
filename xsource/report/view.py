"""What a report shows, per story, computed once from the tables for every text renderer.

HTML and Markdown lay out the same `StoryView`s, so the two cannot disagree on what counts as
an agreed fact, how conflicts are ranked or who omitted what. Everything here is plain
Python data in a deterministic order (table order, ties broken by id).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from xsource.comparison import Comparison

# Scripts written right to left among the languages xsource meets; `lang` attribute per label
# (Dari is Persian as written in Afghanistan: BCP 47 fa-AF).
RTL_LANGS = frozenset({"ur", "ps", "prs", "fa", "ar", "sd", "ug", "ckb", "he", "yi", "pnb"})
HTML_LANG = {"prs": "fa-AF", "und": ""}

CONFLICT_KINDS = ("number", "date", "attribution", "polarity")
# Per story and section, the most an HTML/Markdown page lists: past this an editor stops
# reading and the page stops loading fast; the rest stays in the JSON/Parquet/CSV tables.
SECTION_LIMIT = 100
# C0/C1 controls, and the bidi *overrides* (LRO/RLO): they can make text display in an order
# other than it reads ("Trojan Source"); isolation by `dir`/<bdi> handles honest mixed text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202d\u202e]")


def clean(value: Any) -> str:
    """Text for display: None -> "", control characters dropped (they break terminals/XML)."""
    if value is None:
        return ""
    return _CONTROL.sub("", str(value))


def is_rtl(lang: str | None) -> bool:
    return (lang or "") in RTL_LANGS


def html_lang(lang: str | None) -> str:
    lang = lang or "und"
    return HTML_LANG.get(lang, lang)


def safe_url(url: Any) -> str | None:
    """The URL if it is plain http(s) (the only links a report makes), else None."""
    text = clean(url).strip()
    if re.match(r"(?i)^https?://[^\s]+$", text):
        return text
    return None


@dataclass
class ClusterView:
    cluster: dict[str, Any]
    claims: list[dict[str, Any]]


@dataclass
class Side:
    """One outlet's claim in a conflict: its sentence, English, value and what to mark."""

    claim_id: str
    outlet: str
    lang: str
    text: str
    text_en: str
    signature: str
    value: str
    needles: list[str] = field(default_factory=list)
    camp: int = 0  # 0 or 1: which side of the disagreement


@dataclass
class ConflictView:
    """One disagreement: a claim cluster and a kind, with every outlet's side, grouped by
    value (the comparator's table has one row per disagreeing pair; an editor wants the camps)."""

    cluster_id: str
    kind: str
    label: str  # the cluster's label
    importance: float  # the highest of its pairs
    pairs: list[dict[str, Any]]  # the conflict rows, most important first
    sides: list[Side] = field(default_factory=list)

    @property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(side.outlet for side in self.sides))

    @property
    def notes(self) -> list[str]:
        return [n for n in dict.fromkeys(clean(p.get("note")) for p in self.pairs) if n]


def _group_conflicts(rows: list[dict], labels: dict[str, str]) -> list[ConflictView]:
    groups: dict[tuple, ConflictView] = {}
    for row in rows:  # already most important first
        key = (row.get("cluster_id"), row.get("kind"))
        if key not in groups:
            groups[key] = ConflictView(clean(key[0]), clean(key[1]), labels.get(key[0], ""),
                                       row.get("importance") or 0.0, [])
        groups[key].pairs.append(row)
    return list(groups.values())


def _fill_sides(group: ConflictView, claims: dict[str, dict]) -> ConflictView:
    seen: dict[str, Side] = {}
    for row in group.pairs:
        for s in ("a", "b"):
            cid = clean(row.get(f"claim_{s}"))
            if cid in seen:
                continue
            seen[cid] = Side(cid, clean(row.get(f"outlet_{s}")), clean(row.get(f"lang_{s}")),
                             clean(row.get(f"text_{s}")), clean(row.get(f"text_en_{s}")),
                             clean(row.get(f"signature_{s}")), clean(row.get(f"value_{s}")),
                             _needles(row, s, claims.get(cid)))
    # Two camps: each pair puts its sides on opposite sides (first come, first placed), so
    # "1.7 million" and "1.73 million" end up together against "nearly 2 million".
    camp: dict[str, int] = {}
    for row in group.pairs:
        a, b = clean(row.get("claim_a")), clean(row.get("claim_b"))
        if a in camp and b not in camp:
            camp[b] = 1 - camp[a]
        elif b in camp and a not in camp:
            camp[a] = 1 - camp[b]
        elif a not in camp and b not in camp:
            camp[a], camp[b] = 0, 1
    for cid, side in seen.items():
        side.camp = camp.get(cid, 0)
    group.sides = sorted(seen.values(), key=lambda side: side.camp)  # stable: appearance order
    return group


@dataclass
class StoryView:
    story: dict[str, Any]
    articles: list[dict[str, Any]]
    outlets: list[str]
    languages: list[str]
    signatures: list[str]
    glossary_only: list[dict[str, Any]]  # articles translated by the glossary alone
    agreed: list[ClusterView]
    conflicts: list[ConflictView]
    conflict_kinds: list[str]
    singles: list[ClusterView]
    clusters: list[dict[str, Any]]  # every cluster of the story, for the omission matrix
    omissions: dict[tuple[str, str], bool] = field(default_factory=dict)  # (outlet, cluster)
    agreement: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    framing: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # outlet -> rows
    not_shown: dict[str, int] = field(default_factory=dict)  # section -> rows over the limit

    def total(self, name: str) -> int:
        return len(getattr(self, name)) + self.not_shown.get(name, 0)

    def limit(self, limit: int) -> StoryView:
        for name in ("agreed", "conflicts", "singles"):
            rows = getattr(self, name)
            if len(rows) > limit:
                self.not_shown[name] = len(rows) - limit
                setattr(self, name, rows[:limit])
        return self


_SCALE = {"thousand": 1e3, "lakh": 1e5, "lakhs": 1e5, "million": 1e6, "crore": 1e7,
          "billion": 1e9, "k": 1e3, "m": 1e6, "bn": 1e9}
_FIGURE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*([a-z]+)?", re.IGNORECASE)


def _figures(value: str) -> set[float]:
    """The quantities written in a conflict value: "nearly 2,000,000" -> {2e6}, "1.7 million"
    -> {1.7e6} (value strings are the comparator's English, so ASCII digits)."""
    found = set()
    for digits, word in _FIGURE.findall(value):
        try:
            number = float(digits.replace(",", ""))
        except ValueError:
            continue
        found.add(number * _SCALE.get((word or "").lower(), 1.0))
    return found


def _needles(conflict: dict, side: str, claim: dict | None) -> list[str]:
    """What to mark on one side of a conflict: the value, and the mentions in the sentence
    behind it -- only those that carry the conflicting figure/date when that can be told."""
    value = clean(conflict.get(f"value_{side}"))
    needles = [value]
    kind = conflict.get("kind")
    if claim:
        if kind == "number":
            mentions = claim.get("numbers") or []
            figures = _figures(value)
            matching = [n for n in mentions if n.get("value") is not None
                        and any(abs(n["value"] - f) <= 1e-9 * max(1.0, abs(f)) for f in figures)]
            needles += [clean(n.get("text")) for n in matching or mentions]
        elif kind == "date":
            mentions = claim.get("dates") or []
            matching = [d for d in mentions if d.get("value") and clean(d["value"]) in value]
            needles += [clean(d.get("text")) for d in matching or mentions]
        elif kind == "attribution" and claim.get("speaker"):
            speaker = clean(claim["speaker"])
            needles.append(speaker.split(".", 1)[-1].replace("_", " "))  # "person.sarfraz_bugti"
    return [n for n in dict.fromkeys(needles) if n.strip()]


def highlight_spans(text: str, needles: list[str]) -> list[tuple[str, bool]]:
    """Split `text` into (piece, marked) where a needle occurs (case-insensitive, longest
    first, non-overlapping), so each renderer can escape pieces and mark the values."""
    if not text:
        return []
    taken = [False] * len(text)
    for needle in sorted(needles, key=len, reverse=True):
        hay, ndl = text.lower(), needle.lower()
        if len(hay) != len(text) or len(ndl) != len(needle):  # lower() changed lengths
            hay, ndl = text, needle
        start = hay.find(ndl)
        while start != -1:
            end = start + len(ndl)
            if not any(taken[start:end]):
                taken[start:end] = [True] * len(ndl)
            start = hay.find(ndl, end)
    spans: list[tuple[str, bool]] = []
    for ch, mark in zip(text, taken):
        if spans and spans[-1][1] == mark:
            spans[-1] = (spans[-1][0] + ch, mark)
        else:
            spans.append((ch, mark))
    return spans


def _by_story(rows: list[dict]) -> dict[Any, list[dict]]:
    groups: dict[Any, list[dict]] = {}
    for row in rows:
        groups.setdefault(row.get("story_id"), []).append(row)
    return groups


def story_views(comparison: Comparison, limit: int | None = None) -> list[StoryView]:
    """Per story, what the reports show; `limit` caps agreed/conflicts/singles (ranked first)."""
    # Group every table by story once: reports of 10k articles stay linear.
    articles = _by_story(comparison.articles.to_dicts())
    names = comparison.meta.get("names") or {}
    claims = {c["id"]: {**c, "speaker_name": names.get(c.get("speaker"), c.get("speaker"))}
              for c in comparison.claims.to_dicts()}
    clusters = _by_story(comparison.clusters.to_dicts())
    conflicts = _by_story(sorted(comparison.conflicts.to_dicts(),
                                 key=lambda r: (-(r.get("importance") or 0.0), clean(r.get("id")))))
    omissions = _by_story(comparison.omissions.to_dicts())
    agreement = _by_story(comparison.agreement.to_dicts())
    framing = _by_story(comparison.framing.to_dicts())
    stories = comparison.stories.to_dicts()
    known = {s["id"] for s in stories}
    # A cluster pointing at a story the stories table lacks still gets shown.
    for sid in clusters:
        if sid not in known:
            stories.append({"id": sid, "label": f"story {sid}", "article_ids": [], "outlets": [],
                            "languages": []})
            known.add(sid)
    views = []
    for story in stories:
        sid = story["id"]
        s_articles = articles.get(sid, [])
        s_clusters = clusters.get(sid, [])
        outlets = list(story.get("outlets") or dict.fromkeys(a["outlet"] for a in s_articles))
        languages = list(story.get("languages") or dict.fromkeys(a["lang"] for a in s_articles))
        labels = {c["id"]: clean(c.get("label")) for c in s_clusters}

        def claims_of(cluster):
            return [claims[cid] for cid in cluster.get("claim_ids") or [] if cid in claims]

        rows = conflicts.get(sid, [])
        groups = _group_conflicts(rows, labels)
        # Sides and highlights are worked out only for the conflicts that will be shown.
        s_conflicts = [_fill_sides(g, claims) for g in (groups[:limit] if limit is not None else groups)]
        kinds = list(dict.fromkeys(r.get("kind") for r in rows))
        view = StoryView(
            story=story,
            articles=s_articles,
            outlets=[clean(o) for o in outlets],
            languages=[clean(x) for x in languages],
            signatures=sorted({clean(a.get("signature")) for a in s_articles}),
            glossary_only=[a for a in s_articles if a.get("glossary_only")],
            agreed=[ClusterView(c, claims_of(c)) for c in s_clusters if c.get("status") == "agree"],
            conflicts=s_conflicts,
            conflict_kinds=[k for k in CONFLICT_KINDS if k in kinds]
            + sorted(clean(k) for k in kinds if k not in CONFLICT_KINDS),
            singles=[ClusterView(c, claims_of(c)) for c in s_clusters if c.get("status") == "single"],
            clusters=s_clusters,
        )
        for row in omissions.get(sid, []):
            view.omissions[(clean(row["outlet"]), row["cluster_id"])] = bool(row["reported"])
        for row in agreement.get(sid, []):
            a, b = clean(row["outlet_a"]), clean(row["outlet_b"])
            view.agreement[(a, b)] = row
            view.agreement.setdefault((b, a), row)
        for row in framing.get(sid, []):
            view.framing.setdefault(clean(row["outlet"]), []).append(row)
        if len(groups) > len(s_conflicts):
            view.not_shown["conflicts"] = len(groups) - len(s_conflicts)
        views.append(view.limit(limit) if limit is not None else view)
    return views


def run_facts(comparison: Comparison) -> dict[str, Any]:
    """The run-level numbers every format prints in its header."""
    summary = comparison.summary
    arts = comparison.articles
    mismatches = 0
    if arts.height and "lang_mismatch" in arts.columns:
        mismatches = arts.filter(arts["lang_mismatch"].is_not_null()).height
    signatures = sorted(set(arts["signature"].drop_nulls().to_list())) if arts.height else []
    status = {}
    if comparison.clusters.height:
        for s in comparison.clusters["status"].to_list():
            status[s] = status.get(s, 0) + 1
    kinds: dict[str, int] = {}
    if comparison.conflicts.height:
        for k in comparison.conflicts["kind"].to_list():
            kinds[k] = kinds.get(k, 0) + 1
    return {
        "inputs": summary.inputs,
        "articles": summary.articles or arts.height,
        "skipped": dict(sorted(summary.skipped_by_reason().items())),
        "duplicates": len(summary.duplicates),
        "lang_mismatches": mismatches,
        "signatures": [clean(s) for s in signatures],
        "stories": comparison.stories.height,
        "clusters": {k: status[k] for k in ("agree", "conflict", "single") if k in status}
        | {k: v for k, v in sorted(status.items()) if k not in ("agree", "conflict", "single")},
        "conflicts": {k: kinds[k] for k in CONFLICT_KINDS if k in kinds}
        | {k: v for k, v in sorted(kinds.items()) if k not in CONFLICT_KINDS},
    }


def meta_items(comparison: Comparison) -> list[tuple[str, str]]:
    """How the run was made, as (key, text) pairs: the well-known keys first."""
    from xsource.comparison import SCHEMA_VERSION

    meta = dict(comparison.meta)
    meta.setdefault("schema_version", SCHEMA_VERSION)
    first = ["xsource_version", "schema_version", "created", "glossary_hash", "backend"]
    meta.pop("names", None)  # id -> name lookup for the renderers, not a fact about the run
    keys = [k for k in first if k in meta] + sorted(k for k in meta if k not in first)
    items = []
    for key in keys:
        value = meta[key]
        if isinstance(value, (list, tuple)):
            value = ", ".join(clean(v) for v in value)
        elif isinstance(value, dict):
            value = ", ".join(f"{clean(k)}={clean(v)}" for k, v in sorted(value.items()))
        items.append((clean(key), clean(value)))
    return items
