"""The quick ways that keep a national registry cheap give the answers the careful ways give.

Each quick path (one regular expression instead of a loop, a cache, a translation table) is
compared here with the slower code it replaced, written out again as the reference.
"""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

import pytest
from markupsafe import Markup, escape

from macros.core import confusable, fields, word_forms
from macros.core.problems import DataError
from macros.core.safe_yaml import parse_yaml
from macros.render.text import between_tokens


def _refused_one_by_one(char: str) -> bool:
    return (char in "\n\r\t" or unicodedata.category(char) in ("Cc", "Zl", "Zp", "Cs")
            or fields.is_noncharacter(char) or char in fields.BIDI_CONTROLS or char in fields.MARKUP_CHARACTERS)


def test_one_line_refuses_exactly_the_characters_its_rules_name() -> None:
    # Every code point: the pattern that lets good text through in one search, against the rules.
    differ = [f"U+{code:04X}" for code in range(0x110000)
              if (fields._REFUSED_IN_ONE_LINE.search(chr(code)) is not None) != _refused_one_by_one(chr(code))]
    assert differ == []


@pytest.mark.parametrize("text", ["Parks {{ team }}", "a {% if %}", "{# note #}"])
def test_one_line_still_refuses_template_code(text: str) -> None:
    with pytest.raises(ValueError, match="template code"):
        fields.one_line(text)


# ---- YAML: the event walk runs only where an anchor, alias or tag could be ----------------------

@pytest.mark.parametrize("text", [
    "a: &x 1\nb: *x\n",                     # anchor and alias
    "a: !!python/object:os.system x\n",     # tag
    "- !!binary aGk=\n",                    # tag in a list
    "a: [&x 1, *x]\n",                      # in flow style
])
def test_anchors_aliases_and_tags_are_refused_with_their_line(text: str) -> None:
    with pytest.raises(DataError) as error:
        parse_yaml(text, "f.yml")
    assert error.value.problems[0].line == 1 and error.value.problems[0].path == "f.yml"


@pytest.mark.parametrize("text, value", [
    ("name: Parks & Gardens\n", {"name": "Parks & Gardens"}),        # & then a space: not an anchor
    ("name: '&not an anchor'\n", {"name": "&not an anchor"}),        # quoted: the careful walk agrees
    ("purpose: Events! Books!\n", {"purpose": "Events! Books!"}),
    ("a: 2024-03-01\nb: yes\nc: 010\nd: ~\ne: '1'\n", None),         # the resolver's types, unchanged
])
def test_text_that_only_looks_like_an_anchor_or_tag_reads_as_before(text: str, value: dict | None) -> None:
    import yaml

    assert parse_yaml(text, "f.yml") == (value if value is not None else yaml.safe_load(text))


def test_a_bad_value_is_named_by_its_place_in_the_file() -> None:
    with pytest.raises(DataError) as error:
        parse_yaml("accounts:\n  - platform: x\n    opened: 2024-13-45\n", "f.yml")
    problem = error.value.problems[0]
    assert (problem.line, problem.field) == (3, "accounts[1].opened")


# ---- words, look-alikes and line-break chances ---------------------------------------------------

def _fold_one_by_one(text: str) -> str:
    table = confusable.browser_table()

    def one_pass(value: str) -> str:
        mapped = "".join(table.get(c, c) for c in unicodedata.normalize("NFD", value))
        return "".join(c for c in unicodedata.normalize("NFD", mapped) if not unicodedata.category(c).startswith("M"))

    return one_pass(one_pass(text).lower())


def test_look_alike_folding_matches_the_character_by_character_fold() -> None:
    alphabet = list(confusable.browser_table())[:2000] + list("abcdefghijklmnopqrstuvwxyzAZ0123456789_.@-ÉéŵĲﬁ")
    rng = random.Random(7)
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    assert [confusable.fold(text) for text in texts] == [_fold_one_by_one(text) for text in texts]


def _between_tokens_by_splitting(text: str) -> Markup:
    return Markup("<wbr>").join(escape(part) for part in re.split(r"(?<=.[./@_?=&-])", text))


def test_line_break_chances_match_splitting_then_escaping() -> None:
    alphabet = "ab./@_?=&-<>\"'x é"
    rng = random.Random(3)
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(20000)]
    assert [str(between_tokens(text)) for text in texts] == [str(_between_tokens_by_splitting(t)) for t in texts]


def test_the_welsh_table_read_back_from_the_cache_is_the_table(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HANDBOOK_CACHE", str(tmp_path))
    word_forms.welsh_dictionary.cache_clear()
    try:
        made = dict(word_forms.welsh_dictionary())
        cached = word_forms.table_file()
        assert cached is not None and cached.parent == tmp_path and cached.is_file()
        word_forms.welsh_dictionary.cache_clear()
        assert dict(word_forms.welsh_dictionary()) == made == word_forms._fold_dictionary()
        # A damaged file is made again, never believed.
        cached.write_text("plant\nplentyn\0plentyn", encoding="utf-8")
        word_forms.welsh_dictionary.cache_clear()
        assert dict(word_forms.welsh_dictionary()) == made
    finally:
        word_forms.welsh_dictionary.cache_clear()


def test_a_cache_folder_that_cannot_be_written_only_costs_time(tmp_path: Path, monkeypatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("HANDBOOK_CACHE", str(blocked))
    word_forms.welsh_dictionary.cache_clear()
    try:
        assert word_forms.lemma("plant") == "plentyn"
    finally:
        word_forms.welsh_dictionary.cache_clear()


def test_the_browser_table_is_the_same_from_the_stored_table_and_from_memory(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HANDBOOK_CACHE", str(tmp_path))
    cached = word_forms.welsh_dictionary
    cached.cache_clear()
    try:
        word_forms.welsh_dictionary()  # makes the stored table
        word_forms.welsh_dictionary.cache_clear()
        stored = word_forms.welsh_dictionary()
        assert isinstance(stored, word_forms.StoredTable)
        vocabulary = {"plentyn", "cyfrif", "bod", "mynd", "gwybodaeth", "nothing-like-welsh"}
        from_file = word_forms.browser_table(vocabulary)
        monkeypatch.setattr(word_forms, "welsh_dictionary", word_forms._fold_dictionary)
        from_memory = word_forms.browser_table(vocabulary)
        assert from_file == from_memory and sum(len(forms) for forms in from_file.values()) > 50
        assert stored.get("plant") == "plentyn" and stored.get("zzzz") is None and "zzzz" not in stored
    finally:
        cached.cache_clear()
