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
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

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


# The folded table takes most of a second to make from simplemma's dictionary, and building a
# dictionary of its 377,000 forms again took a sixth of a second on every build. So the first
# build stores it in an SQLite file in the user's cache folder (or HANDBOOK_CACHE), named after
# simplemma's version and this table's layout (TABLE_VERSION), and every later build asks that
# file for only the forms it needs. A missing or damaged file is made again.
TABLE_VERSION = 2
_COMPLETE = 1  # the file's user_version once every row is written


def table_file() -> Path | None:
    try:
        version = importlib.metadata.version("simplemma")
    except importlib.metadata.PackageNotFoundError:
        return None
    return cache_folder() / f"welsh-forms-simplemma-{version}-v{TABLE_VERSION}.sqlite"


class StoredTable(Mapping[str, str]):
    """The folded table, read from its SQLite file one question at a time."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def get(self, form: str, default: Any = None) -> Any:
        row = self._db.execute("SELECT lemma FROM forms WHERE form = ?", (form,)).fetchone()
        return default if row is None else row[0]

    def __getitem__(self, form: str) -> str:
        found = self.get(form, _MISSING)
        if found is _MISSING:
            raise KeyError(form)
        return found

    def __iter__(self) -> Iterator[str]:
        return (form for (form,) in self._db.execute("SELECT form FROM forms"))

    def items(self) -> Any:  # one query, not one per form
        return dict(self._db.execute("SELECT form, lemma FROM forms")).items()

    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM forms").fetchone()[0]

    def with_lemmas(self, lemmas: Iterable[str]) -> Iterator[tuple[str, str]]:
        """(form, lemma) for every form whose lemma is one of `lemmas`."""
        wanted = sorted(set(lemmas))
        for start in range(0, len(wanted), 500):  # SQLite takes a limited number of values at once
            chunk = wanted[start:start + 500]
            yield from self._db.execute(
                f"SELECT form, lemma FROM forms WHERE lemma IN ({','.join('?' * len(chunk))})", chunk)


_MISSING = object()


@cache
def welsh_dictionary() -> Mapping[str, str]:
    """Folded word form → folded dictionary form, for every Welsh form simplemma knows."""
    stored = table_file()
    if stored and (table := _open(stored)) is not None:
        return table
    table = _fold_dictionary()
    if stored:
        with contextlib.suppress(OSError, sqlite3.Error):  # a read-only home only costs the next build the time again
            _store(table, stored)
    return table


def _open(stored: Path) -> StoredTable | None:
    if not stored.is_file():
        return None
    # immutable: no locks, and a table another build puts in its place later leaves this one whole.
    try:
        connection = sqlite3.connect(f"{stored.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)
    except sqlite3.Error:
        return None  # unreadable: made again in memory
    try:
        if connection.execute("PRAGMA user_version").fetchone()[0] == _COMPLETE:
            connection.execute("SELECT lemma FROM forms WHERE form = 'plant'").fetchone()
            return StoredTable(connection)
    except sqlite3.Error:
        pass  # damaged: made again
    connection.close()
    return None


def _store(table: Mapping[str, str], stored: Path) -> None:
    stored.parent.mkdir(parents=True, exist_ok=True)
    temporary = stored.with_name(f"{stored.name}.{os.getpid()}")
    temporary.unlink(missing_ok=True)
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.execute("CREATE TABLE forms (form TEXT PRIMARY KEY, lemma TEXT NOT NULL) WITHOUT ROWID")
            connection.executemany("INSERT INTO forms VALUES (?, ?)", table.items())
            connection.execute("CREATE INDEX by_lemma ON forms (lemma)")
            connection.execute(f"PRAGMA user_version = {_COMPLETE}")
            connection.commit()
        finally:
            connection.close()
        os.replace(temporary, stored)  # whole or not at all, even with two builds at once
    except BaseException:
        temporary.unlink(missing_ok=True)  # a full disk leaves nothing behind
        raise
    for older in stored.parent.glob("welsh-forms-simplemma-*"):  # another version's or layout's table
        if older.name != stored.name and not older.name.startswith(f"{stored.name}."):
            with contextlib.suppress(OSError):
                older.unlink()


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
    table = welsh_dictionary()
    pairs = (table.with_lemmas(wanted) if isinstance(table, StoredTable)
             else ((form, lemma) for form, lemma in table.items() if lemma in wanted))
    files: dict[str, dict[str, str]] = {}
    for form, dictionary_form in sorted(pairs):
        if len(form) >= MIN_LOOKUP_LENGTH:
            files.setdefault(prefix(form), {})[form] = dictionary_form
    return files


def prefix(word: str) -> str:
    """Which small file of the browser table holds `word` (its first letters, folded)."""
    return fold(word)[:PREFIX_LENGTH]
