"""A team's or a contact route's names in English and Welsh, and how each reads in a sentence.

The organisation file gives them (contacts, teams); pages, listings and the review line place them
after a word ("gan y Tîm Cyfathrebu", "by the communications team") through `parts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import Field, model_validator

from .fields import OneLine
from .names import english_parts, welsh_parts
from .problems import UnknownValueError, clip
from .validation import StrictModel


class NameForms(StrictModel):
    """A name's mutated Welsh forms, where the rules in core/cymraeg.py would get it wrong."""

    soft: OneLine | None = Field(default=None, max_length=100)
    nasal: OneLine | None = Field(default=None, max_length=100)
    aspirate: OneLine | None = Field(default=None, max_length=100)


# A Welsh name that carries its own article: "Swyddfa'r Wasg", "Tîm y Wasg", "Polisi chwythu'r chwiban".
# "Y tu allan i" (outside) is a preposition, not an article.
OWN_ARTICLE = re.compile(r"\w('r|’r)\s|\s(y|yr)\s(?!tu\s)", re.IGNORECASE)


def own_article_problem(name_cy: str, definite_cy: bool | None) -> str | None:
    """Why a Welsh name needs definite_cy written out: the rule cannot tell whether it takes 'y'."""
    if definite_cy is None and OWN_ARTICLE.search(name_cy):
        return (f"the Welsh name '{clip(name_cy)}' has an article inside it, so say whether it also takes "
                "'y' before it: add definite_cy: false (\"i Swyddfa'r Wasg\") or definite_cy: true")
    return None


class Named(StrictModel):
    """A team's or a contact route's names, and how each reads in a sentence in its language."""

    name: OneLine = Field(min_length=2, max_length=100)
    name_cy: OneLine = Field(min_length=2, max_length=100)
    # English: read with "the" ("tell the communications team")? False for "ask electoral services".
    definite: bool = True
    # Welsh decides apart from English: with "y", "yr" or "'r" ("i'r Tîm Cyfathrebu") unless this is
    # false, as for a name with its own article ("i Swyddfa'r Wasg").
    definite_cy: bool | None = None
    # A feminine Welsh noun takes a soft mutation after the article: "y Ganolfan Gyswllt".
    feminine: bool = False
    name_cy_forms: NameForms | None = None

    @model_validator(mode="after")
    def _welsh_article(self) -> Named:
        problem = own_article_problem(self.name_cy, self.definite_cy)
        if problem:
            raise ValueError(problem)
        return self

    def parts(self, lang: str, trigger: str | None = None) -> tuple[str, str]:
        """(the words before the name, the name's form) after `trigger`: ("i'r ", "Tîm Cyfathrebu")."""
        if lang == "cy":
            forms = self.name_cy_forms.model_dump() if self.name_cy_forms else None
            definite = True if self.definite_cy is None else self.definite_cy
            return welsh_parts(self.name_cy, trigger, definite=definite, feminine=self.feminine, forms=forms)
        return english_parts(self.name, trigger, definite=self.definite)

    def phrase(self, lang: str, trigger: str | None = None) -> str:
        """The name as it reads in a sentence after `trigger` (a word such as "i" or "tell")."""
        return "".join(self.parts(lang, trigger))

    def label(self, lang: str) -> str:
        """The name on its own, as a heading or a table shows it."""
        return self.name_cy if lang == "cy" else self.name


@dataclass(frozen=True)
class EnglishTeam:
    """A team with no entry in the organisation file: fine in English, refused in Welsh."""

    name: str

    def parts(self, lang: str, trigger: str | None = None) -> tuple[str, str]:
        return english_parts(self.label(lang), trigger, definite=True)

    def label(self, lang: str) -> str:
        if lang == "cy":  # `check` refuses this while Welsh is on: never an English name on a Welsh page
            raise UnknownValueError(f"team '{clip(self.name)}' has no Welsh name: add it to teams: in "
                                    "data/organisation.yml")
        return self.name
