"""The HTML report in a real browser: headless Chromium opens it from disk, its script runs,
the sections render, Urdu/Pashto/Dari are laid out right to left, and the page makes no
request. Skipped when Chromium is missing, except on CI (CI=true), where that is a failure."""

from __future__ import annotations

import os
import socketserver
import subprocess
import sys
import threading
from html.parser import HTMLParser

import pytest

from tests.report_fixtures import EVIL_TEXT, fixture_comparison
from xsource.report import render
from xsource.report.screenshot import dump_dom, find_chromium

if find_chromium() is None:
    if os.environ.get("CI") == "true":
        pytest.fail("chromium is not installed but CI=true: install it (apt-get install chromium "
                    "fonts-noto-core) so the browser test runs", pytrace=False)
    pytest.skip("chromium not installed (apt-get install chromium fonts-noto-core)",
                allow_module_level=True)


class _Body(HTMLParser):
    def __init__(self, html):
        super().__init__()
        self.body: dict[str, str] = {}
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        self.tags.append((tag, attrs))
        if tag == "body":
            self.body = attrs

    def handle_data(self, data):
        self.text.append(data)


class _Recorder(socketserver.ThreadingTCPServer):
    """A loopback 'proxy' that records the first line of every request sent to it."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self):
        self.requests: list[str] = []

        class Handler(socketserver.StreamRequestHandler):
            def handle(inner):
                line = inner.rfile.readline(4096).decode("latin-1").strip()
                if line:
                    self.requests.append(line)
                inner.wfile.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")

        super().__init__(("127.0.0.1", 0), Handler)


# Chromium's own background services (network time, component updater, account check) call
# these hosts whatever page is open, even with the background-networking flags; they are the
# browser's requests, not the page's. Anything else reaching the recorder came from the page.
BROWSER_SERVICES = {"clients2.google.com", "update.googleapis.com", "accounts.google.com",
                    "optimizationguide-pa.googleapis.com", "safebrowsing.googleapis.com",
                    "redirector.gvt1.com", "edgedl.me.gvt1.com"}


def _host(request_line: str) -> str:
    target = request_line.split(" ")[1] if " " in request_line else request_line
    target = target.split("://", 1)[-1]
    return target.split("/", 1)[0].rsplit(":", 1)[0].lower()


def page_requests(recorder) -> list[str]:
    return [line for line in recorder.requests if _host(line) not in BROWSER_SERVICES]


@pytest.fixture
def recorder():
    server = _Recorder()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _through(recorder) -> tuple[str, ...]:
    # Every http(s) request the page could make goes to the recorder instead of the network.
    port = recorder.server_address[1]
    return (f"--proxy-server=http://127.0.0.1:{port}", "--proxy-bypass-list=<-loopback>")


@pytest.fixture(scope="module")
def report_path(tmp_path_factory):
    return render(fixture_comparison(), tmp_path_factory.mktemp("browser") / "report.html")


def test_page_renders_sections_runs_its_script_and_lays_out_rtl(report_path, recorder):
    dom = _Body(dump_dom(report_path, extra_flags=_through(recorder)))
    assert dom.body.get("data-js") == "ran"  # the CSP-hashed script was allowed to run
    assert dom.body.get("data-sections") == "14"  # run header + 7 + 6 story sections
    assert dom.body.get("data-rtl-direction") == "rtl"
    assert dom.body.get("data-rtl-first-char") == "right"  # first letter at the right edge
    assert dom.body.get("data-conflicts-shown") == "5"
    nav = next(a for t, a in dom.tags if t == "nav")
    assert "hidden" not in nav  # filters shown once the script ran
    assert EVIL_TEXT in "".join(dom.text)
    assert [t for t, _ in dom.tags if t in ("img", "iframe", "svg")] == []
    assert page_requests(recorder) == []


@pytest.mark.parametrize("fragment, shown", [
    ("kind=number&outlet=Tolo%20News", "1"),
    ("kind=nonsense&outlet=Tolo%20News", "2"),  # an unknown kind leaves that filter at "all"
])
def test_filters_from_the_address_hide_other_conflicts(report_path, fragment, shown):
    dom = _Body(dump_dom(report_path, fragment=fragment))
    assert dom.body.get("data-conflicts-shown") == shown


def test_the_request_check_sees_a_request_when_there_is_one(tmp_path, recorder):
    # Control: without this check working, "no requests" above would prove nothing.
    leaky = tmp_path / "leaky.html"
    leaky.write_text('<!DOCTYPE html><html><body><img src="http://example.invalid/pixel.png">'
                     "</body></html>", encoding="utf-8")
    dump_dom(leaky, extra_flags=_through(recorder))
    assert [_host(line) for line in page_requests(recorder)] == ["example.invalid"]


def test_screenshot_module_writes_a_png(report_path, tmp_path):
    png = tmp_path / "shots" / "report.png"
    done = subprocess.run([sys.executable, "-m", "xsource.report.screenshot", str(report_path),
                           str(png), "--height", "900"], capture_output=True, text=True, timeout=90)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_screenshot_of_a_missing_file_says_so(tmp_path):
    done = subprocess.run([sys.executable, "-m", "xsource.report.screenshot",
                           str(tmp_path / "none.html"), str(tmp_path / "x.png")],
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 1
    assert done.stderr == (f"error: {tmp_path / 'none.html'}: no such file; write it first with "
                           f"`xsource compare ... --out {tmp_path / 'none.html'}`\n")


@pytest.mark.parametrize("family, file_stem", [
    ("Noto Nastaliq Urdu", "NotoNastaliqUrdu"), ("Noto Naskh Arabic", "NotoNaskhArabic"),
])
def test_fonts_that_shape_urdu_pashto_and_dari_are_installed(family, file_stem):
    # Without them Chromium falls back to a font that may not join Nastaliq/Pashto letters.
    import shutil

    if shutil.which("fc-match") is None:
        pytest.skip("fontconfig's fc-match not found")
    found = subprocess.run(["fc-match", "-f", "%{file}", family], capture_output=True, text=True)
    if file_stem not in found.stdout:
        message = f"{family} not installed (Debian: apt-get install fonts-noto-core)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
