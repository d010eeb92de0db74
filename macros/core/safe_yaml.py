"""The only YAML reader (and writer): data files and page front matter, which editors change through pull requests.

It refuses the YAML features that make files unsafe or surprising (tags, anchors and aliases,
duplicate keys, huge files, deep nesting, symbolic links) and remembers the line of every key
and list item, so that validation messages can point at `file:line`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from . import simple_yaml
from .problems import DataError, Problem, clip, utf8_text
from .yaml_rules import ALLOWED_SCALAR_TAGS, MAX_DEPTH, MAX_INDENT, STR_TAG, LocatedDict, LocatedList

# libyaml's C parser when PyYAML has it (10 times faster on a large registry), else pure Python.
PARSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(PARSER):  # type: ignore[misc, valid-type]
    """The parser, answering its commonest question sooner: which type is this scalar?

    Plain text whose first character starts no number, date, true/false or null is text, as the
    full resolver would say after trying its patterns; quoted text is always text."""

    _MAY_BE_ANOTHER_TYPE = frozenset(PARSER.yaml_implicit_resolvers)

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode and not self.yaml_path_resolvers and None not in self._MAY_BE_ANOTHER_TYPE:
            if not implicit[0] or (value and value[0] not in self._MAY_BE_ANOTHER_TYPE):
                return STR_TAG
        return super().resolve(kind, value, implicit)


MAX_FILE_BYTES = 1_000_000  # a service file with thousands of accounts is still far below this
# Checked on the raw text before libyaml sees it: its composer recurses, and a file nested
# about 100,000 levels deep crashes the process instead of raising an error.
MAX_RAW_NESTING = 64


def dump_yaml(data: Any) -> str:
    """YAML text that reads back as `data`, for files the build writes (a service page's front matter).

    Any text survives: emoji, right-to-left scripts, combining marks and quotes are written as they
    are, never as JSON escapes of half characters, which YAML refuses."""
    return yaml.dump(data, Dumper=yaml.SafeDumper, allow_unicode=True, sort_keys=False, width=float("inf"))


def yaml_string(text: str) -> str:
    """One YAML string on one line, in double quotes, for a template that writes YAML."""
    return yaml.dump(str(text), Dumper=yaml.SafeDumper, allow_unicode=True, default_style='"',
                     width=float("inf")).removesuffix("\n")


def load_yaml(path: Path, display_path: str | None = None) -> Any:
    """Read one YAML file into plain Python values with line numbers. Raises DataError."""
    shown = display_path or str(path)
    if path.is_symlink():
        raise DataError([Problem(shown, 1, "file", "this file is a symbolic link, which the handbook does not follow",
                                 "Replace the link with the file itself.")])
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise DataError([Problem(shown, 1, "file", f"cannot read the file ({error.strerror})")])
    if len(raw) > MAX_FILE_BYTES:
        raise DataError([Problem(shown, 1, "file", f"the file is larger than {MAX_FILE_BYTES:,} bytes",
                                 "Split it into smaller files, one per service.")])
    return parse_yaml(utf8_text(raw, shown, "the file is not valid UTF-8 text", "Save the file as UTF-8."), shown)


def parse_yaml(text: str, shown: str, first_line: int = 1) -> Any:
    """Parse YAML text (a whole file, or a page's front matter starting at `first_line`)."""
    try:
        return _parse(text, shown)
    except DataError as error:
        if first_line == 1:
            raise
        raise DataError([Problem(p.path, p.line + first_line - 1, p.field, p.message, p.hint)
                         for p in error.problems]) from None


# Anchors (&name), aliases (*name) and tags (!name) each start with one of these characters followed
# by a name. Text without any such pair cannot hold them, so it skips the event walk (the slow part
# of reading a large registry); text with one, even inside quotes, gets the careful walk.
_MAY_HOLD_ANCHOR_ALIAS_OR_TAG = re.compile(r"[&*]\S|!")


def _parse(text: str, shown: str) -> Any:
    value = simple_yaml.parse(text)  # plain files: the same values, sooner
    if value is not simple_yaml.DECLINED:
        return value
    _refuse_deep_nesting(text, shown)
    try:
        if _MAY_HOLD_ANCHOR_ALIAS_OR_TAG.search(text):
            _refuse_unsafe_events(text, shown)
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        message = " ".join(filter(None, [error.context, error.problem]))
        raise DataError([Problem(shown, line, "yaml", f"this is not valid YAML: {clip(message)}",
                                 "Check the indentation and that every 'key: value' has a space after the colon.")])
    except yaml.YAMLError as error:
        raise DataError([Problem(shown, 1, "yaml", f"this is not valid YAML: {clip(error)}")])
    if root is None:
        return None
    problems: list[Problem] = []
    value = _build(root, shown, problems, yaml.constructor.SafeConstructor(), depth=0)
    if problems:
        raise DataError(problems)
    return value


def _refuse_deep_nesting(text: str, shown: str) -> None:
    """Refuse absurd nesting from the raw text: brackets, or indentation and '- - -' runs."""
    depth = 0
    quote = ""
    for line_number, line in enumerate(text.splitlines(), start=1):
        stripped = line.lstrip(" ")
        prefix = len(line) - len(stripped)
        while stripped.startswith("- "):
            prefix += 2
            stripped = stripped[2:].lstrip(" ")
        if prefix > MAX_INDENT:
            _too_deep(shown, line_number)
        if depth == 0 and "[" not in line and "{" not in line:
            continue  # most lines: nothing to count, and the loop below is the slow part
        for char in line:
            if quote:
                quote = "" if char == quote else quote
            elif char in "'\"":
                quote = char
            elif char == "#":
                break
            elif char in "[{":
                depth += 1
                if depth > MAX_RAW_NESTING:
                    _too_deep(shown, line_number)
            elif char in "]}":
                depth = max(0, depth - 1)
        quote = ""  # quoted flow scalars rarely span lines; reset so a stray quote cannot hide brackets


def _too_deep(shown: str, line: int) -> None:
    raise DataError([Problem(shown, line, "yaml", "the data is nested far too deeply",
                             "Write each entry as plain 'key: value' lines; no entry needs this much nesting.")])


def _refuse_unsafe_events(text: str, shown: str) -> None:
    problems = []
    depth = 0
    for event in yaml.parse(text, Loader=PARSER):
        line = event.start_mark.line + 1
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                _too_deep(shown, line)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            problems.append(Problem(shown, line, "yaml", "anchors and aliases (& and *) are not allowed",
                                    "Write each value out in full."))
        elif isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)) and event.tag and (
            not isinstance(event, yaml.ScalarEvent) or event.tag != "!"
        ):
            problems.append(Problem(shown, line, "yaml", f"YAML tags such as '{clip(event.tag, 40)}' are not allowed",
                                    "Remove the tag (the word starting with '!') and write a plain value."))
        if len(problems) >= 20:
            break  # enough to act on; a hostile file could otherwise produce millions
    if problems:
        raise DataError(problems)


def _build(node: yaml.Node, shown: str, problems: list[Problem], constructor: yaml.constructor.SafeConstructor,
           depth: int, path: tuple[str | int, ...] = ()) -> Any:
    """Plain values with lines. `path` names the value in messages (made into text only for one)."""
    line = node.start_mark.line + 1
    if depth > MAX_DEPTH:
        problems.append(Problem(shown, line, "yaml", "the data is nested too deeply"))
        return None
    if isinstance(node, yaml.ScalarNode):
        if node.tag == STR_TAG:
            return node.value  # what the constructor would return, without its bookkeeping
        if node.tag not in ALLOWED_SCALAR_TAGS:
            problems.append(Problem(shown, line, "yaml", f"unsupported value type {node.tag}"))
            return None
        try:
            return constructor.construct_object(node)
        except (ValueError, yaml.YAMLError):
            problems.append(Problem(shown, line, _field_name(path), f"'{clip(node.value)}' is not a valid value",
                                    "Dates are written YYYY-MM-DD, for example 2024-03-01."))
            return None
    if isinstance(node, yaml.SequenceNode):
        items = LocatedList(_build(item, shown, problems, constructor, depth + 1, (*path, index))
                            for index, item in enumerate(node.value))
        items.line = line
        items.item_lines = [item.start_mark.line + 1 for item in node.value]
        return items
    mapping = LocatedDict()
    mapping.line = line
    mapping.key_lines = key_lines = {}
    for key_node, value_node in node.value:
        key_line = key_node.start_mark.line + 1
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != STR_TAG:
            problems.append(Problem(shown, key_line, "yaml", "every key must be a plain word",
                                    "Write keys as simple names, such as 'handle:'."))
            continue
        key = key_node.value
        if key in mapping:
            problems.append(Problem(shown, key_line, clip(key, 40), f"'{clip(key, 40)}' appears twice in the same entry",
                                    f"Keep one '{clip(key, 40)}:' line and delete the other."))
            continue
        if value_node.tag == STR_TAG and isinstance(value_node, yaml.ScalarNode):
            mapping[key] = value_node.value  # the commonest value, without a call
        else:
            mapping[key] = _build(value_node, shown, problems, constructor, depth + 1, (*path, key))
        key_lines[key] = key_line
    return mapping


def _field_name(path: tuple[str | int, ...]) -> str:
    """accounts[3].opened, as the old messages named a field (list items count from 1)."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text = f"{text or 'yaml'}[{part + 1}]"
        else:
            text = f"{text}.{part}" if text else part
    return clip(text or "yaml", 80)
