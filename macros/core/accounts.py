"""The account registry's data model: what editors write in a service file, and the checked records."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from pydantic import Field

from .fields import IsoDate, OneLine
from .platforms import Platform
from .validation import StrictModel

SERVICE_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


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

    def label(self, lang: str) -> str:
        return self.name_cy if lang == "cy" else self.name


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

    @property
    def verified(self) -> bool:
        return self.last_verified is not None

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
