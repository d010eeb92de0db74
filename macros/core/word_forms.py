"""Word forms for search: the same word typed with or without accents, mutated, plural or conjugated.

- `fold` takes accents off and lowers case: "Caniatâd" and "caniatad" are one word to search.
- Welsh: `lemma` gives a word's dictionary form from simplemma's Welsh dictionary (code MIT,
  data ODbL): "cyfrifon" → "cyfrif", "plant" → "plentyn", "isio" → "eisiau", "dw" → "bod".
  Only the dictionary is used, never a guess, so Python and the browser (which gets the same
  table, cut into small files) always agree.
- `forms` is what search looks for: the folded word, the radicals it may be a mutation of
  (cymraeg.radicals) and each one's dictionary form.

English needs none of this: Pagefind stems English words itself.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.metadata
import os
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

from . import cymraeg
from .cache import cache_folder

# How a word is cut into the table's small files: by its first two letters (after `fold`).
PREFIX_LENGTH = 2
# Shorter words are too ambiguous to look up ("ai", a question word, is also a form of "mynd").
MIN_LOOKUP_LENGTH = 4


def fold(word: str) -> str:
    """The word in lower case without accents: "Dilëwyd" → "dilewyd"."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFD", word.lower())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


# The folded table takes most of a second to make from simplemma's dictionary and a tenth to read
# back, so every build after the first reads it from a file in the user's cache folder (or
# HANDBOOK_CACHE), named after simplemma's version and this table's layout (TABLE_VERSION).
TABLE_VERSION = 1


def table_file() -> Path | None:
    try:
        version = importlib.metadata.version("simplemma")
    except importlib.metadata.PackageNotFoundError:
        return None
    return cache_folder() / f"welsh-forms-simplemma-{version}-v{TABLE_VERSION}.txt"


@cache
def welsh_dictionary() -> Mapping[str, str]:
    """Folded word form → folded dictionary form, for every Welsh form simplemma knows."""
    cached = table_file()
    try:
        forms, _, lemmas = cached.read_text(encoding="utf-8").partition("\0") if cached else ("", "", "")
        if forms and lemmas:
            return dict(zip(forms.split("\n"), lemmas.split("\n"), strict=True))
    except (OSError, UnicodeDecodeError, ValueError):
        pass  # missing or damaged: made again below
    table = _fold_dictionary()
    if cached:
        with contextlib.suppress(OSError):  # a read-only home only costs the next build the time again
            cached.parent.mkdir(parents=True, exist_ok=True)
            temporary = cached.with_name(f"{cached.name}.{os.getpid()}")
            temporary.write_text("\n".join(table) + "\0" + "\n".join(table.values()), encoding="utf-8")
            os.replace(temporary, cached)
    return table


def _fold_dictionary() -> dict[str, str]:
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    raw = DefaultDictionaryFactory().get_dictionary("cy")
    table: dict[str, str] = {}
    for form, dictionary_form in raw.items():  # str → str (bytes in some simplemma versions)
        folded = fold(form.decode() if isinstance(form, bytes) else form)
        folded_lemma = fold(dictionary_form.decode() if isinstance(dictionary_form, bytes) else dictionary_form)
        if folded != folded_lemma and folded.isalpha() and "\n" not in folded_lemma and "\0" not in folded_lemma:
            table.setdefault(folded, folded_lemma)
    return table


def lemma(word: str, dictionary: Mapping[str, str] | None = None) -> str:
    """A Welsh word's dictionary form, folded; the folded word itself if the dictionary lacks it."""
    folded = fold(word)
    return (welsh_dictionary() if dictionary is None else dictionary).get(folded, folded)


def forms(word: str, language: str, dictionary: Mapping[str, str] | None = None) -> set[str]:
    """Every form search looks for when a reader types `word` (or when a page holds it)."""
    if dictionary is None:
        return set(_forms_with_simplemma(word, language))
    return _forms(word, language, dictionary)


@functools.lru_cache(maxsize=100_000)  # a registry repeats its words (team names, purposes) thousands of times
def _forms_with_simplemma(word: str, language: str) -> frozenset[str]:
    return frozenset(_forms(word, language, None))


def _forms(word: str, language: str, dictionary: Mapping[str, str] | None) -> set[str]:
    folded = fold(word)
    if language != "cy":
        return {folded}
    candidates = {fold(radical) for radical in cymraeg.radicals(folded)}
    return candidates | {lemma(candidate, dictionary) for candidate in candidates
                         if len(candidate) >= MIN_LOOKUP_LENGTH}


def browser_table(vocabulary: Iterable[str]) -> dict[str, dict[str, str]]:
    """The part of the dictionary a reader's query can use, cut by prefix: prefix → {form: lemma}.

    Only forms whose dictionary form is in `vocabulary` (the words the index holds) are kept:
    any other form could find nothing anyway.
    """
    wanted = {fold(word) for word in vocabulary}
    files: dict[str, dict[str, str]] = {}
    for form, dictionary_form in welsh_dictionary().items():
        if dictionary_form in wanted and len(form) >= MIN_LOOKUP_LENGTH:
            files.setdefault(prefix(form), {})[form] = dictionary_form
    return files


def prefix(word: str) -> str:
    """Which small file of the browser table holds `word` (its first letters, folded)."""
    return fold(word)[:PREFIX_LENGTH]
