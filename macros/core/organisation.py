"""The organisation file: everything that names the council lives in one place."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, Field, ValidationError, field_validator, model_validator

from .colours import contrast_failures
from .fields import EmailAddress, HttpsUrl, IsoDate, OneLine, mailbox_problem
from .named import EnglishTeam, Named, NameForms, own_article_problem
from .names import english_phrase, welsh_phrase
from .policy import Policy
from .problems import DataError, Problem, UnknownValueError, clip
from .safe_yaml import load_yaml
from .svg import logo_problem
from .validation import StrictModel, line_of, problems_from

REQUIRED_CONTACTS = ("comms", "out_of_hours", "safeguarding", "emergency")
HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
DOMAIN = re.compile(r"^(?=.{4,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$")
PHONE = re.compile(r"^\+?[0-9][0-9 ]{1,18}[0-9]$")
LOGO_TYPES = (".svg", ".png")
# The Code of Recommended Practice ties the pre-election period to the notice of election, a few
# weeks before polling day; a longer period in the file is a typing mistake, not a policy.
MAX_PRE_ELECTION_DAYS = 60

HINTS = {
    "site_url": "Use the full web address where the handbook is published, starting https://.",
    "repo_url": "Use the repository's web address, for example https://github.com/your-council/handbook.",
    "email_domain": "Write the domain only, for example yourcouncil.gov.uk.",
    "logo": "Put the logo in docs/assets/ and give its path relative to docs/, for example assets/images/logo.svg.",
    "primary": "Use a six-digit hex colour, for example #1d70b8.",
    "accent": "Use a six-digit hex colour, for example #1d70b8.",
    "phone": "Write digits and spaces only, for example 01632 960000.",
    "team_mailboxes": "List shared team mailboxes on the council's email domain, one per line.",
}
# A contact route's key is what pages call it by: {{ contact("comms") }} (see core/handbook.py).
CONTACT_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


def _contact_key(value: str) -> str:
    if not CONTACT_KEY.match(value):
        raise ValueError(f"'{clip(value)}' cannot name a contact route: use lower-case letters, digits and _, "
                         "such as out_of_hours")
    return value


ContactKey = Annotated[str, AfterValidator(_contact_key)]


class Contact(Named):
    when: OneLine = Field(min_length=2, max_length=200, description="When staff should use this route.")
    when_cy: OneLine = Field(min_length=2, max_length=200)
    email: OneLine | None = Field(default=None, max_length=120)
    phone: OneLine | None = Field(default=None, max_length=30)
    url: HttpsUrl | None = Field(default=None, max_length=300)
    # The same page in Welsh, where the council has one: Welsh pages link there.
    url_cy: HttpsUrl | None = Field(default=None, max_length=300)

    def url_in(self, lang: str) -> str | None:
        return self.url_cy if lang == "cy" and self.url_cy else self.url

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str | None) -> str | None:
        if value is not None and not PHONE.match(value):
            raise ValueError(f"'{clip(value)}' is not a phone number")
        return value

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
            raise ValueError(f"'{clip(value)}' is not a colour like #1d70b8")
        return value.lower()


GITHUB_OWNER = re.compile(r"^@[A-Za-z0-9-]+(/[A-Za-z0-9._-]+)?$")


def _github_owner(value: str) -> str:
    if not GITHUB_OWNER.match(value):
        raise ValueError(f"'{clip(value)}' is not a GitHub user or team such as @your-council/comms")
    return value


GitHubOwner = Annotated[str, AfterValidator(_github_owner)]


class CodeOwners(StrictModel):
    """GitHub teams asked to review changes, by the team names used as owners."""

    default: GitHubOwner
    # team name (as pages and service files write it) → its GitHub team; each entry checked on its own line
    teams: dict[Annotated[OneLine, Field(max_length=100)], GitHubOwner] = {}

    def handle_for(self, team: str) -> str:
        return self.teams.get(team, self.default)


class Election(StrictModel):
    """One election: the pre-election period runs from its start to polling day, inclusive."""

    name: OneLine = Field(min_length=2, max_length=100)
    name_cy: OneLine = Field(min_length=2, max_length=100)
    # The banner reads "for the {name}" and "ar gyfer yr {name_cy}"; false for a Welsh name with
    # its own article ("etholiad y Senedd").
    definite_cy: bool | None = None
    pre_election_starts: IsoDate
    polling_day: IsoDate

    def phrase(self, lang: str) -> str:
        """The election's name with its article: "sample local elections", "yr etholiadau lleol"."""
        if lang == "cy":
            return welsh_phrase(self.name_cy, definite=self.definite_cy is not False)
        return self.name

    @model_validator(mode="after")
    def _period(self) -> Election:
        problem = own_article_problem(self.name_cy, self.definite_cy)
        if problem:
            raise ValueError(problem)
        days = (self.polling_day - self.pre_election_starts).days
        if days <= 0:
            raise ValueError(f"polling_day ({self.polling_day}) must come after pre_election_starts "
                             f"({self.pre_election_starts})")
        if days > MAX_PRE_ELECTION_DAYS:
            raise ValueError(f"the pre-election period is {days} days long; it starts with the notice of "
                             f"election, a few weeks before polling day, so at most {MAX_PRE_ELECTION_DAYS} days")
        return self

    def covers(self, day: date) -> bool:
        return self.pre_election_starts <= day <= self.polling_day


class DataLicence(StrictModel):
    """The licence the published registry (accounts.json and accounts.csv) is offered under."""

    name: OneLine = Field(min_length=2, max_length=100)
    url: HttpsUrl
    # The licence's Welsh name, and its Welsh text where there is one; needed while Welsh is on.
    name_cy: OneLine | None = Field(default=None, min_length=2, max_length=100)
    url_cy: HttpsUrl | None = None

    def label(self, lang: str) -> tuple[str, str]:
        """(name, address) in the reader's language."""
        if lang == "cy" and self.name_cy:
            return self.name_cy, self.url_cy or self.url
        return self.name, self.url


# Welsh name as llyw.cymru/btc/ynghylch/trwydded-ogl gives it; Welsh text at The National Archives.
OPEN_GOVERNMENT_LICENCE = DataLicence(
    name="Open Government Licence v3.0",
    url="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    name_cy="Trwydded Llywodraeth Agored v3.0",
    url_cy="https://www.nationalarchives.gov.uk/doc/open-government-licence-cymraeg/version/3/")


GSS_CODE = re.compile(r"^[EKNSW]\d{8}$")
WIKIDATA_ITEM = re.compile(r"^Q[1-9]\d{0,11}$")


class Identifiers(StrictModel):
    """Public identifiers that let registries and aggregators join our list of accounts to theirs."""

    # The Government Statistical Service code of the council's area, from the ONS (W06000021 style).
    gss_code: str | None = None
    # The council's item on Wikidata (Q followed by digits).
    wikidata: str | None = None

    @field_validator("gss_code")
    @classmethod
    def _gss(cls, value: str | None) -> str | None:
        if value is not None and not GSS_CODE.match(value):
            raise ValueError(f"'{clip(value)}' is not a GSS code: one of E, K, N, S or W, then 8 digits, "
                             "such as W06000021")
        return value

    @field_validator("wikidata")
    @classmethod
    def _wikidata(cls, value: str | None) -> str | None:
        if value is not None and not WIKIDATA_ITEM.match(value):
            raise ValueError(f"'{clip(value)}' is not a Wikidata item: Q followed by digits, such as Q42")
        return value

    @property
    def wikidata_url(self) -> str | None:
        return f"https://www.wikidata.org/wiki/{self.wikidata}" if self.wikidata else None


class AccountHealthSettings(StrictModel):
    """When the weekly account check calls an account quiet, a snapshot old, or a person's check due."""

    # An account with no post for this many months is listed as silent in the weekly report: at most
    # policy.dormant_review_months, when the policy says a quiet account is reviewed.
    silent_after_months: int = Field(default=3, ge=1, le=36, strict=True)
    # The site says the activity it shows may be out of date once the snapshot is this many days old.
    snapshot_stale_after_days: int = Field(default=14, ge=1, le=365, strict=True)
    # How often a person checks each account and sets last_verified: a year unless you choose otherwise.
    check_every_months: int = Field(default=12, ge=1, le=36, strict=True)


class Organisation(StrictModel):
    name: OneLine = Field(min_length=2, max_length=100)
    name_cy: OneLine = Field(min_length=2, max_length=100)
    name_cy_forms: NameForms | None = None
    short_name: OneLine = Field(min_length=2, max_length=40)
    short_name_cy: OneLine = Field(min_length=2, max_length=40)
    site_url: HttpsUrl
    council_website: HttpsUrl
    # The council's Welsh website, where it has one: Welsh pages link there.
    council_website_cy: HttpsUrl | None = None
    repo_url: HttpsUrl
    email_domain: str = Field(max_length=253)
    all_staff_access_since: IsoDate
    logo: OneLine = Field(max_length=200)
    colours: Colours
    contacts: dict[ContactKey, Contact]
    # Teams that own pages (front matter) or run services (data/accounts/) and are not contact
    # routes, with their Welsh names. While Welsh is on, every owner and team needs one.
    teams: list[Named] = []
    # Shared team mailboxes whose name looks like a person's (two words joined by a dot).
    team_mailboxes: list[Annotated[EmailAddress, Field(max_length=120)]] = []
    contacts_are_samples: bool = False
    code_owners: CodeOwners
    elections: list[Election] = []
    # false for a council that publishes in English only: no Welsh pages, no language switcher.
    welsh: bool = True
    # The service whose accounts "Running a service account" shows as an example; with none
    # chosen, the service with the most open accounts.
    example_service: OneLine | None = Field(default=None, max_length=60)
    data_licence: DataLicence = OPEN_GOVERNMENT_LICENCE
    # Rules the council sets for itself (core/policy.py); optional, with the handbook's values.
    policy: Policy = Policy()
    identifiers: Identifiers = Identifiers()
    account_health: AccountHealthSettings = AccountHealthSettings()

    @field_validator("site_url", "repo_url")
    @classmethod
    def _address_alone(cls, value: str) -> str:
        # Paths are added to these: page addresses, feeds and open data to site_url, /issues to repo_url.
        parts = urlsplit(value)
        if parts.query or parts.fragment or value.endswith(("?", "#")):
            raise ValueError(f"'{clip(value)}' should be the address alone, without '?' or '#'")
        return value

    @field_validator("site_url")
    @classmethod
    def _site_folder(cls, value: str) -> str:
        # site_url names a folder, so it always ends in "/": https://example.org/handbook means
        # https://example.org/handbook/ (never https://example.org/handbookcy/ for the Welsh pages).
        return value if value.endswith("/") else value + "/"

    @field_validator("logo")
    @classmethod
    def _logo_path(cls, value: str) -> str:
        path = PurePosixPath(value)
        if value.startswith(("/", "\\")) or "\\" in value or ".." in path.parts or ":" in value:
            raise ValueError(f"'{clip(value)}' must be a path inside docs/, such as assets/images/logo.svg")
        if path.suffix.lower() not in LOGO_TYPES:
            raise ValueError(f"'{clip(value)}' must be an .svg or .png file")
        return value

    @field_validator("email_domain")
    @classmethod
    def _domain(cls, value: str) -> str:
        if not DOMAIN.match(value.lower()):
            raise ValueError(f"'{clip(value)}' is not an email domain")
        return value.lower()

    @field_validator("contacts")
    @classmethod
    def _required_contacts(cls, value: dict[str, Contact]) -> dict[str, Contact]:
        missing = [key for key in REQUIRED_CONTACTS if key not in value]
        if missing:
            raise ValueError("missing contact routes: " + ", ".join(missing))
        return value

    @field_validator("teams")
    @classmethod
    def _teams_once(cls, value: list[Named]) -> list[Named]:
        names = [team.name.casefold() for team in value]
        twice = sorted({team.name for team in value if names.count(team.name.casefold()) > 1})
        if twice:
            raise ValueError(f"'{clip(twice[0])}' is listed twice: keep one entry per team")
        return value

    def election_on(self, day: date) -> Election | None:
        """The election whose pre-election period includes `day`, if any."""
        return next((election for election in self.elections if election.covers(day)), None)

    def council_phrase(self, lang: str, trigger: str | None = None) -> str:
        """The council's name after `trigger`: "i Gyngor Sir Fynwy", "for Monmouthshire County Council"."""
        if lang == "cy":
            forms = self.name_cy_forms.model_dump() if self.name_cy_forms else None
            return welsh_phrase(self.name_cy, trigger, forms=forms)
        return english_phrase(self.name, trigger)

    def team(self, name: str) -> Named | None:
        """A team by its English name: from `teams`, or a contact route of that name."""
        folded = name.casefold()
        found = next((team for team in self.teams if team.name.casefold() == folded), None)
        return found or next((contact for contact in self.contacts.values() if contact.name.casefold() == folded), None)

    def named_team(self, name: str) -> Named | EnglishTeam:
        """A page's owner or a service's team, as a name messages can place: see core/i18n.py."""
        return self.team(name) or EnglishTeam(name)

    def owner_phrase(self, owner: str, lang: str, trigger: str | None = None) -> str:
        """A page owner (a team name) in a sentence: "gan y Tîm Cyfathrebu", "by the communications team"."""
        return "".join(self.named_team(owner).parts(lang, trigger))

    def website(self, lang: str) -> str:
        """The council's website in the reader's language, where it has a Welsh one."""
        return self.council_website_cy if lang == "cy" and self.council_website_cy else self.council_website

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
    team_mailboxes = frozenset(address.lower() for address in organisation.team_mailboxes)
    for index, address in enumerate(organisation.team_mailboxes):
        reason = mailbox_problem(address, organisation.email_domain, team_mailboxes)
        if reason:  # the same rules as a contact's email, so a listed mailbox is one we could publish
            problems.append(Problem(shown, line_of(data, ["team_mailboxes", index]), f"team_mailboxes[{index + 1}]",
                                    reason, HINTS["team_mailboxes"]))
    for key, contact in organisation.contacts.items():
        reason = contact.email and mailbox_problem(contact.email, organisation.email_domain, team_mailboxes)
        if reason:
            problems.append(Problem(shown, line_of(data, ["contacts", key, "email"]), f"contacts.{key}.email", reason,
                                    "Use a shared team mailbox on the council's own email domain."))
    if organisation.policy.new_account_approver not in organisation.contacts:
        problems.append(Problem(shown, line_of(data, ["policy", "new_account_approver"]), "policy.new_account_approver",
                                f"there is no contact '{clip(organisation.policy.new_account_approver, 40)}'",
                                "Use the key of a contact route under contacts:, such as comms."))
    silent, dormant = organisation.account_health.silent_after_months, organisation.policy.dormant_review_months
    if silent > dormant:  # the report must list every account the policy says is due a review
        problems.append(Problem(shown, line_of(data, ["account_health", "silent_after_months"]) or
                                line_of(data, ["account_health"]), "account_health.silent_after_months",
                                f"{silent} months is longer than policy.dormant_review_months ({dormant}): the weekly "
                                "report would not list accounts the policy says are due a review",
                                f"Make it {dormant} or less, or change policy.dormant_review_months."))
    for failure in contrast_failures({"primary": organisation.colours.primary, "accent": organisation.colours.accent}):
        problems.append(Problem(shown, line_of(data, ["colours", failure.field]), f"colours.{failure.field}",
                                failure.message(), "Pick a colour that passes, such as the one suggested, "
                                "and check it with the council's brand guidelines."))
    if docs_dir is not None:
        problems += _logo_problems(organisation.logo, docs_dir, shown, line_of(data, ["logo"]))
    if problems:
        raise DataError(problems)
    return organisation


def _logo_problems(logo: str, docs_dir: Path, shown: str, line: int) -> list[Problem]:
    path = docs_dir / logo
    if path.is_symlink() or not path.resolve().is_relative_to(docs_dir.resolve()):
        return [Problem(shown, line, "logo", f"docs/{clip(logo)} is a link to a file outside docs/",
                        "Copy the logo file into docs/assets/images/.")]
    if not path.is_file():
        return [Problem(shown, line, "logo", f"no file at docs/{clip(logo)}", HINTS["logo"])]
    # An SVG logo is checked with every other SVG in docs/ (pages.page_files).
    if logo.lower().endswith(".png") and (reason := logo_problem(logo, path.read_bytes())) is not None:
        return [Problem(shown, line, "logo", f"docs/{clip(logo)} {reason}", "Save the logo as a PNG, or use an SVG.")]
    return []
