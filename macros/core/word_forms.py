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

import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache

from . import cymraeg

# How a word is cut into the table's small files: by its first two letters (after `fold`).
PREFIX_LENGTH = 2


def fold(word: str) -> str:
    """The word in lower case without accents: "Dilëwyd" → "dilewyd"."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFD", word.lower())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


@cache
def welsh_dictionary() -> Mapping[str, str]:
    """Folded word form → folded dictionary form, for every Welsh form simplemma knows."""
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    raw = DefaultDictionaryFactory().get_dictionary("cy")
    table: dict[str, str] = {}
    for form, dictionary_form in raw.items():  # str → str (bytes in some simplemma versions)
        folded = fold(form.decode() if isinstance(form, bytes) else form)
        folded_lemma = fold(dictionary_form.decode() if isinstance(dictionary_form, bytes) else dictionary_form)
        if folded != folded_lemma and folded.isalpha():
            table.setdefault(folded, folded_lemma)
    return table


def lemma(word: str, dictionary: Mapping[str, str] | None = None) -> str:
    """A Welsh word's dictionary form, folded; the folded word itself if the dictionary lacks it."""
    folded = fold(word)
    return (welsh_dictionary() if dictionary is None else dictionary).get(folded, folded)


def forms(word: str, language: str, dictionary: Mapping[str, str] | None = None) -> set[str]:
    """Every form search looks for when a reader types `word` (or when a page holds it)."""
    folded = fold(word)
    if language != "cy":
        return {folded}
    candidates = {fold(radical) for radical in cymraeg.radicals(folded)}
    return candidates | {lemma(candidate, dictionary) for candidate in candidates}


def browser_table(vocabulary: Iterable[str]) -> dict[str, dict[str, str]]:
    """The part of the dictionary a reader's query can use, cut by prefix: prefix → {form: lemma}.

    Only forms whose dictionary form is in `vocabulary` (the words the index holds) are kept:
    any other form could find nothing anyway.
    """
    wanted = {fold(word) for word in vocabulary}
    files: dict[str, dict[str, str]] = {}
    for form, dictionary_form in welsh_dictionary().items():
        if dictionary_form in wanted:
            files.setdefault(prefix(form), {})[form] = dictionary_form
    return files


def prefix(word: str) -> str:
    """Which small file of the browser table holds `word` (its first letters, folded)."""
    return fold(word)[:PREFIX_LENGTH]
