"""The registry's changes, from its own dates: opened, renamed, checked and closed, newest first."""

from __future__ import annotations

from datetime import date

from macros.core.handbook import load
from macros.core.history import Event, registry_events
from tools.sitebuild import ROOT

REGISTRY = load(ROOT / "tests" / "fixtures" / "sites" / "health", date(2026, 3, 5)).registry


def test_every_event_newest_first() -> None:
    events = [(event.kind, event.day, event.account.handle) for event in registry_events(REGISTRY)]
    assert events == [
        (Event.VERIFIED, date(2026, 1, 5), "fixturetown.bsky.social"),
        (Event.VERIFIED, date(2025, 1, 10), "fixturetown@mastodon.social"),
        (Event.RENAMED, date(2024, 5, 1), "fixturetown.bsky.social"),
        (Event.OPENED, date(2023, 9, 1), "fixturetown.bsky.social"),
        (Event.CLOSED, date(2023, 3, 31), "FixtureTownOld"),
        (Event.OPENED, date(2022, 12, 1), "fixturequiet@mastodon.social"),
        (Event.OPENED, date(2022, 11, 1), "fixturetown@mastodon.social"),
        (Event.OPENED, date(2016, 1, 1), "fixturetownnews"),
        (Event.OPENED, date(2015, 1, 1), "FixtureTown"),
        (Event.OPENED, date(2010, 1, 1), "FixtureTownOld"),
    ]


def test_a_rename_names_the_handle_before_and_after() -> None:
    rename = next(event for event in registry_events(REGISTRY) if event.kind is Event.RENAMED)
    assert (rename.old_handle, rename.new_handle) == ("fixturetowncouncil.bsky.social", "fixturetown.bsky.social")
    assert rename.anchor == "renamed-bluesky-fixturetowncouncil.bsky.social-2024-05-01"
