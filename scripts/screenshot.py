#!/usr/bin/env python3
"""Render an article's review page and photograph it in headless Chromium.

    .venv/bin/python scripts/screenshot.py                       # fixtures/hoang-mai-2023.txt -> docs/img/review.png
    .venv/bin/python scripts/screenshot.py ARTICLE -o out.png --html out.html --size 1400x1000

Uses Debian's ``chromium`` (``bash scripts/setup_browser.sh`` installs it); no driver, no network.
The helpers here (``find_chromium``, ``dump_dom``, ``screenshot``) are also used by
``tests/test_browser.py``.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio")


def find_chromium() -> str | None:
    """Path of a Chromium executable, or None. ``$CHROMIUM`` wins when set."""
    env = os.environ.get("CHROMIUM")
    if env and Path(env).is_file():
        return env
    for c in CANDIDATES:
        if Path(c).is_file() and os.access(c, os.X_OK):
            return c
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _run(args: list[str], timeout: float) -> subprocess.CompletedProcess:
    exe = find_chromium()
    if exe is None:
        raise FileNotFoundError("no chromium found (run: bash scripts/setup_browser.sh)")
    with tempfile.TemporaryDirectory(prefix="vnr-chromium-") as profile:
        cmd = [exe, *FLAGS, f"--user-data-dir={profile}", *args]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                              env={**os.environ, "HOME": profile})


def dump_dom(html_path: Path, *, fragment: str = "", timeout: float = 120) -> str:
    """The DOM of ``html_path`` after Chromium loaded it and ran its scripts (``--dump-dom``).

    ``fragment`` is appended to the URL as ``#fragment`` (the page then marks that record)."""
    url = Path(html_path).resolve().as_uri() + (f"#{fragment}" if fragment else "")
    proc = _run(["--virtual-time-budget=2000", "--dump-dom", url], timeout)
    if proc.returncode != 0 or not proc.stdout.strip():
        raise RuntimeError(f"chromium --dump-dom failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return proc.stdout


def screenshot(html_path: Path, png: Path, *, size: tuple[int, int] = (1400, 1000), timeout: float = 120) -> Path:
    """Photograph ``html_path`` into ``png`` at ``size`` (width, height) pixels."""
    png = Path(png).resolve()
    png.parent.mkdir(parents=True, exist_ok=True)
    if png.exists():
        png.unlink()
    proc = _run([f"--screenshot={png}", f"--window-size={size[0]},{size[1]}", "--virtual-time-budget=2000",
                 Path(html_path).resolve().as_uri()], timeout)
    if not png.is_file() or png.stat().st_size == 0:
        raise RuntimeError(f"chromium --screenshot wrote nothing ({proc.returncode}): {proc.stderr[-2000:]}")
    return png


def _published_for(article: Path) -> str | None:
    table = article.parent / "published.json"
    if table.is_file():
        return json.loads(table.read_text(encoding="utf-8")).get(article.stem)
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("article", nargs="?", default=str(ROOT / "fixtures" / "hoang-mai-2023.txt"))
    ap.add_argument("-o", "--output", default=str(ROOT / "docs" / "img" / "review.png"), help="PNG to write")
    ap.add_argument("--html", help="also keep the HTML page here")
    ap.add_argument("--published", help="YYYY-MM-DD (default: from published.json beside the article)")
    ap.add_argument("--size", default="1400x1000", help="window WIDTHxHEIGHT")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(ROOT / "src"))
    from vnreport_extract import extract
    from vnreport_extract.review import render

    article_path = Path(args.article)
    published = args.published or _published_for(article_path)
    article = extract(article_path.read_bytes(), source=str(article_path), published=published)
    width, height = (int(x) for x in args.size.lower().split("x"))
    with tempfile.TemporaryDirectory(prefix="vnr-review-") as tmp:
        page = Path(args.html) if args.html else Path(tmp) / f"{article_path.stem}.review.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(render(article), encoding="utf-8")
        png = screenshot(page, Path(args.output), size=(width, height))
    print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
