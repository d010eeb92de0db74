"""How long a reader on a slow phone connection waits, page by page (issue 20).

For every page of a built site (English and Welsh; one service page stands for all of them), in
Chromium with the network throttled to 1.6 Mbit/s down, 750 kbit/s up and 150 ms latency:
- its own CSS and JavaScript, compressed as a host would send them (the search index is not
  counted: it loads only when a reader searches);
- time to interactive: from starting to load the page until the header's search button opens the
  search dialog and the menu button opens the menu (measured by pressing them, not by a timer).
Aims: at most 150 KB of CSS and JavaScript per page; interactive within 2 s on every page.

Usage: .venv/bin/python benchmarks/bench_phone.py [--site DIR] [--pages N]
With no --site the handbook is built first (no PDFs).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.page_weight import LIMIT_BYTES, asset_bytes  # noqa: E402
from tools.search_browser import launch, serve  # noqa: E402
from tools.sitebuild import ROOT, build  # noqa: E402

LIMIT_SECONDS = 2.0
THROTTLE = {"offline": False, "latency": 150, "downloadThroughput": 1_600_000 / 8,
            "uploadThroughput": 750_000 / 8}
PHONE = {"width": 390, "height": 844}


@dataclass(frozen=True)
class PageCost:
    path: str
    assets: int  # bytes of CSS and JavaScript, compressed
    interactive: float  # seconds


def page_paths(site: Path) -> list[str]:
    """Every content page, with one service page standing in for the others in each language."""
    paths, seen_service = [], set()
    for path in sorted(site.rglob("index.html")):
        relative = path.parent.relative_to(site).as_posix()
        relative = "" if relative == "." else relative + "/"
        if relative.split("/")[0] in ("assets", "pagefind", "pagefind-accounts", "lookup", "search"):
            continue
        if b"md-content__inner" not in path.read_bytes():
            continue  # a redirect
        parts = relative.split("/")
        service_folder = parts[1] if parts[0] == "cy" else parts[0]
        if service_folder == "accounts" and len([p for p in parts if p]) > (2 if parts[0] == "cy" else 1):
            language = parts[0] == "cy"
            if language in seen_service:
                continue
            seen_service.add(language)
        paths.append(relative)
    return paths


def time_to_interactive(browser, url: str) -> float:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    session = context.new_cdp_session(page)
    session.send("Network.enable")
    session.send("Network.setCacheDisabled", {"cacheDisabled": True})
    session.send("Network.emulateNetworkConditions", THROTTLE)
    start = time.perf_counter()
    page.goto(url, wait_until="commit")
    # The search dialog opens once the search script has run: press the button until it does.
    page.wait_for_function("""() => {
        const button = document.querySelector('.handbook-search__open');
        if (!button) return false;
        button.click();
        return !!document.querySelector('.handbook-search__dialog[open]');
    }""", polling=50, timeout=120_000)  # (search-ui.js also marks itself data-ready)
    page.keyboard.press("Escape")
    page.wait_for_function("() => { const t = document.querySelector('label[for=__drawer]'); "
                           "if (!t) return false; t.click(); return document.querySelector('#__drawer').checked; }",
                           polling=50, timeout=120_000)
    seconds = time.perf_counter() - start
    context.close()
    return seconds


def measure(site: Path, limit: int | None = None) -> list[PageCost]:
    from playwright.sync_api import sync_playwright

    paths = page_paths(site)[:limit]
    costs = []
    with serve(site) as base_url, sync_playwright() as playwright:
        browser = launch(playwright)
        for path in paths:
            costs.append(PageCost(path, asset_bytes(site, path), time_to_interactive(browser, base_url + path)))
        browser.close()
    return costs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build the handbook now)")
    parser.add_argument("--pages", type=int, help="only the first N pages")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-phone-") as temp:
        site = args.site
        if site is None:
            built = build(ROOT, Path(temp) / "site", env={"HANDBOOK_PDF": "false"})
            if built.returncode:
                print(built.output, file=sys.stderr)
                return 1
            site = built.site
        costs = measure(site, args.pages)
    for cost in costs:
        flag = " OVER" if cost.assets > LIMIT_BYTES or cost.interactive > LIMIT_SECONDS else ""
        print(f"/{cost.path:<48} CSS+JS {cost.assets / 1000:7.1f} KB  interactive {cost.interactive:5.2f} s{flag}")
    heaviest = max(costs, key=lambda cost: cost.assets)
    slowest = max(costs, key=lambda cost: cost.interactive)
    print(f"\n{len(costs)} pages. Heaviest: /{heaviest.path} {heaviest.assets / 1000:.1f} KB of CSS and JavaScript "
          f"(aim {LIMIT_BYTES / 1000:.0f} KB). Slowest: /{slowest.path} interactive in {slowest.interactive:.2f} s "
          f"at 1.6 Mbit/s and 150 ms (aim {LIMIT_SECONDS:.0f} s).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
