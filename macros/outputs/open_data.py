"""The registry as open data: accounts.json (with its JSON Schema), accounts.csv, and schema.org JSON-LD.

Public fields only: what the accounts page already shows to anyone. The contact is included
because it is published beside every account and the registry accepts only shared team
mailboxes and council web forms (never a person's mailbox); the team name, the editors'
notes (language_reason) and the file and line of each entry are left out. `rel_me_verified`
says whether the platform has verified the profile's link back to this site (from the weekly
activity snapshot; empty where the platform has no such check or the snapshot has no answer).
The council's public identifiers (GSS code, Wikidata item), where the organisation file gives
them, let aggregators join this list to theirs.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..core.accounts import Account, Language, Status
from ..core.activity import HealthView
from ..core.history import FEED_FILE
from ..core.organisation import Organisation
from ..core.platform_table import PLATFORMS
from ..core.registry import Registry

JSON_FILE, CSV_FILE, SCHEMA_FILE = "accounts.json", "accounts.csv", "accounts.schema.json"
# Above this many active accounts the home page names each service's page instead of every
# account, and each service page carries its own accounts, so no page grows with the registry.
SAME_AS_LIMIT = 1_000
FIELDS = ("platform", "handle", "url", "display_name", "service", "service_name", "service_name_cy",
          "language", "status", "opened", "closed", "last_verified", "contact", "rel_me_verified")
# The CSV repeats the publisher's identifiers on every row, so each row stands on its own.
CSV_FIELDS = (*FIELDS, "publisher_gss_code", "publisher_wikidata")


def public_record(account: Account, health: HealthView | None = None) -> dict[str, str | bool | None]:
    """One account's public fields, in FIELDS order; dates as YYYY-MM-DD, null when not set."""
    return {
        "platform": account.platform.key, "handle": account.handle, "url": account.url,
        "display_name": account.display_name, "service": account.service.slug,
        "service_name": account.service.name, "service_name_cy": account.service.name_cy,
        "language": account.language.value, "status": account.status.value,
        "opened": account.opened.isoformat(),
        "closed": account.closed.isoformat() if account.closed else None,
        "last_verified": account.last_verified.isoformat() if account.last_verified else None,
        "contact": account.contact,
        "rel_me_verified": health.of(account).rel_me_verified if health else None,
    }


def feed_urls(organisation: Organisation, languages: Sequence[str] = ("en",)) -> dict[str, str]:
    """The feed of registry changes in each language built, by language code."""
    return {lang: f"{organisation.site_url}{'cy/' if lang == 'cy' else ''}{FEED_FILE}" for lang in languages}


def accounts_document(registry: Registry, organisation: Organisation, health: HealthView | None = None,
                      languages: Sequence[str] = ("en",)) -> dict[str, Any]:
    identifiers = organisation.identifiers
    return {
        "$schema": f"{organisation.site_url}{SCHEMA_FILE}",
        "publisher": organisation.name,
        "publisher_identifiers": {"gss_code": identifiers.gss_code, "wikidata": identifiers.wikidata},
        "licence": {"name": organisation.data_licence.name, "url": organisation.data_licence.url},
        "changes_feeds": feed_urls(organisation, languages),
        "activity_checked": health.taken.isoformat() if health and health.taken else None,
        "accounts": [public_record(account, health) for account in registry.accounts],
    }


def accounts_schema(organisation: Organisation) -> dict[str, Any]:
    text = {"type": "string", "minLength": 1}
    date = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    record = {
        "type": "object", "additionalProperties": False, "required": list(FIELDS),
        "properties": {
            "platform": {"enum": list(PLATFORMS)}, "handle": text,
            "url": {"type": "string", "format": "uri", "pattern": "^https://"},
            "display_name": text, "service": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
            "service_name": text, "service_name_cy": text,
            "language": {"enum": [language.value for language in Language]},
            "status": {"enum": [status.value for status in Status]},
            "opened": date, "closed": {"anyOf": [date, {"type": "null"}]},
            "last_verified": {"anyOf": [date, {"type": "null"}]}, "contact": text,
            "rel_me_verified": {"type": ["boolean", "null"]},
        },
    }
    optional_text = {"anyOf": [text, {"type": "null"}]}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{organisation.site_url}{SCHEMA_FILE}",
        "title": f"{organisation.name}: official social media accounts",
        "type": "object", "additionalProperties": False,
        "required": ["$schema", "publisher", "publisher_identifiers", "licence", "changes_feeds",
                     "activity_checked", "accounts"],
        "properties": {
            "$schema": {"type": "string"}, "publisher": text,
            "publisher_identifiers": {
                "type": "object", "additionalProperties": False, "required": ["gss_code", "wikidata"],
                "properties": {"gss_code": {"anyOf": [{"type": "string", "pattern": r"^[EKNSW]\d{8}$"}, {"type": "null"}]},
                               "wikidata": {"anyOf": [{"type": "string", "pattern": r"^Q[1-9]\d*$"}, {"type": "null"}]}}},
            "changes_feeds": {"type": "object", "additionalProperties": {"type": "string", "format": "uri"}},
            "activity_checked": {"anyOf": [date, {"type": "null"}]},
            "licence": {"type": "object", "additionalProperties": False, "required": ["name", "url"],
                        "properties": {"name": text, "url": {"type": "string", "format": "uri"}}},
            "accounts": {"type": "array", "items": record},
        },
    }


def accounts_csv(registry: Registry, organisation: Organisation | None = None, health: HealthView | None = None) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\r\n")
    writer.writeheader()
    identifiers = organisation.identifiers if organisation else None
    publisher = {"publisher_gss_code": identifiers.gss_code if identifiers else None,
                 "publisher_wikidata": identifiers.wikidata if identifiers else None}
    for account in registry.accounts:
        writer.writerow({key: _cell(value) for key, value in {**public_record(account, health), **publisher}.items()})
    return buffer.getvalue()


def _cell(value: str | bool | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return _safe_cell(value)


def _safe_cell(value: str) -> str:
    # A cell starting with = + - or @ runs as a formula in a spreadsheet; a quote keeps it text.
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def json_ld(registry: Registry, organisation: Organisation, service_url: Callable[[str], str],
            limit: int = SAME_AS_LIMIT) -> dict[str, Any]:
    """schema.org: the council, and every active account as one of its profiles (sameAs); for a
    registry over `limit`, its services instead, each described on its own page (service_json_ld)."""
    council = {"@context": "https://schema.org", "@type": "GovernmentOrganization", "name": organisation.name,
               "alternateName": organisation.name_cy, "url": organisation.council_website,
               **_identifiers(organisation)}
    active = registry.active()
    if len(active) <= limit:
        return {**council, "sameAs": [account.url for account in active]}
    services = {account.service.slug: account.service for account in active}
    return {**council, "subOrganization": [{"@type": "GovernmentOrganization", "name": service.name,
                                            "url": service_url(slug)} for slug, service in services.items()]}


def _identifiers(organisation: Organisation) -> dict[str, Any]:
    """schema.org identifiers for the council: its GSS code and Wikidata item, where given."""
    identifiers = organisation.identifiers
    values = []
    if identifiers.gss_code:
        values.append({"@type": "PropertyValue", "propertyID": "GSS code", "value": identifiers.gss_code})
    if identifiers.wikidata:
        values.append({"@type": "PropertyValue", "propertyID": "Wikidata", "value": identifiers.wikidata,
                       "url": identifiers.wikidata_url})
    return {"identifier": values} if values else {}


def service_json_ld(accounts: Sequence[Account], organisation: Organisation, name: str) -> dict[str, Any]:
    """schema.org for one service's page: the service, part of the council, with its active accounts."""
    return {"@context": "https://schema.org", "@type": "GovernmentOrganization", "name": name,
            "parentOrganization": {"@type": "GovernmentOrganization", "name": organisation.name,
                                   "url": organisation.council_website},
            "sameAs": [account.url for account in accounts if account.status is Status.ACTIVE]}


def write_open_data(site_dir: Path, registry: Registry, organisation: Organisation, health: HealthView | None = None,
                    languages: Sequence[str] = ("en",)) -> None:
    def dump(value: Any) -> str:
        # One account a line: readable and diffable, and written by json's C encoder (indent= is
        # pure Python, ten times slower for a national registry).
        if not isinstance(value, dict):
            return json.dumps(value, ensure_ascii=False, indent=1) + "\n"
        lines = [f" {json.dumps(key)}: " + (
            "[\n" + ",\n".join(f"  {json.dumps(item, ensure_ascii=False)}" for item in item_list) + "\n ]"
            if key == "accounts" and (item_list := value[key]) else json.dumps(value[key], ensure_ascii=False))
            for key in value]
        return "{\n" + ",\n".join(lines) + "\n}\n"

    document = accounts_document(registry, organisation, health, languages)
    (site_dir / JSON_FILE).write_text(dump(document), encoding="utf-8")
    (site_dir / SCHEMA_FILE).write_text(dump(accounts_schema(organisation)), encoding="utf-8")
    (site_dir / CSV_FILE).write_text(accounts_csv(registry, organisation, health), encoding="utf-8", newline="")
