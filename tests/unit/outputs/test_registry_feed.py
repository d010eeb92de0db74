"""The Atom feeds of registry changes: valid Atom (RFC 4287's required elements, absolute unique
ids, RFC 3339 dates), in both languages, listing a fixture's opened, renamed, checked and closed
accounts newest first."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from benchmarks.generate_registry import generate
from macros.core.handbook import load
from macros.core.registry_files import load_registry
from macros.outputs import registry_feed as feed_module
from macros.outputs.registry_feed import registry_feed, write_registry_feed
from tools.sitebuild import ROOT

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
HANDBOOK = load(ROOT / "tests" / "fixtures" / "sites" / "health", date(2026, 3, 5))


def atom_problems(root: ET.Element) -> list[str]:
    """What RFC 4287 requires of a feed and its entries, that this feed could get wrong."""
    problems = []
    if root.tag != f"{ATOM}feed":
        return ["the root is not an Atom feed"]
    for name in ("id", "title", "updated"):
        if len(root.findall(f"{ATOM}{name}")) != 1:
            problems.append(f"the feed needs exactly one {name}")
    if not root.findall(f"{ATOM}author/{ATOM}name"):
        problems.append("the feed needs an author with a name")
    if root.find(f"{ATOM}link[@rel='self']") is None:
        problems.append("the feed should link to itself")
    ids = []
    for entry in root.findall(f"{ATOM}entry"):
        for name in ("id", "title", "updated"):
            if len(entry.findall(f"{ATOM}{name}")) != 1:
                problems.append(f"an entry needs exactly one {name}")
        ids.append(entry.findtext(f"{ATOM}id") or "")
        if not re.match(r"^https://", ids[-1]):
            problems.append(f"entry id {ids[-1]!r} is not an absolute address")
        if not RFC3339.match(entry.findtext(f"{ATOM}updated") or ""):
            problems.append("an entry's updated is not an RFC 3339 date")
        if entry.find(f"{ATOM}link") is None and entry.find(f"{ATOM}content") is None:
            problems.append("an entry needs a link or content")
    if len(set(ids)) != len(ids):
        problems.append("entry ids repeat")
    if not RFC3339.match(root.findtext(f"{ATOM}updated") or ""):
        problems.append("the feed's updated is not an RFC 3339 date")
    return problems


def parse(lang: str) -> ET.Element:
    return ET.fromstring(registry_feed(HANDBOOK.registry, HANDBOOK.organisation, lang))


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_feed_is_valid_atom_in_each_language(lang: str) -> None:
    root = parse(lang)
    assert atom_problems(root) == []
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
    folder = "cy/" if lang == "cy" else ""
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == \
        f"https://handbook.fixture-town.example.org/{folder}registry-changes.xml"
    assert root.findtext(f"{ATOM}updated").startswith("2026-01-05")  # the newest change


def test_the_checker_finds_a_broken_feed() -> None:  # negative control
    broken = ET.fromstring(f'<feed xmlns="{ATOM[1:-1]}"><title>x</title><entry><id>x</id></entry></feed>')
    assert len(atom_problems(broken)) >= 5


def test_entries_list_opened_renamed_checked_and_closed_newest_first() -> None:
    entries = parse("en").findall(f"{ATOM}entry")
    titles = [entry.findtext(f"{ATOM}title") for entry in entries]
    assert titles[:6] == [
        "Checked: Fixture Town Council (fixturetown.bsky.social) on Bluesky",
        "Checked: Fixture Town Council (fixturetown@mastodon.social) on Mastodon",
        "Renamed: fixturetown.bsky.social (previously fixturetowncouncil.bsky.social) on Bluesky",
        "Opened: Fixture Town Council (fixturetown.bsky.social) on Bluesky",
        "Closed: Fixture Town Council (@FixtureTownOld) on X (Twitter)",
        "Opened: Fixture Town Events (fixturequiet@mastodon.social) on Mastodon",
    ]
    assert len(entries) == 10
    dates = [entry.findtext(f"{ATOM}updated") for entry in entries]
    assert dates == sorted(dates, reverse=True)
    closed = entries[4]
    assert closed.findtext(f"{ATOM}summary") == (
        "We closed @FixtureTownOld on X (Twitter) on 31 March 2023. Do not trust new posts from it.")
    assert closed.find(f"{ATOM}link").get("href") == "https://handbook.fixture-town.example.org/accounts/news/"
    assert closed.find(f"{ATOM}category").get("term") == "closed"


def test_welsh_entries_are_in_welsh_and_link_to_welsh_pages() -> None:
    entries = parse("cy").findall(f"{ATOM}entry")
    renamed = entries[2]
    assert renamed.findtext(f"{ATOM}title") == \
        "Enw newydd: fixturetown.bsky.social (cyn hynny fixturetowncouncil.bsky.social) ar Bluesky"
    assert "1 Mai 2024" in renamed.findtext(f"{ATOM}summary")
    assert renamed.find(f"{ATOM}link").get("href") == "https://handbook.fixture-town.example.org/cy/accounts/news/"
    checked = entries[0].findtext(f"{ATOM}summary")  # the team that checks, named in Welsh from the organisation file
    assert checked.endswith("ei wirio gan y Tîm Cyfathrebu: ni sy'n berchen arno."), checked
    assert parse("en").findall(f"{ATOM}entry")[0].findtext(f"{ATOM}summary").startswith(
        "On 5 January 2026 the communications team checked that ")


def test_a_large_registry_gives_only_the_newest_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    generate(tmp_path / "accounts", 300)
    registry = load_registry(tmp_path / "accounts", None, date(2026, 1, 1))
    monkeypatch.setattr(feed_module, "MAX_ENTRIES", 50)
    path = write_registry_feed(tmp_path / "site", registry, HANDBOOK.organisation, "cy")
    assert path == tmp_path / "site" / "cy" / "registry-changes.xml"
    root = ET.parse(path).getroot()
    assert atom_problems(root) == [] and len(root.findall(f"{ATOM}entry")) == 50
