"""The polite client: it names itself, waits its turn on each host, honours Retry-After, gives up
after a few tries, reads no more than it needs, and (in tests) never touches the network."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from macros.commands import health_client
from macros.commands.health_client import PoliteClient, Unreachable, user_agent
from tests.unit.commands.conftest import NetworkUsed
from tests.unit.commands.recorded import Answer, Clock, FakeOpener

URL = "https://mastodon.social/api/v1/accounts/lookup?acct=fixturetown"
OK = Answer(200, b"{}")


def client(routes: dict, **kwargs: object) -> tuple[PoliteClient, FakeOpener, Clock]:
    opener, clock = FakeOpener(routes), Clock()
    return PoliteClient("agent", opener=opener, sleep=clock.sleep, clock=clock, **kwargs), opener, clock


def test_user_agent_names_the_handbook_and_its_repository() -> None:
    agent = user_agent("https://github.com/fixture-town/handbook/")
    assert agent.startswith("SocialMediaHandbook-AccountCheck/") and "+https://github.com/fixture-town/handbook;" in agent


def test_requests_to_one_host_are_spaced_out() -> None:
    polite, _, clock = client({URL: [OK], "https://public.api.bsky.app/xrpc/x": [OK]})
    for url in (URL, URL, "https://public.api.bsky.app/xrpc/x", URL):
        polite.get(url)
    # The second request to mastodon.social waits a second; another host does not wait for it.
    assert clock.sleeps == [1.0, 1.0]


def test_retry_after_as_an_http_date() -> None:
    now = datetime(2026, 3, 1, 7, 0, tzinfo=timezone.utc)
    polite, _, clock = client({URL: [Answer(429, b"", {"Retry-After": "Sun, 01 Mar 2026 07:00:45 GMT"}), OK]},
                              now=lambda: now)
    assert polite.get(URL).status == 200
    assert clock.sleeps == [45.0]


def test_server_errors_back_off_then_give_up() -> None:
    polite, opener, clock = client({URL: [Answer(503, b"")]})
    with pytest.raises(Unreachable, match="HTTP 503 after 3 tries"):
        polite.get(URL)
    assert len(opener.requests) == 3 and clock.sleeps[:2] == [2.0, 4.0]


def test_a_wait_longer_than_allowed_is_reported_not_waited() -> None:
    polite, _, clock = client({URL: [Answer(429, b"", {"Retry-After": "3600"})]})
    with pytest.raises(Unreachable, match="asked to wait 3600 seconds"):
        polite.get(URL)
    assert 3600 not in clock.sleeps


def test_not_found_is_an_answer_not_an_error() -> None:
    polite, _, _ = client({URL: [Answer(404, b'{"error":"Record not found"}')]})
    reply = polite.get(URL)
    assert reply.status == 404 and reply.json() == {"error": "Record not found"}


def test_an_oversized_answer_is_not_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(health_client, "MAX_BYTES", 10)
    polite, _, _ = client({URL: [Answer(200, b"x" * 11)]})
    with pytest.raises(Unreachable, match="larger than"):
        polite.get(URL)


def test_only_https_is_asked() -> None:
    polite, opener, _ = client({})
    with pytest.raises(Unreachable):
        polite.get("http://mastodon.social/api/v1/accounts/lookup?acct=x")
    assert opener.requests == []


def test_the_real_opener_cannot_reach_the_network_in_tests(no_network: list[str]) -> None:
    # Negative control for the guard in conftest.py: the real urllib opener is refused at the socket.
    polite = PoliteClient("agent", tries=1, sleep=lambda seconds: None)
    with pytest.raises(NetworkUsed):
        polite.get("https://mastodon.social/api/v1/accounts/lookup?acct=fixturetown")
    assert no_network  # the attempt was recorded ...
    no_network.clear()  # ... and cleared here, so only this test may make one
