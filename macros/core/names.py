"""Names in sentences: the council's and contacts' names after a word such as "i" or "tell".

Welsh grammar changes a name after certain words: "i Gyngor Sir Fynwy" (soft mutation),
"yng Nghyngor Sir Fynwy" (nasal), "a Chyngor Sir Fynwy" (aspirate), and a name that takes the
article contracts with a word ending in a vowel: "i'r Tîm Cyfathrebu". English needs "the" and
a lower-case common noun: "tell the information governance team". The forms come from rules;
the organisation file may override a name's forms where a rule would be wrong.
"""

from __future__ import annotations

from collections.abc import Mapping

from .cymraeg import VOWELS, mutate

SOFT_TRIGGERS = frozenset("i o gan am ar at dan drwy trwy wrth hyd heb dros tros".split())
NASAL_TRIGGERS = frozenset({"yn"})  # "yn" meaning "in"; before a noun, never the predicative "yn"
ASPIRATE_TRIGGERS = frozenset({"a", "â", "gyda", "tua"})
TRIGGERS = SOFT_TRIGGERS | NASAL_TRIGGERS | ASPIRATE_TRIGGERS


def mutation_after(trigger: str) -> str | None:
    word = trigger.lower()
    if word in SOFT_TRIGGERS:
        return "soft"
    if word in NASAL_TRIGGERS:
        return "nasal"
    if word in ASPIRATE_TRIGGERS:
        return "aspirate"
    return None


def _starts_with_vowel(word: str) -> bool:
    lower = word.lower()
    return bool(lower) and (lower[0] in VOWELS or (lower[0] == "h" and len(lower) > 1))


def _article(name: str) -> str:
    # "yr" before a vowel or h ("yr Hwb diogelu"), "y" before a consonant.
    return "yr" if _starts_with_vowel(name) else "y"


def _joined(trigger: str, following: str) -> str:
    """The trigger as written before `following`: yng/ym before a nasal, ac/ag before a vowel."""
    word = trigger
    lower = following.lower()
    if trigger.lower() == "yn":
        word = "yng" if lower.startswith("ng") else "ym" if lower.startswith("m") else "yn"
    elif trigger.lower() == "a" and _starts_with_vowel(following) and not lower.startswith("h"):
        word = "ac"
    elif trigger.lower() == "â" and _starts_with_vowel(following) and not lower.startswith("h"):
        word = "ag"
    return f"{word} {following}"


def welsh_phrase(name: str, trigger: str | None = None, *, definite: bool = False, feminine: bool = False,
                 forms: Mapping[str, str] | None = None) -> str:
    """A Welsh name as it reads after `trigger`, with the article if the name takes one."""
    if definite and feminine and not name.lower().startswith(("ll", "rh")):
        name = mutate(name, "soft")  # the article softens a feminine noun, except ll and rh
    if definite:
        if not trigger:
            return f"{_article(name)} {name}"
        if trigger[-1].lower() in VOWELS:  # i'r, o'r, a'r, gyda'r, drwy'r
            return f"{trigger}'r {name}"
        return f"{trigger} {_article(name)} {name}"
    if not trigger:
        return name
    kind = mutation_after(trigger)
    mutated = (forms or {}).get(kind, "") if kind else ""
    if kind and not mutated:
        mutated = mutate(name, kind)
    return _joined(trigger, mutated or name)


def english_phrase(name: str, trigger: str | None = None, *, definite: bool = False) -> str:
    """An English name in a sentence: "tell the information governance team"."""
    first = name.split(" ", 1)[0]
    common = first if first.isupper() and len(first) > 1 else first[:1].lower() + first[1:]  # keep "IT"
    words = f"the {common}{name[len(first):]}" if definite else name
    return f"{trigger} {words}" if trigger else words
