"""Take screenshots of key pages at desktop and phone widths, for the README and for review.

Usage: .venv/bin/python scripts/screenshots.py [SITE_DIR] [OUT_DIR]
Builds nothing: point it at a built site (default: site/, made by `bash scripts/build.sh`).
Writes PNGs to .github/screenshots/ by default. Needs Debian's chromium.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tools.serve import serve  # noqa: E402

PAGES = {"home": "", "chapter": "when-things-go-wrong/", "accounts": "accounts/#service-libraries",
         "accounts-cy": "cy/accounts/"}
WIDTHS = {"desktop": (1280, 900), "phone": (375, 740)}
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def main(site: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with serve(site) as base:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            for width_name, (width, height) in WIDTHS.items():
                page = browser.new_page(viewport={"width": width, "height": height})
                for name, path in PAGES.items():
                    page.goto(base + path)
                    page.wait_for_load_state("networkidle")
                    page.screenshot(path=str(out / f"{name}-{width_name}.png"))
                    print(f"wrote {out / f'{name}-{width_name}.png'}")
                page.close()
            browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "site"), Path(sys.argv[2] if len(sys.argv) > 2 else ".github/screenshots"))
