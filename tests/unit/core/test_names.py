"""Names after a trigger word: every mutation × every trigger on names with each initial."""

from __future__ import annotations

import pytest

from macros.core.names import ASPIRATE_TRIGGERS, NASAL_TRIGGERS, SOFT_TRIGGERS, english_phrase, welsh_phrase

# name: (soft, nasal, aspirate)
NAMES = {
    "Cyngor Sir Fynwy": ("Gyngor Sir Fynwy", "Nghyngor Sir Fynwy", "Chyngor Sir Fynwy"),
    "Pen-y-bont ar Ogwr": ("Ben-y-bont ar Ogwr", "Mhen-y-bont ar Ogwr", "Phen-y-bont ar Ogwr"),
    "Tref Enghraifft": ("Dref Enghraifft", "Nhref Enghraifft", "Thref Enghraifft"),
    "Gwynedd": ("Wynedd", "Ngwynedd", "Gwynedd"),
    "Bro Morgannwg": ("Fro Morgannwg", "Mro Morgannwg", "Bro Morgannwg"),
    "Dinbych": ("Ddinbych", "Ninbych", "Dinbych"),
    "Merthyr Tudful": ("Ferthyr Tudful", "Merthyr Tudful", "Merthyr Tudful"),
    "Llanelli": ("Lanelli", "Llanelli", "Llanelli"),
    "Rhondda Cynon Taf": ("Rondda Cynon Taf", "Rhondda Cynon Taf", "Rhondda Cynon Taf"),
    "Abertawe": ("Abertawe", "Abertawe", "Abertawe"),
    "Cyngor Bwrdeistref Enghraifft": ("Gyngor Bwrdeistref Enghraifft", "Nghyngor Bwrdeistref Enghraifft",
                                      "Chyngor Bwrdeistref Enghraifft"),
}


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("trigger", sorted(SOFT_TRIGGERS))
def test_soft_mutation_after_every_soft_trigger(name: str, trigger: str) -> None:
    assert welsh_phrase(name, trigger) == f"{trigger} {NAMES[name][0]}"


@pytest.mark.parametrize("name", NAMES)
def test_nasal_mutation_after_yn_changes_yn_too(name: str) -> None:
    mutated = NAMES[name][1]
    word = "yng" if mutated.lower().startswith("ng") else "ym" if mutated.lower().startswith("m") else "yn"
    assert welsh_phrase(name, "yn") == f"{word} {mutated}"


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("trigger", sorted(ASPIRATE_TRIGGERS))
def test_aspirate_mutation_after_every_aspirate_trigger(name: str, trigger: str) -> None:
    mutated = NAMES[name][2]
    vowel = mutated[0].lower() in "aeiouwy"
    word = {"a": "ac", "â": "ag"}.get(trigger, trigger) if vowel else trigger
    assert welsh_phrase(name, trigger) == f"{word} {mutated}"


def test_the_examples_from_the_issue() -> None:
    assert welsh_phrase("Cyngor Sir Fynwy", "i") == "i Gyngor Sir Fynwy"
    assert welsh_phrase("Cyngor Sir Fynwy", "gan") == "gan Gyngor Sir Fynwy"
    assert welsh_phrase("Tîm Cyfathrebu", "i", definite=True) == "i'r Tîm Cyfathrebu"
    assert welsh_phrase("Hwb diogelu", "at", definite=True) == "at yr Hwb diogelu"
    assert welsh_phrase("Tîm Cyfathrebu", definite=True) == "y Tîm Cyfathrebu"
    assert english_phrase("Information governance team", "tell", definite=True) == \
        "tell the information governance team"


def test_the_article_softens_a_feminine_name() -> None:
    assert welsh_phrase("Canolfan Gyswllt", "at", definite=True, feminine=True) == "at y Ganolfan Gyswllt"
    assert welsh_phrase("Desg Gwasanaeth TG", "i", definite=True, feminine=True) == "i'r Ddesg Gwasanaeth TG"
    assert welsh_phrase("Llinell Gymorth", "i", definite=True, feminine=True) == "i'r Llinell Gymorth"
    assert welsh_phrase("Canolfan Gyswllt", "at", definite=True) == "at y Canolfan Gyswllt"  # negative control


def test_override_wins_over_the_rule() -> None:
    forms = {"soft": "Gyngor Arbennig", "nasal": "Nghyngor Arbennig"}
    assert welsh_phrase("Cyngor Arbennig", "i", forms=forms) == "i Gyngor Arbennig"
    assert welsh_phrase("Cyngor Rhyfedd", "o", forms={"soft": "Cyngor Rhyfedd"}) == "o Cyngor Rhyfedd"
    assert welsh_phrase("Cyngor Rhyfedd", "o") == "o Gyngor Rhyfedd"  # negative control: the rule


def test_words_that_do_not_trigger_leave_the_name_alone() -> None:
    assert welsh_phrase("Cyngor Sir Fynwy", "mae") == "mae Cyngor Sir Fynwy"
    assert NASAL_TRIGGERS == {"yn"}
