"""Read the account registry (one YAML file per service) and check every entry.

Collects every problem in every file before raising, so an editor sees them all at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .accounts import (RESERVED_SERVICE_NAMES, SERVICE_SLUG, Account, AccountEntry, Language, Service, ServiceEntry,
                       Status)
from .fields import contact_problem
from .platform_table import PLATFORMS, get_platform
from .platforms import Platform, PlatformError
from .problems import DataError, Problem, clip
from .registry import Registry
from .safe_yaml import load_yaml
from .validation import line_of, problems_from

HINTS = {
    "platform": "Use one of: " + ", ".join(PLATFORMS) + ".",
    "language": "Use en, cy or bilingual.",
    "status": "Use active, dormant or archived.",
    "purpose": "Write one sentence of 10 to 200 characters saying what the account is for.",
    "display_name": "Use the name shown on the profile, up to 80 characters.",
}


@dataclass(frozen=True)
class ContactRules:
    """What a published contact must be: a mailbox on the council's domain or a form on its website."""

    email_domain: str
    web_hosts: tuple[str, ...]
    team_mailboxes: frozenset[str] = frozenset()

    def problem(self, contact: str) -> str | None:
        return contact_problem(contact, self.email_domain, self.web_hosts, self.team_mailboxes)


CONTACT_HINT = "Use a shared team mailbox on the council's domain, or a web form on the council's website."
SERVICE_FILE_TYPES = (".yml", ".yaml")
NOT_SERVICE_FILES = {".gitkeep", "README.md"}


def load_registry(folder: Path, contacts: ContactRules | None, today: date | None = None,
                  root: Path | None = None, welsh: bool = True) -> Registry:
    """Read every service file in `folder`. Collects all problems, then raises DataError."""
    today = today or date.today()
    problems: list[Problem] = []
    services: dict[str, Service] = {}
    accounts: list[Account] = []
    files = service_files(folder, root, problems)
    if not files and not problems:
        raise DataError([Problem(_shown(folder, root), 1, "folder", "there are no service files here",
                                 "Add one YAML file per service, for example libraries.yml.")])
    for path in files:
        shown = _shown(path, root)
        try:
            service, entries = _read_service_file(path, shown, contacts, problems)
        except DataError as error:
            problems += error.problems
            continue
        if service is None:
            continue
        services[service.slug] = service
        for index, entry in enumerate(entries):
            account = _check_account(entry, index, entries, service, shown, contacts, today, problems)
            if account:
                accounts.append(account)
    problems += _duplicates(accounts)
    if welsh:
        problems += _english_only_without_reason(accounts)
    if problems:
        raise DataError(problems)
    order = {key: index for index, key in enumerate(PLATFORMS)}
    accounts.sort(key=lambda a: (a.service.slug, order[a.platform.key], a.display_name.casefold()))
    return Registry(services=services, accounts=tuple(accounts))


def service_files(folder: Path, root: Path | None, problems: list[Problem]) -> list[Path]:
    """The service files, refusing links and names that could mean two files or none."""
    if folder.is_symlink() or not folder.is_dir():
        problems.append(Problem(_shown(folder, root), 1, "folder", "data/accounts must be a folder, not a link",
                                "Keep the service files in the repository's own data/accounts/ folder."))
        return []
    files: list[Path] = []
    seen: dict[str, Path] = {}
    for path in sorted(folder.iterdir()):
        shown = _shown(path, root)
        if path.name in NOT_SERVICE_FILES or path.name.startswith("."):
            continue
        if path.is_symlink():
            problems.append(Problem(shown, 1, "file", "this is a symbolic link, which the handbook does not follow",
                                    "Replace the link with the service file itself."))
            continue
        if path.suffix.lower() not in SERVICE_FILE_TYPES or not path.is_file():
            problems.append(Problem(shown, 1, "file", "this is not a service file (they end in .yml)",
                                    "Move it out of data/accounts/, or rename it to end in .yml."))
            continue
        if path.suffix not in SERVICE_FILE_TYPES:
            problems.append(Problem(shown, 1, "file", f"'{clip(path.name, 60)}' ends in '{clip(path.suffix, 10)}'",
                                    f"Rename it to {clip(path.stem.lower(), 60)}.yml, in lower case."))
            continue
        key = path.stem.casefold()
        if key in seen:
            problems.append(Problem(shown, 1, "file", f"this and {seen[key].name} are the same service",
                                    "Keep one file per service: merge the two and delete the other."))
            continue
        seen[key] = path
        files.append(path)
    return files


def _shown(path: Path, root: Path | None) -> str:
    try:
        return str(path.relative_to(root)) if root else str(path)
    except ValueError:
        return str(path)


def _read_service_file(path: Path, shown: str, contacts: ContactRules | None,
                       problems: list[Problem]) -> tuple[Service | None, list[Any]]:
    data = load_yaml(path, shown)
    slug = path.stem
    if not SERVICE_SLUG.match(slug):
        problems.append(Problem(shown, 1, "file", f"'{clip(path.name, 60)}' is not a good file name for a service",
                                "Use lower-case words joined by hyphens, for example waste-and-recycling.yml."))
        return None, []
    if slug in RESERVED_SERVICE_NAMES:
        problems.append(Problem(shown, 1, "file", f"'{slug}' cannot name a service: it is the name of "
                                f"{RESERVED_SERVICE_NAMES[slug]}, so the service's page would clash with it",
                                f"Rename the file after the service in other words, for example {slug}-service.yml."))
        return None, []
    if not isinstance(data, dict):
        problems.append(Problem(shown, 1, "file", "the file should start with 'service:' and 'accounts:'",
                                "Copy the layout of another file in data/accounts/."))
        return None, []
    unknown = [key for key in data if key not in {"service", "accounts"}]
    for key in unknown:
        problems.append(Problem(shown, data.key_lines[key], clip(key, 40), f"'{clip(key, 40)}' is not a section we know",
                                "A service file has two sections: service and accounts."))
    service_data = data.get("service")
    try:
        entry = ServiceEntry.model_validate(service_data)
    except ValidationError as error:
        problems += problems_from(error, service_data or data, shown, ServiceEntry, prefix=("service",))
        return None, []
    reason = contacts.problem(entry.contact) if contacts else None
    if reason:
        problems.append(Problem(shown, line_of(service_data, ["contact"]), "service.contact", reason, CONTACT_HINT))
    entries = data.get("accounts")
    if entries is None or not isinstance(entries, list):
        line = data.key_lines.get("accounts", data.line)
        problems.append(Problem(shown, line, "accounts", "there should be a list of accounts here",
                                "Start each account with '- platform: ...'. An empty list is written 'accounts: []'."))
        entries = []
    service = Service(slug=slug, name=entry.name, name_cy=entry.name_cy, team=entry.team,
                      contact=entry.contact, source=shown, team_line=line_of(service_data, ["team"]),
                      name_cy_line=line_of(service_data, ["name_cy"]), search_terms=tuple(entry.search_terms),
                      search_terms_cy=tuple(entry.search_terms_cy))
    return service, entries


def _check_account(raw: Any, index: int, entries: list[Any], service: Service, shown: str,
                   contacts: ContactRules | None, today: date, problems: list[Problem]) -> Account | None:
    line = entries.item_lines[index] if hasattr(entries, "item_lines") else 1
    prefix = (f"accounts[{index + 1}]",)
    if not isinstance(raw, dict):
        problems.append(Problem(shown, line, prefix[0], "each account should be a group of 'key: value' lines",
                                "Start the account with '- platform: ...' and indent the other lines."))
        return None
    try:
        entry = AccountEntry.model_validate(raw)
    except ValidationError as error:
        problems += problems_from(error, raw, shown, AccountEntry, prefix=prefix, hints=HINTS)
        return None
    found: list[Problem] = []

    def problem(field_name: str, message: str, hint: str = "") -> None:
        found.append(Problem(shown, line_of(raw, [field_name]), f"{prefix[0]}.{field_name}", message, hint))

    try:
        platform = get_platform(entry.platform)
        handle = platform.normalise_handle(entry.handle)
    except PlatformError as error:
        problem(error.field, error.message, error.hint)
        problems += found
        return None
    url = platform.profile_url(handle)
    if entry.url is not None:
        try:
            url = platform.check_url(entry.url, handle)
        except PlatformError as error:
            problem(error.field, error.message, error.hint or f"Use {platform.profile_url(handle)}")
    contact = entry.contact or service.contact
    reason = contacts.problem(contact) if contacts and entry.contact else None
    if reason:
        problem("contact", reason, CONTACT_HINT)
    _check_dates(entry, today, problem)
    previous = _previous_handles(entry, platform, handle, today, raw, shown, prefix[0], found)
    problems += found
    if found:
        return None
    return Account(platform=platform, handle=handle, url=url, display_name=entry.display_name,
                   purpose=entry.purpose, purpose_cy=entry.purpose_cy, language=entry.language,
                   language_reason=entry.language_reason,
                   status=entry.status, opened=entry.opened, closed=entry.closed,
                   last_verified=entry.last_verified, contact=contact, service=service,
                   source=shown, line=line, previous_handles=previous)


def _check_dates(entry: AccountEntry, today: date, problem: Any) -> None:
    for name in ("opened", "closed", "last_verified"):
        value = getattr(entry, name)
        if value is not None and value > today:
            problem(name, f"{value.isoformat()} is in the future", "Use today's date or an earlier one.")
    if entry.status is Status.ARCHIVED and entry.closed is None:
        problem("closed", "an archived account needs the date it closed",
                "Add 'closed: YYYY-MM-DD' with the day the account stopped.")
    if entry.status is not Status.ARCHIVED and entry.closed is not None:
        problem("closed", f"only archived accounts have a closed date, but this one is {entry.status.value}",
                "Remove 'closed:' or set 'status: archived'.")
    if entry.closed and entry.closed < entry.opened:
        problem("closed", "the account closed before it opened", "Check both dates.")
    if entry.last_verified and entry.last_verified < entry.opened:
        problem("last_verified", "the account was verified before it opened", "Check both dates.")


def _previous_handles(entry: AccountEntry, platform: Platform, handle: str, today: date, raw: Any, shown: str,
                      prefix: str, found: list[Problem]) -> tuple[tuple[str, date], ...]:
    """The renames, checked: real handles on the platform, oldest first, within the account's life."""
    checked: list[tuple[str, date]] = []
    last = entry.opened
    for index, rename in enumerate(entry.previous_handles):
        where = ["previous_handles", index]
        field = f"{prefix}.previous_handles[{index + 1}]"

        def problem(part: str, message: str, hint: str) -> None:
            found.append(Problem(shown, line_of(raw, [*where, part]), f"{field}.{part}", message, hint))

        try:
            old = platform.normalise_handle(rename.handle)
        except PlatformError as error:
            problem("handle", error.message, error.hint)
            continue
        if platform.handle_key(old) == platform.handle_key(handle):
            problem("handle", "this is the account's current handle, not an old one",
                    "List only handles the account used before it was renamed.")
        if rename.changed > today:
            problem("changed", f"{rename.changed.isoformat()} is in the future", "Use the day the handle changed.")
        elif rename.changed < last:
            problem("changed", "renames must be listed oldest first, after the day the account opened",
                    "Put the oldest rename first, and check each date.")
        elif entry.closed and rename.changed > entry.closed:
            problem("changed", "the account was renamed after it closed", "Check both dates.")
        last = max(last, rename.changed)
        checked.append((old, rename.changed))
    return tuple(checked)


def _english_only_without_reason(accounts: list[Account]) -> list[Problem]:
    """Under the Welsh Language Standards an English-only account needs a Welsh twin or a stated reason."""
    welsh_twins = {(account.service.slug, account.platform.key) for account in accounts
                   if account.language is Language.CY and account.status is not Status.ARCHIVED}
    return [Problem(account.source, account.line, "language",
                    f"{account.platform.name} account '{clip(account.handle, 40)}' posts in English only, "
                    "with no Welsh account beside it",
                    "Make it bilingual, add the service's Welsh account on the same platform, or say why "
                    "in 'language_reason:' (one sentence).")
            for account in accounts
            if account.language is Language.EN and account.status is not Status.ARCHIVED
            and not account.language_reason and (account.service.slug, account.platform.key) not in welsh_twins]


def _duplicates(accounts: Iterable[Account]) -> list[Problem]:
    seen: dict[tuple[str, str], Account] = {}
    problems = []
    for account in accounts:
        key = (account.platform.key, account.platform.handle_key(account.handle))
        first = seen.setdefault(key, account)
        if first is not account:
            problems.append(Problem(account.source, account.line, "handle",
                                    f"{account.platform.name} account '{clip(account.handle, 40)}' is already listed at "
                                    f"{first.source}:{first.line}",
                                    "Each account appears once. Delete this entry or correct the handle."))
    return problems
