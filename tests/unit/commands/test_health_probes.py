"""Each platform's probe, against recorded answers in every shape the check must handle: found,
not found, renamed, suspended, rate-limited then found, timed out, unreadable, and no posts."""

from __future__ import annotations

import socket
import urllib.error
from datetime import date

import pytest

from macros.commands.health_client import PoliteClient
from macros.commands.health_probes import probe
from macros.core.accounts import Account
from macros.core.handbook import load
from macros.core.health import AccountHealth, State
from tests.unit.commands.recorded import (BLUESKY, CHANNEL, DID, MASTODON, YOUTUBE_FEED, Answer, Clock,
                                          FakeOpener, answer)
from tools.sitebuild import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "sites" / "health"
REGISTRY = load(FIXTURE, date(2026, 3, 5)).registry
OUR_HOSTS = ("handbook.fixture-town.example.org", "www.fixture-town.example.org")
PROFILE = f"{BLUESKY}app.bsky.actor.getProfile?actor="
FEED = f"{BLUESKY}app.bsky.feed.getAuthorFeed?actor={DID.replace(':', '%3A')}&limit=10"
PAGE = "https://www.youtube.com/@FixtureTown"
RATE_LIMITED = Answer(429, b'{"error":"RateLimitExceeded"}', {"Retry-After": "30"})


def account(platform: str, handle: str) -> Account:
    return REGISTRY.find(platform, handle)


def run(target: Account, routes: dict, previous: AccountHealth | None = None) -> tuple[AccountHealth, FakeOpener, Clock]:
    opener, clock = FakeOpener(routes), Clock()
    client = PoliteClient("test-agent", opener=opener, sleep=clock.sleep, clock=clock)
    return probe(target, client, previous, OUR_HOSTS), opener, clock


# ---- Mastodon ---------------------------------------------------------------------------------

TOWN = account("mastodon", "fixturetown@mastodon.social")
QUIET = account("mastodon", "fixturequiet@mastodon.social")


def test_mastodon_found_keeps_the_date_and_only_our_verified_links() -> None:
    entry, opener, _ = run(TOWN, {MASTODON + "fixturetown": [answer("mastodon/found.json")]})
    assert entry.state is State.FOUND and entry.last_post == date(2026, 2, 20)
    assert entry.platform_id == "109312345678901234"
    # Verified links to other sites, and our own unverified link, are not recorded.
    assert entry.verified_links == ["https://handbook.fixture-town.example.org/"]
    assert opener.requests[0].get_header("User-agent") == "test-agent"
    # Nothing about the account beyond the snapshot's fields: no names, bios or counts.
    assert set(entry.model_dump(exclude_defaults=True)) == {"platform", "handle", "state", "last_post",
                                                            "platform_id", "verified_links"}


def test_mastodon_account_with_no_posts() -> None:
    entry, _, _ = run(QUIET, {MASTODON + "fixturequiet": [answer("mastodon/no-posts.json")]})
    assert entry.state is State.FOUND and entry.last_post is None and entry.verified_links == []


def test_mastodon_not_found() -> None:
    entry, _, _ = run(TOWN, {MASTODON + "fixturetown": [answer("mastodon/not-found.json", 404)]})
    assert entry.state is State.NOT_FOUND and entry.last_post is None


def test_mastodon_moved_account_is_renamed_with_its_new_address() -> None:
    entry, _, _ = run(TOWN, {MASTODON + "fixturetown": [answer("mastodon/moved.json")]})
    assert entry.state is State.RENAMED and entry.current_handle == "fixturetown@mastodon.online"


def test_mastodon_suspended() -> None:
    entry, _, _ = run(TOWN, {MASTODON + "fixturetown": [answer("mastodon/suspended.json")]})
    assert entry.state is State.SUSPENDED and entry.last_post is None


def test_mastodon_rate_limited_then_found_waits_as_asked() -> None:
    entry, opener, clock = run(TOWN, {MASTODON + "fixturetown": [RATE_LIMITED, answer("mastodon/found.json")]})
    assert entry.state is State.FOUND and len(opener.requests) == 2
    assert 30 in clock.sleeps


def test_mastodon_timeout_is_unreachable_after_retries() -> None:
    entry, opener, _ = run(TOWN, {MASTODON + "fixturetown": [urllib.error.URLError(socket.timeout("timed out"))]})
    assert entry.state is State.UNREACHABLE and len(opener.requests) == 3
    assert entry.last_post is None and entry.detail


def test_mastodon_malformed_answer_is_unreachable_not_guessed() -> None:
    entry, _, _ = run(TOWN, {MASTODON + "fixturetown": [answer("mastodon/malformed.json")]})
    assert entry.state is State.UNREACHABLE and entry.detail == "the answer was not valid JSON"


# ---- Bluesky ----------------------------------------------------------------------------------

SKY = account("bluesky", "fixturetown.bsky.social")
BY_HANDLE = PROFILE + "fixturetown.bsky.social"
BY_DID = PROFILE + DID.replace(":", "%3A")
KNOWN = AccountHealth(platform="bluesky", handle="fixturetown.bsky.social", state=State.FOUND, platform_id=DID)


def test_bluesky_found_takes_the_newest_post_or_repost() -> None:
    entry, opener, _ = run(SKY, {BY_HANDLE: [answer("bluesky/profile.json")], FEED: [answer("bluesky/feed.json")]})
    assert entry.state is State.FOUND and entry.platform_id == DID
    assert entry.last_post == date(2026, 2, 27)  # the repost, newer than the post
    assert entry.platform_verified is False
    assert opener.urls() == [BY_HANDLE, FEED]


def test_bluesky_account_with_no_posts() -> None:
    entry, _, _ = run(SKY, {BY_HANDLE: [answer("bluesky/profile.json")], FEED: [answer("bluesky/feed-empty.json")]})
    assert entry.state is State.FOUND and entry.last_post is None


def test_bluesky_renamed_account_is_found_by_its_did() -> None:
    entry, opener, _ = run(SKY, {BY_DID: [answer("bluesky/profile-renamed.json")], FEED: [answer("bluesky/feed.json")]},
                           previous=KNOWN)
    assert entry.state is State.RENAMED and entry.current_handle == "news.fixture-town.example.org"
    assert entry.platform_verified is True and opener.urls()[0] == BY_DID


def test_bluesky_not_found() -> None:
    entry, _, _ = run(SKY, {BY_HANDLE: [answer("bluesky/not-found.json", 400)]})
    assert entry.state is State.NOT_FOUND


def test_bluesky_suspended() -> None:
    entry, _, _ = run(SKY, {BY_DID: [answer("bluesky/suspended.json", 400)]}, previous=KNOWN)
    assert entry.state is State.SUSPENDED and entry.platform_id == DID


def test_bluesky_rate_limited_then_found() -> None:
    entry, opener, clock = run(SKY, {BY_HANDLE: [RATE_LIMITED, answer("bluesky/profile.json")],
                                     FEED: [answer("bluesky/feed.json")]})
    assert entry.state is State.FOUND and 30 in clock.sleeps and len(opener.requests) == 3


def test_bluesky_timeout_keeps_what_the_last_check_knew() -> None:
    entry, _, _ = run(SKY, {BY_DID: [TimeoutError("The read operation timed out")]}, previous=KNOWN)
    assert entry.state is State.UNREACHABLE and entry.platform_id == DID


def test_bluesky_malformed_answer_is_unreachable() -> None:
    entry, _, _ = run(SKY, {BY_HANDLE: [answer("bluesky/malformed.json")]})
    assert entry.state is State.UNREACHABLE and "JSON" in (entry.detail or "")


# ---- YouTube ----------------------------------------------------------------------------------

TUBE = account("youtube", "FixtureTown")
OLD_CHANNEL = AccountHealth(platform="youtube", handle="FixtureTown", state=State.FOUND, platform_id=CHANNEL)


def test_youtube_found_reads_the_channel_then_its_feed() -> None:
    entry, opener, _ = run(TUBE, {PAGE: [answer("youtube/channel.html")], YOUTUBE_FEED: [answer("youtube/feed.xml")]})
    assert entry.state is State.FOUND and entry.platform_id == CHANNEL
    assert entry.last_post == date(2025, 12, 4)
    assert opener.urls() == [PAGE, YOUTUBE_FEED]


def test_youtube_channel_with_no_uploads() -> None:
    entry, _, _ = run(TUBE, {PAGE: [answer("youtube/channel.html")], YOUTUBE_FEED: [answer("youtube/feed-empty.xml")]})
    assert entry.state is State.FOUND and entry.last_post is None


def test_youtube_not_found() -> None:
    entry, _, _ = run(TUBE, {PAGE: [answer("youtube/not-found.html", 404)]})
    assert entry.state is State.NOT_FOUND


def test_youtube_handle_gone_but_channel_alive_is_renamed() -> None:
    entry, _, _ = run(TUBE, {PAGE: [answer("youtube/not-found.html", 404)], YOUTUBE_FEED: [answer("youtube/feed.xml")]},
                      previous=OLD_CHANNEL)
    assert entry.state is State.RENAMED and entry.platform_id == CHANNEL


def test_youtube_terminated_channel_is_suspended() -> None:
    entry, _, _ = run(TUBE, {PAGE: [answer("youtube/terminated.html")]})
    assert entry.state is State.SUSPENDED


def test_youtube_rate_limited_then_found() -> None:
    entry, _, clock = run(TUBE, {PAGE: [RATE_LIMITED, answer("youtube/channel.html")],
                                 YOUTUBE_FEED: [answer("youtube/feed.xml")]})
    assert entry.state is State.FOUND and 30 in clock.sleeps


def test_youtube_timeout_is_unreachable() -> None:
    entry, _, _ = run(TUBE, {PAGE: [socket.timeout("timed out")]})
    assert entry.state is State.UNREACHABLE and "seconds" in (entry.detail or "")


def test_youtube_malformed_feed_is_unreachable() -> None:
    entry, _, _ = run(TUBE, {PAGE: [answer("youtube/channel.html")], YOUTUBE_FEED: [answer("youtube/malformed.xml")]})
    assert entry.state is State.UNREACHABLE and entry.detail == "the channel feed was not valid XML"


# ---- platforms without a public interface -----------------------------------------------------

@pytest.mark.parametrize("target", [account("instagram", "fixturetownnews")])
def test_other_platforms_are_reported_as_such_and_never_asked(target: Account) -> None:
    entry, opener, _ = run(target, {})
    assert entry.state is State.NO_INTERFACE and opener.requests == []
