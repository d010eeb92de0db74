"""How a platform's rules work: what a Platform knows and how it checks a handle or address.

A Platform knows what a valid handle looks like, how to build the profile address from it,
and how to tell a real profile address from the near-misses editors paste in: posts, share
links, shortened links, tracking tags. The platforms themselves are in platform_table.py.
Messages are written for editors, not developers.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from .problems import clip

__all__ = ["Platform", "PlatformError", "Rule", "domain_problem"]


class PlatformError(ValueError):
    """What is wrong, in plain English; `hint` says how to fix it; `field` names the entry's field."""

    def __init__(self, message: str, hint: str = "", field: str = "handle") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.field = field


def _url_error(message: str, hint: str = "") -> PlatformError:
    return PlatformError(message, hint, field="url")


# Shared wording, so the same mistake reads the same on every platform.
_WHY = {
    "post": "This is a link to a single post, not the profile.",
    "photo": "This is a link to a single photo, not the profile.",
    "video": "This is a link to a single video, not the profile.",
    "story": "This is a link to a story, not the profile.",
    "album": "This is a link to a photo album, not the profile.",
    "playlist": "This is a link to a playlist, not the profile.",
    "search": "This is a link to a search page, not the profile.",
    "hashtag": "This is a link to a hashtag or topic page, not the profile.",
    "share": "This is a share link, not the profile.",
    "feed": "This is a link to a feed, not the profile.",
    "list": "This is a link to a list, not the profile.",
    "group": "This is a link to a group, not the profile.",
    "event": "This is a link to an event, not the profile.",
}

# Shortened links hide where they go, and may stop working; always ask for the full address.
_SHORTENERS = frozenset({
    "t.co", "fb.me", "youtu.be", "vm.tiktok.com", "vt.tiktok.com", "wa.me", "lnkd.in",
    "flic.kr", "go.bsky.app", "bit.ly", "ow.ly", "buff.ly", "tinyurl.com", "goo.gl",
})

# Domain endings that never work on the public internet.
_RESERVED_TLDS = frozenset({"local", "localhost", "invalid", "example", "test", "arpa", "internal", "onion", "alt"})
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


def domain_problem(domain: str) -> str | None:
    """Why `domain` (lower case) is not a usable domain name, or None."""
    labels = domain.split(".")
    if len(domain) > 253:
        return "is longer than 253 characters"
    if len(labels) < 2:
        return "needs at least one full stop, like name.bsky.social"
    for label in labels:
        if not _LABEL.fullmatch(label):
            return (f"has a badly formed part '{label}': each part between full stops has 1 to 63 letters, "
                    "numbers or hyphens, and does not start or end with a hyphen")
    if labels[-1].isdigit() or labels[-1] in _RESERVED_TLDS:
        return f"ends in '.{labels[-1]}', which is not a public domain ending"
    return None


@functools.cache
def _handle_characters(allowed: str) -> re.Pattern[str]:
    return re.compile(f"[{allowed}]")


@dataclass(frozen=True)
class Rule:
    """A path (regex, matched from the start, any case) that is never a profile, and why."""

    pattern: str
    why: str  # a key of _WHY, or a full sentence
    hint: str = ""  # "{url}" becomes the canonical profile address


@dataclass(frozen=True, kw_only=True)
class Platform:
    """One platform's handle rules and profile address rules."""

    key: str
    name: str
    name_cy: str = ""  # where Welsh names the platform differently: "Sianeli WhatsApp"
    handle_hint: str
    example: str  # a valid handle, used in hints
    allowed: str  # regex character class body for handle characters
    min_len: int
    max_len: int
    url_template: str  # may use {handle}, {user} and {server}
    hosts: tuple[str, ...]  # empty: the handle's own server (Mastodon)
    profile_path: str  # regex; group "h" captures the handle
    rules: tuple[Rule, ...] = ()
    bad_hosts: tuple[tuple[str, str], ...] = ()  # (host, why) for the platform's non-profile hosts
    host_prefixes: tuple[str, ...] = ("www.", "m.", "mobile.")
    noun: str = "handle"
    strip_at: bool = True  # people write this platform's handles with a leading "@"
    show_at: bool = True
    case_insensitive: bool = True
    lower: bool = False  # the platform itself stores handles in lower case
    extra: Callable[[Platform, str], str] | None = field(default=None, repr=False, compare=False)

    def __hash__(self) -> int:  # one platform per key; hashing every field is slow for a cache key
        return hash(self.key)

    def error(self, message: str) -> PlatformError:
        """A handle problem, with this platform's handle hint."""
        return PlatformError(message, self.handle_hint, field="handle")

    # Remembered per platform and text: every listing, key and address asks again for the same
    # handles, 30,000 times for a national registry. Problems are raised, never remembered.
    @functools.lru_cache(maxsize=200_000)
    def normalise_handle(self, raw: str) -> str:
        """The handle as stored: trimmed, without a leading "@", checked."""
        if not isinstance(raw, str):
            raise self.error(f"The {self.name} {self.noun} must be text.")
        handle = raw.strip()
        if self.strip_at and handle.startswith("@"):
            handle = handle[1:]
        if self.lower:
            handle = handle.lower()
        if not handle:
            raise self.error(f"The {self.name} {self.noun} is empty.")
        if "/" in handle or "://" in handle:
            raise PlatformError("This looks like a web address, not a handle.",
                                f"Put only the {self.noun} here, for example {self.example}.")
        bad = sorted(set(_handle_characters(self.allowed).sub("", handle)))[:10]
        if bad:
            shown = ", ".join("space" if c.isspace() else f"'{c}'" for c in bad)
            raise self.error(f"The {self.noun} '{clip(handle)}' contains characters {self.name} does not allow: {shown}.")
        if not self.min_len <= len(handle) <= self.max_len:
            size = "short" if len(handle) < self.min_len else "long"
            raise self.error(f"The {self.noun} '{clip(handle)}' is too {size}: {self.name} {self.noun}s have "
                             f"{self.min_len} to {self.max_len} characters.")
        return self.extra(self, handle) if self.extra else handle

    def profile_url(self, handle: str) -> str:
        """The one https address we publish for this handle."""
        handle = self.normalise_handle(handle)
        user, _, server = handle.partition("@")  # only Mastodon's template uses these
        return self.url_template.format(handle=handle, user=user, server=server)

    def handle_key(self, handle: str) -> str:
        """Compare these to find the same account listed twice."""
        handle = self.normalise_handle(handle)
        return handle.casefold() if self.case_insensitive else handle

    def label(self, lang: str) -> str:
        """The platform's name in the reader's language."""
        return self.name_cy if lang == "cy" and self.name_cy else self.name

    def display_handle(self, handle: str) -> str:
        handle = self.normalise_handle(handle)
        return f"@{handle}" if self.show_at else handle

    def check_url(self, url: str, handle: str) -> str:
        """The canonical address if `url` is this handle's profile; otherwise say what it is instead."""
        handle = self.normalise_handle(handle)
        canonical = self.profile_url(handle)
        use = f"Use the profile address, like {canonical}"
        raw = url.strip() if isinstance(url, str) else ""
        if not raw or any(c.isspace() for c in raw):
            raise _url_error("This is not a web address: it is empty or contains spaces.", use)
        parts = urlsplit(raw)
        if parts.scheme.lower() not in ("http", "https"):
            raise _url_error("This is not a web address: it must start with https://.", use)
        try:
            host, port = (parts.hostname or "").rstrip("."), parts.port
        except ValueError:
            host, port = "", None
        if not host or port is not None or parts.username is not None:
            raise _url_error("This is not an ordinary web address.", use)
        if host in _SHORTENERS:
            raise _url_error(f"This is a shortened link ({clip(host, 60)}), not the profile.",
                                f"Open the link in a browser and copy the full profile address, like {canonical}")
        for bad_host, why in self.bad_hosts:
            if host == bad_host:
                raise _url_error(why, use)
        server = handle.partition("@")[2]
        if not self.hosts and host != server:  # Mastodon: a profile lives on its own server
            raise _url_error(f"This address is on {clip(host, 60)}, but {self.display_handle(handle)} is on {clip(server, 60)}.", use)
        if self.hosts and host not in self.hosts and not any(
                host.startswith(p) and host[len(p):] in self.hosts for p in self.host_prefixes):
            raise _url_error(f"This is not an address on {self.name} ({clip(host, 60)}).", use)
        path = parts.path or "/"
        for rule in self.rules:
            if re.match(rule.pattern, path, re.IGNORECASE):
                raise _url_error(_WHY.get(rule.why, rule.why), (rule.hint or use).format(url=canonical))
        if path == "/":
            raise _url_error(f"This is the {self.name} home page, not a profile.", use)
        before_fragment = raw.partition("#")[0]
        if "?" in before_fragment:
            query = before_fragment.partition("?")[2]
            raise _url_error(f"This address has a tracking or extra part after '?' ('{clip(query, 60)}').",
                                f"Remove the tracking part after '?', and the '?' itself, leaving {canonical}")
        if "#" in raw:
            raise _url_error("This address has an extra part after '#'.",
                                f"Remove the '#' and everything after it, leaving {canonical}")
        match = re.fullmatch(self.profile_path, path, re.IGNORECASE)
        if not match:
            raise _url_error(f"This links to part of {self.name} that is not a profile ({clip(path, 60)}).", use)
        found = unquote(match["h"])
        wanted = handle if self.hosts else handle.partition("@")[0]  # Mastodon paths hold only the user
        same = found.casefold() == wanted.casefold() if self.case_insensitive else found == wanted
        if not same:
            raise _url_error(f"This is the profile of a different account ('{clip(found, 60)}'), "
                                f"not {self.display_handle(handle)}.", f"Check the handle, or use {canonical}")
        return canonical
