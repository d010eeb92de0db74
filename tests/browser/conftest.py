"""Browser fixtures: Debian's Chromium driven by Playwright, against the built site on 127.0.0.1."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tools.serve import serve
from tools.sitebuild import Build

CHROMIUM = Path(os.environ.get("HANDBOOK_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
INSTALL_HINT = ("Chromium is not installed, so the browser tests cannot run. Install it with "
                "`sudo apt-get install -y chromium` (Debian/Ubuntu), or run `bash scripts/test.sh`, "
                "which installs it for you.")


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists() and not shutil.which("chromium"):
        if os.environ.get("CI"):
            pytest.fail(INSTALL_HINT)  # in CI the browser tests must run
        pytest.skip(INSTALL_HINT)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def base_url(site: Build) -> Iterator[str]:
    with serve(site.site) as url:
        yield url


def all_pages(site: Build) -> list[str]:
    """Every built HTML page, as a path relative to the site root ('' for the home page)."""
    pages = []
    for path in sorted(site.site.rglob("*.html")):
        relative = path.relative_to(site.site).as_posix()
        if relative.startswith(("assets/", "search/")):
            continue
        pages.append(relative.removesuffix("index.html"))
    return pages


# A page is ready when it has loaded and its search button works (search-ui.js marks that last).
# A state to wait for, not a time: "networkidle" waits half a second more on every page.
PAGE_READY = """() => document.readyState === "complete" && (
    !document.querySelector("[data-handbook-search]")
    || document.querySelector("[data-handbook-search]").dataset.ready === "true")"""


def open_page(page: object, url: str) -> None:
    """Go to `url`, wait until the page is ready (PAGE_READY), then for two frames to be drawn:
    the theme sizes its sidebars in the next animation frame after its script runs."""
    page.goto(url)
    page.wait_for_function(PAGE_READY)
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")

