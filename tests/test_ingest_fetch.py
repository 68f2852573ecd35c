"""URL inputs against a local HTTP server on 127.0.0.1 (the network itself is blocked in tests)."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from xsource.errors import InputError
from xsource.ingest import ingest, iter_ingest
from xsource.ingest.fetch import fetch
from xsource.records import Article, Skipped

PAGE = """<!doctype html><html lang="en"><head><title>Deportations begin | Dawn</title>
<meta property="og:site_name" content="Dawn"><meta property="og:title" content="Deportations begin">
<meta property="article:published_time" content="2023-11-02T08:00:00+05:00"></head>
<body><article><h1>Deportations begin</h1>
<p>Pakistan began deporting undocumented Afghans on Wednesday after the October 31 deadline.</p>
<p>Officials said about 1.7 million Afghans lacked papers.</p></article></body></html>"""

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Dawn - Pakistan</title>
<item><title>Torkham crowded</title><link>http://example.org/torkham</link>
<pubDate>Fri, 03 Nov 2023 10:00:00 GMT</pubDate>
<description>Thousands of families waited at Torkham.</description></item></channel></rss>"""

DARI = "اخراج مهاجرین افغان از پاکستان ادامه دارد و هزاران خانواده به تورخم رسیدند."

ROUTES = {
    "/news/1786014": (200, "text/html; charset=utf-8", PAGE.encode()),
    "/feed": (200, "application/rss+xml", FEED.encode()),
    "/feed-as-html": (200, "text/html", FEED.encode()),  # servers often mislabel feeds
    "/dari.txt": (200, "text/plain; charset=windows-1256",
                  DARI.replace("ی", "ي").replace("ک", "ك").encode("cp1256")),
    "/image": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64),
    "/big": (200, "text/html", b"<html><body>" + b"x" * 4096 + b"</body></html>"),
    "/empty": (200, "text/html", b""),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server API)
        if self.path == "/slow":
            time.sleep(1.5)
        status, ctype, body = ROUTES.get(self.path, (404, "text/html", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_article_page_url(server):
    url = f"{server}/news/1786014"
    article = ingest([url]).articles[0]
    assert (article.title, article.outlet, article.date, article.url, article.format, article.path) == (
        "Deportations begin", "Dawn", "2023-11-02", url, "html", url)
    assert article.text.startswith("Pakistan began deporting undocumented Afghans")
    assert article.encoding == "utf-8"


@pytest.mark.parametrize("route", ["/feed", "/feed-as-html"])
def test_feed_url_by_content_type_or_sniffing(server, route):
    article = ingest([f"{server}{route}"]).articles[0]
    assert (article.title, article.outlet, article.format, article.date, article.url) == (
        "Torkham crowded", "Dawn - Pakistan", "feed", "2023-11-03", "http://example.org/torkham")
    assert article.text == "Thousands of families waited at Torkham."


def test_declared_charset_is_used_and_outlet_is_the_host(server):
    article = ingest([f"{server}/dari.txt"]).articles[0]
    assert article.encoding == "cp1256"
    assert article.outlet == "127.0.0.1"
    assert article.text == DARI.replace("ی", "ي").replace("ک", "ك")


def test_http_errors_are_skipped_and_other_inputs_kept(server, tmp_path):
    local = tmp_path / "a.txt"
    local.write_text("A local article survives.")
    events = list(iter_ingest([f"{server}/missing", f"{server}/image", f"{server}/empty", str(local)]))
    assert events[:3] == [
        Skipped(f"{server}/missing", "fetch",
                f"{server}/missing: the server answered HTTP 404 Not Found; check the URL in a browser"),
        Skipped(f"{server}/image", "binary",
                f"{server}/image: is a PNG image, not text; ingest text, HTML, JSON or feed files only"),
        Skipped(f"{server}/empty", "empty",
                f"{server}/empty: the server sent an empty page; check the URL"),
    ]
    assert isinstance(events[3], Article) and events[3].text == "A local article survives."


def test_size_cap(server):
    with pytest.raises(InputError) as info:
        fetch(f"{server}/big", max_bytes=2048)
    assert info.value.reason == "too-large"
    assert str(info.value) == (f"{server}/big: is larger than the 2 KB limit for one page; "
                               "save the article text and ingest the file")


def test_timeout(server):
    with pytest.raises(InputError) as info:
        fetch(f"{server}/slow", timeout=0.2)
    assert str(info.value) == (f"{server}/slow: no answer within 0.2 s; try again later or save "
                               "the page and ingest the file")


def test_connection_refused():
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(InputError) as info:
        fetch(f"http://127.0.0.1:{port}/x", timeout=2)
    assert str(info.value) == (f"http://127.0.0.1:{port}/x: cannot connect (Connection refused); "
                               "check the address and your network")
