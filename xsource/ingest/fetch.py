"""Fetching `http(s)://` inputs: one GET with a timeout and a size cap, nothing else.

The response is handed back as bytes plus the server's content type and charset; whether it
is an article page or a feed is decided by `format_for`, from the content type first and the
first bytes when the type is generic (many servers send feeds as text/html or text/plain).
"""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message

from xsource.errors import InputError

TIMEOUT_S = 20
MAX_BYTES = 10 * 1024 * 1024
USER_AGENT = "xsource/0.1 (news-desk comparison tool; +https://example.invalid/xsource)"

_TYPES = {
    "application/rss+xml": "feed", "application/atom+xml": "feed", "application/rdf+xml": "feed",
    "application/feed+json": "json", "application/json": "json", "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl", "text/csv": "csv", "text/markdown": "md",
}


@dataclass(frozen=True)
class Fetched:
    url: str  # final URL after redirects
    data: bytes
    content_type: str  # e.g. text/html
    charset: str | None


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def fetch(url: str, *, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES) -> Fetched:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,
                                                   "Accept": "text/html,application/xhtml+xml,"
                                                             "application/rss+xml,application/"
                                                             "atom+xml,*/*;q=0.5"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise _too_large(url, max_bytes)
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise _too_large(url, max_bytes)
            headers: Message = response.headers
            return Fetched(url=response.geturl() or url, data=data,
                           content_type=headers.get_content_type(),
                           charset=headers.get_content_charset())
    except urllib.error.HTTPError as exc:
        raise InputError(url, "fetch", f"{url}: the server answered HTTP {exc.code} {exc.reason}; "
                                       "check the URL in a browser") from None
    except (TimeoutError, socket.timeout):
        raise InputError(url, "fetch", f"{url}: no answer within {timeout:g} s; try again later "
                                       "or save the page and ingest the file") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise InputError(url, "fetch", f"{url}: no answer within {timeout:g} s; try again "
                                           "later or save the page and ingest the file") from None
        raise InputError(url, "fetch", f"{url}: cannot connect ({_reason_text(reason)}); check "
                                       "the address and your network") from None
    except (ValueError, OSError) as exc:
        raise InputError(url, "fetch", f"{url}: cannot fetch ({_reason_text(exc)}); check the "
                                       "address") from None


def format_for(fetched: Fetched, text: str) -> str:
    """Page or feed (or JSON/CSV/text): content type first, then what the body looks like."""
    from xsource.ingest.web import looks_like_feed, looks_like_html

    by_type = _TYPES.get(fetched.content_type)
    if by_type:
        return by_type
    if looks_like_feed(text):
        return "feed"
    if fetched.content_type in ("text/html", "application/xhtml+xml") or looks_like_html(text):
        return "html"
    return "txt"


def _too_large(url: str, max_bytes: int) -> InputError:
    size = f"{max_bytes / 2**20:g} MB" if max_bytes >= 2**20 else f"{max_bytes / 1024:g} KB"
    return InputError(url, "too-large", f"{url}: is larger than the {size} limit for one page; "
                                        "save the article text and ingest the file")


def _reason_text(reason: object) -> str:
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason) or type(reason).__name__
