"""The account health snapshot: what each platform's public interface said about our accounts on one day.

`python -m macros health` writes data/health/snapshot.json once a week (through a pull request, so
a person reviews each change); the site and the weekly report read it here and never ask the
network. The file holds one account per line, so a pull request shows each change on its own
line, and only what the platforms publish about an organisation's account: no names of people,
no bios, no follower counts, no posts.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic import ConfigDict, Field, ValidationError, field_validator, model_validator

from .fields import HttpsUrl, IsoDate, OneLine
from .platform_table import PLATFORMS
from .problems import DataError, Problem, clip
from .yaml_rules import LocatedDict, LocatedList
from .validation import StrictModel, problems_from

SNAPSHOT_FILE = Path("data/health/snapshot.json")
SCHEMA_FILE = Path("data/health/snapshot.schema.json")
MAX_SNAPSHOT_BYTES = 20_000_000  # about 60,000 accounts
# The platforms whose public state can be read without a key or an app review.
CHECKED_PLATFORMS = ("mastodon", "bluesky", "youtube")
REGENERATE = "Run `.venv/bin/python -m macros health` again, or restore the file from git."


class State(StrEnum):
    FOUND = "found"
    NOT_FOUND = "not_found"  # deleted, deactivated, or never existed under this handle
    RENAMED = "renamed"  # the account now answers to another handle (or has moved)
    SUSPENDED = "suspended"  # taken down by the platform
    UNREACHABLE = "unreachable"  # the check failed: timeout, server error, unreadable answer
    NO_INTERFACE = "no_public_interface"  # the platform has no public, key-free way to ask


class AccountHealth(StrictModel):
    """One account's public state on the day of the snapshot."""

    platform: str
    handle: OneLine = Field(min_length=1, max_length=300)
    state: State
    # The date of the newest post the platform showed; empty for an account with no posts.
    last_post: IsoDate | None = None
    current_handle: OneLine | None = Field(default=None, max_length=300)  # after a rename, where known
    # The platform's own lasting ID for the account (a Bluesky DID, a YouTube channel ID, a
    # Mastodon account ID), so the next check can tell a rename from a deletion.
    platform_id: OneLine | None = Field(default=None, max_length=200)
    # Links on the profile that the platform has verified with rel="me", pointing at our sites.
    verified_links: list[HttpsUrl] = Field(default=[], max_length=10)
    # The platform's own verification mark (Bluesky), where it has one.
    platform_verified: bool | None = None
    detail: OneLine | None = Field(default=None, max_length=200)

    @field_validator("platform")
    @classmethod
    def _known_platform(cls, value: str) -> str:
        if value not in PLATFORMS:
            raise ValueError(f"'{clip(value, 40)}' is not a platform in the registry")
        return value

    @model_validator(mode="after")
    def _fits_its_state(self) -> AccountHealth:
        if self.last_post and self.state not in (State.FOUND, State.RENAMED):
            raise ValueError(f"an account that is {self.state.value} has no last_post")
        return self

    @property
    def key(self) -> tuple[str, str]:
        return account_key(self.platform, self.handle)


class Snapshot(StrictModel):
    """Every checked account, and when and how the check ran."""

    model_config = ConfigDict(populate_by_name=True)

    schema_path: str = Field(default=SCHEMA_FILE.name, alias="$schema", max_length=200)
    taken: datetime
    tool: OneLine = Field(max_length=300)
    accounts: list[AccountHealth]

    @field_validator("taken")
    @classmethod
    def _utc(cls, value: datetime) -> datetime:
        if value.tzinfo is None or value.utcoffset() != timezone.utc.utcoffset(None):
            raise ValueError("write the time in UTC, ending in Z, for example 2026-12-07T07:00:00Z")
        return value

    @property
    def day(self) -> date:
        return self.taken.date()

    def by_key(self) -> dict[tuple[str, str], AccountHealth]:
        return {entry.key: entry for entry in self.accounts}


def account_key(platform: str, handle: str) -> tuple[str, str]:
    """How the snapshot and the registry find the same account. Both hold handles as the registry
    stores them (checked and normalised), so this only folds case where the platform ignores it."""
    rules = PLATFORMS[platform]
    return platform, handle.casefold() if rules.case_insensitive else handle


# ---- reading ---------------------------------------------------------------------------------

def load_snapshot(path: Path, shown: str = str(SNAPSHOT_FILE), today: date | None = None) -> Snapshot | None:
    """The snapshot, or None when there is none yet. Raises DataError naming each bad line."""
    if not path.exists() and not path.is_symlink():
        return None
    if path.is_symlink() or not path.is_file():
        raise DataError([Problem(shown, 1, "file", "the snapshot must be a file, not a link or a folder", REGENERATE)])
    if path.stat().st_size > MAX_SNAPSHOT_BYTES:
        raise DataError([Problem(shown, 1, "file", f"the snapshot is over {MAX_SNAPSHOT_BYTES:,} bytes", REGENERATE)])
    text = path.read_text(encoding="utf-8", errors="replace")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise DataError([Problem(shown, error.lineno, "file", f"this is not valid JSON: {error.msg}", REGENERATE)]) from None
    try:
        snapshot = Snapshot.model_validate(data)
    except ValidationError as error:
        located = _located(data, text)
        raise DataError(problems_from(error, located, shown, Snapshot, hints={"taken": REGENERATE})) from None
    found = _problems(snapshot, today)
    if found:
        located = _located(data, text)  # lines are worked out only when a message needs them
        lines = located["accounts"].item_lines
        raise DataError([Problem(shown, lines[where] if isinstance(where, int) else located.key_lines.get(where, 1),
                                 field, message, REGENERATE) for where, field, message in found])
    return snapshot


def _problems(snapshot: Snapshot, today: date | None) -> list[tuple[int | str, str, str]]:
    """What the model alone cannot see, each as (account index or top-level key, field, message):
    a snapshot from the future, an account listed twice, a post later than the check."""
    found: list[tuple[int | str, str, str]] = []
    if today is not None and snapshot.day > today:
        found.append(("taken", "taken", f"{snapshot.day.isoformat()} is in the future"))
    seen: set[tuple[str, str]] = set()
    for index, entry in enumerate(snapshot.accounts):
        if entry.key in seen:
            found.append((index, f"accounts[{index + 1}]",
                          f"{entry.platform} account '{clip(entry.handle, 40)}' is listed twice"))
        seen.add(entry.key)
        if entry.last_post and entry.last_post > snapshot.day:
            found.append((index, f"accounts[{index + 1}].last_post", "the last post is later than the snapshot"))
    return found


def _located(data: Any, text: str) -> Any:
    """The parsed JSON with the line of each top-level key and each account, for messages."""
    if not isinstance(data, dict):
        return data
    located = LocatedDict(data)
    located.line = 1
    located.key_lines = {}
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        for key in data:
            if stripped.startswith(json.dumps(key) + ":") and key not in located.key_lines:
                located.key_lines[key] = number
    accounts = data.get("accounts")
    if isinstance(accounts, list):
        starts = _object_starts(text)
        item_lines = [starts[index] if index < len(starts) else located.key_lines.get("accounts", 1)
                      for index in range(len(accounts))]
        items = LocatedList(LocatedDict(item) if isinstance(item, dict) else item for item in accounts)
        for item, line in zip(items, item_lines):
            if isinstance(item, LocatedDict):
                item.line, item.key_lines = line, dict.fromkeys(item, line)
        items.line, items.item_lines = located.key_lines.get("accounts", 1), item_lines
        located["accounts"] = items
    return located


def _object_starts(text: str) -> list[int]:
    """The line of each object inside the top-level object's list (the accounts)."""
    starts, depth, line, in_string, escaped = [], 0, 1, False, False
    for char in text:
        if char == "\n":
            line += 1
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
            continue
        if char == '"':
            in_string = True
        elif char in "{[":
            if char == "{" and depth == 2:
                starts.append(line)
            depth += 1
        elif char in "}]":
            depth -= 1
    return starts


# ---- writing ---------------------------------------------------------------------------------

def snapshot_text(snapshot: Snapshot) -> str:
    """The file as the command writes it: one account per line, so each change is one line in a diff."""
    head = {"$schema": snapshot.schema_path, "taken": snapshot.taken.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "tool": snapshot.tool}
    lines = ["{"] + [f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}," for key, value in head.items()]
    records = [json.dumps(entry.model_dump(mode="json", exclude_defaults=True), ensure_ascii=False)
               for entry in snapshot.accounts]
    lines.append(' "accounts": [' if records else ' "accounts": []')
    if records:
        lines += [f"  {record}," for record in records[:-1]] + [f"  {records[-1]}", " ]"]
    return "\n".join(lines + ["}"]) + "\n"


def snapshot_schema() -> dict[str, Any]:
    """The JSON Schema of the snapshot file (written by `python -m macros generate`)."""
    schema = Snapshot.model_json_schema(by_alias=True)
    account = schema["$defs"]["AccountHealth"]
    account["properties"]["platform"] = {"title": "Platform", "enum": list(PLATFORMS)}
    account["properties"]["last_post"] = {"title": "Last post",
                                          "anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]}
    schema["properties"]["taken"] = {"title": "Taken", "type": "string", "format": "date-time",
                                     "pattern": r"Z$"}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema,
            "title": "Social media handbook: account health snapshot"}
