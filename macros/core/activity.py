"""What the snapshot means for each account: its last post in words, its flags, and what needs a person.

The site shows each account's activity from the snapshot (never from the network); the weekly
report lists the accounts that have gone quiet, gone missing, been renamed, or are due a
person's check. Ages are measured from the day of the snapshot, not the day of the build, so a
page never claims more than the check saw.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from dateutil.relativedelta import relativedelta

from .accounts import Account, Status
from .health import CHECKED_PLATFORMS, AccountHealth, Snapshot, State, account_key
from .organisation import AccountHealthSettings
from .registry import Registry

# How long ago the last post was, in words the page can say: (months, key), the first that fits.
AGES = ((1, "month"), (3, "three_months"), (6, "six_months"), (12, "year"))
OVER_A_YEAR = "over_year"
MISSING = (State.NOT_FOUND, State.SUSPENDED)


def age_of(last_post: date, on: date) -> str:
    """'month' for a post within the month before `on`, ... 'over_year' for one older than a year."""
    for months, key in AGES:
        if last_post >= on - relativedelta(months=months):
            return key
    return OVER_A_YEAR


@dataclass(frozen=True)
class Activity:
    """One account as the snapshot saw it. `state` is None when the snapshot does not list it."""

    state: State | None = None
    last_post: date | None = None
    age: str | None = None
    current_handle: str | None = None
    rel_me_verified: bool | None = None
    detail: str | None = None

    @property
    def checked(self) -> bool:
        return self.state is not None and self.state is not State.NO_INTERFACE


NOT_CHECKED = Activity()


@dataclass(frozen=True)
class HealthView:
    """The snapshot joined to the registry, as the site and the report read it."""

    snapshot: Snapshot | None
    settings: AccountHealthSettings
    today: date
    _entries: dict[tuple[str, str], AccountHealth] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.snapshot is not None:
            self._entries.update(self.snapshot.by_key())

    @property
    def taken(self) -> date | None:
        return self.snapshot.day if self.snapshot else None

    @property
    def age_days(self) -> int | None:
        return (self.today - self.snapshot.day).days if self.snapshot else None

    @property
    def stale(self) -> bool:
        return self.age_days is not None and self.age_days > self.settings.snapshot_stale_after_days

    def of(self, account: Account) -> Activity:
        entry = self._entries.get(account_key(account.platform.key, account.handle))
        if entry is None or self.snapshot is None:
            return NOT_CHECKED
        verified = bool(entry.verified_links) if account.platform.key == "mastodon" and entry.state is State.FOUND \
            else None
        return Activity(state=entry.state, last_post=entry.last_post,
                        age=age_of(entry.last_post, self.snapshot.day) if entry.last_post else None,
                        current_handle=entry.current_handle, rel_me_verified=verified, detail=entry.detail)

    def silent(self, activity: Activity) -> bool:
        """Found, and no post within the silent period (or no post at all)."""
        if activity.state is not State.FOUND or self.snapshot is None:
            return False
        quiet_since = self.snapshot.day - relativedelta(months=self.settings.silent_after_months)
        return activity.last_post is None or activity.last_post < quiet_since


def check_due(account: Account, settings: AccountHealthSettings) -> date | None:
    """When a person should next check the account (last_verified plus the interval); None if never checked."""
    if account.last_verified is None:
        return None
    return account.last_verified + relativedelta(months=settings.check_every_months)


@dataclass(frozen=True)
class Findings:
    """The weekly report's lists. Each holds (account, detail) pairs, in registry order."""

    silent: list[tuple[Account, Activity]]
    missing: list[tuple[Account, Activity]]
    renamed: list[tuple[Account, Activity]]
    unreachable: list[tuple[Account, Activity]]
    dormant_posting: list[tuple[Account, Activity]]
    not_checked: list[Account]  # on a platform with a public interface, but absent from the snapshot
    no_interface: list[Account]  # on platforms without a public, key-free interface
    check_overdue: list[tuple[Account, date]]
    never_checked: list[Account]


def findings(registry: Registry, view: HealthView) -> Findings:
    """What the report lists: from the snapshot, and from each account's last_verified date."""
    result = Findings([], [], [], [], [], [], [], [], [])
    for account in registry.listed():
        activity = view.of(account)
        if account.platform.key not in CHECKED_PLATFORMS:
            result.no_interface.append(account)
        elif activity.state is None:
            result.not_checked.append(account)
        elif activity.state in MISSING:
            result.missing.append((account, activity))
        elif activity.state is State.RENAMED:
            result.renamed.append((account, activity))
        elif activity.state is State.UNREACHABLE:
            result.unreachable.append((account, activity))
        elif account.status is Status.ACTIVE and view.silent(activity):
            result.silent.append((account, activity))
        elif account.status is Status.DORMANT and activity.age == "month":
            result.dormant_posting.append((account, activity))
        due = check_due(account, view.settings)
        if due is None:
            result.never_checked.append(account)
        elif due < view.today:
            result.check_overdue.append((account, due))
    return result


@dataclass(frozen=True)
class ServiceReview:
    """A generated service page's review line: its owner is the service's team, and it is as
    current as the least recently checked of its open accounts."""

    team: str
    reviewed: date | None  # None while any open account has never been checked
    due: date | None
    open_accounts: int

    def overdue(self, today: date) -> bool:
        return self.due is not None and today > self.due


def service_review(team: str, accounts: list[Account], settings: AccountHealthSettings) -> ServiceReview:
    listed = [account for account in accounts if account.status is not Status.ARCHIVED]
    dates = [account.last_verified for account in listed]
    if not listed or any(day is None for day in dates):
        return ServiceReview(team, None, None, len(listed))
    oldest = min(day for day in dates if day is not None)
    return ServiceReview(team, oldest, oldest + relativedelta(months=settings.check_every_months), len(listed))
