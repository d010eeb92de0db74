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

import functools
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


def _unmutated_part(phrase: str) -> str:
    """Part of the phrase no mutation changes: its last word, or a single word after its first letters."""
    words = _fold(phrase).split(" ")
    return words[-1] if len(words) > 1 else words[0][2:]


@functools.cache  # every page and every string is searched for the same phrases
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


def find_avoided(text: str, glossary: Iterable[Term], *, strict: bool = False) -> list[tuple[int, str]]:
    """(line, problem) for each avoided term in the text, in the order they appear.

    Whole words only, any case, and mutated forms of the first word ("ddolen", "nolen").
    Avoided words that are another entry's Welsh term are only reported when strict is true.
    """
    glossary = list(glossary)
    ambiguous = ambiguous_words(glossary)
    text = text.replace("’", "'")
    lowered = text.lower()
    found: list[tuple[int, int, str]] = []
    for term in glossary:
        for avoided in term.avoid:
            if _fold(avoided) in ambiguous and not strict:
                continue
            if _unmutated_part(avoided) not in lowered:  # a quick test before the regular expression
                continue
            for match in _pattern(avoided).finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                seen = " ".join(match.group(0).split())
                form = "" if _fold(seen) == _fold(avoided) else f" (a form of \"{avoided}\")"
                message = f"\"{seen}\"{form} is ruled out for \"{term.en}\": use \"{term.cy}\""
                if _fold(avoided) in ambiguous:
                    right_for = ", ".join(f'"{other.en}"' for other in ambiguous[_fold(avoided)])
                    message += f" (it is right for {right_for}: check which is meant)"
                found.append((match.start(), line, message + "."))
    return [(line, message) for _, line, message in sorted(found)]


def check_welsh(text: str, glossary: Iterable[Term], *, strict: bool = False) -> list[str]:
    """One readable problem for each avoided term in the text: 'line 3: "dolen" is ruled out...'."""
    return [f"line {line}: {message}" for line, message in find_avoided(text, glossary, strict=strict)]


# ---- Acts and regulations --------------------------------------------------------------------

# Entries whose English term is the title of a law: Welsh pages name it in Welsh, with the
# English title in brackets the first time on a page, as Welsh public bodies do.
LAW_TITLE = re.compile(r"\b(Act|Measure|Regulations|Order)\b.*\b\d{4}$")
BRACKET_AFTER = re.compile(r"\s*\(\s*$")


def laws(glossary: Iterable[Term]) -> list[Term]:
    return [term for term in glossary if LAW_TITLE.search(term.en)]


@functools.cache
def _english_title(title: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(word) for word in title.split()) + r"(?!\w)")


def find_laws_in_english(text: str, glossary: Iterable[Term]) -> list[tuple[int, str]]:
    """(line, problem) where a Welsh text names a law in English instead of in Welsh.

    Each law's English title may appear once, in brackets straight after the first mention of its
    Welsh title ("Deddf Diogelu Data 2018 (Data Protection Act 2018)"); the Welsh title may be
    mutated ("o Ddeddf Diogelu Data 2018"). Link syntax should already be reduced to its text.
    """
    text = text.replace("’", "'")
    found: list[tuple[int, int, str]] = []

    def line(offset: int) -> int:
        return text.count("\n", 0, offset) + 1

    present = [term for term in laws(glossary) if term.en[-4:] in text]  # every title ends with its year
    english = {term.en: list(_english_title(term.en).finditer(text)) for term in present}
    welsh_titles = {term.en: list(_pattern(term.cy).finditer(text)) for term in present}
    for term in present:
        # A title inside a longer one belongs to it: "Equality Act 2010" in "Equality Act 2010
        # (Statutory Duties) (Wales) Regulations 2011", and the same in Welsh.
        welsh = _alone(welsh_titles[term.en], welsh_titles)
        bracketed, loose = [], []
        for match in _alone(english[term.en], english):
            before = text[:match.start()]
            after = text[match.end():match.end() + 3]
            named = any(BRACKET_AFTER.fullmatch(before[w.end():]) for w in welsh if w.end() <= match.start())
            (bracketed if named and after.lstrip().startswith(")") else loose).append(match)
        for match in loose:
            found.append((match.start(), line(match.start()),
                          f"\"{term.en}\" is named in English: write \"{term.cy} ({term.en})\" the first time "
                          f"on the page and \"{term.cy}\" after that."))
        for match in bracketed[1:]:
            found.append((match.start(), line(match.start()),
                          f"\"{term.en}\" is in brackets again: give the English title once per page, at the "
                          f"first mention of \"{term.cy}\"."))
        if welsh and not bracketed and not loose:
            found.append((welsh[0].start(), line(welsh[0].start()),
                          f"the first mention of \"{term.cy}\" needs its English title in brackets: "
                          f"\"{term.cy} ({term.en})\"."))
        elif welsh and bracketed and bracketed[0].start() > welsh[0].end() + 4:
            found.append((welsh[0].start(), line(welsh[0].start()),
                          f"give the English title of \"{term.cy}\" here, at its first mention on the page, "
                          f"not on line {line(bracketed[0].start())}."))
    return [(number, message) for _, number, message in sorted(found)]


def _alone(matches: list[re.Match[str]], every: dict[str, list[re.Match[str]]]) -> list[re.Match[str]]:
    """The matches that are not part of a longer title's match."""
    longer = [other.span() for found in every.values() for other in found]
    return [match for match in matches
            if not any(start <= match.start() and match.end() <= end and end - start > match.end() - match.start()
                       for start, end in longer)]


def terms_by_english(glossary: Iterable[Term]) -> dict[str, Term]:
    """Look up an entry by its English term, ignoring case."""
    return {_fold(term.en): term for term in glossary}
