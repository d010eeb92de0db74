"""Advice that applies only to Welsh public bodies, left out of an English-only edition (welsh: false).

One marker in a page's Markdown, `{.welsh-only}`, at the end of a line:

- a heading (also inside its own attributes, `{#welsh-language .welsh-only}`): the whole section,
  down to the next heading of the same or a higher level;
- the first line of a list item: the item, with its indented lines;
- the last line of a paragraph: the paragraph.

A page whose front matter says `welsh_only: true` is left out whole, with its place in the
navigation. While Welsh is on, the markers are taken out and everything stays.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

MARKER = ".welsh-only"
TRAILING_ATTRIBUTES = re.compile(r"\s*\{\s*([^{}]*?)\s*\}\s*$")
HEADING = re.compile(r"^(#{1,6})\s")
LIST_ITEM = re.compile(r"^(\s*)(?:[-*+]|\d+[.)])\s")
FENCE = re.compile(r"^\s*(```|~~~)")


def unmarked(line: str) -> str | None:
    """The line without its marker, or None if it has no marker."""
    match = TRAILING_ATTRIBUTES.search(line)
    if not match or MARKER not in match.group(1).split():
        return None
    rest = [part for part in match.group(1).split() if part != MARKER]
    return line[:match.start()] + (" {" + " ".join(rest) + "}" if rest else "")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def edition_markdown(markdown: str, *, welsh: bool) -> str:
    """The page's Markdown for this edition: marked parts kept without their marker, or left out."""
    lines = markdown.split("\n")
    kept: list[str] = []
    index, fenced = 0, False
    while index < len(lines):
        line = lines[index]
        if FENCE.match(line):
            fenced = not fenced
        plain = None if fenced else unmarked(line)
        if plain is None or welsh:
            kept.append(line if plain is None else plain)
            index += 1
            continue
        heading, item = HEADING.match(line), LIST_ITEM.match(line)
        index += 1
        if heading:  # to the next heading of the same or a higher level
            level = len(heading.group(1))
            while index < len(lines) and not ((next_heading := HEADING.match(lines[index]))
                                              and len(next_heading.group(1)) <= level):
                index += 1
        elif item:  # with its indented lines, and the blank lines inside it
            indent = _indent(line)
            while index < len(lines):
                following = next((text for text in lines[index:] if text.strip()), "")
                if lines[index].strip() and _indent(lines[index]) <= indent:
                    break
                if not lines[index].strip() and (not following or _indent(following) <= indent):
                    break
                index += 1
        else:  # the paragraph this line ends
            while kept and kept[-1].strip():
                kept.pop()
    return "\n".join(kept)


def without_pages(nav: Any, pages: Collection[str]) -> Any:
    """The navigation (mkdocs.yml's nav: lists of titles and paths) without the given pages."""
    if isinstance(nav, list):
        items = [without_pages(item, pages) for item in nav]
        return [item for item in items if item not in (None, [], {})]
    if isinstance(nav, dict):
        kept = {title: without_pages(value, pages) for title, value in nav.items()}
        return {title: value for title, value in kept.items() if value not in (None, [], {})} or None
    return None if nav in pages else nav
