"""Welsh initial mutations: the one place that holds the rules.

Welsh changes the first sound of a word after certain words ("cyngor" → "y Gyngor",
"fy nghyngor", "ei chyngor"), so a reader may type any of these forms. Search applies the same
rules when it indexes the site and when it reads a query; the browser gets them from
`browser_rules()`, written to JSON at build time, so Python and JavaScript cannot drift apart.

Putting a mutation on is certain (`mutate`). Taking one off is ambiguous (an initial f may come
from b or m), so `radicals` returns every candidate and lets the index decide which are words.
"""

from __future__ import annotations

from collections.abc import Mapping

# Radical → mutated form, for each mutation. An empty string means the letter is dropped.
SOFT: Mapping[str, str] = {"c": "g", "p": "b", "t": "d", "g": "", "b": "f", "d": "dd", "ll": "l",
                           "m": "f", "rh": "r"}
NASAL: Mapping[str, str] = {"c": "ngh", "p": "mh", "t": "nh", "g": "ng", "b": "m", "d": "n"}
ASPIRATE: Mapping[str, str] = {"c": "ch", "p": "ph", "t": "th"}
KINDS = ("soft", "nasal", "aspirate", "h")
_TABLES: Mapping[str, Mapping[str, str]] = {"soft": SOFT, "nasal": NASAL, "aspirate": ASPIRATE}

# Welsh letters written with two characters: "ll" is one letter, not "l" + "l".
DIGRAPHS = ("ch", "dd", "ff", "ng", "ll", "ph", "rh", "th")
# W and y are vowels in Welsh; accented forms count too ("ŵyr", "ôl").
VOWELS = frozenset("aeiouwy" "âêîôûŵŷ" "áéíóúẃý" "àèìòùẁỳ" "äëïöüẅÿ")

# Function words a search should ignore. Mutated forms are listed too, since they are typed.
STOP_WORDS: frozenset[str] = frozenset("""
    y yr 'r r a ac ag ar i o yn 'n n na nac nad ni nid oni fe mi do naddo ie nage
    am at gan gyda efo hefo heb wrth dan tan dros tros drwy trwy mewn rhwng hyd ger rhag yng ym
    er ers 'w w 'i 'm m 'th th 'ch 'u neu ond os pe fel felly hefyd oherwydd achos tra pan nes cyn wedi
    fi ti di fo ef e hi chi nhw hwy fy dy ei ein eich eu hun hunan
    hwn hon hyn hynny hwnnw honno yma yna acw 'ma 'na ma na
    beth pa pwy sut pam ble lle pryd faint sawl
    bod fod mae maen ydy ydi yw ydw ydyn ydych oes sy sydd roedd oedd oeddwn bydd fydd byddai fyddai
    bu buodd rydw rwy rwyf dw dwi rydyn rydych wyt wyf
    gallu allu gallaf allaf galla alla gall all gellir gwneud wneud gwnes wnes gwnaeth wnaeth gwnewch
    wnewch dylwn ddylwn dylai ddylai dylech ddylech cael gael ga gaf caf eisiau isio moyn
    dim ddim mwy mor iawn
""".split())


def starts_with_vowel(word: str) -> bool:
    """Whether a word starts with a vowel sound, which decides y/yr, a/ac, gyda/gydag and h-.

    W is a vowel at the start of a word ("yr wythnos", "ac wrth") except where it glides into
    the next vowel, alone or after l, n or r ("y wal", "y Weinyddiaeth", "y wlad", "a Wrecsam"):
    then it is a consonant. "Wy" is a diphthong, so "yr Wyddfa". (Morris-Jones, A Welsh Grammar,
    §26 and §114.) A name the rule gets wrong takes its forms from the organisation file.
    """
    lower = word.lower()
    if not lower or lower[0] not in VOWELS:
        return False
    if lower[0] not in "wŵ":
        return True
    rest = lower[1:]
    if rest[:1] in ("l", "n", "r"):  # "wlad", "Wrecsam" glide; "wrth" does not
        return not (len(rest) > 1 and rest[1] in VOWELS)
    return not rest or rest[0] not in VOWELS or rest[0] in "yŷ"  # "wal" glides; "wy" is a diphthong


def _initial(word: str) -> str:
    """The word's first letter, which is two characters for a digraph."""
    return word[:2] if word[:2] in DIGRAPHS else word[:1]


def _match_case(original: str, result: str) -> str:
    # Keep a capital on the first letter (Cyngor → Gyngor); keep a word in capitals in capitals.
    if len(original) > 1 and original.isupper():
        return result.upper()
    if original[:1].isupper():
        return result[:1].upper() + result[1:]
    return result


def mutate(word: str, kind: str) -> str:
    """The word after a mutation: mutate("Cyngor", "nasal") == "Nghyngor".

    kind is "soft", "nasal", "aspirate" or "h" (an h before a vowel, as after "ei" (her)).
    A word whose first letter does not take the mutation comes back unchanged.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown mutation {kind!r}: use one of {', '.join(KINDS)}")
    lower = word.lower()
    if not word:
        return word
    if kind == "h":
        if not starts_with_vowel(word):
            return word
        return _match_case(word, "h" + word[0].lower() + word[1:])
    initial = _initial(lower)
    table = _TABLES[kind]
    if initial not in table:
        return word
    return _match_case(word, table[initial] + word[len(initial):])


def _undo_table() -> dict[str, tuple[str, ...]]:
    """Mutated beginning → the radical beginnings it can come from, derived from the tables above."""
    undo: dict[str, list[str]] = {}
    for table in _TABLES.values():
        for radical, mutated in table.items():
            if mutated:
                undo.setdefault(mutated, []).append(radical)
    for vowel in sorted(VOWELS):
        undo.setdefault(vowel, []).append("g" + vowel)  # soft mutation drops g: gardd → ardd
        undo.setdefault("h" + vowel, []).append(vowel)  # h before a vowel: ei henw → enw
    # A digraph that no mutation produces is its own letter: "ll" does not come from "l".
    for digraph in DIGRAPHS:
        if digraph not in undo and any(digraph.startswith(start) for start in undo):
            undo[digraph] = []
    return {start: tuple(dict.fromkeys(radicals)) for start, radicals in sorted(undo.items())}


UNDO: Mapping[str, tuple[str, ...]] = _undo_table()
_LONGEST = max(len(start) for start in UNDO)


def radicals(word: str) -> set[str]:
    """Every word this one could be a mutation of, and the word itself, in lower case.

    radicals("nghyngor") == {"nghyngor", "cyngor"}; radicals("fam") == {"fam", "bam", "mam"}.
    """
    lower = word.lower()
    for length in range(min(_LONGEST, len(lower)), 0, -1):
        start = lower[:length]
        if start in UNDO:
            return {lower} | {radical + lower[length:] for radical in UNDO[start]}
    return {lower}


def variants(word: str) -> set[str]:
    """Every form in the word's family: each possible radical and each of its mutations."""
    family: set[str] = set()
    for radical in radicals(word):
        family.add(radical)
        family.update(mutate(radical, kind) for kind in KINDS)
    return family


def browser_rules() -> dict[str, object]:
    """The rules the search script needs, as plain JSON: the same table, not a copy of it."""
    return {"undo": {start: list(radicals) for start, radicals in UNDO.items()},
            "stop_words": sorted(STOP_WORDS)}
