"""MkDocs hooks (listed under `hooks:` in mkdocs.yml): service pages, and listings put into pages after Markdown.

A macro leaves a one-line placeholder and keeps the HTML on the page object; here the page's
HTML gets it back. Markdown never re-parses a 10,000-row listing, and nothing is kept between
pages or builds. This file imports nothing from the handbook, so MkDocs can load it by path:
the service pages come from the build object the macros plugin holds.
"""

from __future__ import annotations

import re
from typing import Any

from mkdocs.plugins import event_priority

FRAGMENTS = "handbook_fragments"  # the attribute on a page that holds its listings, by number
PLACEHOLDER = re.compile(r'<(div|span) data-handbook-fragment="(\d+)"></\1>')
BUILD = "handbook_build"  # the attribute on the macros plugin that holds this build's HandbookBuild


@event_priority(-200)  # after mkdocs-static-i18n (-100) has chosen this language's files
def on_files(files: Any, config: Any) -> Any:
    build = getattr(config.plugins.get("macros"), BUILD, None)
    if build is None:
        return files
    return build.add_service_pages(build.drop_welsh_only_pages(files), config)


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    fragments: dict[str, str] = getattr(page, FRAGMENTS, None) or {}
    html = PLACEHOLDER.sub(lambda match: fragments[match.group(2)], html) if fragments else html
    build = getattr(config.plugins.get("macros"), BUILD, None)
    return build.finish_page(html) if build is not None else html
