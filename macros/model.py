"""The account registry's data model: what editors write, and the checked records pages use."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import BeforeValidator, Field, field_validator

from .platforms import Platform
from .validation import StrictModel

SERVICE_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}$")
WEB_FORM = re.compile(r"^https://[^\s/?#]+\.[^\s/?#]+/[^\s]*$")


class Language(StrEnum):
    EN = "en"
    CY = "cy"
    BILINGUAL = "bilingual"


class Status(StrEnum):
    ACTIVE = "active"
    DORMANT = "dormant"
    ARCHIVED = "archived"


def _iso_date(value: object) -> object:
    # YAML gives dates unquoted; quoted ISO text is fine too. Numbers are never dates.
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return date.fromisoformat(value.strip())
    if isinstance(value, (date, type(None))):
        return value
    raise ValueError("this should be a date written YYYY-MM-DD")


IsoDate = Annotated[date, BeforeValidator(_iso_date)]


def _one_line(value: str) -> str:
    if any(char in value for char in "\n\r\t"):
        raise ValueError("write this on one line")
    return value


class ServiceEntry(StrictModel):
    """The `service:` block at the top of a service file. Owners are teams or roles, never people."""

    name: str = Field(min_length=2, max_length=60)
    name_cy: str = Field(min_length=2, max_length=60)
    team: str = Field(min_length=2, max_length=100)
    contact: str

    _single_line = field_validator("name", "name_cy", "team", "contact")(_one_line)


class AccountEntry(StrictModel):
    """One account as an editor writes it in a service file."""

    platform: str
    handle: str = Field(min_length=1, max_length=300)
    url: str | None = None
    display_name: str = Field(min_length=1, max_length=80)
    purpose: str = Field(min_length=10, max_length=200)
    purpose_cy: str | None = Field(default=None, min_length=10, max_length=250)
    language: Language
    status: Status
    opened: IsoDate
    closed: IsoDate | None = None
    last_verified: IsoDate | None = None
    contact: str | None = None

    _single_line = field_validator("display_name", "purpose", "purpose_cy", "handle")(
        lambda value: value if value is None else _one_line(value)
    )


@dataclass(frozen=True)
class Service:
    slug: str
    name: str
    name_cy: str
    team: str
    contact: str
    source: str

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


def contact_problem(contact: str, email_domain: str | None) -> str | None:
    """Why a public contact route is not acceptable, or None if it is fine."""
    if EMAIL.match(contact):
        if email_domain and not contact.lower().endswith("@" + email_domain):
            return f"'{contact}' is not on the council's email domain ({email_domain})"
        return None
    if WEB_FORM.match(contact):
        return None
    return f"'{contact}' is neither a shared mailbox nor a https:// web form address"
