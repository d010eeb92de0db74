"""Data values placed into Markdown as plain text: shown exactly, never read as markup."""

from __future__ import annotations

import html
import re

from markupsafe import Markup, escape

# Every character Markdown (and its extensions here: attr_list, keys, tables) could treat as syntax.
_MARKDOWN_SYNTAX = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")


def plain_text(value: str) -> str:
    """`value` escaped for HTML, then for Markdown, so a name like '[x](javascript:...)' stays text."""
    return _MARKDOWN_SYNTAX.sub(r"\\\1", html.escape(value, quote=False))


_TOKEN_END = re.compile(r"(?<=.[./@_?=&-])")


def between_tokens(text: str) -> Markup:
    """`text`, escaped, with line-break chances (<wbr>) only after . / @ _ - ? = &, never inside a word."""
    return Markup("<wbr>").join(escape(part) for part in _TOKEN_END.split(text))
