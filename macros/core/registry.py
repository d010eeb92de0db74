"""The checked account registry and its queries. Loading and checking live in registry_files.py."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .accounts import Account, Language, Service, Status
from .platform_table import PLATFORMS, get_platform
from .platforms import Platform, PlatformError
from .problems import UnknownValueError, clip


@dataclass(frozen=True)
class Registry:
    """Checked accounts, sorted by service, platform and name, with indexes for the listings."""

    services: dict[str, Service]
    accounts: tuple[Account, ...]
    _by_service: dict[str, list[Account]] = field(default_factory=dict, repr=False)
    _by_platform: dict[str, list[Account]] = field(default_factory=dict, repr=False)
    _by_language: dict[str, list[Account]] = field(default_factory=dict, repr=False)
    _by_status: dict[Status, list[Account]] = field(default_factory=dict, repr=False)
    _archived_by_service: dict[str, list[Account]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        # One pass builds every index, once per build: each query after that costs what it returns.
        for account in self.accounts:
            self._by_status.setdefault(account.status, []).append(account)
            if account.status is Status.ARCHIVED:
                self._archived_by_service.setdefault(account.service.slug, []).append(account)
                continue
            self._by_service.setdefault(account.service.slug, []).append(account)
            self._by_platform.setdefault(account.platform.key, []).append(account)
            self._by_language.setdefault(account.language.value, []).append(account)
        listed = [account for account in self.accounts if account.status is not Status.ARCHIVED]
        object.__setattr__(self, "_listed", listed)

    def listed(self) -> list[Account]:
        """Accounts that still exist: active and dormant. Archived ones are listed separately."""
        return self._listed  # type: ignore[attr-defined]

    def active(self) -> list[Account]:
        return self._by_status.get(Status.ACTIVE, [])

    def archived(self) -> list[Account]:
        return self._by_status.get(Status.ARCHIVED, [])

    def archived_in(self, slug: str) -> list[Account]:
        """A service's closed accounts."""
        return self._archived_by_service.get(slug, [])

    def by_service(self, slug: str) -> list[Account]:
        if slug not in self.services:
            raise UnknownValueError(f"there is no service '{clip(slug, 40)}'. Services in data/accounts/: "
                                    + ", ".join(sorted(self.services)))
        return self._by_service.get(slug, [])

    def by_platform(self, key: str) -> list[Account]:
        try:
            platform = get_platform(key)
        except PlatformError as error:
            raise UnknownValueError(str(error)) from None
        return self._by_platform.get(platform.key, [])

    def by_language(self, code: str) -> list[Account]:
        if code not in {language.value for language in Language}:
            raise UnknownValueError(f"there is no language '{clip(code, 40)}'. Use en, cy or bilingual.")
        return self._by_language.get(code, [])

    def find(self, platform: str, handle: str) -> Account:
        try:
            rules = get_platform(platform)
            key = rules.handle_key(rules.normalise_handle(handle))
        except PlatformError as error:
            raise UnknownValueError(str(error)) from None
        for account in self.accounts:
            if account.platform.key == rules.key and rules.handle_key(account.handle) == key:
                return account
        raise UnknownValueError(f"there is no {rules.name} account '{clip(handle, 40)}' in the registry")

    def services_in_use(self) -> list[Service]:
        return [self.services[slug] for slug in self._by_service]

    def platforms_in_use(self) -> list[Platform]:
        return [PLATFORMS[key] for key in PLATFORMS if key in self._by_platform]

    def unverified(self) -> list[Account]:
        return [account for account in self.active() if not account.verified]

    def example_service(self, chosen: str | None = None) -> Service:
        """The service a page shows as an example: the one chosen in the organisation file, or
        else the one with the most open accounts (ties go to the first by name), so a page never
        names a service an edition may not have."""
        if chosen is not None:
            self.by_service(chosen)  # an unknown service raises UnknownValueError naming the real ones
            return self.services[chosen]
        if not self._by_service:
            return self.services[sorted(self.services)[0]]
        slug = max(sorted(self._by_service), key=lambda name: len(self._by_service[name]))
        return self.services[slug]


def group_by_service(accounts: Iterable[Account]) -> dict[Service, list[Account]]:
    """Group accounts that are already sorted by service, keeping their order."""
    groups: dict[Service, list[Account]] = defaultdict(list)
    for account in accounts:
        groups[account.service].append(account)
    return dict(groups)
