"""The terminal summary printed after every `xsource compare`: a rich renderable.

Article text reaches the terminal too, so it goes in as `Text` (never parsed as rich markup)
with control characters removed (no escape sequences from a hostile page).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console, RenderableType
from rich.table import Table
from rich.text import Text

from xsource.comparison import Comparison
from xsource.report import view as v


# (header, narrowest, widest) per column; text columns give up width first, ending in "…",
# so every row stays one line and numbers and conflicting values stay readable.
_STORY_COLS = (("story", 10, 60), ("articles", 8, 8), ("outlets", 8, 36), ("languages", 9, 18),
               ("agree", 5, 5), ("conflict", 8, 8), ("single", 6, 6))
_CONFLICT_COLS = (("kind", 11, 11), ("claim", 10, 60), ("outlet a", 8, 18), ("value a", 9, 20),
                  ("outlet b", 8, 18), ("value b", 9, 20))
_NUMERIC = {"articles", "agree", "conflict", "single"}
_LISTED = 12  # glossary-only articles named in the warning line; the report lists them all


def _fit(columns, width: int, rows: list[list[Text]]) -> list[int]:
    # Each column as wide as its longest cell (within its bounds), then the one with the most
    # room to spare gives up a character at a time until the table fits the console.
    widths = [max(narrowest, min(widest, max([len(name)] + [r[i].cell_len for r in rows])))
              for i, (name, narrowest, widest) in enumerate(columns)]
    excess = sum(widths) + 3 * len(columns) + 1 - width  # borders and padding
    while excess > 0:
        slack = [w - narrowest for w, (_, narrowest, _) in zip(widths, columns)]
        i = max(range(len(widths)), key=lambda k: slack[k])
        if slack[i] <= 0:
            break  # as narrow as it goes; the console crops the rest
        widths[i] -= 1
        excess -= 1
    return widths


def _table(title: str, columns, width: int, rows: list[list[Text]]) -> Table:
    table = Table(title=title, title_justify="left")
    for (name, _, _), w in zip(columns, _fit(columns, width, rows)):
        table.add_column(name, width=w, no_wrap=True, overflow="ellipsis",
                         justify="right" if name in _NUMERIC else "left")
    for row in rows:
        table.add_row(*row)
    return table


def _t(value, style: str = "") -> Text:
    return Text(" ".join(v.clean(value).split()), style=style)


class Summary:
    """The after-run summary; lays its tables out for the console width it is printed at."""

    def __init__(self, comparison: Comparison, outputs: Sequence[Path] = (), top: int = 5):
        self.comparison, self.outputs, self.top = comparison, list(outputs), top

    def __rich_console__(self, console, options):
        yield from self.parts(options.max_width)

    def parts(self, width: int) -> list[RenderableType]:
        facts = v.run_facts(self.comparison)
        parts: list[RenderableType] = [Text.assemble(
            ("xsource: ", "bold"), f"{facts['articles']} articles, {facts['stories']} stories; clusters ",
            ", ".join(f"{n} {k}" for k, n in facts["clusters"].items()) or "none",
            "; conflicts ", ", ".join(f"{n} {k}" for k, n in facts["conflicts"].items()) or "none",
        )]
        views = v.story_views(self.comparison, limit=self.top)  # totals kept per story
        if views:
            rows = [[_t(sv.story.get("label")), _t(len(sv.articles)), _t(", ".join(sv.outlets)),
                     _t(", ".join(sv.languages)), _t(sv.total("agreed")),
                     _t(sum(1 for c in sv.clusters if c.get("status") == "conflict")),
                     _t(sv.total("singles"))] for sv in views]
            parts.append(_table("Stories", _STORY_COLS, width, rows))
        # The pairs themselves (most important first) with their cluster's label.
        labels = {c["id"]: c.get("label") for sv in views for c in sv.clusters}
        pairs = sorted(self.comparison.conflicts.to_dicts(),
                       key=lambda r: (-(r.get("importance") or 0.0), v.clean(r.get("id"))))
        if pairs:
            rows = [[_t(c.get("kind"), "bold red"), _t(labels.get(c.get("cluster_id"), "")),
                     _t(c.get("outlet_a")), _t(c.get("value_a"), "yellow"), _t(c.get("outlet_b")),
                     _t(c.get("value_b"), "yellow")] for c in pairs[: self.top]]
            parts.append(_table(f"Top conflicts ({len(rows)} of {len(pairs)})", _CONFLICT_COLS,
                                width, rows))
        glossary_only = [a for sv in views for a in sv.glossary_only]
        if glossary_only:
            shown = [f"{v.clean(a.get('outlet'))} ({v.clean(a.get('lang'))})"
                     for a in glossary_only[:_LISTED]]
            more = len(glossary_only) - len(shown)
            parts.append(Text(f"warning: {len(glossary_only)} article(s) translated by the glossary "
                              "only: " + ", ".join(shown)
                              + (f" and {more} more (see the report)" if more > 0 else ""),
                              style="yellow"))
        if facts["skipped"]:
            parts.append(Text("skipped inputs: " + ", ".join(f"{n} {v.clean(r)}"
                                                              for r, n in facts["skipped"].items())))
        if facts["duplicates"] or facts["lang_mismatches"]:
            parts.append(Text(f"duplicates: {facts['duplicates']}; language mismatches: "
                              f"{facts['lang_mismatches']}"))
        for path in self.outputs:
            # Never wrapped: people copy these paths.
            parts.append(Text.assemble(("report: ", "bold green"), str(path), no_wrap=True,
                                       overflow="ignore"))
        return parts


def summary(comparison: Comparison, outputs: Sequence[Path] = (), *, top: int = 5) -> RenderableType:
    """A rich renderable: stories, clusters by status, conflicts by kind, the top conflicts,
    glossary-only warnings, skipped inputs by reason, and where each report was written."""
    return Summary(comparison, outputs, top)


def to_text(comparison: Comparison, outputs: Sequence[Path] = (), *, width: int = 110) -> str:
    """The summary as plain text (no colour), e.g. for logs and tests."""
    console = Console(width=width, record=True, color_system=None, force_terminal=False,
                      file=io.StringIO())
    console.print(summary(comparison, outputs), soft_wrap=True)
    return console.export_text()


@contextmanager
def progress_bar(console: Console) -> Iterator[Callable[[str, int, int], None]]:
    """A `progress(stage, done, total)` callback drawing one bar per pipeline stage on
    `console` (the CLI passes stderr); nothing is drawn when it is not a terminal."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    if not console.is_terminal:  # logs and pipes get the summary, not bar redraws
        yield lambda stage, done, total: None
        return
    bars = Progress(TextColumn("{task.description:>10}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=console, transient=True)
    tasks: dict[str, int] = {}

    def progress(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bars.add_task(v.clean(stage), total=total or None)
        bars.update(tasks[stage], completed=done, total=total or None)

    with bars:
        yield progress
