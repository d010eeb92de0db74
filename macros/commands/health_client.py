"""Polite HTTP for the account check: one request at a time per host, timeouts, back-off on 429.

Standard library only. It says who it is (a User-Agent naming the handbook and its repository),
waits its turn on each host, honours Retry-After, gives up after a few tries, and never reads
more than it needs. The opener is a parameter, so tests hand it recorded answers instead of the
network.
"""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

TIMEOUT_SECONDS = 15.0
MAX_BYTES = 2_000_000
TRIES = 3
MAX_WAIT_SECONDS = 300.0  # a server that asks us to wait longer is reported as unreachable this week
RETRY_STATUSES = (429, 500, 502, 503, 504)
# Seconds between two requests to one host. Mastodon allows 300 requests per 5 minutes per
# address and Bluesky's AppView about 3,000; one a second stays well inside both.
DEFAULT_INTERVAL = 1.0
INTERVALS = {"public.api.bsky.app": 0.5}

Opener = Callable[[urllib.request.Request, float], Any]


def user_agent(repo_url: str) -> str:
    return f"SocialMediaHandbook-AccountCheck/1.0 (+{repo_url.rstrip('/')}; weekly check of official accounts)"


class Unreachable(Exception):
    """The check could not get an answer: the reason, in a few words, goes into the snapshot."""


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes
    url: str
    headers: Mapping[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        try:
            return json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise Unreachable("the answer was not valid JSON") from None

    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


def _default_opener() -> Opener:
    opener = urllib.request.build_opener()
    return lambda request, timeout: opener.open(request, timeout=timeout)


@dataclass
class PoliteClient:
    agent: str
    opener: Opener | None = None
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)
    timeout: float = TIMEOUT_SECONDS
    tries: int = TRIES
    requests: int = 0
    _last: dict[str, float] = field(default_factory=dict)

    def get(self, url: str, accept: str = "application/json") -> Reply:
        """The answer to a GET, whatever its status; Unreachable when there is none worth reading."""
        parts = urlsplit(url)
        if parts.scheme != "https" or not parts.hostname:
            raise Unreachable("only https addresses are checked")
        host = parts.hostname
        opener = self.opener or _default_opener()
        for attempt in range(self.tries):
            self._wait_turn(host)
            request = urllib.request.Request(url, headers={"User-Agent": self.agent, "Accept": accept})
            self.requests += 1
            try:
                reply = self._read(opener(request, self.timeout), url)
            except urllib.error.HTTPError as error:
                reply = Reply(error.code, _limited(error), url, dict(error.headers or {}))
            except (TimeoutError, socket.timeout):
                if attempt + 1 < self.tries:
                    self.sleep(self._backoff(attempt))
                    continue
                raise Unreachable(f"no answer within {self.timeout:g} seconds") from None
            except (urllib.error.URLError, OSError) as error:
                reason = getattr(error, "reason", error)
                if isinstance(reason, (TimeoutError, socket.timeout)) and attempt + 1 < self.tries:
                    self.sleep(self._backoff(attempt))
                    continue
                raise Unreachable(f"could not connect: {str(reason)[:120]}") from None
            if reply.status in RETRY_STATUSES and attempt + 1 < self.tries:
                wait = self._retry_after(reply.headers, attempt)
                if wait > MAX_WAIT_SECONDS:
                    raise Unreachable(f"HTTP {reply.status}: asked to wait {wait:.0f} seconds")
                self.sleep(wait)
                continue
            if reply.status in RETRY_STATUSES:
                raise Unreachable(f"HTTP {reply.status} after {self.tries} tries")
            return reply
        raise Unreachable("no answer")  # not reached: the loop returns or raises

    def _read(self, response: Any, url: str) -> Reply:
        with response:
            body = _limited(response)
            status = getattr(response, "status", None) or response.getcode()
            final = response.geturl() if hasattr(response, "geturl") else url
            return Reply(status, body, final, dict(response.headers or {}))

    def _wait_turn(self, host: str) -> None:
        interval = INTERVALS.get(host, DEFAULT_INTERVAL)
        last = self._last.get(host)
        if last is not None:
            wait = last + interval - self.clock()
            if wait > 0:
                self.sleep(wait)
        self._last[host] = self.clock()

    def _backoff(self, attempt: int) -> float:
        return 2.0 * 2 ** attempt  # 2, 4, 8 seconds

    def _retry_after(self, headers: Mapping[str, str], attempt: int) -> float:
        """Retry-After in seconds or as an HTTP date; without it, exponential back-off."""
        value = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
        if value is None:
            return self._backoff(attempt)
        value = value.strip()
        if value.isdigit():
            return float(value)
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return self._backoff(attempt)
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        return max(0.0, (when - self.now()).total_seconds())


def _limited(response: Any) -> bytes:
    body = response.read(MAX_BYTES + 1) if response is not None else b""
    if len(body) > MAX_BYTES:
        raise Unreachable(f"the answer was larger than {MAX_BYTES:,} bytes")
    return body
