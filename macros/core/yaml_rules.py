"""What both YAML readers agree on (safe_yaml.py, the careful one, and simple_yaml.py, the fast
one): the limits, the scalar types an editor may write, and the values that know their lines."""

from __future__ import annotations

STR_TAG = "tag:yaml.org,2002:str"
MAX_DEPTH = 20
MAX_INDENT = 200

# Scalar types an editor may write. Anything else (binary, sets, python objects) is refused.
ALLOWED_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}


class LocatedDict(dict):
    """A mapping that knows its own line and the line of each key (1-based)."""

    line: int
    key_lines: dict[str, int]


class LocatedList(list):
    """A list that knows its own line and the line of each item (1-based)."""

    line: int
    item_lines: list[int]
