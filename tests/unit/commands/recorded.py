"""Recorded answers for the account check, served by a fake opener instead of the network."""

from __future__ import annotations

import io
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path

from tools.sitebuild import ROOT

RESPONSES = ROOT / "tests" / "fixtures" / "health" / "responses"
MASTODON = "https://mastodon.social/api/v1/accounts/lookup?acct="
BLUESKY = "https://public.api.bsky.app/xrpc/"
DID = "did:plc:fixturetown0000000000000a"
CHANNEL = "UCfixturetown0000000000A"
YOUTUBE_FEED = f"https://www.youtube.com/feeds/videos.xml?channel_id={CHANNEL}"


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


def answer(path: str, status: int = 200, **headers: str) -> Answer:
    """A recorded answer from tests/fixtures/health/responses/."""
    return Answer(status, (RESPONSES / path).read_bytes(), {k.replace("_", "-"): v for k, v in headers.items()})


class FakeResponse(io.BytesIO):
    def __init__(self, recorded: Answer, url: str) -> None:
        super().__init__(recorded.body)
        self.status, self.url = recorded.status, url
        self.headers = _message(recorded.headers)

    def getcode(self) -> int:
        return self.status

    def geturl(self) -> str:
        return self.url


def _message(headers: dict[str, str]) -> Message:
    message = Message()
    for key, value in headers.items():
        message[key] = value
    return message


class FakeOpener:
    """Answers each address from a queue; the last answer repeats. Error statuses are raised as
    urllib raises them (HTTPError), so the client meets exactly what the real opener gives."""

    def __init__(self, routes: dict[str, list[Answer | BaseException]]) -> None:
        self.routes = {url: list(queue) for url, queue in routes.items()}
        self.requests: list[urllib.request.Request] = []

    def __call__(self, request: urllib.request.Request, timeout: float) -> FakeResponse:
        self.requests.append(request)
        url = request.full_url
        assert url in self.routes, f"unexpected request: {url}"
        queue = self.routes[url]
        item = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(item, BaseException):
            raise item
        if item.status >= 400:
            raise urllib.error.HTTPError(url, item.status, "error", _message(item.headers), io.BytesIO(item.body))
        return FakeResponse(item, url)

    def urls(self) -> list[str]:
        return [request.full_url for request in self.requests]


class Clock:
    """Time that passes only when the client sleeps: no test waits for real."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def __call__(self) -> float:
        return self.now
