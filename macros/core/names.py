"""Names in sentences: the council's, teams' and contacts' names after a word such as "i" or "tell".

Welsh grammar changes a name after certain words: "i Gyngor Sir Fynwy" (soft mutation),
"yng Nghyngor Sir Fynwy" (nasal), "a Chyngor Sir Fynwy" (aspirate), "ei henw" (h- before a
vowel); some words change before a vowel ("ac", "gydag"), and a name that takes the article
contracts with a word ending in a vowel: "i'r Tîm Cyfathrebu". English needs "the" and a
lower-case common noun: "tell the information governance team".

Every Welsh word that may stand before a name is in TRIGGERS with what it does; any other word
is an error, never a name left unmutated. The organisation file may override a name's forms
where a rule would be wrong.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .cymraeg import VOWELS, mutate, starts_with_vowel


@dataclass(frozen=True)
class Trigger:
    """What a word does to the name after it."""

    word: str  # as written before a consonant
    mutation: str | None  # "soft", "nasal", "aspirate" or None
    before_vowel: str = ""  # its form before a vowel: a → ac, gyda → gydag
    h_before_vowel: bool = False  # ei (her), ein, eu: "ei henw", "ein hapiau"
    possessive: bool = False  # takes the article's place: "ein Tîm Cyfathrebu", never "ein y Tîm"


def _table(*triggers: tuple[str, Trigger]) -> dict[str, Trigger]:
    return dict(triggers)


def _soft(word: str) -> tuple[str, Trigger]:
    return word, Trigger(word, "soft")


def _none(word: str) -> tuple[str, Trigger]:
    return word, Trigger(word, None)


TRIGGERS: Mapping[str, Trigger] = _table(
    # Soft mutation (treiglad meddal): prepositions, "neu" (or), "dy" (your) and "ei" (his).
    *map(_soft, "i o am ar at gan dan tan drwy trwy wrth hyd heb dros tros neu".split()),
    ("dy", Trigger("dy", "soft", possessive=True)),
    ("ei (his)", Trigger("ei", "soft", possessive=True)),
    # An imperative softens its object: "Darllenwch Bolisi chwythu'r chwiban" ("Darllenwch y polisi" keeps y).
    *map(_soft, ["darllenwch", "defnyddiwch"]),
    # Nasal mutation (treiglad trwynol): "yn" meaning "in" (never the "yn" before an adjective) and "fy" (my).
    ("yn", Trigger("yn", "nasal")),
    ("fy", Trigger("fy", "nasal", possessive=True)),
    # Aspirate mutation (treiglad llaes), and the form each takes before a vowel.
    ("a", Trigger("a", "aspirate", before_vowel="ac")),
    ("â", Trigger("â", "aspirate", before_vowel="ag")),
    ("gyda", Trigger("gyda", "aspirate", before_vowel="gydag")),
    ("tua", Trigger("tua", "aspirate", before_vowel="tuag")),
    ("na", Trigger("na", "aspirate", before_vowel="nac")),
    ("ei (her)", Trigger("ei", "aspirate", h_before_vowel=True, possessive=True)),
    # h- before a vowel only.
    ("ein", Trigger("ein", None, h_before_vowel=True, possessive=True)),
    ("eu", Trigger("eu", None, h_before_vowel=True, possessive=True)),
    # Words after which a name does not change (they still take "y", "yr" or "'r").
    *map(_none, ["mae", "yw", "ydy", "ar gyfer", "mewn", "rhwng", "efo", "ger", "fel", "ers", "cyn", "wedi"]),
)

GENDERED = {"ei": ("ei (his)", "ei (her)")}


class UnknownTrigger(ValueError):
    """A word before a Welsh name that the table does not know."""


def trigger_for(word: str) -> Trigger:
    """The table's entry for `word`, or UnknownTrigger saying what to write instead."""
    key = word.strip().lower()
    if key in TRIGGERS:
        return TRIGGERS[key]
    if key in GENDERED:
        his, her = GENDERED[key]
        raise UnknownTrigger(f"'{word}' mutates differently for his and her: write '{his}' "
                             f"(ei Gyngor) or '{her}' (ei Chyngor)")
    known = ", ".join(f"'{name}'" for name in sorted(TRIGGERS))
    raise UnknownTrigger(f"'{word}' is not a word the handbook knows how to put before a Welsh name. "
                         f"Use one of {known}, or add it to TRIGGERS in macros/core/names.py with the "
                         "mutation it causes")


def _article(name: str) -> str:
    return "yr" if starts_with_vowel(name) or name[:1].lower() == "h" else "y"


def _form(name: str, kind: str | None, forms: Mapping[str, str | None] | None) -> str:
    """The name after a mutation: the organisation file's form if it gives one, else the rule."""
    if kind is None:
        return name
    return (forms or {}).get(kind) or mutate(name, kind)


def welsh_parts(name: str, trigger: str | None = None, *, definite: bool = False, feminine: bool = False,
                forms: Mapping[str, str | None] | None = None) -> tuple[str, str]:
    """(what goes before the name, the name's form), so that joined they read as one phrase.

    welsh_parts("Tîm Cyfathrebu", "i", definite=True) == ("i'r ", "Tîm Cyfathrebu")
    welsh_parts("Cyngor Sir Fynwy", "yn") == ("yng ", "Nghyngor Sir Fynwy")
    """
    rule = trigger_for(trigger) if trigger else None
    capital = bool(trigger) and trigger.strip()[:1].isupper()  # "Mae'r" at the start of a sentence
    lead, form = _parts(name, rule, definite, feminine, forms)
    return (lead[:1].upper() + lead[1:] if capital else lead), form


def _parts(name: str, rule: Trigger | None, definite: bool, feminine: bool,
           forms: Mapping[str, str | None] | None) -> tuple[str, str]:
    if definite and not (rule and rule.possessive):
        if feminine and not name.lower().startswith(("ll", "rh")):
            name = _form(name, "soft", forms)  # the article softens a feminine noun, except ll and rh
        if rule is None:
            return f"{_article(name)} ", name
        if rule.word[-1].lower() in VOWELS:  # i'r, o'r, a'r, gyda'r, drwy'r, mae'r
            return f"{rule.word}'r ", name
        return f"{rule.word} {_article(name)} ", name
    if rule is None:
        return "", name
    mutated = _form(name, rule.mutation, forms)
    if rule.h_before_vowel and starts_with_vowel(mutated):
        mutated = _form(mutated, "h", forms)
    word = rule.word
    if rule.before_vowel and starts_with_vowel(mutated):
        word = rule.before_vowel
    elif rule.mutation == "nasal" and word == "yn":  # yng Nghyngor, ym Mhen-y-bont, ym Merthyr
        lower = mutated.lower()
        word = "yng" if lower.startswith("ng") else "ym" if lower.startswith("m") else "yn"
    return f"{word} ", mutated


def welsh_phrase(name: str, trigger: str | None = None, *, definite: bool = False, feminine: bool = False,
                 forms: Mapping[str, str | None] | None = None) -> str:
    """A Welsh name as it reads after `trigger`, with the article if the name takes one."""
    return "".join(welsh_parts(name, trigger, definite=definite, feminine=feminine, forms=forms))


def english_parts(name: str, trigger: str | None = None, *, definite: bool = False) -> tuple[str, str]:
    """(what goes before the name, the name as a sentence reads it): ("tell the ", "information governance team")."""
    first = name.split(" ", 1)[0]
    if not definite:
        return (f"{trigger} " if trigger else ""), name
    common = first if first.isupper() and len(first) > 1 else first[:1].lower() + first[1:]  # keep "IT"
    return f"{trigger + ' ' if trigger else ''}the ", common + name[len(first):]


def english_phrase(name: str, trigger: str | None = None, *, definite: bool = False) -> str:
    """An English name in a sentence: "tell the information governance team"."""
    return "".join(english_parts(name, trigger, definite=definite))
