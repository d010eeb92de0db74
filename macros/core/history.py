"""Changes to the registry, from its own dates: accounts opened, closed, renamed and checked again.

Each account's `opened`, `closed`, `last_verified` and `previous_handles` say when something
happened to it, so the feed of registry changes needs no separate log that could disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .accounts import Account
from .registry import Registry


FEED_FILE = "registry-changes.xml"  # in each language's folder; written by outputs/registry_feed.py


class Event(StrEnum):
    OPENED = "opened"
    CLOSED = "closed"
    RENAMED = "renamed"
    VERIFIED = "verified"  # a person checked the account (its last_verified date)


# Same day: an account is opened before it is renamed, renamed before it is checked, checked before it closes.
ORDER = {Event.OPENED: 0, Event.RENAMED: 1, Event.VERIFIED: 2, Event.CLOSED: 3}


@dataclass(frozen=True)
class RegistryEvent:
    kind: Event
    day: date
    account: Account
    old_handle: str | None = None  # for a rename: the handle before
    new_handle: str | None = None  # for a rename: the handle after

    @property
    def anchor(self) -> str:
        """A stable fragment for the event: it never changes once the event is in the registry."""
        handle = (self.old_handle if self.kind is Event.RENAMED else self.account.handle) or ""
        return f"{self.kind.value}-{self.account.platform.key}-{handle.lower()}-{self.day.isoformat()}"


def registry_events(registry: Registry) -> list[RegistryEvent]:
    """Every event in the registry, newest first."""
    events: list[RegistryEvent] = []
    for account in registry.accounts:
        events.append(RegistryEvent(Event.OPENED, account.opened, account))
        handles = [old for old, _ in account.previous_handles] + [account.handle]
        for (old, day), new in zip(account.previous_handles, handles[1:]):
            events.append(RegistryEvent(Event.RENAMED, day, account, old_handle=old, new_handle=new))
        if account.last_verified:
            events.append(RegistryEvent(Event.VERIFIED, account.last_verified, account))
        if account.closed:
            events.append(RegistryEvent(Event.CLOSED, account.closed, account))
    # Newest first; on one day, the later step of an account's life first, then registry order.
    position = {id(account): index for index, account in enumerate(registry.accounts)}
    return sorted(events, key=lambda event: (-event.day.toordinal(), -ORDER[event.kind],
                                             position[id(event.account)]))
