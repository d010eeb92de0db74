"""'Is this account ours?': read what a reader pasted, and answer from the registry.

This is the reference the browser's check (docs/assets/javascripts/check-core.js) follows; both read
the platform rules from one place (`browser_rules`), and a test runs the same table of inputs
through each. The four answers: official, formerly official (closed), looks like one of ours,
and not in our registry.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import unquote, urlsplit

from rapidfuzz.distance import Levenshtein

from .accounts import Account, Status
from .confusable import fold
from .platform_table import PLATFORMS
from .platforms import Platform

MASTODON = "mastodon"
# A web address written without https://: a host with a dot, then a path.
BARE_ADDRESS = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?/", re.IGNORECASE)
MASTODON_HANDLE = re.compile(r"^@?([A-Za-z0-9_]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)$")
MAX_NAMED = 5  # how many accounts an answer names
# A handle with ours at its start or end plus more ("MonLibraries_Bins", "real_monlibraries") is
# a look-alike once ours is this long (as folded): shorter handles would catch ordinary words.
AFFIX_MIN_LENGTH = 6


class Kind(StrEnum):
    OFFICIAL = "official"
    CLOSED = "closed"
    LOOKALIKE = "lookalike"
    NAMED = "named"  # a name, not a handle: the accounts of ours that use it
    UNKNOWN = "unknown"
    EMPTY = "empty"


@dataclass(frozen=True)
class Query:
    """What a reader typed, read: a handle (on one platform or any), a name, or nothing usable."""

    kind: str  # "handle", "name", "other" (an address we cannot read) or "empty"
    text: str = ""  # the handle without "@", or the name in lower case with single spaces
    platform: str | None = None  # known from the address or the handle's shape


def profile_prefix(platform: Platform) -> str:
    """The profile path as a prefix, so a post's address still names its account."""
    return platform.profile_path.removesuffix("/?") + "(?:/|$)"


def lookup_key(platform: Platform, handle: str) -> str:
    """The handle as compared: lower case where the platform ignores case."""
    return handle.lower() if platform.case_insensitive else handle


def on_host(platform: Platform, host: str) -> bool:
    return host in platform.hosts or any(host.startswith(prefix) and host[len(prefix):] in platform.hosts
                                         for prefix in platform.host_prefixes)


def read_query(raw: str) -> Query:
    text = raw.strip().strip("<>").strip()
    if not text:
        return Query("empty")
    if "://" in text or BARE_ADDRESS.match(text):
        return _read_address(text if "://" in text else "https://" + text)
    mastodon = MASTODON_HANDLE.match(text)
    if mastodon:
        return Query("handle", f"{mastodon[1]}@{mastodon[2].lower()}", MASTODON)
    if not any(c.isspace() for c in text):
        return Query("handle", text.removeprefix("@"))
    return Query("name", " ".join(text.split()).lower())


def _read_address(address: str) -> Query:
    parts = urlsplit(address)
    host = (parts.netloc.rpartition("@")[2].partition(":")[0]).rstrip(".").lower()
    path = parts.path or "/"
    for platform in PLATFORMS.values():
        if platform.hosts and on_host(platform, host):
            match = re.match(profile_prefix(platform), path, re.IGNORECASE)
            return Query("handle", unquote(match["h"]).removeprefix("@"), platform.key) if match else Query("other")
    match = re.match(profile_prefix(PLATFORMS[MASTODON]), path, re.IGNORECASE)  # server/@user: any server
    if match and host:
        user = unquote(match["h"])  # server/@user@home is a remote account seen from another server
        return Query("handle", (user if "@" in user else f"{user}@{host}").lower(), MASTODON)
    return Query("other")  # an address, but not on a platform we know


def near(typed: str, ours: str) -> bool:
    """One or two characters away from our handle, and not a different number in a numbered series."""
    typed, ours = typed.lower(), ours.lower()
    allowed = 2 if len(ours) >= 9 else 1 if len(ours) >= 5 else 0
    if typed == ours or allowed == 0:
        return False
    typed_digits, our_digits = re.sub(r"\D", "", typed), re.sub(r"\D", "", ours)
    if typed_digits and our_digits and typed_digits != our_digits:
        return False  # library2 and library3 are two accounts, not a fake
    return Levenshtein.distance(typed, ours, score_cutoff=allowed) <= allowed


def with_affix(typed_fold: str, our_fold: str) -> bool:
    """Our handle with something added before or after it, as an impostor would name an account."""
    return (len(our_fold) >= AFFIX_MIN_LENGTH and len(typed_fold) > len(our_fold)
            and (typed_fold.startswith(our_fold) or typed_fold.endswith(our_fold)))


@dataclass(frozen=True)
class Answer:
    kind: Kind
    accounts: tuple[Account, ...] = ()


@dataclass
class Checker:
    """Every account, with the keys the check compares, worked out once."""

    accounts: Sequence[Account]
    keys: list[str] = field(init=False)
    folds: list[str] = field(init=False)
    names: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.keys = [lookup_key(a.platform, a.handle) for a in self.accounts]
        self.folds = [fold(a.handle) for a in self.accounts]
        self.names = [" ".join(a.display_name.split()).lower() for a in self.accounts]

    def check(self, raw: str) -> Answer:
        query = read_query(raw)
        if query.kind in ("empty", "other"):
            return Answer(Kind.EMPTY if query.kind == "empty" else Kind.UNKNOWN)
        if query.kind == "name":
            named = [a for a, name in zip(self.accounts, self.names) if name == query.text]
            return self._all_with_status(Kind.NAMED, named) if named else Answer(Kind.UNKNOWN)
        ids = self._candidates(query)
        exact = [i for i in ids if self.keys[i] == (query.text.lower() if self.accounts[i].platform.case_insensitive
                                                    else query.text)]
        if exact:
            return self._all_with_status(Kind.OFFICIAL, [self.accounts[i] for i in exact])
        typed = fold(query.text)
        alike = [self.accounts[i] for i in ids
                 if self.folds[i] == typed or near(query.text, self.keys[i]) or with_affix(typed, self.folds[i])]
        if not alike:
            return Answer(Kind.UNKNOWN)
        # Name the open accounts it imitates; a closed one only when it imitates nothing open.
        listed = [a for a in alike if a.status is not Status.ARCHIVED]
        return Answer(Kind.LOOKALIKE, tuple((listed or alike)[:MAX_NAMED]))

    def _candidates(self, query: Query) -> list[int]:
        return [i for i, account in enumerate(self.accounts)
                if query.platform is None or account.platform.key == query.platform]

    @staticmethod
    def _all_with_status(kind: Kind, accounts: Sequence[Account]) -> Answer:
        """Every account that matches, open ones first, each shown with its status (never half an
        answer): `kind` if any is open, CLOSED if every one is."""
        ordered = sorted(accounts, key=lambda account: account.status is Status.ARCHIVED)
        any_open = ordered[0].status is not Status.ARCHIVED
        return Answer(kind if any_open else Kind.CLOSED, tuple(ordered[:MAX_NAMED]))
