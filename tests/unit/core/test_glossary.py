"""The Welsh glossary: the file's shape, the mutation-aware check, and the Welsh pages against it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from macros.core.glossary import (
    Term,
    ambiguous_words,
    check_welsh,
    load_glossary,
    mutated_forms,
)
from macros.core.problems import DataError

ROOT = Path(__file__).resolve().parents[3]
GLOSSARY_FILE = ROOT / "language" / "glossary.yml"
GLOSSARY = load_glossary(GLOSSARY_FILE)

# Terms the handbook uses that the glossary must settle (issue 10 and the translators' brief).
REQUIRED = [
    "account", "handle", "username", "post", "comment", "direct message", "private message", "share",
    "like", "follower", "profile", "platform", "service account", "corporate account", "account registry",
    "abuse", "harassment", "threat", "safeguarding", "mistake", "correction", "pre-election period",
    "councillor", "officer", "monitoring officer", "code of conduct", "whistleblowing", "personal data",
    "data protection", "subject access request", "Freedom of Information request", "two-step verification",
    "password manager", "shared mailbox", "accessibility", "alt text", "captions", "hashtag",
    "impersonation", "fake account", "block", "mute", "hide", "report", "screenshot", "review", "owner",
    "communications team", "Welsh Language Standards", "bilingual", "machine translation", "wellbeing",
    "house rules", "emergency", "out of hours", "scenario", "official account",
]


# ---- the file -------------------------------------------------------------------------------

def test_glossary_is_big_enough_and_covers_the_handbooks_terms() -> None:
    assert len(GLOSSARY) >= 60
    english = {term.en.lower() for term in GLOSSARY}
    assert [term for term in REQUIRED if term.lower() not in english] == []


def test_every_entry_has_welsh_and_a_list_to_avoid() -> None:
    for term in GLOSSARY:
        assert isinstance(term, Term) and term.en and term.cy
        assert isinstance(term.avoid, tuple)
        assert term.note is None or "\n" not in term.note


def test_the_issues_wrong_words_are_ruled_out() -> None:
    by_english = {term.en: term for term in GLOSSARY}
    assert by_english["handle"].cy == "enw defnyddiwr" and "dolen" in by_english["handle"].avoid
    assert "esgus bod yn" in by_english["impersonation"].avoid
    assert "cyfrif go iawn" in by_english["official account"].avoid


def test_no_welsh_term_contains_a_word_the_same_entry_avoids() -> None:
    for term in GLOSSARY:
        assert not check_welsh(term.cy, [term], strict=True), term


@pytest.mark.parametrize(("text", "where", "message"), [
    ("en: account\ncy: cyfrif\n", "1: file", "should be a list of entries"),
    ("- en: account\n  cy: cyfrif\n", "1: [1].avoid", "this field is missing"),
    ("- en: account\n  cy: cyfrif\n  avoid: []\n  colour: red\n", "4: [1].colour", "'colour' is not a field we know"),
    ("- en: account\n  cy: cyfrif\n  avoid: dolen\n", "3: [1].avoid", "this should be a list"),
    ("- en: account\n  cy: cyfrif\n  avoid: [cyfrif]\n", "3: [1].avoid", "own Welsh term"),
    ("- en: account\n  cy: cyfrif\n  avoid: []\n- en: Account\n  cy: cyfrif\n  avoid: []\n", "4: [2].en", "twice"),
    ("- just a string\n", "1: [1]", "each entry should be a group of 'key: value' lines"),
    ("- en: account\n  cy: cyfrif\n  avoid: [dolen, 3]\n", "3: [1].avoid[2]", "should be text"),
    ("- en: account\n  cy: \"cyf\\uFFFErif\"\n  avoid: []\n", "2: [1].cy", "U+FFFE"),
    ("- en: account\n  en: acount\n  cy: cyfrif\n  avoid: []\n", "2: en", "appears twice"),
])
def test_a_broken_glossary_is_refused_with_file_and_line(tmp_path: Path, text: str, where: str, message: str) -> None:
    path = tmp_path / "glossary.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as raised:
        load_glossary(path, "language/glossary.yml")
    report = raised.value.report()
    assert f"language/glossary.yml:{where}: " in report and message in report, report


def test_a_well_formed_glossary_loads(tmp_path: Path) -> None:
    path = tmp_path / "glossary.yml"
    path.write_text("- en: account\n  cy: cyfrif\n  avoid: []\n  note: Plural cyfrifon.\n", encoding="utf-8")
    assert load_glossary(path) == [Term(en="account", cy="cyfrif", avoid=(), note="Plural cyfrifon.")]


# ---- mutations ------------------------------------------------------------------------------

@pytest.mark.parametrize(("word", "forms"), [
    ("cyfrif", {"cyfrif", "gyfrif", "nghyfrif", "chyfrif"}),
    ("platfform", {"platfform", "blatfform", "mhlatfform", "phlatfform"}),
    ("tîm", {"tîm", "dîm", "nhîm", "thîm"}),
    ("gwall", {"gwall", "wall", "ngwall"}),
    ("blocio", {"blocio", "flocio", "mlocio"}),
    ("dolen", {"dolen", "ddolen", "nolen"}),
    ("llwyfan", {"llwyfan", "lwyfan"}),
    ("rhannu", {"rhannu", "rannu"}),
    ("mesur", {"mesur", "fesur"}),
    ("enw", {"enw", "henw"}),
    ("chwiban", {"chwiban"}),  # ch, dd, ff, ph, th and ng do not mutate
    ("ffug", {"ffug"}),
])
def test_mutated_forms(word: str, forms: set[str]) -> None:
    assert mutated_forms(word) == forms


# ---- the check ------------------------------------------------------------------------------

HANDLE = Term(en="handle", cy="enw defnyddiwr", avoid=("dolen", "handlen"))
REPORT = Term(en="report", cy="rhoi gwybod am", avoid=("riportio",))
OFFICIAL = Term(en="official account", cy="cyfrif swyddogol", avoid=("cyfrif go iawn",))


@pytest.mark.parametrize(("text", "found"), [
    ("Chwiliwch am ddolen y cyfrif.", "ddolen"),        # soft mutation
    ("Dyma fy nolen i.", "nolen"),                      # nasal mutation
    ("DOLEN y cyfrif", "DOLEN"),                        # any case
    ("Ei handlen hi.", "handlen"),
    ("Gallwch ei riportio i'r platfform.", "riportio"),
    ("Mae'n gyfrif\n  go iawn.", "gyfrif go iawn"),     # a phrase across a line break, mutated
])
def test_check_finds_avoided_words_and_their_mutations(text: str, found: str) -> None:
    problems = check_welsh(text, [HANDLE, REPORT, OFFICIAL])
    assert len(problems) == 1 and f'"{found}"' in problems[0]
    assert problems[0].startswith("line ")


def test_check_names_the_line_and_the_right_term() -> None:
    problems = check_welsh("Llinell gyntaf.\nGwiriwch y ddolen.", [HANDLE])
    assert problems == ['line 2: "ddolen" (a form of "dolen") is ruled out for "handle": use "enw defnyddiwr".']


def test_negative_control_clean_welsh_has_no_problems() -> None:
    clean = ("Gwiriwch enw defnyddiwr y cyfrif. Rhowch wybod i'r platfform am y neges. "
             "Mae'r dolenni'n gweithio. Mae hwn yn gyfrif swyddogol. Mae'n ein dynwared ni.")
    assert check_welsh(clean, [HANDLE, REPORT, OFFICIAL]) == []
    # ...while the same check on the same words, used wrongly, is not empty: the control is live.
    assert check_welsh(clean.replace("enw defnyddiwr", "dolen"), [HANDLE, REPORT, OFFICIAL])


def test_whole_words_only() -> None:
    # "dolenni" (links) and "cyfrifon go iawn" contain the avoided words but are other words.
    assert check_welsh("Mae'r dolenni yma. Dyma gyfrifon go iawn.", [HANDLE, OFFICIAL]) == []


def test_a_word_right_in_another_sense_is_only_reported_when_strict() -> None:
    link = Term(en="link", cy="dolen", avoid=("linc",))
    glossary = [HANDLE, link]
    assert ambiguous_words(glossary) == {"dolen": [link]}
    assert check_welsh("Cliciwch ar y ddolen.", glossary) == []
    strict = check_welsh("Cliciwch ar y ddolen.", glossary, strict=True)
    assert len(strict) == 1 and 'right for "link"' in strict[0]


def test_the_real_glossary_catches_the_wording_issue_10_reported() -> None:
    before = ("Chwiliwch y dudalen hon am enw neu ddolen y cyfrif. "
              "Os ydych chi'n meddwl bod cyfrif yn esgus bod yn ni, rhowch wybod. "
              "Defnyddiwch hi i wirio mai ni sydd biau cyfrif go iawn.")
    problems = check_welsh(before, GLOSSARY)
    assert len(problems) == 3
    assert check_welsh("Chwiliwch am enw defnyddiwr y cyfrif. Mae cyfrif yn ein dynwared.", GLOSSARY) == []


# ---- the Welsh pages ------------------------------------------------------------------------

MACROS = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|`[^`]*`|\]\([^)]*\)", re.DOTALL)


@pytest.mark.parametrize("page", sorted((ROOT / "docs").glob("*.cy.md")), ids=lambda path: path.name)
def test_welsh_pages_use_no_avoided_terms(page: Path) -> None:
    text = MACROS.sub(lambda match: re.sub(r"[^\n]", " ", match.group(0)), page.read_text(encoding="utf-8"))
    assert check_welsh(text, GLOSSARY) == []
