"""Keep published addresses working: the list of every URL the site has published, and a check
that each one still exists in a new build, as a page or as a redirect. Reads the built site.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..core.problems import utf8_text

LIST = Path("data/published-urls.txt")
# Each service's page is made from the registry: it comes and goes with the service's file.
GENERATED = re.compile(r"(cy/)?accounts/[^/]+")
HEADER = ("# Every address the handbook has published. A test fails if a new build loses one.\n"
          "# Renamed a page? Add the old address to redirect_maps in mkdocs.yml, do not delete it here.\n"
          "# Added pages? Run: .venv/bin/python -m macros published refresh site\n")


def site_urls(site_dir: Path) -> set[str]:
    """Addresses of every page in a built site, as '/', '/faqs/', '/cy/accounts/'."""
    urls = set()
    for page in site_dir.rglob("index.html"):
        relative = page.parent.relative_to(site_dir).as_posix()
        if relative.startswith(("assets", "search", "pagefind")) or GENERATED.fullmatch(relative):
            continue
        urls.add("/" if relative == "." else f"/{relative}/")
    return urls


def read_list(path: Path) -> set[str]:
    """The addresses in the list. Raises DataError if it is not UTF-8 text."""
    raw = path.read_bytes() if path.is_file() else b""
    text = utf8_text(raw, LIST.as_posix(), "the file is not valid UTF-8 text", "Save the file as UTF-8.")
    return {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}


def missing(published: set[str], site_dir: Path) -> list[str]:
    return sorted(published - site_urls(site_dir))
