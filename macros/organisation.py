"""The organisation file: everything that names the council lives in one place."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, field_validator, model_validator

from .problems import DataError, Problem, UnknownValueError
from .safe_yaml import load_yaml
from .validation import StrictModel, problems_from

REQUIRED_CONTACTS = ("comms", "out_of_hours", "safeguarding", "emergency")
HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
DOMAIN = re.compile(r"^(?=.{4,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$")
PHONE = re.compile(r"^\+?[0-9][0-9 ]{1,18}[0-9]$")
HTTPS_URL = re.compile(r"^https://[^\s/?#]+\.[^\s/?#]+(/[^\s]*)?$")

HINTS = {
    "site_url": "Use the full web address where the handbook is published, starting https://.",
    "repo_url": "Use the repository's web address, for example https://github.com/your-council/handbook.",
    "email_domain": "Write the domain only, for example monmouthshire.gov.uk.",
    "primary": "Use a six-digit hex colour, for example #1d4f91.",
    "accent": "Use a six-digit hex colour, for example #a4161a.",
    "phone": "Write digits and spaces only, for example 01632 960000.",
}


def _https(value: str) -> str:
    if not HTTPS_URL.match(value):
        raise ValueError(f"'{value}' is not a full https:// web address")
    return value


class Contact(StrictModel):
    name: str = Field(min_length=2, max_length=80)
    name_cy: str = Field(min_length=2, max_length=80)
    when: str = Field(min_length=2, max_length=200, description="When staff should use this route.")
    when_cy: str = Field(min_length=2, max_length=200)
    email: str | None = None
    phone: str | None = None
    url: str | None = None

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str | None) -> str | None:
        if value is not None and not PHONE.match(value):
            raise ValueError(f"'{value}' is not a phone number")
        return value

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return None if value is None else _https(value)

    @model_validator(mode="after")
    def _has_a_route(self) -> Contact:
        if not (self.email or self.phone or self.url):
            raise ValueError("give at least one of email, phone or url")
        return self


class Colours(StrictModel):
    primary: str
    accent: str

    @field_validator("primary", "accent")
    @classmethod
    def _hex(cls, value: str) -> str:
        if not HEX_COLOUR.match(value):
            raise ValueError(f"'{value}' is not a colour like #1d4f91")
        return value.lower()


GITHUB_OWNER = re.compile(r"^@[A-Za-z0-9-]+(/[A-Za-z0-9._-]+)?$")


class CodeOwners(StrictModel):
    """GitHub teams asked to review changes, by the team names used as owners."""

    default: str
    teams: dict[str, str] = {}

    @field_validator("default")
    @classmethod
    def _default_handle(cls, value: str) -> str:
        if not GITHUB_OWNER.match(value):
            raise ValueError(f"'{value}' is not a GitHub user or team such as @your-council/comms")
        return value

    @field_validator("teams")
    @classmethod
    def _team_handles(cls, value: dict[str, str]) -> dict[str, str]:
        bad = [handle for handle in value.values() if not GITHUB_OWNER.match(handle)]
        if bad:
            raise ValueError(f"'{bad[0]}' is not a GitHub user or team such as @your-council/comms")
        return value

    def handle_for(self, team: str) -> str:
        return self.teams.get(team, self.default)


class Organisation(StrictModel):
    name: str = Field(min_length=2, max_length=100)
    name_cy: str = Field(min_length=2, max_length=100)
    short_name: str = Field(min_length=2, max_length=40)
    short_name_cy: str = Field(min_length=2, max_length=40)
    site_url: str
    council_website: str
    repo_url: str
    email_domain: str
    all_staff_access_since: date
    logo: str
    colours: Colours
    contacts: dict[str, Contact]
    contacts_are_samples: bool = False
    code_owners: CodeOwners

    @field_validator("site_url", "council_website", "repo_url")
    @classmethod
    def _web_address(cls, value: str) -> str:
        return _https(value)

    @field_validator("email_domain")
    @classmethod
    def _domain(cls, value: str) -> str:
        if not DOMAIN.match(value.lower()):
            raise ValueError(f"'{value}' is not an email domain")
        return value.lower()

    @field_validator("contacts")
    @classmethod
    def _required_contacts(cls, value: dict[str, Contact]) -> dict[str, Contact]:
        missing = [key for key in REQUIRED_CONTACTS if key not in value]
        if missing:
            raise ValueError("missing contact routes: " + ", ".join(missing))
        return value

    def handbook_title(self, lang: Literal["en", "cy"] = "en") -> str:
        if lang == "cy":
            return f"Llawlyfr Cyfryngau Cymdeithasol {self.name_cy}"
        return f"{self.name} Social Media Handbook"

    def contact(self, key: str) -> Contact:
        try:
            return self.contacts[key]
        except KeyError:
            known = ", ".join(sorted(self.contacts))
            raise UnknownValueError(f"unknown contact '{key}'. Contacts in data/organisation.yml: {known}") from None


def load_organisation(path: Path, docs_dir: Path | None = None, shown: str | None = None) -> Organisation:
    """Read and check the organisation file. Raises DataError naming every bad key."""
    shown = shown or str(path)
    data = load_yaml(path, shown)
    if not isinstance(data, dict):
        raise DataError([Problem(shown, 1, "file", "the organisation file should be a list of 'key: value' lines")])
    try:
        organisation = Organisation.model_validate(data)
    except ValidationError as error:
        raise DataError(problems_from(error, data, shown, Organisation, hints=HINTS)) from None
    problems = []
    for key, contact in organisation.contacts.items():
        if contact.email and not contact.email.lower().endswith("@" + organisation.email_domain):
            line = data["contacts"][key].key_lines["email"]
            problems.append(Problem(shown, line, f"contacts.{key}.email",
                                    f"'{contact.email}' is not on the council's domain ({organisation.email_domain})",
                                    "Use a shared team mailbox on the council's own email domain."))
    if docs_dir is not None and not (docs_dir / organisation.logo).is_file():
        problems.append(Problem(shown, data.key_lines["logo"], "logo", f"no file at docs/{organisation.logo}",
                                "Put the logo in docs/assets/ and give its path relative to docs/."))
    if problems:
        raise DataError(problems)
    return organisation
