"""MkDocs hooks (listed under `hooks:` in mkdocs.yml): put each listing into its page after Markdown.

A macro leaves a one-line placeholder and keeps the HTML on the page object; here the page's
HTML gets it back. Markdown never re-parses a 10,000-row listing, and nothing is kept between
pages or builds. This file imports nothing from the handbook, so MkDocs can load it by path.
"""

from __future__ import annotations

import re
from typing import Any

FRAGMENTS = "handbook_fragments"  # the attribute on a page that holds its listings, by number
PLACEHOLDER = re.compile(r'<(div|span) data-handbook-fragment="(\d+)"></\1>')


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    fragments: dict[str, str] = getattr(page, FRAGMENTS, None) or {}
    return PLACEHOLDER.sub(lambda match: fragments[match.group(2)], html) if fragments else html
