"""Load everything an edition is made of, checked, with one report of every problem.

`load(root)` is the one entry point: the build and `python -m macros check` both call it, so
they agree on every input: the organisation file, the account registry, every page's front
matter and the changelog.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .fields import host_of
from .organisation import Organisation, load_organisation
from .pages import Change, Page, load_changes, load_pages
from .problems import DataError, Problem, clip
from .registry import Registry
from .registry_files import ContactRules, load_registry
from .safe_yaml import load_yaml
from .validation import line_of
from .welsh_checks import welsh_problems

ORGANISATION_FILE = Path("data/organisation.yml")
REGISTRY_FOLDER = Path("data/accounts")
CHANGELOG = Path("CHANGELOG.yml")
DOCS = Path("docs")


@dataclass(frozen=True)
class Handbook:
    """One edition's checked inputs."""

    root: Path
    today: date
    organisation: Organisation
    registry: Registry
    pages: dict[str, Page]
    changes: list[Change]


def load(root: Path, today: date | None = None) -> Handbook:
    """Check every input file, reporting every problem in all of them. Raises DataError."""
    root = root.resolve()
    today = today or date.today()
    problems: list[Problem] = []
    data_folder = root / "data"
    if data_folder.is_symlink():
        problems.append(Problem("data", 1, "folder", "data/ is a symbolic link, which the handbook does not follow",
                                "Keep the data files in the repository's own data/ folder."))
    organisation = _collect(problems, lambda: load_organisation(root / ORGANISATION_FILE, root / DOCS,
                                                                shown=str(ORGANISATION_FILE)))
    contacts = None
    if organisation:
        contacts = ContactRules(organisation.email_domain, (host_of(organisation.council_website),
                                                            organisation.email_domain),
                                frozenset(address.lower() for address in organisation.team_mailboxes))
    registry = _collect(problems, lambda: load_registry(root / REGISTRY_FOLDER, contacts, today, root=root,
                                                          welsh=organisation.welsh if organisation else True))
    pages = _collect(problems, lambda: load_pages(root / DOCS, today, root))
    # The changelog names pages; with the pages unreadable, its page checks would only add noise.
    changes = _collect(problems, lambda: load_changes(load_yaml(root / CHANGELOG, str(CHANGELOG)), str(CHANGELOG),
                                                      pages, today)) if pages is not None else []
    if organisation and registry and organisation.example_service is not None:
        problems += _example_service_problems(organisation, registry, root)
    if organisation and pages:
        problems += _missing_contacts(organisation, pages)
    if organisation and organisation.welsh and registry and pages:
        problems += welsh_problems(root, organisation, registry, pages)
    if problems or organisation is None or registry is None or pages is None or changes is None:
        raise DataError(problems)
    return Handbook(root=root, today=today, organisation=organisation, registry=registry, pages=pages,
                    changes=changes)


def _example_service_problems(organisation: Organisation, registry: Registry, root: Path) -> list[Problem]:
    if organisation.example_service in registry.services:
        return []
    data = load_yaml(root / ORGANISATION_FILE, str(ORGANISATION_FILE))
    return [Problem(str(ORGANISATION_FILE), line_of(data, ["example_service"]), "example_service",
                    f"there is no service '{clip(organisation.example_service, 40)}' in data/accounts/",
                    "Use one of: " + ", ".join(sorted(registry.services)) + ", or delete the line.")]


# A page asks for a contact route with {{ contact("key") }}.
CONTACT_CALL = re.compile(r"""contact\(\s*["']([A-Za-z0-9_]+)["']""")


def _missing_contacts(organisation: Organisation, pages: dict[str, Page]) -> list[Problem]:
    """Contact routes the pages name that the organisation file lacks, found by `check` before a build."""
    problems = []
    known = ", ".join(sorted(organisation.contacts))
    for page in pages.values():
        for number, line in enumerate(page.body.splitlines(), start=page.body_line):
            for key in CONTACT_CALL.findall(line):
                if key not in organisation.contacts:
                    problems.append(Problem(
                        page.shown, number, "contact",
                        f"unknown contact '{clip(key, 40)}'. Contacts in {ORGANISATION_FILE}: {known}",
                        f"Use one of those, or add a '{clip(key, 40)}:' contact to {ORGANISATION_FILE} with "
                        "name, name_cy, when, when_cy and an email, phone or url."))
    return problems


def _collect(problems: list[Problem], action):
    try:
        return action()
    except DataError as error:
        problems += error.problems
        return None
