"""What `check` and the build require of the Welsh edition, while Welsh is on.

- every team a page names as its owner, and every service's team, has a Welsh name;
- every word a Welsh page puts before a name ({{ contact("comms", "i") }}) is in the trigger table;
- no Welsh page, interface word or Welsh text in the data uses a term the glossary rules out;
- Welsh pages name laws in Welsh, with the English title in brackets the first time.

Each problem points at the file and line to change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .glossary import Term, find_avoided, find_laws_in_english, load_glossary
from .i18n import MESSAGES
from .names import UnknownTrigger, trigger_for
from .organisation import Organisation
from .pages import Page
from .problems import Problem, clip
from .registry import Registry
from .safe_yaml import load_yaml
from .validation import line_of

ORGANISATION_FILE = "data/organisation.yml"
GLOSSARY_FILE = Path("language/glossary.yml")
# An edition folder holding only data/ and docs/ is checked against the code's own language files.
SHARED_GLOSSARY = Path(__file__).resolve().parents[2] / GLOSSARY_FILE
CATALOGUE_FILE = Path(__file__).with_name("i18n.py")
CATALOGUE_SHOWN = "macros/core/i18n.py"
TEAMS_HINT = ("Add the team to teams: in data/organisation.yml with its Welsh name, for example\n"
              "      - name: {name}\n        name_cy: Tîm ...")

# Macro calls whose last argument is the word before a name: contact("comms", "i"), council("yn"),
# policy("new_account_approver", "gan").
NAME_CALL = re.compile(r"""\b(?:(?:contact|policy)\(\s*["'][A-Za-z0-9_]+["']\s*,|council\()\s*(?:after\s*=\s*)?["']([^"']*)["']""")
# Macros, code and link targets are not prose: blank them out, keeping the lines where they are.
NOT_PROSE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|`[^`\n]*`|\]\([^)\n]*\)", re.DOTALL)


def welsh_problems(root: Path, organisation: Organisation, registry: Registry, pages: dict[str, Page],
                   glossary: list[Term]) -> list[Problem]:
    """Every problem with the Welsh edition, in every file. `glossary` is the edition's, already checked."""
    welsh_pages = [page for path, page in sorted(pages.items()) if path.endswith(".cy.md")]
    problems = _team_problems(root, organisation, registry, pages) + _trigger_problems(welsh_pages)
    if organisation.data_licence.name_cy is None:
        data = load_yaml(root / ORGANISATION_FILE, ORGANISATION_FILE)
        problems.append(Problem(ORGANISATION_FILE, line_of(data, ["data_licence"]), "data_licence.name_cy",
                                "the licence has no Welsh name, so Welsh pages would name it in English",
                                "Add name_cy: (and url_cy: if the licence has a Welsh text) under data_licence."))
    if not (root / GLOSSARY_FILE).exists():
        glossary = load_glossary(SHARED_GLOSSARY)  # the code's own file, checked by the repository's own check
    return problems + glossary_problems(root, glossary, welsh_pages, organisation, registry)


# ---- names ------------------------------------------------------------------------------------

def _team_problems(root: Path, organisation: Organisation, registry: Registry, pages: dict[str, Page]) -> list[Problem]:
    problems = []
    for service in sorted(registry.services.values(), key=lambda item: item.source):
        if organisation.team(service.team) is None:
            problems.append(Problem(service.source, service.team_line, "service.team",
                                    f"the team '{clip(service.team)}' has no Welsh name, so Welsh pages cannot name it",
                                    TEAMS_HINT.format(name=service.team)))
    for page in pages.values():
        if organisation.team(page.meta.owner) is None:
            problems.append(Problem(page.shown, _front_matter_line(root / page.shown, "owner"), "owner",
                                    f"the team '{clip(page.meta.owner)}' has no Welsh name, so the Welsh review line "
                                    "cannot name it", TEAMS_HINT.format(name=page.meta.owner)))
    return problems


def _front_matter_line(path: Path, key: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
        if line.startswith(f"{key}:"):
            return number
    return 1


def _trigger_problems(welsh_pages: list[Page]) -> list[Problem]:
    problems = []
    for page in welsh_pages:
        for number, line in enumerate(page.body.splitlines(), start=page.body_line):
            for word in NAME_CALL.findall(line):
                try:
                    trigger_for(word)
                except UnknownTrigger as error:
                    problems.append(Problem(page.shown, number, "macro", str(error),
                                            "Put the word before the name inside the call only if it is in the "
                                            "table; otherwise write the name's phrase another way."))
    return problems


# ---- the glossary and laws ----------------------------------------------------------------------

def prose(text: str) -> str:
    """The text with macros, code and link targets blanked out, lines kept in place."""
    return NOT_PROSE.sub(lambda match: re.sub(r"[^\n]", " ", match.group(0)), text)


def glossary_problems(root: Path, glossary: list[Term], welsh_pages: Iterable[Page], organisation: Organisation,
                      registry: Registry) -> list[Problem]:
    """Terms the glossary rules out, in Welsh pages, the interface words and the Welsh data; laws in English."""
    problems = []
    for page in welsh_pages:
        text = prose(page.body)
        offset = page.body_line - 1
        for line, message in find_avoided(text, glossary):
            problems.append(Problem(page.shown, line + offset, "glossary", message, _GLOSSARY_HINT))
        for line, message in find_laws_in_english(text, glossary):
            problems.append(Problem(page.shown, line + offset, "law", message,
                                    "Welsh titles are in language/glossary.yml; add one there if it is missing."))
    # One pass over every other Welsh string at once: at 10,000 accounts, one search per term, not per account.
    texts = list(_welsh_texts(root, organisation, registry))
    joined = "\n".join(" ".join(text.split()) for *_, text in texts)
    for line, message in find_avoided(joined, glossary):
        shown, number, field, _ = texts[line - 1]
        problems.append(Problem(shown, number, field, message, _GLOSSARY_HINT))
    return problems


_GLOSSARY_HINT = "Use the glossary's term (language/glossary.yml), or ask a Welsh speaker if the glossary is wrong."


def _welsh_texts(root: Path, organisation: Organisation, registry: Registry) -> Iterator[tuple[str, int, str, str]]:
    """(file, line, field, text) for every Welsh string outside the pages."""
    source = CATALOGUE_FILE.read_text(encoding="utf-8").splitlines()
    for key, entry in MESSAGES.items():
        if "cy" in entry:
            line = next((number for number, text in enumerate(source, start=1) if f'"{key}":' in text), 1)
            yield CATALOGUE_SHOWN, line, key, entry["cy"]
    data = load_yaml(root / ORGANISATION_FILE, ORGANISATION_FILE)
    for path, text in _strings(data, "_cy"):
        yield ORGANISATION_FILE, line_of(data, path), ".".join(map(str, path)), text
    for account in registry.accounts:
        if account.purpose_cy:
            yield account.source, account.line, "purpose_cy", account.purpose_cy
    for service in registry.services.values():
        yield service.source, service.name_cy_line, "service.name_cy", service.name_cy


def _strings(data: Any, suffix: str, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Every string under a key ending in `suffix`, with its path in the data."""
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, str) and str(key).endswith(suffix) and not str(key).startswith("url"):
                yield (*path, key), value
            else:
                yield from _strings(value, suffix, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _strings(value, suffix, (*path, index))

