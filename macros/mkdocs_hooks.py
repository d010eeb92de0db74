"""MkDocs hooks (listed under `hooks:` in mkdocs.yml): put listings into pages after Markdown."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# MkDocs loads this file by path; make the `macros` package importable so that this hook and
# the macros plugin share one copy of the adapter (and its stored listings).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from macros.mkdocs_adapter import insert_listings  # noqa: E402


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    return insert_listings(html)
