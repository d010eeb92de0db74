"""The search synonyms file (language/search-synonyms.yml): words staff type, and words to look for as well.

    en:
      purdah: [pre-election period]
    cy:
      trolio: [camdriniaeth]

Checked like the registry, with `file:line` problems; the search index reads the checked result.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, ValidationError

from .fields import OneLine
from .problems import DataError, Problem, clip
from .safe_yaml import load_yaml
from .validation import StrictModel, line_of, problems_from

# What a reader may type, or what the search looks for: a word or a short phrase.
Words = Annotated[OneLine, Field(min_length=1, max_length=60)]
# language → what a reader types (lower case) → what the search looks for as well (lower case).
Synonyms = dict[str, dict[str, list[str]]]
HINT = "Write each entry as 'typed words: [other, words]', under en: or cy:."


class SynonymsFile(StrictModel):
    en: dict[Words, Annotated[list[Words], Field(min_length=1, max_length=20)]] = {}
    cy: dict[Words, Annotated[list[Words], Field(min_length=1, max_length=20)]] = {}


def load_synonyms(path: Path, shown: str | None = None) -> Synonyms:
    """Read and check the synonyms file; no file, no synonyms. Raises DataError."""
    shown = shown or str(path)
    if not path.exists() and not path.is_symlink():
        return {}
    data = load_yaml(path, shown)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise DataError([Problem(shown, 1, "file", "the synonyms file should have an 'en:' and a 'cy:' section", HINT)])
    try:
        checked = SynonymsFile.model_validate(data)
    except ValidationError as error:
        raise DataError(problems_from(error, data, shown, SynonymsFile, hints={"en": HINT, "cy": HINT})) from None
    synonyms: Synonyms = {}
    problems = []
    for language in SynonymsFile.model_fields:
        entries: dict[str, list[str]] = {}
        for typed, words in getattr(checked, language).items():
            key = typed.lower()
            if key in entries:  # "Purdah" and "purdah" are one entry: the search lower-cases what is typed
                problems.append(Problem(shown, line_of(data, [language, typed]), f"{language}.{clip(typed, 40)}",
                                        f"'{clip(typed, 40)}' is already in the file, in another case",
                                        "Keep one entry and merge the words of the other into it."))
            entries[key] = [word.lower() for word in words]
        if language in data:
            synonyms[language] = entries
    if problems:
        raise DataError(problems)
    return synonyms
