"""The files the browser's check downloads, written at build time into the site's lookup/ folder.

Small enough for a phone at 10,000 accounts: the index holds only what every check needs (each
account's compared handle, its look-alike fold where that differs, platform and status); names
are in shards chosen by `name_shard`, fetched only when a reader types a name; the details of
an account come from one shard of SHARD_SIZE records, fetched when an answer names it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..core.browser_rules import browser_rules
from ..core.lookup import Checker
from ..core.organisation import Organisation
from ..core.registry import Registry
from ..render.directory import check_words

SHARD_SIZE = 250
NAMES_PER_SHARD = 1000
FOLDER = "lookup"
STATUS_CODES = {"active": "a", "dormant": "d", "archived": "c"}


def lookup_files(registry: Registry, organisation: Organisation, languages: tuple[str, ...] = ("en",)) -> dict[str, Any]:
    """File name -> content, for every file in lookup/."""
    checker = Checker(registry.accounts)
    accounts = registry.accounts
    services = list(registry.services.values())
    service_index = {service.slug: number for number, service in enumerate(services)}
    platform_keys = [rule["key"] for rule in browser_rules()["platforms"]]
    name_shards = max(1, -(-len(accounts) // NAMES_PER_SHARD))
    files: dict[str, Any] = {
        "rules.json": browser_rules(),
        "index.json": {
            "shardSize": SHARD_SIZE,
            # slug, names, contact, and who runs it as a sentence reads it ("by the libraries team", "gan y Tîm …")
            "services": [[s.slug, s.name, s.name_cy, s.contact,
                          *(organisation.owner_phrase(s.team, lang, trigger) if lang in languages else ""
                            for lang, trigger in (("en", "by"), ("cy", "gan")))] for s in services],
            # One line per account, in the same order everywhere: its number is its id.
            "keys": "\n".join(checker.keys),
            # Empty where the fold is the handle in lower case, which is most of them.
            "folds": "\n".join("" if fold == key.lower() else fold for fold, key in zip(checker.folds, checker.keys)),
            "nameShards": name_shards,
            "platforms": "".join(chr(65 + platform_keys.index(a.platform.key)) for a in accounts),
            "statuses": "".join(STATUS_CODES[a.status.value] for a in accounts),
        },
    }
    for lang in languages:  # the search dialog gives the check's answer in the check's own words
        files[f"words-{lang}.json"] = check_words(organisation, lang)
    shards: list[list[str]] = [[] for _ in range(name_shards)]
    for number, name in enumerate(checker.names):
        shards[name_shard(name, name_shards)].append(f"{number}\t{name}")
    for number, lines in enumerate(shards):
        files[f"names-{number}.json"] = "\n".join(lines)
    for start in range(0, len(accounts), SHARD_SIZE):
        files[f"records-{start // SHARD_SIZE}.json"] = [
            [a.display_handle, a.url, a.display_name, service_index[a.service.slug],
             a.opened.isoformat(), a.closed.isoformat() if a.closed else "",
             a.last_verified.isoformat() if a.last_verified else "",
             "" if a.contact == a.service.contact else a.contact]
            for a in accounts[start:start + SHARD_SIZE]]
    return files


def name_shard(name: str, shards: int) -> int:
    """Which names file holds `name`: check-core.js sums the code points the same way."""
    return sum(ord(character) for character in name) % shards


def write_lookup_data(site_dir: Path, registry: Registry, organisation: Organisation,
                      languages: tuple[str, ...] = ("en",)) -> None:
    folder = site_dir / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    for old in [*folder.glob("records-*.json"), *folder.glob("names-*.json")]:  # a smaller registry leaves no stale shards behind
        old.unlink()
    for name, content in lookup_files(registry, organisation, languages).items():
        (folder / name).write_text(json.dumps(content, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
