"""The account registry's data model: what editors write in a service file, and the checked records."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import Field

from .fields import IsoDate, OneLine
from .platforms import Platform
from .validation import StrictModel

SERVICE_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SearchTerm = Annotated[OneLine, Field(min_length=2, max_length=40)]
SERVICE_FOLDER = "accounts"  # each service's page is at accounts/<slug>/, in each language
# Names a service file may not have: the site's own pages and folders would clash with its page
# or its address (and core/handbook.py refuses a service whose page is a page in docs/).
RESERVED_SERVICE_NAMES = {
    "index": "the accounts page itself (accounts/index/ is accounts/)",
    "accounts": "the accounts folder",
    "check": "the account check page",
    "en": "a language's folder",
    "cy": "a language's folder",
    "assets": "a folder the build writes",
    "lookup": "a folder the build writes",
    "search": "a folder the build writes",
    "pagefind": "a folder the build writes",
    "pagefind-accounts": "a folder the build writes",
}


class Language(StrEnum):
    EN = "en"
    CY = "cy"
    BILINGUAL = "bilingual"


class Status(StrEnum):
    ACTIVE = "active"
    DORMANT = "dormant"
    ARCHIVED = "archived"


class ServiceEntry(StrictModel):
    """The `service:` block at the top of a service file. Owners are teams or roles, never people."""

    name: OneLine = Field(min_length=2, max_length=60)
    name_cy: OneLine = Field(min_length=2, max_length=60)
    team: OneLine = Field(min_length=2, max_length=100)
    contact: OneLine = Field(max_length=200)
    # Other names staff and residents use for the service, which search should know ("tip",
    # "bins"); the service's name, team, platforms and handles are searched anyway.
    search_terms: list[SearchTerm] = Field(default_factory=list, max_length=20)
    search_terms_cy: list[SearchTerm] = Field(default_factory=list, max_length=20)


class PreviousHandle(StrictModel):
    """A handle the account used before it was renamed, and the day it changed."""

    handle: OneLine = Field(min_length=1, max_length=300)
    changed: IsoDate


class AccountEntry(StrictModel):
    """One account as an editor writes it in a service file."""

    platform: OneLine = Field(max_length=40)
    handle: OneLine = Field(min_length=1, max_length=300)
    url: OneLine | None = Field(default=None, max_length=500)
    display_name: OneLine = Field(min_length=1, max_length=80)
    purpose: OneLine = Field(min_length=10, max_length=200)
    purpose_cy: OneLine | None = Field(default=None, min_length=10, max_length=250)
    language: Language
    # Why an account posts only in English (for example a partner's shared account); see the
    # Welsh language section of "Running a service account".
    language_reason: OneLine | None = Field(default=None, min_length=10, max_length=200)
    status: Status
    opened: IsoDate
    closed: IsoDate | None = None
    last_verified: IsoDate | None = None
    contact: OneLine | None = Field(default=None, max_length=200)
    # Renames, oldest first: the lookup and the feed of registry changes read them, so an old
    # handle someone else takes later is still known as one we gave up.
    previous_handles: list[PreviousHandle] = Field(default_factory=list, max_length=20)


@dataclass(frozen=True)
class Service:
    slug: str
    name: str
    name_cy: str
    team: str
    contact: str
    source: str
    # Where the team and the Welsh name are in the service file, for messages about them.
    team_line: int = 1
    name_cy_line: int = 1
    search_terms: tuple[str, ...] = ()
    search_terms_cy: tuple[str, ...] = ()

    def label(self, lang: str) -> str:
        return self.name_cy if lang == "cy" else self.name

    def terms(self, lang: str) -> tuple[str, ...]:
        return self.search_terms_cy if lang == "cy" else self.search_terms


@dataclass(frozen=True)
class Account:
    platform: Platform
    handle: str
    url: str
    display_name: str
    purpose: str
    purpose_cy: str | None
    language: Language
    language_reason: str | None
    status: Status
    opened: date
    closed: date | None
    last_verified: date | None
    contact: str
    service: Service
    source: str
    line: int
    previous_handles: tuple[tuple[str, date], ...] = ()  # (old handle, the day it changed), oldest first

    @property
    def verified(self) -> bool:
        return self.last_verified is not None

    @property
    def anchor(self) -> str:
        """The id of the account's row on its service's page, which search results link to."""
        kind = "closed" if self.status is Status.ARCHIVED else "account"
        return f"{kind}-{self.platform.key}-{self.handle.lower()}"

    @property
    def display_handle(self) -> str:
        return self.platform.display_handle(self.handle)

    @property
    def contact_href(self) -> str:
        return f"mailto:{self.contact}" if "@" in self.contact and "://" not in self.contact else self.contact

    def purpose_in(self, lang: str) -> tuple[str, str]:
        """The purpose in the page's language where we have it, and the language it is in."""
        if lang == "cy" and self.purpose_cy:
            return self.purpose_cy, "cy"
        return self.purpose, "en"
