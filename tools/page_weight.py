"""What a page makes a reader download before it works: its own CSS and JavaScript.

Shared by the phone benchmark (benchmarks/bench_phone.py) and the site test that holds every
page to the limit. Sizes are gzip-compressed, as a host sends them; the search index is not
counted, because it loads only when a reader searches.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

LIMIT_BYTES = 150_000  # a page's own CSS and JavaScript, compressed
ASSET = re.compile(r'<(?:script[^>]+src|link[^>]+rel="stylesheet"[^>]+href)="([^"]+)"')


def assets(site: Path, page: str) -> list[Path]:
    """The CSS and JavaScript files a built page loads from this site ('' is the home page)."""
    html = (site / page / "index.html").read_text(encoding="utf-8")
    found = []
    for reference in dict.fromkeys(ASSET.findall(html)):
        if reference.startswith(("http:", "https:", "//", "data:")):
            continue
        path = (site / page / reference.split("?")[0]).resolve()
        if path.is_file():
            found.append(path)
    return found


def compressed(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), 9))


def asset_bytes(site: Path, page: str) -> int:
    """A page's own CSS and JavaScript, gzip-compressed as a host would send them."""
    return sum(compressed(path) for path in assets(site, page))
