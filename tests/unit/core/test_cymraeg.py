"""Table-driven tests for macros/core/cymraeg.py: Welsh mutations, their undoing, and stop words."""

from __future__ import annotations

import json

import pytest

from macros.core.cymraeg import (KINDS, STOP_WORDS, UNDO, browser_rules, mutate, radicals, starts_with_vowel,
                                 variants)

# Every mutation class × every initial that takes it: radical, kind, mutated.
MUTATIONS = [
    ("cath", "soft", "gath"), ("pont", "soft", "bont"), ("tref", "soft", "dref"),
    ("gardd", "soft", "ardd"), ("bara", "soft", "fara"), ("drws", "soft", "ddrws"),
    ("llyfrgell", "soft", "lyfrgell"), ("mam", "soft", "fam"), ("rhaglen", "soft", "raglen"),
    ("cyngor", "nasal", "nghyngor"), ("pont", "nasal", "mhont"), ("tref", "nasal", "nhref"),
    ("gardd", "nasal", "ngardd"), ("bara", "nasal", "mara"), ("drws", "nasal", "nrws"),
    ("cyngor", "aspirate", "chyngor"), ("pont", "aspirate", "phont"), ("tref", "aspirate", "thref"),
    ("enw", "h", "henw"), ("arian", "h", "harian"), ("iaith", "h", "hiaith"), ("oed", "h", "hoed"),
    ("uned", "h", "huned"), ("wyneb", "h", "hwyneb"), ("ysgol", "h", "hysgol"), ("ŵyr", "h", "hŵyr"),
    # The pairs from issue 11.
    ("camgymeriad", "soft", "gamgymeriad"), ("cymraeg", "soft", "gymraeg"),
    ("gwaith", "soft", "waith"),
]

# Letters a mutation does not touch: the word comes back exactly as it was.
UNCHANGED = [
    ("sut", "soft"), ("sut", "nasal"), ("sut", "aspirate"), ("sut", "h"),
    ("nid", "soft"), ("nid", "nasal"), ("nid", "aspirate"), ("nid", "h"),
    ("swyddog", "soft"), ("swyddog", "nasal"), ("swyddog", "h"),
    ("chwilio", "soft"), ("chwilio", "nasal"), ("ffôn", "soft"), ("dde", "soft"), ("dde", "nasal"),
    ("theatr", "aspirate"), ("theatr", "soft"), ("ngwerth", "soft"), ("llyfr", "nasal"),
    ("llyfr", "aspirate"), ("rhif", "nasal"), ("bara", "aspirate"), ("mam", "nasal"), ("gardd", "h"),
    ("cyngor", "h"), ("enw", "soft"), ("enw", "nasal"), ("", "soft"), ("2024", "soft"),
]


@pytest.mark.parametrize(("radical", "kind", "mutated"), MUTATIONS)
def test_each_mutation_of_each_initial(radical: str, kind: str, mutated: str) -> None:
    assert mutate(radical, kind) == mutated


@pytest.mark.parametrize(("radical", "kind", "mutated"), MUTATIONS)
def test_each_mutated_form_leads_back_to_its_radical(radical: str, kind: str, mutated: str) -> None:
    assert radical in radicals(mutated)
    assert mutated in variants(radical)
    assert radical in radicals(radical)


@pytest.mark.parametrize(("word", "kind"), UNCHANGED)
def test_letters_that_do_not_mutate_are_unchanged(word: str, kind: str) -> None:
    assert mutate(word, kind) == word


@pytest.mark.parametrize(("word", "expected"), [
    ("Cyngor", {"soft": "Gyngor", "nasal": "Nghyngor", "aspirate": "Chyngor"}),
    ("Tîm", {"soft": "Dîm", "nasal": "Nhîm", "aspirate": "Thîm"}),
    ("Llandudno", {"soft": "Landudno", "nasal": "Llandudno"}),
    ("Gwent", {"soft": "Went", "nasal": "Ngwent"}),
    ("Rhondda", {"soft": "Rondda", "aspirate": "Rhondda"}),
    ("Abertawe", {"h": "Habertawe", "soft": "Abertawe"}),
    ("CYNGOR", {"nasal": "NGHYNGOR"}),
])
def test_a_capital_first_letter_stays_capital(word: str, expected: dict[str, str]) -> None:
    for kind, mutated in expected.items():
        assert mutate(word, kind) == mutated


# Every possible radical of a mutated form, including the ambiguous ones.
RADICALS = [
    ("nghyngor", {"nghyngor", "cyngor"}), ("gyngor", {"gyngor", "cyngor"}), ("chyngor", {"chyngor", "cyngor"}),
    ("dref", {"dref", "tref"}), ("nhref", {"nhref", "tref"}), ("thref", {"thref", "tref"}),
    ("bont", {"bont", "pont"}), ("mhont", {"mhont", "pont"}), ("phont", {"phont", "pont"}),
    ("fam", {"fam", "bam", "mam"}),  # f from b or m
    ("fara", {"fara", "bara", "mara"}),
    ("lyfrgell", {"lyfrgell", "llyfrgell"}), ("raglen", {"raglen", "rhaglen"}),
    ("ardd", {"ardd", "gardd"}),  # a vowel from g
    ("waith", {"waith", "gwaith"}),
    ("ngardd", {"ngardd", "gardd"}), ("mara", {"mara", "bara"}), ("nrws", {"nrws", "drws"}),
    ("ddrws", {"ddrws", "drws"}), ("henw", {"henw", "enw"}), ("hysgol", {"hysgol", "ysgol"}),
    ("gamgymeriad", {"gamgymeriad", "camgymeriad"}), ("Gymraeg", {"gymraeg", "cymraeg"}),
    ("ngham-drin", {"ngham-drin", "cam-drin"}),
    # Digraphs that are letters of their own are never a mutation of a single letter.
    ("llyfrgell", {"llyfrgell"}), ("rhaglen", {"rhaglen"}), ("ffôn", {"ffôn"}),
    # Negative controls: s, the digits and most digraphs have no radical but themselves.
    ("sut", {"sut"}), ("swyddog", {"swyddog"}), ("2fa", {"2fa"}), ("", {""}),
]


@pytest.mark.parametrize(("word", "expected"), RADICALS)
def test_radicals_give_every_candidate(word: str, expected: set[str]) -> None:
    assert radicals(word) == expected


def test_nid_keeps_itself_among_its_candidates() -> None:
    # "nid" could formally be a nasal mutation of "did"; the word itself is always a candidate.
    assert "nid" in radicals("nid")
    assert all(mutate("nid", kind) == "nid" for kind in KINDS)


def test_variants_hold_the_whole_family() -> None:
    assert variants("cyngor") == {"cyngor", "gyngor", "nghyngor", "chyngor"}
    assert variants("nghyngor") >= {"cyngor", "gyngor", "chyngor"}
    assert {"tref", "dref", "nhref", "thref"} <= variants("dref")
    assert {"pont", "bont", "mhont", "phont"} <= variants("mhont")
    assert "cath" not in variants("tref")  # negative control


def test_unknown_mutation_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown mutation"):
        mutate("cyngor", "lenition")


def test_stop_words_hold_function_words_not_content() -> None:
    assert {"y", "yr", "'r", "a", "ac", "ar", "i", "o", "yn", "sut", "mae", "fy"} <= STOP_WORDS
    assert not {"cyngor", "cyfrif", "camgymeriad", "llyfrgell", "swyddog"} & STOP_WORDS


def test_browser_rules_are_the_same_table_as_json() -> None:
    rules = json.loads(json.dumps(browser_rules()))
    assert rules["undo"] == {start: list(found) for start, found in UNDO.items()}
    assert set(rules["stop_words"]) == STOP_WORDS
    assert rules["undo"]["ll"] == [] and rules["undo"]["f"] == ["b", "m"]


# W is a vowel unless it glides into a following vowel, alone or after l, n or r; "wy" is a diphthong.
@pytest.mark.parametrize(("word", "vowel"), [
    ("wythnos", True), ("Wyddfa", True), ("wyneb", True), ("ŵyr", True), ("wrth", True), ("w", True),
    ("wal", False), ("Weinyddiaeth", False), ("wefan", False), ("wlad", False), ("wraig", False),
    ("Wrecsam", False), ("enw", True), ("ysgol", True), ("Uned", True), ("Hwb", False), ("Cyngor", False),
    ("", False),
])
def test_w_as_vowel_and_as_consonant(word: str, vowel: bool) -> None:
    assert starts_with_vowel(word) is vowel


def test_h_goes_only_before_a_vowel_sound() -> None:
    assert mutate("wyneb", "h") == "hwyneb"
    assert mutate("wal", "h") == "wal"  # negative control: W as a consonant
