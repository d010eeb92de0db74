"""Each account's activity on the directory and service pages: the last post in words, flags
for missing and renamed accounts, in English and Welsh; the snapshot's age; rel="me" on service
pages for exactly the open accounts."""

from __future__ import annotations

from datetime import date, datetime, timezone

from bs4 import BeautifulSoup

from macros.core.activity import HealthView
from macros.core.handbook import load
from macros.core.health import AccountHealth, Snapshot, State
from macros.render.directory import DirectoryRenderer
from tools.sitebuild import ROOT

HANDBOOK = load(ROOT / "tests" / "fixtures" / "sites" / "health", date(2026, 3, 5))
SETTINGS = HANDBOOK.organisation.account_health
ENTRIES = [
    AccountHealth(platform="youtube", handle="FixtureTown", state=State.FOUND, last_post=date(2024, 12, 4)),
    AccountHealth(platform="bluesky", handle="fixturetown.bsky.social", state=State.RENAMED,
                  current_handle="news.fixture-town.example.org"),
    AccountHealth(platform="mastodon", handle="fixturetown@mastodon.social", state=State.FOUND,
                  last_post=date(2026, 2, 20), verified_links=["https://handbook.fixture-town.example.org/"]),
    AccountHealth(platform="mastodon", handle="fixturequiet@mastodon.social", state=State.NOT_FOUND),
    AccountHealth(platform="instagram", handle="fixturetownnews", state=State.NO_INTERFACE),
]
SNAPSHOT = Snapshot(taken=datetime(2026, 3, 1, 7, tzinfo=timezone.utc), tool="t", accounts=ENTRIES)


def renderer(snapshot: Snapshot | None = SNAPSHOT, today: date = date(2026, 3, 5)) -> DirectoryRenderer:
    return DirectoryRenderer(HANDBOOK.registry, HANDBOOK.organisation, health=HealthView(snapshot, SETTINGS, today))


def activity(html: str) -> dict[str, str]:
    page = BeautifulSoup(html, "html.parser")
    return {row.select_one(".handbook-handle").get_text(): " ".join(row.select("td")[-1].get_text(" ").split())
            for row in page.select_one("table").select("tbody tr")}  # the first table: open accounts


def test_service_page_shows_each_accounts_activity_in_english() -> None:
    html = renderer().service_page("news", "en", "../", {})
    assert activity(html) == {
        "@FixtureTown": "Last post over a year ago",
        "fixturetown.bsky.social": "Renamed: now news.fixture-town.example.org",
        "fixturetown@mastodon.social": "Last post in the last month Links back to this handbook (verified)",
        "fixturequiet@mastodon.social": "Not found on the platform",
        "@fixturetownnews": "No public way to check this platform",
    }
    page = BeautifulSoup(html, "html.parser")
    assert page.select_one(".handbook-health").get_text() == (
        "Activity comes from what each platform publishes, checked on 1 March 2026.")
    assert len(page.select(".handbook-activity--flag")) == 2


def test_the_directory_shows_it_in_welsh() -> None:
    html = renderer().services("cy", "../accounts/")
    assert activity(html)["@FixtureTown"] == "Neges olaf dros flwyddyn yn ôl"
    assert activity(html)["fixturetown@mastodon.social"].startswith("Neges olaf yn ystod y mis diwethaf")
    assert activity(html)["fixturequiet@mastodon.social"] == "Heb ddod o hyd iddo ar y platfform"
    assert BeautifulSoup(html, "html.parser").select_one("th:-soup-contains('Gweithgarwch')")


def test_a_stale_snapshot_says_so() -> None:
    html = renderer(today=date(2026, 4, 1)).service_page("news", "en", "../", {})
    warning = BeautifulSoup(html, "html.parser").select_one(".handbook-health-stale")
    assert warning is not None and "checked on 1 March 2026, 31 days ago, so it may be out of date" in warning.get_text()
    fresh = renderer().service_page("news", "en", "../", {})  # negative control
    assert BeautifulSoup(fresh, "html.parser").select_one(".handbook-health-stale") is None


def test_without_a_snapshot_there_is_no_column_and_a_note() -> None:
    html = renderer(snapshot=None).services("en", "../accounts/")
    page = BeautifulSoup(html, "html.parser")
    assert page.select_one(".handbook-health").get_text() == "We have not checked these accounts' activity yet."
    assert not page.select(".handbook-activity") and not page.select("th:-soup-contains('Activity')")


def test_an_account_the_snapshot_does_not_list_is_not_checked_yet() -> None:
    partial = Snapshot(taken=SNAPSHOT.taken, tool="t", accounts=ENTRIES[2:3])
    assert activity(renderer(partial).service_page("news", "en", "../", {}))["@FixtureTown"] == "Activity not checked yet"


def test_rel_me_on_service_pages_only_and_only_for_open_accounts() -> None:
    page = BeautifulSoup(renderer().service_page("news", "en", "../", {}), "html.parser")
    me = {link["href"] for link in page.select('a[rel~="me"]')}
    assert me == {account.url for account in HANDBOOK.registry.active()}
    directory = BeautifulSoup(renderer().services("en", "../accounts/"), "html.parser")
    assert not directory.select('a[rel~="me"]')  # the accounts page has them in its head instead
