"""Header blocks at the top of .txt/.md files: YAML front matter or `key: value` lines.

    ---                              url: https://www.dawn.com/news/1785
    title: Deadline ends             outlet: Dawn
    date: 2023-11-01                 date: 2023-11-01
    ---                              lang: en
    Body...                          <blank line>
                                     Body...

A `---` block that is never closed is read as a plain header when `key: value` lines follow it
(the closing line was forgotten; the keys are clearly a header), else it stays body text.

Only known keys start a plain header (`Islamabad: officials said ...` is body text, not a
header). Keys are matched case-insensitively and aliases are folded (headline -> title,
source/site -> outlet, link -> url, published -> date, language -> lang).

Scraped exports glue bare `key value` words to the text instead: ` date 2023-11-07 Islamabad
[Pakistan], November 7 : ...`. Only keys whose value cannot be mistaken for prose are read that
way: `date` + an ISO date, `url` + an http(s) URL, `lang` + a language code the desk uses. Title
and outlet values have no end marker, so `title Kabul says ...` stays text.
"""

from __future__ import annotations

import datetime as dt
import re

from xsource.errors import InputError

ALIASES = {
    "title": "title", "headline": "title",
    "url": "url", "link": "url",
    "outlet": "outlet", "source": "outlet", "site": "outlet", "publisher": "outlet",
    "date": "date", "published": "date", "pubdate": "date", "publishedat": "date",
    "published_at": "date", "datepublished": "date", "date_published": "date",
    "lang": "lang", "language": "lang",
    "author": "author", "byline": "author",
}
# The value is stripped in Python: `\s*(.*?)\s*$` backtracks quadratically over a long run of
# spaces inside a line (a 20,000-space line took over a second).
_KEY_LINE = re.compile(r"^\s*([A-Za-z_]+)\s*:(.*)$")
_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_OPENING = re.compile(r"\A---[ \t]*\n")


def split_header(text: str, source: str) -> tuple[dict[str, object], str]:
    """Return (metadata with canonical keys, body). No header gives ({}, text)."""
    prefixed, rest = _bare_prefix(text.lstrip("\ufeff"))
    if not prefixed:
        return _split_header(rest, source)
    meta, body = _split_header(rest.lstrip(" \t\r\n"), source)
    return {**prefixed, **meta}, body  # a real `date:` line below the prefix wins


# `date 2023-11-07` (a time may follow as `T10:30:00+05:00`), `url https://...`, `lang ur`; the
# value must be followed by a space or line end, so `date 2023-11-07x` is text.
_BARE = re.compile(
    r"[ \t\r\n]*(?:(?P<date>date)[ \t]+(?P<date_value>\d{4}-\d{2}-\d{2}"
    r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)"
    r"|(?P<url>url)[ \t]+(?P<url_value>https?://[^\s<>\"]+)"
    r"|(?P<lang>lang)[ \t]+(?P<lang_value>en|ur|ps|prs|fa|fa-af|pbt|ar))(?=[ \t\r\n]|\Z)",
    re.I)


def _bare_prefix(text: str) -> tuple[dict[str, object], str]:
    fields: dict[str, object] = {}
    for _ in range(3):
        match = _BARE.match(text)
        if not match:
            break
        key = match.group("date") and "date" or match.group("url") and "url" or "lang"
        if key in fields:
            break
        fields[key] = match.group(f"{key}_value")
        text = text[match.end():]
    return fields, text


def _split_header(stripped: str, source: str) -> tuple[dict[str, object], str]:
    front = _FRONT.match(stripped)
    if front:
        return _yaml_header(front.group(1), source), stripped[front.end():]
    opening = _OPENING.match(stripped)
    if opening:
        meta, body = _plain_header(stripped[opening.end():])
        if meta:
            return meta, body
    return _plain_header(stripped)


def canonical(fields: dict) -> dict[str, object]:
    """Fold aliases; the first non-empty value for a canonical key wins."""
    out: dict[str, object] = {}
    for key, value in fields.items():
        name = ALIASES.get(str(key).strip().lower())
        if name and name not in out and value not in (None, ""):
            out[name] = value
    return out


def _yaml_header(block: str, source: str) -> dict[str, object]:
    import yaml

    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = f" (line {line + 2})" if line is not None else ""
        raise InputError(source, "malformed",
                         f"{source}: the front matter between --- lines is not valid YAML{where}; "
                         "fix it or remove the --- lines") from None
    except RecursionError:
        raise InputError(source, "malformed",
                         f"{source}: the front matter between --- lines is nested too deeply to "
                         "read; fix it or remove the --- lines") from None
    except (ValueError, OverflowError) as exc:  # a value YAML recognizes but cannot build
        problem = str(exc).split(":")[0][:70]  # "month must be in 1..12"
        raise InputError(source, "malformed",
                         f"{source}: the front matter between --- lines has a value that cannot "
                         f"be read ({problem}); fix it or remove the --- lines") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(source, "malformed",
                         f"{source}: the front matter between --- lines is not a list of "
                         "`key: value` pairs; fix it or remove the --- lines")
    # Scalars only: a list or mapping is no title, and YAML aliases can nest one ten-item list
    # inside another nine times ("billion laughs"), cheap to load but endless to print.
    return {key: value for key, value in canonical(data).items()
            if isinstance(value, (str, int, float, dt.date))}


def _plain_header(text: str) -> tuple[dict[str, object], str]:
    lines = text.split("\n")
    fields: dict[str, str] = {}
    used = 0
    for line in lines:
        match = _KEY_LINE.match(line)
        if not match or match.group(1).lower() not in ALIASES:
            break
        fields.setdefault(match.group(1), _unquote(match.group(2).strip()))
        used += 1
    if not used:
        return {}, text
    ends_block = used == len(lines) or not lines[used].strip()
    # One known key glued to the body could be prose ("Source: officials"); two cannot.
    if not ends_block and used < 2:
        return {}, text
    return canonical(fields), "\n".join(lines[used:])


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value
