"""Data values placed into Markdown as plain text: shown exactly, never read as markup."""

from __future__ import annotations

import html
import re
from urllib.parse import quote

from markupsafe import Markup, escape

# Every character Markdown (and its extensions here: attr_list, keys, tables) could treat as syntax.
_MARKDOWN_SYNTAX = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")


def plain_text(value: str) -> str:
    """`value` escaped for HTML, then for Markdown, so a name like '[x](javascript:...)' stays text."""
    return _MARKDOWN_SYNTAX.sub(r"\\\1", html.escape(value, quote=False))


# What an address may keep as it is inside a Markdown link's (...): the RFC 3986 characters that
# cannot end the link or start Markdown, and % so that an address already encoded stays as it is.
_URL_SAFE = ":/?#@!$&+,;=%~-._"


def markdown_url(url: str) -> str:
    """A checked web address for a page's Markdown link, [words]({{ org.repo_url }}): percent-encoded
    beyond the characters above, so no value can close the link or open another."""
    return quote(url, safe=_URL_SAFE)


# After escaping, '&' is '&amp;' and no other of these characters appears in an entity.
_TOKEN_END = re.compile(r"(?<=.[./@_?=-])|(?<=.&amp;)")


def between_tokens(text: str) -> Markup:
    """`text`, escaped, with line-break chances (<wbr>) only after . / @ _ - ? = &, never inside a word."""
    return Markup(_TOKEN_END.sub("<wbr>", str(escape(text))))
