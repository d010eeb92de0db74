"""Load everything an edition is made of, checked, with one report of every problem.

`load(root)` is the one entry point: the build and `python -m macros check` both call it, so
they agree on every input: the organisation file, the account registry, every page's front
matter, the changelog, and the language files (glossary and search synonyms). CONTRIBUTING.md
lists them; the build reads no editable file that is not checked here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .accounts import SERVICE_FOLDER
from .fields import host_of
from .health import SNAPSHOT_FILE, Snapshot, load_snapshot
from .glossary import Term, load_glossary
from .organisation import Organisation, load_organisation
from .pages import Change, Page, load_changes, load_pages, page_address
from .problems import DataError, Problem, clip
from .registry import Registry
from .policy import policy_keys
from .registry_files import ContactRules, load_registry
from .safe_yaml import load_yaml
from .synonyms import Synonyms, load_synonyms
from .sources import WITHDRAWN_FILE, WithdrawnSource, load_withdrawn, withdrawn_citations
from .validation import line_of
from .welsh_checks import welsh_problems

ORGANISATION_FILE = Path("data/organisation.yml")
REGISTRY_FOLDER = Path("data/accounts")
CHANGELOG = Path("CHANGELOG.yml")
DOCS = Path("docs")
GLOSSARY = Path("language/glossary.yml")
SYNONYMS = Path("language/search-synonyms.yml")


@dataclass(frozen=True)
class Handbook:
    """One edition's checked inputs."""

    root: Path
    today: date
    organisation: Organisation
    registry: Registry
    pages: dict[str, Page]
    changes: list[Change]
    health: Snapshot | None = None  # data/health/snapshot.json, written by `python -m macros health`
    glossary: tuple[Term, ...] = ()
    synonyms: Synonyms = field(default_factory=dict)  # language → typed words → words to look for as well
    withdrawn: tuple[WithdrawnSource, ...] = ()


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
    health = _collect(problems, lambda: load_snapshot(root / SNAPSHOT_FILE, str(SNAPSHOT_FILE), today))
    if organisation and registry and organisation.example_service is not None:
        problems += _example_service_problems(organisation, registry, root)
    withdrawn = _collect(problems, lambda: load_withdrawn(root / WITHDRAWN_FILE))
    if organisation and pages:
        problems += _missing_contacts(organisation, pages)
    if registry and pages:
        problems += _service_page_clashes(registry, pages, root / DOCS)
    if pages:
        problems += _unknown_policies(pages)
    if pages and withdrawn:
        problems += withdrawn_citations({path: (page.shown, page.body, page.body_line) for path, page in pages.items()},
                                        withdrawn)
    glossary = _collect(problems, lambda: load_glossary(root / GLOSSARY, str(GLOSSARY)))
    synonyms = _collect(problems, lambda: load_synonyms(root / SYNONYMS, str(SYNONYMS)))
    if organisation and organisation.welsh and registry and pages and glossary is not None:
        problems += welsh_problems(root, organisation, registry, pages, glossary)
    if problems or organisation is None or registry is None or pages is None or changes is None:
        raise DataError(problems)
    return Handbook(root=root, today=today, organisation=organisation, registry=registry, pages=pages,
                    changes=changes, health=health, glossary=tuple(glossary or ()),
                    synonyms=synonyms or {}, withdrawn=tuple(withdrawn or ()))


def _service_page_clashes(registry: Registry, pages: dict[str, Page], docs: Path) -> list[Problem]:
    """A service whose generated page would have the address of a page in docs/ (it would never be built)."""
    by_address = {page_address(path): page.shown for path, page in pages.items()}
    problems = []
    for service in registry.services.values():
        own = page_address(f"{SERVICE_FOLDER}/{service.slug}.md")
        for address in (own, f"cy/{own}"):
            html = docs / address / "index.html"  # a page written in HTML would take the address too
            there = by_address.get(address) or (html.is_file() and html.relative_to(docs.parent).as_posix())
            if there:
                problems.append(Problem(service.source, 1, "file",
                                        f"the page for service '{service.slug}' would be at {address}, the address of "
                                        f"{there}", "Rename the service file, or move the page."))
    return problems


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


# A page asks for one of the council's own rules with {{ policy("key") }}.
POLICY_CALL = re.compile(r"""policy\(\s*["']([A-Za-z0-9_]+)["']""")


def _unknown_policies(pages: dict[str, Page]) -> list[Problem]:
    problems = []
    for page in pages.values():
        for number, line in enumerate(page.body.splitlines(), start=page.body_line):
            for key in POLICY_CALL.findall(line):
                if key not in policy_keys():
                    problems.append(Problem(page.shown, number, "policy", f"unknown policy '{clip(key, 40)}'",
                                            "Use one of: " + ", ".join(policy_keys()) + "."))
    return problems


def _collect(problems: list[Problem], action):
    try:
        return action()
    except DataError as error:
        problems += error.problems
        return None
