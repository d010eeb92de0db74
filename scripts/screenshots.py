"""Take screenshots of key pages at desktop and phone widths, for the README and for review.

Usage: .venv/bin/python scripts/screenshots.py [SITE_DIR] [OUT_DIR]
Builds nothing: point it at a built site (default: site/). Needs Debian's chromium.
"""

from __future__ import annotations

import functools
import http.server
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

PAGES = {"home": "", "chapter": "abuse-response-plan/", "accounts": "accounts/", "accounts-cy": "cy/accounts/"}
WIDTHS = {"desktop": (1280, 900), "phone": (375, 740)}
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def main(site: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            for width_name, (width, height) in WIDTHS.items():
                page = browser.new_page(viewport={"width": width, "height": height})
                for name, path in PAGES.items():
                    page.goto(base + path)
                    page.screenshot(path=str(out / f"{name}-{width_name}.png"))
                page.close()
            browser.close()
    finally:
        server.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "site"), Path(sys.argv[2] if len(sys.argv) > 2 else "docs/assets/screenshots"))
