"""What the snapshot means: ages in words from the snapshot's day, silence, staleness, the
report's lists and a service page's review line."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from macros.core.activity import HealthView, age_of, findings, service_review
from macros.core.handbook import load
from macros.core.health import AccountHealth, Snapshot, State
from macros.core.organisation import AccountHealthSettings
from tools.sitebuild import ROOT

SETTINGS = AccountHealthSettings()
HANDBOOK = load(ROOT / "tests" / "fixtures" / "sites" / "health", date(2026, 3, 5))
REGISTRY = HANDBOOK.registry
TOWN = REGISTRY.find("mastodon", "fixturetown@mastodon.social")
QUIET = REGISTRY.find("mastodon", "fixturequiet@mastodon.social")
TUBE = REGISTRY.find("youtube", "FixtureTown")


def snapshot(*entries: AccountHealth, day: date = date(2026, 3, 1)) -> Snapshot:
    return Snapshot(taken=datetime(day.year, day.month, day.day, 7, tzinfo=timezone.utc), tool="t", accounts=list(entries))


def entry(account, state: State = State.FOUND, **values: object) -> AccountHealth:
    return AccountHealth(platform=account.platform.key, handle=account.handle, state=state, **values)


@pytest.mark.parametrize(("last_post", "words"), [
    (date(2026, 3, 1), "month"), (date(2026, 2, 1), "month"), (date(2026, 1, 31), "three_months"),
    (date(2025, 12, 1), "three_months"), (date(2025, 9, 1), "six_months"), (date(2025, 3, 1), "year"),
    (date(2025, 2, 28), "over_year"), (date(2019, 1, 1), "over_year"),
])
def test_age_in_words_counts_calendar_months(last_post: date, words: str) -> None:
    assert age_of(last_post, date(2026, 3, 1)) == words


def test_ages_are_measured_from_the_snapshot_not_the_build() -> None:
    view = HealthView(snapshot(entry(TOWN, last_post=date(2026, 2, 20))), SETTINGS, date(2027, 1, 1))
    assert view.of(TOWN).age == "month"  # it was a month old when checked, whatever today is
    assert view.stale and view.age_days == 306


def test_staleness_follows_the_organisation_setting() -> None:
    fresh = HealthView(snapshot(), SETTINGS, date(2026, 3, 15))
    assert not fresh.stale and HealthView(snapshot(), SETTINGS, date(2026, 3, 16)).stale
    assert not HealthView(snapshot(), AccountHealthSettings(snapshot_stale_after_days=30), date(2026, 3, 16)).stale
    assert not HealthView(None, SETTINGS, date(2026, 3, 16)).stale  # no snapshot: nothing to be stale


def test_an_account_missing_from_the_snapshot_is_not_checked() -> None:
    view = HealthView(snapshot(entry(TOWN)), SETTINGS, date(2026, 3, 5))
    assert view.of(TUBE).state is None and not view.of(TUBE).checked


def test_rel_me_verified_only_for_mastodon_accounts_found_with_our_link() -> None:
    linked = entry(TOWN, verified_links=["https://handbook.fixture-town.example.org/"])
    view = HealthView(snapshot(linked, entry(QUIET), entry(TUBE)), SETTINGS, date(2026, 3, 5))
    assert view.of(TOWN).rel_me_verified is True
    assert view.of(QUIET).rel_me_verified is False
    assert view.of(TUBE).rel_me_verified is None  # YouTube has no such check


def test_findings_sort_each_account_into_one_list() -> None:
    view = HealthView(snapshot(entry(TOWN, State.SUSPENDED), entry(QUIET, last_post=date(2026, 2, 25)),
                               entry(TUBE, last_post=date(2025, 6, 1))), SETTINGS, date(2026, 3, 5))
    found = findings(REGISTRY, view)
    assert [account for account, _ in found.silent] == [TUBE]
    assert [account for account, _ in found.missing] == [TOWN]
    assert [account for account, _ in found.dormant_posting] == [QUIET]  # dormant, yet posting: look at it
    assert [account.platform.key for account in found.not_checked] == ["bluesky"]
    assert [account.platform.key for account in found.no_interface] == ["instagram"]
    assert [(account, due) for account, due in found.check_overdue] == [(TOWN, date(2026, 1, 10))]
    assert {account.handle for account in found.never_checked} == {"FixtureTown", "fixturequiet@mastodon.social",
                                                                   "fixturetownnews"}


def test_a_service_page_is_as_current_as_its_least_recently_checked_account() -> None:
    accounts = [TOWN, REGISTRY.find("bluesky", "fixturetown.bsky.social")]
    review = service_review("Communications team", accounts, SETTINGS)
    assert review.reviewed == date(2025, 1, 10) and review.due == date(2026, 1, 10)
    assert review.overdue(date(2026, 1, 11)) and not review.overdue(date(2026, 1, 10))
    unchecked = service_review("Communications team", [*accounts, TUBE], SETTINGS)
    assert unchecked.reviewed is None and not unchecked.overdue(date(2030, 1, 1))
    closed = service_review("Communications team", [REGISTRY.find("x", "FixtureTownOld")], SETTINGS)
    assert closed.open_accounts == 0 and closed.reviewed is None
