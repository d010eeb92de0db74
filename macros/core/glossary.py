"""The Welsh glossary: one Welsh term for each English term, and the Welsh words to avoid.

`language/glossary.yml` is a list of entries:

    - en: handle
      cy: enw defnyddiwr
      avoid: [dolen, handlen]
      note: One line on usage or the source.

`check_welsh` finds avoided words in Welsh text. Welsh changes the first letter of a word after
some words ("y ddolen", "fy nolen", "ei chyfrif"), so it also finds the soft, nasal and aspirate
mutations of an avoided word, and h- before a vowel ("ei henw").

A word can be wrong in one sense and right in another: "dolen" is the Welsh for a link, but not
for a handle. A word-by-word check cannot tell the two apart, so an avoided word that is another
entry's Welsh term is left out unless you ask for it with `strict=True`. Rule such words out as
phrases too ("dolen y cyfrif"): phrases are always checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Iterable

from pydantic import Field, ValidationError

from .cymraeg import KINDS, mutate
from .fields import OneLine
from .problems import DataError, Problem, clip
from .safe_yaml import load_yaml
from .validation import StrictModel, line_of, problems_from

# One term or phrase, in either language.
Phrase = Annotated[OneLine, Field(min_length=1, max_length=100)]
HINTS = {
    "avoid": "List the Welsh words not to use, such as avoid: [dolen], or write avoid: [] if there are none.",
    "en": "Each entry starts with '- en:' and has cy: and avoid: lines below it.",
    "cy": "Give the Welsh term to use, such as cy: cyfrif.",
}


class GlossaryEntry(StrictModel):
    """One entry of language/glossary.yml, as an editor writes it."""

    en: Phrase
    cy: Phrase
    avoid: list[Phrase] | None  # required, so that nobody forgets it: write [] when nothing is ruled out
    note: OneLine | None = Field(default=None, max_length=400)


@dataclass(frozen=True)
class Term:
    en: str
    cy: str
    avoid: tuple[str, ...] = ()
    note: str | None = None


def load_glossary(path: str | Path, shown: str | None = None) -> list[Term]:
    """Read and check the glossary file (no file, no terms). Raises DataError with every problem."""
    path = Path(path)
    shown = shown or str(path)
    if not path.exists() and not path.is_symlink():
        return []
    data = load_yaml(path, shown)
    if not isinstance(data, list):
        raise DataError([Problem(shown, 1, "file", "the glossary should be a list of entries", HINTS["en"])])
    terms, problems, seen = [], [], set()
    for index, raw in enumerate(data):
        where = f"[{index + 1}]"
        line = data.item_lines[index]
        if not isinstance(raw, dict):
            problems.append(Problem(shown, line, where, "each entry should be a group of 'key: value' lines", HINTS["en"]))
            continue
        try:
            entry = GlossaryEntry.model_validate(raw)
        except ValidationError as error:
            problems += problems_from(error, raw, shown, GlossaryEntry, prefix=(where,), hints=HINTS)
            continue
        avoid = tuple(entry.avoid or ())
        if any(_fold(word) == _fold(entry.cy) for word in avoid):
            problems.append(Problem(shown, line_of(raw, ["avoid"]), f"{where}.avoid",
                                    f"avoid lists this entry's own Welsh term '{clip(entry.cy, 40)}'",
                                    "Take it out of avoid, or change cy."))
            continue
        if _fold(entry.en) in seen:
            problems.append(Problem(shown, line_of(raw, ["en"]), f"{where}.en",
                                    f"'{clip(entry.en, 40)}' is in the glossary twice",
                                    "Keep one entry for each English term: merge the two."))
            continue
        seen.add(_fold(entry.en))
        terms.append(Term(en=entry.en, cy=entry.cy, avoid=avoid, note=entry.note))
    if problems:
        raise DataError(problems)
    return terms


# ---- mutations ------------------------------------------------------------------------------

def mutated_forms(word: str) -> set[str]:
    """The word and every form its first letter can take: soft, nasal, aspirate, h- before a vowel."""
    lower = word.lower()
    forms = {mutate(lower, kind) for kind in KINDS} | {lower}
    return {form for form in forms if len(form) >= 2}  # "g" dropped from a short word leaves noise


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").lower().split())


def _pattern(phrase: str) -> re.Pattern[str]:
    first, *rest = _fold(phrase).split(" ")
    starts = "|".join(re.escape(form) for form in sorted(mutated_forms(first), key=len, reverse=True))
    tail = "".join(r"\s+" + re.escape(word) for word in rest)
    return re.compile(rf"(?<!\w)(?:{starts}){tail}(?!\w)", re.IGNORECASE)


# ---- checking -------------------------------------------------------------------------------

def ambiguous_words(glossary: Iterable[Term]) -> dict[str, list[Term]]:
    """Avoided single words that another entry uses as its Welsh term (dolen: right for 'link')."""
    glossary = list(glossary)
    preferred = {_fold(term.cy): term for term in glossary}
    found: dict[str, list[Term]] = {}
    for term in glossary:
        for word in term.avoid:
            other = preferred.get(_fold(word))
            if other is not None and other is not term:
                found.setdefault(_fold(word), []).append(other)
    return found


def check_welsh(text: str, glossary: Iterable[Term], *, strict: bool = False) -> list[str]:
    """One readable problem for each avoided term in the text, in the order they appear.

    Whole words only, any case, and mutated forms of the first word ("ddolen", "nolen").
    Avoided words that are another entry's Welsh term are only reported when strict is true.
    """
    glossary = list(glossary)
    ambiguous = ambiguous_words(glossary)
    text = text.replace("’", "'")
    found: list[tuple[int, str]] = []
    for term in glossary:
        for avoided in term.avoid:
            if _fold(avoided) in ambiguous and not strict:
                continue
            for match in _pattern(avoided).finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                seen = " ".join(match.group(0).split())
                form = "" if _fold(seen) == _fold(avoided) else f" (a form of \"{avoided}\")"
                message = (f"line {line}: \"{seen}\"{form} is ruled out for \"{term.en}\": "
                           f"use \"{term.cy}\"")
                if _fold(avoided) in ambiguous:
                    right_for = ", ".join(f'"{other.en}"' for other in ambiguous[_fold(avoided)])
                    message += f" (it is right for {right_for}: check which is meant)"
                found.append((match.start(), message + "."))
    return [message for _, message in sorted(found)]


def terms_by_english(glossary: Iterable[Term]) -> dict[str, Term]:
    """Look up an entry by its English term, ignoring case."""
    return {_fold(term.en): term for term in glossary}
