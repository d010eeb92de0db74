"""Keep published addresses working: the list of every URL the site has published, and a check
that each one still exists in a new build, as a page or as a redirect.

Usage: python -m macros.published refresh SITE_DIR   (after adding pages on purpose)
       python -m macros.published check SITE_DIR
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

LIST = Path("data/published-urls.txt")
HEADER = ("# Every address the handbook has published. A test fails if a new build loses one.\n"
          "# Renamed a page? Add the old address to redirect_maps in mkdocs.yml, do not delete it here.\n"
          "# Added pages? Run: .venv/bin/python -m macros.published refresh site\n")


def site_urls(site_dir: Path) -> set[str]:
    """Addresses of every page in a built site, as '/', '/faqs/', '/cy/accounts/'."""
    urls = set()
    for page in site_dir.rglob("index.html"):
        relative = page.parent.relative_to(site_dir).as_posix()
        if relative.startswith(("assets", "search")):
            continue
        urls.add("/" if relative == "." else f"/{relative}/")
    return urls


def read_list(path: Path) -> set[str]:
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def missing(published: set[str], site_dir: Path) -> list[str]:
    return sorted(published - site_urls(site_dir))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m macros.published", description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["refresh", "check"])
    parser.add_argument("site", type=Path)
    parser.add_argument("--root", type=Path, default=Path("."))
    args = parser.parse_args(argv)
    target = args.root / LIST
    published = read_list(target)
    lost = missing(published, args.site)
    if args.action == "check":
        for url in lost:
            print(f"{LIST}: {url}: this published address is missing from the new build. "
                  "Add a redirect from it in mkdocs.yml (redirect_maps).", file=sys.stderr)
        return 1 if lost else 0
    if lost:
        print(f"Not refreshed: {len(lost)} published addresses would be dropped: {', '.join(lost)}. "
              "Add redirects for them first.", file=sys.stderr)
        return 1
    urls = sorted(published | site_urls(args.site))
    target.write_text(HEADER + "\n".join(urls) + "\n", encoding="utf-8")
    print(f"Wrote {len(urls)} addresses to {LIST}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
