"""The fast reader gives exactly what the careful reader gives, or declines (macros/core/simple_yaml.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.generate_registry import generate
from macros.core import safe_yaml, simple_yaml
from macros.core.problems import DataError
from tools.sitebuild import ROOT


def careful(text: str):
    """What safe_yaml made of the text before the fast reader existed."""
    real = simple_yaml.parse
    simple_yaml.parse = lambda *args: simple_yaml.DECLINED
    try:
        return safe_yaml._parse(text, "file.yml")
    finally:
        simple_yaml.parse = real


def fast(text: str):
    return simple_yaml.parse(text)


def shape(value):
    """Values, their types and every line the validators use."""
    if isinstance(value, dict):
        return ("mapping", value.line, dict(value.key_lines), {key: shape(item) for key, item in value.items()})
    if isinstance(value, list):
        return ("list", value.line, list(value.item_lines), [shape(item) for item in value])
    return (type(value).__name__, value)


def yaml_texts() -> list[tuple[str, str]]:
    """Every YAML file and front matter the repository holds."""
    texts = []
    for folder in ("data", "docs", "language", "tests/fixtures"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in (".yml", ".yaml"):
                texts.append((str(path.relative_to(ROOT)), path.read_text(encoding="utf-8", errors="replace")))
            elif path.suffix == ".md":
                text = path.read_text(encoding="utf-8", errors="replace")
                if text.startswith("---\n"):
                    texts.append((str(path.relative_to(ROOT)), text[4:].split("\n---", 1)[0] + "\n"))
    return texts


def test_every_file_in_the_repository_reads_the_same_both_ways() -> None:
    accepted = 0
    for name, text in yaml_texts():
        value = fast(text)
        if value is simple_yaml.DECLINED:
            continue
        accepted += 1
        assert shape(value) == shape(careful(text)), name
    assert accepted >= 100  # the registry and nearly every page: otherwise the fast path is not doing its job


def test_every_registry_file_takes_the_fast_path(tmp_path: Path) -> None:
    generate(tmp_path, 500)
    paths = sorted(tmp_path.glob("*.yml")) + sorted((ROOT / "data" / "accounts").glob("*.yml"))
    for path in paths:
        text = path.read_text(encoding="utf-8")
        value = fast(text)
        assert value is not simple_yaml.DECLINED, path.name
        assert shape(value) == shape(careful(text)), path.name


SAME = [
    "a: 1\nb: 1.5\nc: true\nd: ~\ne: null\nf: 2024-03-01\ng: 2024-03-01 10:00:00\nh: yes\ni: Off\n",
    "a: '1'\nb: \"true\"\nc: ''\nd: \"\"\ne: 'don''t'\n",
    "list:\n- a\n- b\nafter: 1\n",
    "list:\n  - a\n  -   b\n  - key: 1\n    other: 2\n  - key: 3\n",
    "a:\n  b:\n    c:\n      d: deep\n  e: back\n",
    "a:\nb:\n",
    "terms: [one, two words, 'three, four', \"five\", 6, 2024-01-01]\nempty: []\n",
    "terms: [a,b]\nx: [ a , b ]\n",
    "url: https://example.gov.uk/a?b=c#d\nq: Q&A and 50% off\ntext: it's fine\n",
    "# a comment\n\nkey: value\n   # an indented comment\nother: Caerffili a Chymru ✓\n",
    "name: Ysgol Gymraeg: Y Fenni\n",
    "a: x # comment\n",
    "a: |\n  block\n",
    "a: >-\n  folded\n",
    "a: plain\n  continued\n",
    "a: &anchor 1\nb: *anchor\n",
    "a: !!python/object:os.system x\n",
    "a: !custom x\n",
    "a: 1\na: 2\n",
    "on: 1\n",
    "123: x\n",
    "a: 2025-02-30\n",
    "a: \"escaped \\\" quote\"\n",
    "a: \"line\\nbreak\"\n",
    "a:\tb\n",
    "a: b\r\nc: d\r\n",
    "\ufeffa: b\n",
    "a: b\u2028c\n",
    "a: \x07bell\n",
    "---\na: b\n",
    "a: b\n...\n",
    "%YAML 1.1\n---\na: b\n",
    "- a\n- b\n",
    "just text\n",
    "",
    "a:\n  - x\n   - y\n",
    "a:\n    b: 1\n  c: 2\n",
    "a: [x, [y]]\n",
    "a: [x, ]\n",
    "a: {b: c}\n",
    "a: [x] trailing\n",
    "a:\n-\n  b: c\n",
    "a: <<\nb: =\n",
    "a: -5\nb: -x\nc: :x\n",
    "key:value\n",
    "a: b: c\n",
    "a:\n" + " " * 250 + "b: c\n",
    "\n".join(f"{'  ' * n}k{n}:" for n in range(30)) + " end\n",
    "a: .inf\nb: 0x1F\nc: 1_000\nd: 0o17\n",
    "a: [1, 2.5, true, null]\n",
]


@pytest.mark.parametrize("text", SAME, ids=range(len(SAME)))
def test_the_fast_reader_agrees_or_declines(text: str) -> None:
    value = fast(text)
    try:
        expected = careful(text)
    except DataError as error:
        assert value is simple_yaml.DECLINED  # what is wrong is the careful reader's to say, with its line
        with pytest.raises(DataError) as raised:
            safe_yaml._parse(text, "file.yml")
        assert raised.value.report() == error.report()
        return
    if value is not simple_yaml.DECLINED:
        assert shape(value) == shape(expected)
    assert shape(safe_yaml._parse(text, "file.yml")) == shape(expected)


def test_values_the_fast_reader_must_leave_to_the_careful_one() -> None:
    for text in ("a: x # comment\n", "a: |\n  block\n", "a: plain\n  continued\n", "a: &anchor 1\n",
                 "a: 1\na: 2\n", "on: 1\n", "a: 2025-02-30\n", "a: \"escaped \\\" quote\"\n", "a:\tb\n"):
        assert fast(text) is simple_yaml.DECLINED, text


def test_the_comparison_notices_a_wrong_line() -> None:
    """The negative control: shape() tells apart two readings that differ only in a line number."""
    one, other = fast("a: 1\nb: 2\n"), fast("a: 1\n\nb: 2\n")
    assert one == other and shape(one) != shape(other)


def test_a_printable_text_holds_no_character_yaml_refuses() -> None:
    """The fast reader skips its character pattern for printable text: every printable character
    must be one YAML allows (checked over all of Unicode), and a refused one is still declined."""
    printable_but_refused = [hex(point) for point in range(0x110000)
                             if chr(point).isprintable() and simple_yaml._UNUSUAL.search(chr(point))]
    assert printable_but_refused == []
    for refused in ("\u2028", "\ufeff", "\x85", "\x07", "\ud800", "\r"):
        assert fast(f"a: b{refused}c\n") is simple_yaml.DECLINED, repr(refused)
    assert fast("a: bc\n") == {"a": "bc"}  # the control


def test_a_value_read_again_is_the_same_and_a_refused_one_is_refused_again() -> None:
    """Values recur in a registry, so the fast reader keeps what it made of each text."""
    text = "a: 2020-01-01\nb: active\nc: \"quoted\"\nd: 12\ne: null\n"
    first, second = fast(text), fast(text)
    assert shape(first) == shape(second) == shape(careful(text))
    for refused in ("a: 2025-02-30\n", "a: x # comment\n"):
        assert fast(refused) is simple_yaml.DECLINED and fast(refused) is simple_yaml.DECLINED
