"""The registry as open data: accounts.json (with its JSON Schema), accounts.csv, and schema.org JSON-LD.

Public fields only: what the accounts page already shows to anyone. The contact is included
because it is published beside every account and the registry accepts only shared team
mailboxes and council web forms (never a person's mailbox); the team name, the editors'
notes (language_reason) and the file and line of each entry are left out.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..core.accounts import Account, Language, Status
from ..core.organisation import Organisation
from ..core.platform_table import PLATFORMS
from ..core.registry import Registry

JSON_FILE, CSV_FILE, SCHEMA_FILE = "accounts.json", "accounts.csv", "accounts.schema.json"
# Above this many active accounts the home page names each service's page instead of every
# account, and each service page carries its own accounts, so no page grows with the registry.
SAME_AS_LIMIT = 1_000
FIELDS = ("platform", "handle", "url", "display_name", "service", "service_name", "service_name_cy",
          "language", "status", "opened", "closed", "last_verified", "contact")


def public_record(account: Account) -> dict[str, str | None]:
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
    }


def accounts_document(registry: Registry, organisation: Organisation) -> dict[str, Any]:
    return {
        "$schema": f"{organisation.site_url}{SCHEMA_FILE}",
        "publisher": organisation.name,
        "licence": {"name": organisation.data_licence.name, "url": organisation.data_licence.url},
        "accounts": [public_record(account) for account in registry.accounts],
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
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{organisation.site_url}{SCHEMA_FILE}",
        "title": f"{organisation.name}: official social media accounts",
        "type": "object", "additionalProperties": False,
        "required": ["$schema", "publisher", "licence", "accounts"],
        "properties": {
            "$schema": {"type": "string"}, "publisher": text,
            "licence": {"type": "object", "additionalProperties": False, "required": ["name", "url"],
                        "properties": {"name": text, "url": {"type": "string", "format": "uri"}}},
            "accounts": {"type": "array", "items": record},
        },
    }


def accounts_csv(registry: Registry) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for account in registry.accounts:
        writer.writerow({key: "" if value is None else _safe_cell(value)
                         for key, value in public_record(account).items()})
    return buffer.getvalue()


def _safe_cell(value: str) -> str:
    # A cell starting with = + - or @ runs as a formula in a spreadsheet; a quote keeps it text.
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def json_ld(registry: Registry, organisation: Organisation, service_url: Callable[[str], str],
            limit: int = SAME_AS_LIMIT) -> dict[str, Any]:
    """schema.org: the council, and every active account as one of its profiles (sameAs); for a
    registry over `limit`, its services instead, each described on its own page (service_json_ld)."""
    council = {"@context": "https://schema.org", "@type": "GovernmentOrganization", "name": organisation.name,
               "alternateName": organisation.name_cy, "url": organisation.council_website}
    active = registry.active()
    if len(active) <= limit:
        return {**council, "sameAs": [account.url for account in active]}
    services = {account.service.slug: account.service for account in active}
    return {**council, "subOrganization": [{"@type": "GovernmentOrganization", "name": service.name,
                                            "url": service_url(slug)} for slug, service in services.items()]}


def service_json_ld(accounts: Sequence[Account], organisation: Organisation, name: str) -> dict[str, Any]:
    """schema.org for one service's page: the service, part of the council, with its active accounts."""
    return {"@context": "https://schema.org", "@type": "GovernmentOrganization", "name": name,
            "parentOrganization": {"@type": "GovernmentOrganization", "name": organisation.name,
                                   "url": organisation.council_website},
            "sameAs": [account.url for account in accounts if account.status is Status.ACTIVE]}


def write_open_data(site_dir: Path, registry: Registry, organisation: Organisation) -> None:
    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, indent=1) + "\n"

    (site_dir / JSON_FILE).write_text(dump(accounts_document(registry, organisation)), encoding="utf-8")
    (site_dir / SCHEMA_FILE).write_text(dump(accounts_schema(organisation)), encoding="utf-8")
    (site_dir / CSV_FILE).write_text(accounts_csv(registry), encoding="utf-8", newline="")
