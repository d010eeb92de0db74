"""A fast reader for the plain YAML that registry files and front matter are written in.

Reading a national registry (10,000 accounts) through PyYAML, even with libyaml, spends most of
its time calling back into Python for every value. Nearly every file an editor writes is the
same few shapes: `key: value` lines, indented blocks, lists of `- key: value` entries and
one-line lists such as `[a, b]`. This
reads exactly that, line by line, and gives the same values with the same lines as the careful
reader in safe_yaml.py. Anything else (a quote it cannot be sure of, a comment after a value, a
block of text, a flow map or nested list, anchors, tags, a duplicate key, a mistake) makes it decline:
`parse` returns DECLINED and the careful reader reads the file and reports any problem, with its
line. A test reads every YAML file in the repository and many hostile ones both ways.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import yaml

from .yaml_rules import ALLOWED_SCALAR_TAGS, MAX_DEPTH, MAX_INDENT, STR_TAG, LocatedDict, LocatedList

DECLINED = object()

_RESOLVER = yaml.resolver.Resolver()
# The first characters of text that may be a number, date, true/false or null: any other is text.
_MAY_BE_ANOTHER_TYPE = frozenset(_RESOLVER.yaml_implicit_resolvers) - {None}
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
# Each line: its indentation, an item's dash, a key and its value. Keys are plain words; the value
# is the rest of the line without trailing spaces.
_LINE = re.compile(r"^( *)(-(?: +|$))?(?:([A-Za-z_][A-Za-z0-9_-]*):(?: +|$))?((?:[^\n]*[^ \n])?) *$", re.M)
# Plain text that means only itself: no indicator first, no ': ' or ' #' inside, no tab.
_PLAIN = re.compile(r"[^-?:,\[\]{}#&*!|>'\"%@`\s](?:(?!: | #|:$)[^\t])*")
# Tabs, other line breaks, a byte-order mark, and characters YAML refuses (as PyYAML's reader does).
_UNUSUAL = re.compile("[^\x0A\x20-\x7E\xA0-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD\U00010000-\U0010FFFF]|[\u2028\u2029]")
# One item of a one-line list and what follows it: a comma, or the closing bracket.
_FLOW_ITEM = re.compile(r" *(?P<item>\"[^\"\\]*\"|'[^']*'|[^-?:,\[\]{}#&*!|>'\"%@`\s][^,\[\]{}#:\t]*) *(?P<end>[,\]])")
_QUOTED = re.compile(r"\"[^\"\\]*\"|'[^']*'")


class _Declined(Exception):
    pass


def parse(text: str) -> Any:
    """The file's values, as safe_yaml builds them, or DECLINED."""
    # Every printable character is one YAML allows, and the check in C is quicker than the pattern.
    if not text.replace("\n", "").isprintable() and _UNUSUAL.search(text):
        return DECLINED
    lines = _lines(text)
    if lines is None or not lines or lines[0][2] is not None or lines[0][1] != 0:
        return DECLINED  # nothing, or a document that is not a mapping at the left margin
    reader = _Reader(lines)
    try:
        value = reader.mapping(0, 0)
    except _Declined:
        return DECLINED
    return value if reader.position == len(lines) else DECLINED


def _lines(text: str) -> list[tuple[int, int, int | None, str | None, str]] | None:
    """(line number, column, column of the item's content after a dash or None, key, value)."""
    lines = []
    for number, (indent, dash, key, value) in enumerate(_LINE.findall(text), start=1):
        dash, key = dash or None, key or None  # findall gives "" for a group that did not take part
        if not dash and not key:
            if not value or value[0] == "#":
                continue  # a blank line or a comment
            if value.startswith(("---", "...", "%")):
                return None  # a second document, or a directive
        if len(indent) > MAX_INDENT:
            return None  # the careful reader refuses it as nested too deeply
        content = None
        if dash:
            content = len(indent) + len(dash)
            if not key and not value:
                return None  # a dash with the item on the next lines
        lines.append((number, len(indent), content, key, value))
    return lines


class _Reader:
    def __init__(self, lines: list) -> None:
        self.lines, self.position, self.count = lines, 0, len(lines)

    def mapping(self, column: int, depth: int, first: tuple | None = None) -> Any:
        """Keys at `column`; `first` is an item's first key, on its dash's line."""
        if depth > MAX_DEPTH:
            raise _Declined
        mapping = LocatedDict()
        mapping.key_lines = {}
        entry = first
        while True:
            if entry is None:
                if self.position >= self.count:
                    break
                entry = self.lines[self.position]
                number, at, content, key, value = entry
                if at != column or content is not None:
                    break
            number, _, _, key, value = entry
            self.position += 1
            entry = None
            if key is None or key in mapping or _tag(key) != STR_TAG:
                raise _Declined
            if not mapping.key_lines:
                mapping.line = number
            mapping.key_lines[key] = number
            mapping[key] = self.value(value, column) if value else self.nested(column, depth)
        if not mapping.key_lines:
            raise _Declined
        return mapping

    def nested(self, column: int, depth: int) -> Any:
        """What follows `key:` on the lines below: a block, a list, or nothing (null)."""
        if self.position < self.count:
            _, at, content, _, _ = self.lines[self.position]
            if content is not None and at >= column:  # a list, which may sit at its key's own column
                return self.sequence(at, depth + 1)
            if at > column:
                return self.mapping(at, depth + 1)
        return None

    def sequence(self, column: int, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise _Declined
        items = LocatedList()
        items.item_lines = []
        while self.position < self.count:
            number, at, content, key, value = self.lines[self.position]
            if at != column or content is None:
                break
            if not items.item_lines:
                items.line = number
            items.item_lines.append(number)
            if key is not None:
                items.append(self.mapping(content, depth + 1, first=(number, content, None, key, value)))
            else:
                self.position += 1
                items.append(self.value(value, column))
        return items

    def value(self, text: str, column: int) -> Any:
        first = text[0]
        if first == "[":
            return self.flow_list(text)
        # A value ends on its own line: a more indented line below would continue it (or be a mistake).
        if self.position < self.count and self.lines[self.position][1] > column:
            raise _Declined
        known = _VALUES.get(text, _UNKNOWN)
        if known is not _UNKNOWN:
            return known
        if first == '"' or first == "'":
            if not _QUOTED.fullmatch(text):
                raise _Declined
            value = text[1:-1]
        elif _PLAIN.fullmatch(text):
            value = _scalar(text)
        else:
            raise _Declined
        if len(_VALUES) >= _KEPT:
            _VALUES.clear()
        _VALUES[text] = value  # text, a number, a date, true, false or null: none can be changed
        return value

    def flow_list(self, text: str) -> Any:
        """`[a, b, "c"]` on one line, as search_terms and jump_to are written."""
        items = LocatedList()
        items.line = self.lines[self.position - 1][0]
        if self.position < self.count and self.lines[self.position][1] > self.lines[self.position - 1][1]:
            raise _Declined
        rest = text[1:] if text != "[]" else ""
        while rest:
            found = _FLOW_ITEM.match(rest)
            if found is None:
                raise _Declined
            item = found["item"]
            items.append(item[1:-1] if item[0] in "\"'" else _scalar(item.rstrip(" ")))
            rest = rest[found.end():]
            if found["end"] == "]":
                if rest.strip(" "):
                    raise _Declined  # something after the closing bracket
                break
        else:
            if text != "[]":
                raise _Declined
        items.item_lines = [items.line] * len(items)
        return items


def _scalar(plain: str) -> Any:
    if plain[0] not in _MAY_BE_ANOTHER_TYPE:
        return plain
    if _DATE.fullmatch(plain):
        try:
            return date.fromisoformat(plain)  # what PyYAML makes of a date, sooner
        except ValueError:
            raise _Declined from None  # 2025-02-30: the careful reader says what is wrong
    tag = _tag(plain)
    if tag == STR_TAG:
        return plain
    if tag not in ALLOWED_SCALAR_TAGS:
        raise _Declined
    try:
        return _CONSTRUCTOR.construct_object(yaml.ScalarNode(tag, plain))
    except (ValueError, yaml.YAMLError):
        raise _Declined from None


def _tag(plain: str) -> str:
    if plain[0] not in _MAY_BE_ANOTHER_TYPE:
        return STR_TAG  # as the resolver would say, after trying its patterns
    tag = _TAGS.get(plain)
    if tag is None:
        if len(_TAGS) >= _KEPT:
            _TAGS.clear()
        tag = _TAGS[plain] = _RESOLVER.resolve(yaml.ScalarNode, plain, (True, False))
    return tag


# Keys and many values ("active", "2020-01-01", "facebook") recur thousands of times in a
# registry: each is read once, while the number kept stays under _KEPT.
_TAGS: dict[str, str] = {}
_VALUES: dict[str, Any] = {}
_UNKNOWN = object()
_KEPT = 20_000
