"""Turn pydantic's errors into editor-friendly problems that point at a file and line."""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from typing import Any, get_args

from pydantic import BaseModel, ConfigDict, ValidationError

from .problems import Problem, clip


class StrictModel(BaseModel):
    """Base for every data model: unknown fields are errors, text is trimmed, values are frozen."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


def line_of(data: Any, loc: Sequence[str | int]) -> int:
    """The line of the deepest part of `loc` that exists in the located YAML data."""
    line = getattr(data, "line", 1)
    node = data
    for part in loc:
        if isinstance(node, Mapping) and part in node:
            line = getattr(node, "key_lines", {}).get(part, line)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            line = getattr(node, "item_lines", [line] * len(node))[part]
            node = node[part]
        else:
            break
    return line


def did_you_mean(word: str, known: Sequence[str]) -> str:
    """"Did you mean 'owner'? " when a known word is close to `word`; else nothing."""
    close = difflib.get_close_matches(word.lower(), list(known), n=1, cutoff=0.6)
    return f"Did you mean '{close[0]}'? " if close else ""


def _friendly(error: Mapping[str, Any], allowed: Sequence[str]) -> tuple[str, str]:
    kind = error["type"]
    field = str(error["loc"][-1]) if error["loc"] else "entry"
    if kind == "missing":
        return "this field is missing", f"Add a line '{field}: ...'."
    if kind == "extra_forbidden":
        listed = "Allowed fields: " + ", ".join(allowed) + "." if allowed else ""
        return (f"'{clip(field, 40)}' is not a field we know",
                f"{did_you_mean(field, allowed)}Check the spelling. {listed}".strip())
    if kind.startswith("date") or kind == "datetime_type":
        return "this should be a date", "Write dates as YYYY-MM-DD, for example 2024-03-01."
    if kind in {"int_parsing", "int_type", "int_from_float"}:
        return "this should be a whole number", f"For example {field}: 12."
    if kind in {"string_type", "str_type"}:
        return f"this should be text, not {type(error.get('input')).__name__}", "Put the value in quotes."
    if kind == "model_type" or kind == "dict_type":
        return "this should be a group of 'key: value' lines", "Indent the lines that belong to it."
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return "this should be a whole number", ""
    if kind in {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}:
        return f"this should be a whole number {str(error['msg']).removeprefix('Input should be ')}", ""
    if kind == "list_type":
        return "this should be a list", "Start each item on its own line with '- '."
    message = str(error["msg"])
    message = message.removeprefix("Value error, ")
    return message[:1].lower() + message[1:], ""


def problems_from(error: ValidationError, data: Any, shown: str, model: type[BaseModel],
                  prefix: Sequence[str | int] = (), hints: Mapping[str, str] | None = None) -> list[Problem]:
    """One Problem per pydantic error, with the file line and a hint for the field."""
    problems = []
    for item in error.errors(include_url=False):
        loc = tuple(part for part in item["loc"] if not str(part).startswith("function-"))
        field = field_name((*prefix, *loc))
        message, hint = _friendly(item, _fields_at(model, loc))
        last = next((part for part in reversed(loc) if isinstance(part, str) and part != "[key]"), "")  # hide[2]: hide's hint
        if hints and last in hints and item["type"] not in {"extra_forbidden"}:
            hint = hints[last]
        problems.append(Problem(shown, line_of(data, loc), field, message, hint))
    return problems


def field_name(loc: Sequence[str | int]) -> str:
    """contacts.comms.email, elections[1].name: list items are counted from 1, as editors count."""
    name = ""
    for part in loc:
        if part == "[key]":  # pydantic's mark for a problem in a mapping's key: the key is named already
            continue
        name += f"[{part + 1}]" if isinstance(part, int) else f".{part}" if name else str(part)
    return name or "entry"


def _fields_at(model: type[BaseModel], loc: Sequence[str | int]) -> list[str]:
    """The fields allowed where the last part of `loc` is: in the nested model that holds it."""
    current: type[BaseModel] | None = model
    for part in loc[:-1]:
        if current is None:
            return []
        if isinstance(part, str) and part in current.model_fields:
            current = _model_in(current.model_fields[part].annotation)
        # a list index or a mapping's key: the same nested model goes on
    return list(current.model_fields) if current else []


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return next((found for arg in get_args(annotation) if (found := _model_in(arg))), None)
