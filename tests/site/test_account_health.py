"""Account health on the built site, from the fictional health edition (tests/fixtures/sites/health):
with a snapshot, with a stale one and with none; the feeds of registry changes linked and valid;
rel="me" on exactly the open accounts; every generated service page with its owner and review
line; the check's answer for a closed account carries its closing date."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from macros.core.handbook import load
from macros.core.health import SNAPSHOT_FILE
from macros.core.i18n import words
from tests.unit.outputs.test_registry_feed import ATOM, atom_problems
from tools.sitebuild import ROOT, Build, build, fixture_project

FIXTURE = ROOT / "tests" / "fixtures" / "sites" / "health"
SNAPSHOT = ROOT / "tests" / "fixtures" / "health" / "snapshot.json"
HANDBOOK = load(FIXTURE)


def text(node) -> str:
    return " ".join(node.get_text(" ").split())


def health_build(tmp_path_factory: pytest.TempPathFactory, today: str, snapshot: bool) -> Build:
    project = fixture_project(FIXTURE, tmp_path_factory.mktemp("health") / "project")
    if snapshot:
        (project / SNAPSHOT_FILE).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SNAPSHOT, project / SNAPSHOT_FILE)
    result = build(project, env={"HANDBOOK_TODAY": today})
    assert result.returncode == 0, result.output[-3000:]
    return result


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return health_build(tmp_path_factory, "2026-03-05", snapshot=True)


def activity(page) -> dict[str, str]:
    table = page.find("h2", id="open").find_next("table")
    return {row.select_one(".handbook-handle").get_text(): text(row.select("td")[-1]) for row in table.select("tbody tr")}


def test_service_page_shows_activity_from_the_snapshot(fresh: Build) -> None:
    page = fresh.page("accounts/news/")
    assert activity(page) == {
        "@FixtureTown": "Last post in the last 6 months",
        "fixturetown.bsky.social": "Last post in the last month",
        "fixturetown@mastodon.social": "Last post in the last month Links back to this handbook (verified)",
        "fixturequiet@mastodon.social": "Not found on the platform",
        "@fixturetownnews": "No public way to check this platform",
    }
    assert text(page.select_one(".handbook-health")) == \
        "Activity comes from what each platform publishes, checked on 1 March 2026."
    welsh = fresh.page("cy/accounts/news/")
    assert activity(welsh)["@FixtureTown"] == "Neges olaf yn ystod y 6 mis diwethaf"


def test_the_directory_shows_activity_too(fresh: Build) -> None:
    rows = fresh.page("accounts/").select("td[data-label=Activity]")
    assert len(rows) == len(HANDBOOK.registry.listed())


def test_a_stale_snapshot_is_shown_as_such(tmp_path_factory: pytest.TempPathFactory) -> None:
    stale = health_build(tmp_path_factory, "2026-04-20", snapshot=True)
    for path in ("accounts/", "accounts/news/"):
        warning = stale.page(path).select_one(".handbook-health-stale")
        assert warning is not None and "50 days ago, so it may be out of date" in text(warning)
    assert "50 diwrnod yn ôl" in text(stale.page("cy/accounts/news/").select_one(".handbook-health-stale"))


def test_without_a_snapshot_the_site_says_there_is_none_yet(tmp_path_factory: pytest.TempPathFactory) -> None:
    bare = health_build(tmp_path_factory, "2026-03-05", snapshot=False)
    page = bare.page("accounts/news/")
    assert text(page.select_one(".handbook-health")) == "We have not checked these accounts' activity yet."
    assert not page.select(".handbook-activity")
    document = json.loads((bare.site / "accounts.json").read_text("utf-8"))
    assert document["activity_checked"] is None
    assert {record["rel_me_verified"] for record in document["accounts"]} == {None}


def test_open_data_says_which_accounts_are_verified_by_rel_me(fresh: Build) -> None:
    document = json.loads((fresh.site / "accounts.json").read_text("utf-8"))
    proofs = {record["handle"]: record["rel_me_verified"] for record in document["accounts"]}
    assert proofs == {"FixtureTown": None, "FixtureTownOld": None, "fixturetown.bsky.social": None,
                      "fixturetown@mastodon.social": True, "fixturequiet@mastodon.social": None,
                      "fixturetownnews": None}
    assert document["activity_checked"] == "2026-03-01"
    assert document["publisher_identifiers"] == {"gss_code": "W06999999", "wikidata": "Q4115189"}
    assert set(document["changes_feeds"]) == {"en", "cy"}
    ld = json.loads(fresh.page("").select_one('script[type="application/ld+json"]').string)
    assert {item["value"] for item in ld["identifier"]} == {"W06999999", "Q4115189"}


@pytest.mark.parametrize(("path", "folder"), [("accounts/", ""), ("cy/accounts/", "cy/")])
def test_the_feed_of_registry_changes_is_linked_and_valid(fresh: Build, path: str, folder: str) -> None:
    page = fresh.page(path)
    link = page.find("h2", id="reuse").find_next("a", type="application/atom+xml")
    feed = (fresh.site / path / link["href"]).resolve()
    assert feed == (fresh.site / folder / "registry-changes.xml").resolve()
    head = [item["href"] for item in page.select('head link[rel=alternate][type="application/atom+xml"]')]
    assert [href for href in head if href.endswith(f"/{folder}registry-changes.xml")]
    root = ET.parse(feed).getroot()
    assert atom_problems(root) == []
    kinds = [entry.find(f"{ATOM}category").get("term") for entry in root.findall(f"{ATOM}entry")]
    assert kinds[:5] == ["verified", "verified", "renamed", "opened", "closed"]


def test_rel_me_is_on_exactly_the_open_accounts(fresh: Build) -> None:
    active = sorted(account.url for account in HANDBOOK.registry.active())
    for path in ("", "accounts/", "cy/", "cy/accounts/"):
        assert sorted(link["href"] for link in fresh.page(path).select('link[rel~="me"]')) == active, path
    dormant_and_closed = {account.url for account in HANDBOOK.registry.accounts if account.status.value != "active"}
    assert dormant_and_closed and not dormant_and_closed & set(active)  # the fixture has both kinds


def test_every_service_page_has_its_owner_and_review_line(fresh: Build) -> None:
    # Town news: two accounts never checked by a person, so no review date yet.
    line = text(fresh.page("accounts/news/").select_one("p.handbook-review"))
    assert line == "These accounts are run by the communications team. Not all of them have been checked by a person yet."
    welsh = text(fresh.page("cy/accounts/news/").select_one("p.handbook-review"))
    assert welsh.startswith("Mae'r cyfrifon hyn yn cael eu rhedeg gan y Tîm Cyfathrebu.")


def test_a_service_whose_accounts_are_all_checked_has_a_review_date(tmp_path_factory: pytest.TempPathFactory) -> None:
    project = fixture_project(FIXTURE, tmp_path_factory.mktemp("checked") / "project")
    path = project / "data" / "accounts" / "news.yml"
    text_ = path.read_text("utf-8").replace("    opened: 2015-01-01\n", "    opened: 2015-01-01\n    last_verified: 2025-02-01\n")
    text_ = text_.replace("    opened: 2022-12-01\n", "    opened: 2022-12-01\n    last_verified: 2026-02-01\n")
    text_ = text_.replace("    opened: 2016-01-01\n", "    opened: 2016-01-01\n    last_verified: 2026-02-01\n")
    path.write_text(text_, "utf-8")
    result = build(project, env={"HANDBOOK_TODAY": "2026-03-05"})
    assert result.returncode == 0, result.output[-3000:]
    # The oldest check (10 January 2025, the Mastodon account) sets the date; a year later it was due.
    page = result.page("accounts/news/")
    warning = page.select_one(".handbook-review--overdue")
    assert warning is not None and "due for review by 10 January 2026" in text(warning)
    assert page.select_one("p.handbook-review") is None


def test_the_check_answers_for_a_closed_account_with_its_closing_date(fresh: Build) -> None:
    index = json.loads((fresh.site / "lookup" / "index.json").read_text("utf-8"))
    number = index["keys"].split("\n").index("fixturetownold")
    assert index["statuses"][number] == "c"
    record = json.loads((fresh.site / "lookup" / f"records-{number // index['shardSize']}.json").read_text("utf-8"))
    assert record[number % index["shardSize"]][5] == "2023-03-31"
    # check.js fills {date} in this answer from that record (tests/browser/test_check.py shows it).
    assert "{date}" in words("en", "check.")["closed.body"] and "{date}" in words("cy", "check.")["closed.body"]
