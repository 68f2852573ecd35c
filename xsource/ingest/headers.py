"""Header blocks at the top of .txt/.md files: YAML front matter or `key: value` lines.

    ---                              url: https://www.dawn.com/news/1785
    title: Deadline ends             outlet: Dawn
    date: 2023-11-01                 date: 2023-11-01
    ---                              lang: en
    Body...                          <blank line>
                                     Body...

Only known keys start a plain header (`Islamabad: officials said ...` is body text, not a
header). Keys are matched case-insensitively and aliases are folded (headline -> title,
source/site -> outlet, link -> url, published -> date, language -> lang).
"""

from __future__ import annotations

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
_KEY_LINE = re.compile(r"^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$")
_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def split_header(text: str, source: str) -> tuple[dict[str, object], str]:
    """Return (metadata with canonical keys, body). No header gives ({}, text)."""
    stripped = text.lstrip("\ufeff")
    front = _FRONT.match(stripped)
    if front:
        return _yaml_header(front.group(1), source), stripped[front.end():]
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
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(source, "malformed",
                         f"{source}: the front matter between --- lines is not a list of "
                         "`key: value` pairs; fix it or remove the --- lines")
    return canonical(data)


def _plain_header(text: str) -> tuple[dict[str, object], str]:
    lines = text.split("\n")
    fields: dict[str, str] = {}
    used = 0
    for line in lines:
        match = _KEY_LINE.match(line)
        if not match or match.group(1).lower() not in ALIASES:
            break
        fields.setdefault(match.group(1), _unquote(match.group(2)))
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
