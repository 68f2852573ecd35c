"""Headless Chromium for the HTML report: a screenshot for humans, the rendered DOM for tests.

    python -m xsource.report.screenshot out/report.html out/report.png [--width 1280] [--height 4000]

Chromium runs with a throw-away profile and every background service off, so opening a report
makes no request of its own.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from xsource.errors import ReportError

FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--mute-audio",
)
CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
TIMEOUT = 60


def find_chromium() -> str | None:
    """The browser to use: $CHROMIUM if set, else the first of the usual names on PATH."""
    explicit = os.environ.get("CHROMIUM")
    if explicit:
        return explicit if shutil.which(explicit) else None
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def run_chromium(args: list[str], *, extra_flags: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    browser = find_chromium()
    if browser is None:
        raise ReportError("chromium not found; install it (Debian: apt-get install chromium "
                          "fonts-noto-core) or set CHROMIUM=/path/to/browser")
    with tempfile.TemporaryDirectory(prefix="xsource-chromium-") as profile:
        cmd = [browser, *FLAGS, f"--user-data-dir={profile}", *extra_flags, *args]
        try:
            return subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT,
                                  check=False)
        except subprocess.TimeoutExpired:
            raise ReportError(f"chromium did not finish within {TIMEOUT}s: {' '.join(cmd)}") from None


def dump_dom(html_path: Path, *, fragment: str = "", extra_flags: tuple[str, ...] = ()) -> str:
    """The page's DOM after its scripts ran, as Chromium serialises it (`fragment`: the part
    after "#" in the address, e.g. "kind=date" for a filtered report)."""
    url = Path(html_path).resolve().as_uri() + (f"#{fragment}" if fragment else "")
    done = run_chromium(["--virtual-time-budget=5000", "--dump-dom", url], extra_flags=extra_flags)
    if done.returncode != 0 or not done.stdout.strip():
        raise ReportError(f"chromium could not open {html_path} (exit {done.returncode}): "
                          f"{done.stderr.strip().splitlines()[-1:] or ''}")
    return done.stdout


def screenshot(html_path: Path, png_path: Path, *, width: int = 1280, height: int = 4000) -> Path:
    html_path, png_path = Path(html_path), Path(png_path)
    if not html_path.is_file():
        raise ReportError(f"{html_path}: no such file; write it first with "
                          f"`xsource compare ... --out {html_path}`")
    png_path.parent.mkdir(parents=True, exist_ok=True)
    done = run_chromium([f"--window-size={width},{height}", "--virtual-time-budget=5000",
                         f"--screenshot={png_path.resolve()}", html_path.resolve().as_uri()])
    if done.returncode != 0 or not png_path.is_file():
        raise ReportError(f"chromium could not screenshot {html_path} (exit {done.returncode})")
    return png_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m xsource.report.screenshot",
                                     description="Screenshot an xsource HTML report.")
    parser.add_argument("html", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=4000)
    ns = parser.parse_args(argv)
    try:
        out = screenshot(ns.html, ns.png, width=ns.width, height=ns.height)
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
