"""compare(): stories -> claim clusters -> verdicts -> the tables of a `Comparison`."""

from __future__ import annotations

import re
import time
from dataclasses import replace
from collections.abc import Callable, Sequence
from datetime import datetime, timezone

from xsource.compare.align import align_claims, collector_paused, evidence
from xsource.compare.classify import classify_cluster, importance, value_sides
from xsource.compare.examples import cap_conflict_examples
from xsource.compare.framing import framing_rows
from xsource.compare.places import article_place
from xsource.compare.settings import CompareSettings
from xsource.compare.stories import article_lang, group_stories, label_text, shorten
from xsource.compare.tables import article_row, claim_row, frame
from xsource.compare.units import fact_units, fold
from xsource.comparison import SCHEMA_VERSION, Comparison
from xsource.records import AnalyzedArticle, Claim, RunSummary

Progress = Callable[[str, int, int], None]
_GLOSS_SIG = re.compile(r"gloss:([0-9a-f]+)")
_DEFAULT_GLOSSARY = object()


def _display_names(glossary, claims) -> dict[str, str]:
    """Canonical English name of every glossary id used as a speaker or entity."""
    if glossary is None:
        return {}
    names: dict[str, str] = {}
    for claim in claims:
        for key in (claim.speaker, *claim.entities):
            if key and key not in names and "." in key:
                try:
                    names[key] = glossary.get(key).canonical
                except Exception:  # a name found in the text, not a glossary id
                    continue
    return dict(sorted(names.items()))


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("xsource")
    except Exception:  # not installed (running from a source tree)
        return "0+unknown"


def _bundled_glossary():
    try:
        from xsource.glossary import load_glossaries
    except ImportError:  # glossary stage not available: framing stays empty
        return None
    return load_glossaries()


def compare(
    analyzed: Sequence[AnalyzedArticle],
    settings: CompareSettings = CompareSettings(),
    *,
    summary: RunSummary = RunSummary(),
    progress: Progress | None = None,
    glossary=_DEFAULT_GLOSSARY,
) -> Comparison:
    """Group the articles into stories, align their claims across outlets and languages,
    and classify each claim cluster. `glossary` (for framing) defaults to the bundled one;
    pass None to skip framing or a glossary object to use your own."""
    report = progress or (lambda stage, done, total: None)
    if glossary is _DEFAULT_GLOSSARY:
        glossary = _bundled_glossary()
    analyzed = list(analyzed)
    timings: dict[str, float] = {}
    clock = time.perf_counter()
    report("group", 0, len(analyzed))
    stories = group_stories(analyzed, settings)
    report("group", len(analyzed), len(analyzed))
    timings["group"] = time.perf_counter() - clock

    story_of_article = {i: s for s in stories for i in s.members}
    claims: list[Claim] = []
    story_idx: list[int] = []
    article_idx: list[int] = []
    glossary_only: list[bool] = []
    langs = [article_lang(item) for item in analyzed]
    story_number = {s.id: n for n, s in enumerate(stories)}
    media = sorted({item.article.outlet for item in analyzed})
    for i, item in enumerate(analyzed):
        weak = langs[i] != "en" and bool(item.translations) and all(
            t.backend == "glossary" for t in item.translations)
        home = article_place(item.claims)
        for claim in item.claims:
            claims.append(replace(claim, article_place=home) if home else claim)
            story_idx.append(story_number[story_of_article[i].id])
            article_idx.append(i)
            glossary_only.append(weak or claim.signature.startswith("glossary:"))

    clock = time.perf_counter()
    report("align", 0, len(claims))
    with collector_paused():
        units, owner, kinds = fact_units(claims, settings.min_bare_figure_key)
        alignment = align_claims(units, [story_idx[o] for o in owner],
                                 [article_idx[o] for o in owner], settings, kinds,
                                 [claims[o] for o in owner])
    report("align", len(claims), len(claims))
    timings["align"] = time.perf_counter() - clock
    clock = time.perf_counter()

    links_of_cluster: dict[int, list] = {}
    for link, k in zip(alignment.links, alignment.link_cluster):
        links_of_cluster.setdefault(k, []).append(link)
    primary = alignment.primary()
    clusters_by_story: dict[int, list[tuple[int, list[int]]]] = {}
    for k in fold(alignment.clusters, owner):
        members = sorted(alignment.clusters[k])
        clusters_by_story.setdefault(story_idx[owner[members[0]]], []).append((k, members))

    cluster_rows, link_rows, conflict_rows, omission_rows = [], [], [], []
    agreement_rows, framing_all, story_rows = [], [], []
    cluster_of_claim: dict[int, str] = {}
    clusters_of_claim: dict[int, list[str]] = {}
    said: set = set()  # (kind, claim pair) of attribution/polarity rows already reported
    evidence_memo: dict[int, tuple] = {}
    done = 0
    for s_num, story in enumerate(stories):
        members_list = clusters_by_story.get(s_num, [])
        members_list.sort(key=lambda km: (-len({units[i].outlet for i in km[1]}), km[1][0]))
        outlets = sorted({analyzed[i].article.outlet for i in story.members})
        pair_stats: dict[tuple[str, str], list[int]] = {
            (a, b): [0, 0, 0] for a in outlets for b in outlets if a != b}
        for c_num, (k, members) in enumerate(members_list, 1):
            cid = f"{story.id}-c{c_num}"
            group = [units[i] for i in members]  # each claim as seen through its fact
            for i in members:
                clusters_of_claim.setdefault(owner[i], []).append(cid)
                if primary[i] == k:
                    cluster_of_claim.setdefault(owner[i], cid)
            verdict = classify_cluster(
                group, settings, media,
                aligned=lambda x, y, m=members: alignment.aligned(m[x], m[y]),
                whole=[claims[owner[i]] for i in members])
            verdict = _once_per_statement(verdict, group, said)
            links = links_of_cluster.get(k, [])
            score = sum(l.score for l in links) / len(links) if links else None
            cluster_outlets = sorted({c.outlet for c in group})
            cluster_rows.append({
                "id": cid, "story_id": story.id, "label": _cluster_label(group, members, links),
                "status": verdict.status, "conflicts": list(verdict.kinds),
                "rounding": verdict.rounding, "outlets": cluster_outlets,
                "claim_ids": [c.id for c in group], "score": score})
            for l in links:
                link_rows.append({"cluster_id": cid, "claim_a": units[l.a].id,
                                  "claim_b": units[l.b].id, "score": l.score,
                                  "evidence": evidence(units, l, settings, evidence_memo)})
            weak = [glossary_only[owner[i]] for i in members]
            sides = value_sides(group, verdict.disagreements)
            for d in verdict.disagreements:
                ca, cb = group[d.a], group[d.b]
                conflict_rows.append({
                    "id": "", "story_id": story.id, "cluster_id": cid, "kind": d.kind,
                    "importance": importance(d, group, verdict.disagreements, weak, sides),
                    "outlet_a": ca.outlet, "outlet_b": cb.outlet, "claim_a": ca.id,
                    "claim_b": cb.id, "value_a": d.value_a, "value_b": d.value_b,
                    "text_a": ca.text, "text_b": cb.text, "text_en_a": ca.text_en,
                    "text_en_b": cb.text_en, "lang_a": ca.lang, "lang_b": cb.lang,
                    "signature_a": ca.signature, "signature_b": cb.signature,
                    "note": d.note + _weak_note(weak[d.a], weak[d.b], ca, cb)})
            for outlet in outlets:
                omission_rows.append({"story_id": story.id, "cluster_id": cid,
                                      "outlet": outlet, "reported": outlet in cluster_outlets})
            clashing = {frozenset((group[d.a].outlet, group[d.b].outlet))
                        for d in verdict.disagreements}
            for a in cluster_outlets:
                for b in cluster_outlets:
                    if a != b:
                        stats = pair_stats[(a, b)]
                        stats[0] += 1
                        stats[2 if frozenset((a, b)) in clashing else 1] += 1
            done += len(members)
            report("classify", done, len(units))
        for (a, b), (shared, agree, clash) in pair_stats.items():
            agreement_rows.append({"story_id": story.id, "outlet_a": a, "outlet_b": b,
                                   "shared": shared, "agree": agree, "conflict": clash,
                                   "score": agree / shared if shared else None})
        items = [analyzed[i] for i in story.members]
        framing_all.extend(framing_rows(story.id, items, glossary))
        story_rows.append({
            "id": story.id, "label": story.label,
            "article_ids": [it.article.id for it in items],
            "outlets": list(dict.fromkeys(it.article.outlet for it in items)),
            "languages": list(dict.fromkeys(langs[i] for i in story.members))})

    timings["classify"] = time.perf_counter() - clock
    conflict_rows.sort(key=lambda r: (-r["importance"], r["story_id"], r["cluster_id"]))
    conflict_rows = cap_conflict_examples(conflict_rows, settings.conflict_examples_per_value_pair)
    for n, row in enumerate(conflict_rows, 1):
        row["id"] = f"x{n}"
    article_rows = [article_row(item, langs[i], story_of_article[i].id)
                    for i, item in enumerate(analyzed)]
    claim_rows = []
    for i, c in enumerate(claims):
        own = cluster_of_claim.get(i) or clusters_of_claim[i][0]
        claim_rows.append(claim_row(c, stories[story_idx[i]].id, own,
                                    _first_own(clusters_of_claim[i], own)))
    signatures = sorted({c.signature for c in claims if c.signature}
                        | {t.signature for item in analyzed for t in item.translations})
    names = _display_names(glossary, claims)
    for row in conflict_rows:  # speakers are glossary ids; an editor reads names
        if row["kind"] == "attribution":
            for key in ("value_a", "value_b"):
                row[key] = names.get(row[key], row[key])
            for ident, name in names.items():
                if ident in (row["note"] or ""):
                    row["note"] = row["note"].replace(ident, name)
    meta = {
        "xsource_version": _version(),
        "schema_version": SCHEMA_VERSION,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "settings": settings.as_dict(),
        "glossary_hash": getattr(glossary, "hash", None),
        "glossary_hashes_seen": sorted({h for sig in signatures for h in _GLOSS_SIG.findall(sig)}),
        "translation_signatures": signatures,
        "names": names,
        "candidate_pairs": alignment.candidates,
        "timings": {k: round(v, 4) for k, v in timings.items()},
        "align_timings": {k: round(v, 4) for k, v in alignment.timings.items()},
    }
    return Comparison(
        articles=frame("articles", article_rows), stories=frame("stories", story_rows),
        claims=frame("claims", claim_rows), clusters=frame("clusters", cluster_rows),
        links=frame("links", link_rows), conflicts=frame("conflicts", conflict_rows),
        omissions=frame("omissions", omission_rows), framing=frame("framing", framing_all),
        agreement=frame("agreement", agreement_rows), summary=summary, meta=meta)


def _once_per_statement(verdict, group: list[Claim], said: set):
    """Who said it and whether it was denied belong to the whole sentence: when two
    sentences meet in two clusters (one per fact), report such a disagreement once."""
    kept = []
    for d in verdict.disagreements:
        if d.kind in ("attribution", "polarity"):
            key = (d.kind, frozenset((group[d.a].id, group[d.b].id)))
            if key in said:
                continue
            said.add(key)
        kept.append(d)
    if len(kept) == len(verdict.disagreements):
        return verdict
    kinds = tuple(k for k in verdict.kinds if any(d.kind == k for d in kept))
    return replace(verdict, status="conflict" if kept else "agree", kinds=kinds,
                   disagreements=tuple(kept))


def _first_own(cluster_ids: list[str], own: str) -> list[str]:
    return [own, *(c for c in cluster_ids if c != own)]


def _weak_note(weak_a: bool, weak_b: bool, ca: Claim, cb: Claim) -> str:
    sides = [c.outlet for c, weak in ((ca, weak_a), (cb, weak_b)) if weak]
    return f" (glossary-only translation: {', '.join(sides)})" if sides else ""


def _cluster_label(group: list[Claim], members: list[int], links) -> str:
    """The cluster's most central claim in English, preferring an English original."""
    degree = {i: 0.0 for i in members}
    for l in links:
        degree[l.a] = degree.get(l.a, 0.0) + l.score
        degree[l.b] = degree.get(l.b, 0.0) + l.score
    ranked = sorted(range(len(group)), key=lambda k: (group[k].lang != "en",
                                                     -degree[members[k]], k))
    return shorten(label_text(group[ranked[0]]))
