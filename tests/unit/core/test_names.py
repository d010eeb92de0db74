"""Names after a trigger word: every trigger in the table × names starting with each mutable
consonant, an immutable one, a vowel and W as vowel and as consonant; with and without the
article; both genders of "ei". The expected forms are written out by hand, not computed."""

from __future__ import annotations

import pytest

from macros.core.names import TRIGGERS, UnknownTrigger, english_phrase, welsh_parts, welsh_phrase

# name: (soft, nasal, aspirate, h- before a vowel)
NAMES = {
    "Cyngor Sir Fynwy": ("Gyngor Sir Fynwy", "Nghyngor Sir Fynwy", "Chyngor Sir Fynwy", "Cyngor Sir Fynwy"),
    "Pwyllgor Safonau": ("Bwyllgor Safonau", "Mhwyllgor Safonau", "Phwyllgor Safonau", "Pwyllgor Safonau"),
    "Tref Enghraifft": ("Dref Enghraifft", "Nhref Enghraifft", "Thref Enghraifft", "Tref Enghraifft"),
    "Gwynedd": ("Wynedd", "Ngwynedd", "Gwynedd", "Gwynedd"),
    "Bro Morgannwg": ("Fro Morgannwg", "Mro Morgannwg", "Bro Morgannwg", "Bro Morgannwg"),
    "Dinbych": ("Ddinbych", "Ninbych", "Dinbych", "Dinbych"),
    "Llanelli": ("Lanelli", "Llanelli", "Llanelli", "Llanelli"),
    "Merthyr Tudful": ("Ferthyr Tudful", "Merthyr Tudful", "Merthyr Tudful", "Merthyr Tudful"),
    "Rhondda Cynon Taf": ("Rondda Cynon Taf", "Rhondda Cynon Taf", "Rhondda Cynon Taf", "Rhondda Cynon Taf"),
    "Sir Benfro": ("Sir Benfro", "Sir Benfro", "Sir Benfro", "Sir Benfro"),
    "Abertawe": ("Abertawe", "Abertawe", "Abertawe", "Habertawe"),
    "Wrecsam": ("Wrecsam", "Wrecsam", "Wrecsam", "Wrecsam"),  # W before r and a vowel: a consonant
    "Wyddgrug": ("Wyddgrug", "Wyddgrug", "Wyddgrug", "Hwyddgrug"),  # "wy" is a diphthong: a vowel
    "Ynys Môn": ("Ynys Môn", "Ynys Môn", "Ynys Môn", "Hynys Môn"),
}
VOWEL_NAMES = {"Abertawe", "Wyddgrug", "Ynys Môn"}
COLUMN = {"soft": 0, "nasal": 1, "aspirate": 2}

# trigger: (mutation column, its form before a vowel, adds h- before a vowel)
EXPECTED_RULES = {
    **{word: ("soft", word, False) for word in "i o am ar at gan dan tan drwy trwy wrth hyd heb dros tros neu".split()},
    "dy": ("soft", "dy", False), "ei (his)": ("soft", "ei", False),
    "darllenwch": ("soft", "darllenwch", False), "defnyddiwch": ("soft", "defnyddiwch", False),
    "yn": ("nasal", None, False), "fy": ("nasal", "fy", False),
    "a": ("aspirate", "ac", False), "â": ("aspirate", "ag", False), "gyda": ("aspirate", "gydag", False),
    "tua": ("aspirate", "tuag", False), "na": ("aspirate", "nac", False), "ei (her)": ("aspirate", "ei", True),
    "ein": (None, "ein", True), "eu": (None, "eu", True),
    **{word: (None, word, False) for word in ["mae", "yw", "ydy", "ar gyfer", "mewn", "rhwng", "efo", "ger", "fel",
                                              "ers", "cyn", "wedi"]},
}


def test_every_trigger_in_the_table_is_tested() -> None:
    assert set(TRIGGERS) == set(EXPECTED_RULES)


def _yn(mutated: str) -> str:
    lower = mutated.lower()
    return "yng" if lower.startswith("ng") else "ym" if lower.startswith("m") else "yn"


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("trigger", sorted(EXPECTED_RULES))
def test_every_trigger_before_every_initial(trigger: str, name: str) -> None:
    mutation, before_vowel, h_before_vowel = EXPECTED_RULES[trigger]
    mutated = NAMES[name][COLUMN[mutation]] if mutation else name
    if h_before_vowel and name in VOWEL_NAMES:
        mutated = NAMES[name][3]
    word = trigger.split(" (")[0]
    if trigger == "yn":
        word = _yn(mutated)
    elif name in VOWEL_NAMES and not h_before_vowel:
        word = before_vowel
    assert welsh_phrase(name, trigger) == f"{word} {mutated}"


# name with the article, after a trigger: vowel-final words contract, possessives replace the article.
@pytest.mark.parametrize(("trigger", "name", "feminine", "expected"), [
    (None, "Tîm Cyfathrebu", False, "y Tîm Cyfathrebu"),
    (None, "Uned Gyfieithu", True, "yr Uned Gyfieithu"),
    (None, "Hwb Diogelu", False, "yr Hwb Diogelu"),
    (None, "Weinyddiaeth Gyfiawnder", True, "y Weinyddiaeth Gyfiawnder"),  # W consonant: y, not yr
    (None, "Wythnos Addysg Oedolion", True, "yr Wythnos Addysg Oedolion"),  # W vowel: yr
    (None, "Canolfan Gyswllt", True, "y Ganolfan Gyswllt"),  # the article softens a feminine noun
    (None, "Llinell Gymorth", True, "y Llinell Gymorth"),  # except ll and rh
    (None, "Canolfan Gyswllt", False, "y Canolfan Gyswllt"),  # negative control: masculine
    ("i", "Tîm Cyfathrebu", False, "i'r Tîm Cyfathrebu"),
    ("i", "Desg Gwasanaeth TG", True, "i'r Ddesg Gwasanaeth TG"),
    ("o", "Uned Gyfieithu", True, "o'r Uned Gyfieithu"),
    ("a", "Tîm Cyfathrebu", False, "a'r Tîm Cyfathrebu"),
    ("a", "Uned Gyfieithu", True, "a'r Uned Gyfieithu"),
    ("gyda", "Hwb Diogelu", False, "gyda'r Hwb Diogelu"),
    ("at", "Hwb Diogelu", False, "at yr Hwb Diogelu"),
    ("at", "Canolfan Gyswllt", True, "at y Ganolfan Gyswllt"),
    ("yn", "Tîm Cyfathrebu", False, "yn y Tîm Cyfathrebu"),  # no nasal mutation across the article
    ("ar gyfer", "Uned Gyfieithu", True, "ar gyfer yr Uned Gyfieithu"),
    ("Mae", "Tîm Cyfathrebu", False, "Mae'r Tîm Cyfathrebu"),  # a capital at the start of a sentence
    ("ein", "Tîm Cyfathrebu", False, "ein Tîm Cyfathrebu"),
    ("ein", "Uned Gyfieithu", True, "ein Huned Gyfieithu"),
    ("ei (his)", "Tîm Cyfathrebu", False, "ei Dîm Cyfathrebu"),
    ("ei (her)", "Tîm Cyfathrebu", False, "ei Thîm Cyfathrebu"),
    ("fy", "Canolfan Gyswllt", True, "fy Nghanolfan Gyswllt"),
])
def test_names_with_the_article(trigger: str | None, name: str, feminine: bool, expected: str) -> None:
    assert welsh_phrase(name, trigger, definite=True, feminine=feminine) == expected


def test_both_genders_of_ei() -> None:
    assert welsh_phrase("Cyngor Sir Fynwy", "ei (his)") == "ei Gyngor Sir Fynwy"
    assert welsh_phrase("Cyngor Sir Fynwy", "ei (her)") == "ei Chyngor Sir Fynwy"
    assert welsh_phrase("Abertawe", "ei (his)") == "ei Abertawe"
    assert welsh_phrase("Abertawe", "ei (her)") == "ei Habertawe"


@pytest.mark.parametrize("word", ["ei", "Ei", "fe", "holwch", "gan y", "the", ""])
def test_a_word_not_in_the_table_is_an_error(word: str) -> None:
    if not word:
        assert welsh_phrase("Cyngor Sir Fynwy", word or None) == "Cyngor Sir Fynwy"  # no trigger at all
        return
    with pytest.raises(UnknownTrigger, match="macros/core/names.py|his and her"):
        welsh_phrase("Cyngor Sir Fynwy", word)


def test_parts_join_to_the_phrase_and_keep_the_name_apart() -> None:
    assert welsh_parts("Tîm Cyfathrebu", "i", definite=True) == ("i'r ", "Tîm Cyfathrebu")
    assert welsh_parts("Cyngor Sir Fynwy", "yn") == ("yng ", "Nghyngor Sir Fynwy")
    assert welsh_parts("Swyddfa'r wasg", "i") == ("i ", "Swyddfa'r wasg")


def test_the_organisation_file_may_override_a_form() -> None:
    forms = {"soft": "Gyngor Arbennig", "nasal": "Nghyngor Arbennig"}
    assert welsh_phrase("Cyngor Arbennig", "i", forms=forms) == "i Gyngor Arbennig"
    assert welsh_phrase("Cyngor Rhyfedd", "o", forms={"soft": "Cyngor Rhyfedd"}) == "o Cyngor Rhyfedd"
    assert welsh_phrase("Cyngor Rhyfedd", "o") == "o Gyngor Rhyfedd"  # negative control: the rule
    assert welsh_phrase("Desg Arbennig", "i", definite=True, feminine=True, forms={"soft": "Desg Arbennig"}) == \
        "i'r Desg Arbennig"


def test_english_names_take_the_and_lower_case() -> None:
    assert english_phrase("Information governance team", "tell", definite=True) == \
        "tell the information governance team"
    assert english_phrase("IT service desk", "ask", definite=True) == "ask the IT service desk"
    assert english_phrase("Electoral services", "ask") == "ask Electoral services"
