"""Welsh word forms for search: plurals, verb forms, colloquial forms and accents join their
dictionary form; words that only look alike stay apart (negative controls)."""

from __future__ import annotations

import pytest

from macros.core import word_forms


@pytest.mark.parametrize(("typed", "dictionary_form"), [
    ("cyfrifon", "cyfrif"),            # plural in -on
    ("negeseuon", "neges"),            # plural in -euon
    ("llyfrgelloedd", "llyfrgell"),    # plural in -oedd
    ("sylwadau", "sylwad"),            # plural in -au
    ("plant", "plentyn"),              # plural by vowel change
    ("cynghorwyr", "cynghorwr"),
    ("postiodd", "postio"),            # past tense
    ("postiais", "postio"),
    ("dilëwyd", "dileu"),              # impersonal past, with its accent
    ("dilewyd", "dileu"),              # and typed without it
    ("isio", "eisiau"),                # colloquial (north) and standard
    ("dw", "bod"), ("rydw", "bod"),    # "dw i" and "rydw i"
])
def test_a_form_finds_its_dictionary_form(typed: str, dictionary_form: str) -> None:
    assert dictionary_form in word_forms.forms(typed, "cy")


@pytest.mark.parametrize(("typed", "radical"), [("gyfrifon", "cyfrif"), ("nghyfrifon", "cyfrif"),
                                                 ("blant", "plentyn"), ("flocio", "blocio"), ("bostio", "postio")])
def test_a_mutated_form_finds_the_dictionary_form_of_its_radical(typed: str, radical: str) -> None:
    assert radical in word_forms.forms(typed, "cy")


@pytest.mark.parametrize(("one", "other"), [
    ("cyfrif", "cyfrifiadur"),   # account / computer
    ("plant", "planhigion"),     # children / plants
    ("gwaith", "gweithio"),      # work (noun) / to work: different dictionary entries
    ("cyngor", "cynghorydd"),    # council / councillor
    ("post", "postio"),          # a post / to post
])
def test_words_that_only_look_alike_stay_apart(one: str, other: str) -> None:
    assert not word_forms.forms(one, "cy") & word_forms.forms(other, "cy")


def test_english_words_are_only_folded() -> None:
    assert word_forms.forms("Café", "en") == {"cafe"}  # Pagefind stems English itself


def test_fold_takes_accents_off_and_lowers_case() -> None:
    assert word_forms.fold("Dilëwyd") == "dilewyd" and word_forms.fold("TÎM") == "tim"
    assert word_forms.fold("cyngor") == "cyngor"


def test_the_browser_table_holds_only_forms_whose_dictionary_form_the_index_has() -> None:
    table = word_forms.browser_table({"cyfrif", "neges"})
    assert table["cy"]["cyfrifon"] == "cyfrif" and table["ne"]["negeseuon"] == "neges"
    assert all(word_forms.prefix(form) == prefix for prefix, forms in table.items() for form in forms)
    assert "plant" not in table.get("pl", {})  # negative control: plentyn is not in this index


def test_python_and_the_browser_use_the_same_table() -> None:
    # The browser looks each typed word up in the file named by its prefix: the same fold, the
    # same dictionary (search.js: dictionaryForm).
    table = word_forms.browser_table({"plentyn"})
    assert table[word_forms.prefix("Plant")][word_forms.fold("Plant")] == word_forms.lemma("plant")
