"""The JSON Schema of a registry service file, so editors' tools flag mistakes as they type.

The full checks (handle rules, URLs, dates, duplicates) still run in `python -m macros check`.
"""

from __future__ import annotations

from typing import Any

from .accounts import AccountEntry, ServiceEntry
from .platform_table import PLATFORMS


def service_file_schema() -> dict[str, Any]:
    account = AccountEntry.model_json_schema()
    account["properties"]["platform"] = {"title": "Platform", "enum": list(PLATFORMS)}
    for name in ("opened", "closed", "last_verified"):
        account["properties"][name] = {"title": name.replace("_", " ").capitalize(),
                                       "anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]}
    definitions = account.pop("$defs", {})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Social media handbook: one service's accounts",
        "type": "object",
        "additionalProperties": False,
        "required": ["service", "accounts"],
        "properties": {
            "service": ServiceEntry.model_json_schema(),
            "accounts": {"type": "array", "items": account},
        },
        "$defs": definitions,
    }
