"""Drive the site search in Chromium: serve a built site, ask a question, read the results.

Shared by the search benchmark and the browser tests, so both use the search the way a reader
does (the header button, the dialog, the result list), and neither imports the other.
"""

from __future__ import annotations

import gzip
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tools.serve import serve  # noqa: F401  (benchmarks import it from here)

CHROMIUM = Path(os.environ.get("HANDBOOK_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
RESULT_LINKS = ".handbook-search__result > a"
_PAGEFIND_DATA = (".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter", ".pagefind")


@dataclass(frozen=True)
class Result:
    href: str  # absolute address of the result's best section
    page: str  # the page's slug: "faqs", "accounts"; "" for the home page (language folder removed)


def launch(playwright: Any) -> Any:
    """Debian's Chromium, headless (never `playwright install`)."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)


def open_search(page: Any) -> None:
    """Open the search dialog with the keyboard shortcut, as a reader would."""
    page.locator("body").press("/")
    page.wait_for_selector(".handbook-search__dialog[open]")


def ask(page: Any, query: str, base_url: str, count: int = 3) -> list[Result]:
    """Type `query` into the open search box; the first `count` results once they are shown."""
    page.fill(".handbook-search__input", query)
    # The list says which query it shows; a busy machine may take a while to load the index first.
    page.wait_for_function("(query) => document.querySelector('.handbook-search__results').dataset.query"
                           " === query", arg=query, timeout=60_000)
    hrefs = page.eval_on_selector_all(RESULT_LINKS, f"links => links.slice(0, {count}).map(l => l.href)")
    return [Result(href, _slug(href, base_url)) for href in hrefs]


def _slug(href: str, base_url: str) -> str:
    parts = href.removeprefix(base_url).split("#")[0].split("?")[0].strip("/").split("/")
    if parts[0] == "cy":
        parts = parts[1:]
    return parts[0] if parts else ""


@dataclass(frozen=True)
class Download:
    files: int
    bytes: int  # as served here, with no compression
    gzip_bytes: int  # if the host compresses JavaScript and JSON (Pagefind's own files are gzip already)
    largest: tuple[str, int]


def first_query_download(browser: Any, base_url: str, query: str, path: str = "") -> Download:
    """What a reader's browser fetches, from opening the search to seeing the first results."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + path)
    page.wait_for_load_state("networkidle")
    responses: list[Any] = []
    context.on("response", lambda response: responses.append(response))
    open_search(page)
    ask(page, query, base_url)
    page.wait_for_load_state("networkidle")
    bodies = {response.url.removeprefix(base_url): response.body() for response in responses
              if response.ok and response.request.method == "GET"}
    context.close()
    # Pagefind's index files and WebAssembly are gzip already; a host may compress the rest.
    squeezed = sum(len(body) if url.split("?")[0].endswith(_PAGEFIND_DATA) else len(gzip.compress(body))
                   for url, body in bodies.items())
    largest = max(bodies.items(), key=lambda item: len(item[1]))
    total = sum(len(body) for body in bodies.values())
    return Download(len(bodies), total, squeezed, (largest[0], len(largest[1])))
