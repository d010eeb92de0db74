"""Rules for each social media platform a council account can be on.

A Platform knows what a valid handle looks like, how to build the profile
address from it, and how to tell a real profile address from the near-misses
editors paste in: posts, share links, shortened links, tracking tags.
Messages are written for editors, not developers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

__all__ = ["PLATFORMS", "Platform", "PlatformError", "get_platform"]


class PlatformError(ValueError):
    """What is wrong, in plain English; `hint` says how to fix it."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


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


def _domain_problem(domain: str) -> str | None:
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


@dataclass(frozen=True)
class Rule:
    """A path (regex, matched from the start, any case) that is never a profile, and why."""

    pattern: str
    why: str  # a key of _WHY, or a full sentence
    hint: str = ""  # "{url}" becomes the canonical profile address


@dataclass(frozen=True)
class Platform:
    """One platform's handle rules and profile address rules."""

    key: str
    name: str
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

    def _fail(self, message: str) -> PlatformError:
        return PlatformError(message, self.handle_hint)

    def normalise_handle(self, raw: str) -> str:
        """The handle as stored: trimmed, without a leading "@", checked."""
        if not isinstance(raw, str):
            raise self._fail(f"The {self.name} {self.noun} must be text.")
        handle = raw.strip()
        if self.strip_at and handle.startswith("@"):
            handle = handle[1:]
        if self.lower:
            handle = handle.lower()
        if not handle:
            raise self._fail(f"The {self.name} {self.noun} is empty.")
        if "/" in handle or "://" in handle:
            raise PlatformError("This looks like a web address, not a handle.",
                                f"Put only the {self.noun} here, for example {self.example}.")
        bad = sorted(set(re.sub(f"[{self.allowed}]", "", handle)))
        if bad:
            shown = ", ".join("space" if c.isspace() else f"'{c}'" for c in bad)
            raise self._fail(f"The {self.noun} '{handle}' contains characters {self.name} does not allow: {shown}.")
        if not self.min_len <= len(handle) <= self.max_len:
            size = "short" if len(handle) < self.min_len else "long"
            raise self._fail(f"The {self.noun} '{handle}' is too {size}: {self.name} {self.noun}s have "
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
            raise PlatformError("This is not a web address: it is empty or contains spaces.", use)
        parts = urlsplit(raw)
        if parts.scheme.lower() not in ("http", "https"):
            raise PlatformError("This is not a web address: it must start with https://.", use)
        try:
            host, port = (parts.hostname or "").rstrip("."), parts.port
        except ValueError:
            host, port = "", None
        if not host or port is not None or parts.username is not None:
            raise PlatformError("This is not an ordinary web address.", use)
        if host in _SHORTENERS:
            raise PlatformError(f"This is a shortened link ({host}), not the profile.",
                                f"Open the link in a browser and copy the full profile address, like {canonical}")
        for bad_host, why in self.bad_hosts:
            if host == bad_host:
                raise PlatformError(why, use)
        server = handle.partition("@")[2]
        if not self.hosts and host != server:  # Mastodon: a profile lives on its own server
            raise PlatformError(f"This address is on {host}, but {self.display_handle(handle)} is on {server}.", use)
        if self.hosts and host not in self.hosts and not any(
                host.startswith(p) and host[len(p):] in self.hosts for p in self.host_prefixes):
            raise PlatformError(f"This is not an address on {self.name} ({host}).", use)
        path = parts.path or "/"
        for rule in self.rules:
            if re.match(rule.pattern, path, re.IGNORECASE):
                raise PlatformError(_WHY.get(rule.why, rule.why), (rule.hint or use).format(url=canonical))
        if path == "/":
            raise PlatformError(f"This is the {self.name} home page, not a profile.", use)
        before_fragment = raw.partition("#")[0]
        if "?" in before_fragment:
            query = before_fragment.partition("?")[2]
            raise PlatformError(f"This address has a tracking or extra part after '?' ('{query}').",
                                f"Remove the tracking part after '?', and the '?' itself, leaving {canonical}")
        if "#" in raw:
            raise PlatformError("This address has an extra part after '#'.",
                                f"Remove the '#' and everything after it, leaving {canonical}")
        match = re.fullmatch(self.profile_path, path, re.IGNORECASE)
        if not match:
            raise PlatformError(f"This links to part of {self.name} that is not a profile ({path}).", use)
        found = unquote(match["h"])
        wanted = handle if self.hosts else handle.partition("@")[0]  # Mastodon paths hold only the user
        same = found.casefold() == wanted.casefold() if self.case_insensitive else found == wanted
        if not same:
            raise PlatformError(f"This is the profile of a different account ('{found}'), "
                                f"not {self.display_handle(handle)}.", f"Check the handle, or use {canonical}")
        return canonical


# Platform-specific shape rules, run after the character and length checks.

def _instagram_shape(p: Platform, h: str) -> str:
    if h.startswith(".") or h.endswith(".") or ".." in h:
        raise p._fail(f"The {p.noun} '{h}' starts or ends with a full stop, or has two full stops together.")
    return h


def _tiktok_shape(p: Platform, h: str) -> str:
    if h.endswith("."):
        raise p._fail(f"The {p.noun} '{h}' ends with a full stop, which TikTok does not allow.")
    return h


def _facebook_shape(p: Platform, h: str) -> str:
    if h.isdigit():  # numbers are profile IDs, which change meaning if the page is merged or deleted
        raise p._fail(f"'{h}' is a page ID number, not the page's username.")
    return h


def _domain_shape(p: Platform, h: str) -> str:
    problem = _domain_problem(h)
    if problem:
        raise p._fail(f"The {p.noun} '{h}' {problem}.")
    return h


def _mastodon_shape(p: Platform, h: str) -> str:
    user, at, server = h.partition("@")
    if not at or "@" in server or not user:
        raise p._fail(f"The {p.noun} '{h}' must be the user name and the server joined by one @.")
    if not re.fullmatch(r"[A-Za-z0-9_]{1,30}", user):
        raise p._fail(f"The user name '{user}' must have 1 to 30 letters, numbers or underscores.")
    server = server.lower()  # servers are domain names, which ignore case
    problem = _domain_problem(server)
    if problem:
        raise p._fail(f"The server '{server}' {problem}.")
    return f"{user}@{server}"


def _flickr_shape(p: Platform, h: str) -> str:
    if "@" not in h:
        return h
    if not re.fullmatch(r"\d+@[Nn]\d{2}", h):
        raise p._fail(f"'{h}' is neither a photostream name nor a Flickr ID like 12345678@N02.")
    return h.upper()  # the N in an ID is always upper case


_INSTAGRAM_HINT = "letters, numbers, underscores or full stops (not at the start or end, and never two together)"

_platforms = [
    Platform(
        "x", "X (Twitter)",
        "An X handle has 1 to 15 letters, numbers or underscores, with or without the @, for example @MonLibraries.",
        "MonLibraries", "A-Za-z0-9_", 1, 15, "https://x.com/{handle}", ("x.com", "twitter.com"),
        r"/(?P<h>[^/]+)/?",
        rules=(Rule(r"/[^/]+/status(es)?/", "post"), Rule(r"/i/(web/)?status/", "post"),
               Rule(r"/(i/)?lists(/|$)", "list"), Rule(r"/[^/]+/lists(/|$)", "list"),
               Rule(r"/search(/|$)", "search"), Rule(r"/hashtag(/|$)", "hashtag"),
               Rule(r"/(intent|share)(/|$)", "share"),
               Rule(r"/(home|explore|i|settings|notifications|messages|compose|login|signup|tos|privacy)(/|$)",
                    "This is a page of X itself, not an account's profile."))),
    Platform(
        "facebook", "Facebook",
        "A Facebook page username has 5 to 50 letters, numbers or full stops, for example MonmouthshireCC "
        "(the part after facebook.com/).",
        "MonmouthshireCC", "A-Za-z0-9.", 5, 50, "https://www.facebook.com/{handle}", ("facebook.com", "fb.com"),
        r"/(?P<h>[^/]+)/?", noun="username", extra=_facebook_shape,
        rules=(Rule(r"/profile\.php", "This address uses a numeric profile ID (profile.php?id=...), not the "
                    "page's username.", "Use the page's username address, like {url}. A page admin can set the "
                    "username in the page settings."),
               Rule(r"/(permalink|story)\.php", "post"), Rule(r"/([^/]+/)?posts/", "post"),
               Rule(r"/photo(\.php)?(/|$)", "photo"), Rule(r"/[^/]+/photos/.", "photo"),
               Rule(r"/(watch|reel|reels)(/|$)", "video"), Rule(r"/[^/]+/videos/.", "video"),
               Rule(r"/(share|sharer|sharer\.php)(/|$)", "share"), Rule(r"/stories/", "story"),
               Rule(r"/groups/", "group"), Rule(r"/([^/]+/)?events(/|$)", "event"),
               Rule(r"/search(/|$)", "search"), Rule(r"/hashtag/", "hashtag"),
               Rule(r"/(pages|people)/", "This is an old-style or ID-based address, not the page's username.",
                    "Use the page's username address, like {url}"))),
    Platform(
        "instagram", "Instagram",
        f"An Instagram username has 1 to 30 {_INSTAGRAM_HINT}, for example monlibraries.",
        "monlibraries", "a-z0-9._", 1, 30, "https://www.instagram.com/{handle}/", ("instagram.com",),
        r"/(?P<h>[^/]+)/?", noun="username", lower=True, extra=_instagram_shape,
        rules=(Rule(r"/([^/]+/)?p/", "post"), Rule(r"/explore/search", "search"), Rule(r"/([^/]+/)?(reel|reels|tv)(/|$)", "video"),
               Rule(r"/(stories|s)/", "story"), Rule(r"/explore(/|$)", "hashtag"),
               Rule(r"/(accounts|direct)(/|$)", "This is a page of Instagram itself, not an account's profile."))),
    Platform(
        "youtube", "YouTube",
        "A YouTube handle has 3 to 30 letters, numbers, underscores, hyphens or full stops, with or without the @, "
        "for example @MonmouthshireCC.",
        "MonmouthshireCC", "A-Za-z0-9._-", 3, 30, "https://www.youtube.com/@{handle}", ("youtube.com",),
        r"/@(?P<h>[^/]+)/?",
        rules=(Rule(r"/(watch|shorts|live|embed|clip)(/|$)", "video"), Rule(r"/results", "search"),
               Rule(r"/playlist", "playlist"), Rule(r"/hashtag/", "hashtag"), Rule(r"/feed(/|$)", "feed"),
               Rule(r"/post/", "post"),
               Rule(r"/(channel|c|user)/", "This is an old-style channel address, not the channel's @handle address.",
                    "Use the @handle address, like {url}"))),
    Platform(
        "linkedin", "LinkedIn",
        "A LinkedIn company page name is the part after /company/ in its address: 2 to 100 lower-case letters, "
        "numbers or hyphens, for example monmouthshire-county-council.",
        "monmouthshire-county-council", "a-z0-9-", 2, 100, "https://www.linkedin.com/company/{handle}/",
        ("linkedin.com",), r"/company/(?P<h>[^/]+)/?", noun="page name", show_at=False, strip_at=False, lower=True,
        rules=(Rule(r"/in/", "This is a personal LinkedIn profile. The registry lists organisation pages, not people.",
                    "Use the organisation's company page address, like {url}"),
               Rule(r"/(posts|feed/update)/", "post"), Rule(r"/pulse/", "This is a link to an article, not the profile."),
               Rule(r"/feed(/|$)", "feed"), Rule(r"/jobs(/|$)", "This is a jobs page, not the profile."),
               Rule(r"/search(/|$)", "search"), Rule(r"/groups/", "group"), Rule(r"/events/", "event"),
               Rule(r"/(sharearticle|sharing/)", "share"))),
    Platform(
        "tiktok", "TikTok",
        "A TikTok username has 2 to 24 letters, numbers, underscores or full stops (not ending in a full stop), "
        "for example @monlibraries.",
        "monlibraries", "A-Za-z0-9._", 2, 24, "https://www.tiktok.com/@{handle}", ("tiktok.com",),
        r"/@(?P<h>[^/]+)/?", noun="username", extra=_tiktok_shape,
        rules=(Rule(r"/@[^/]+/(video|photo)/", "video"), Rule(r"/(embed|v)(/|$)", "video"),
               Rule(r"/(tag|discover)(/|$)", "hashtag"), Rule(r"/search(/|$)", "search"), Rule(r"/t/", "share"),
               Rule(r"/(foryou|following|explore)(/|$)", "feed"))),
    Platform(
        "threads", "Threads",
        f"A Threads username is the same as the Instagram one: 1 to 30 {_INSTAGRAM_HINT}, for example @monlibraries.",
        "monlibraries", "a-z0-9._", 1, 30, "https://www.threads.com/@{handle}", ("threads.com", "threads.net"),
        r"/@(?P<h>[^/]+)/?", noun="username", lower=True, extra=_instagram_shape, host_prefixes=("www.",),
        rules=(Rule(r"/@[^/]+/post/", "post"), Rule(r"/t/", "post"), Rule(r"/search(/|$)", "search"),
               Rule(r"/intent/", "share"))),
    Platform(
        "bluesky", "Bluesky",
        "A Bluesky handle is a domain name such as monlibraries.bsky.social or monmouthshire.gov.uk: "
        "letters, numbers and hyphens, in parts separated by full stops.",
        "monlibraries.bsky.social", "a-z0-9.-", 3, 253, "https://bsky.app/profile/{handle}", ("bsky.app",),
        r"/profile/(?P<h>[^/]+)/?", show_at=False, lower=True, extra=_domain_shape, host_prefixes=(),
        rules=(Rule(r"/profile/[^/]+/post/", "post"), Rule(r"/profile/[^/]+/feed/", "feed"),
               Rule(r"/profile/[^/]+/lists/", "list"), Rule(r"/search(/|$)", "search"),
               Rule(r"/hashtag/", "hashtag"), Rule(r"/feeds(/|$)", "feed"), Rule(r"/intent/", "share"),
               Rule(r"/profile/did:", "This address uses the account's ID number (did:...), not its handle.",
                    "Use the handle address, like {url}"))),
    Platform(
        "mastodon", "Mastodon",
        "A Mastodon handle is the user name and server joined by @, for example monlibraries@mastodon.social "
        "(1 to 30 letters, numbers or underscores before the @).",
        "monlibraries@mastodon.social", "A-Za-z0-9_.@-", 3, 284, "https://{server}/@{user}", (),
        r"/@(?P<h>[^/]+)/?", show_at=False, extra=_mastodon_shape,
        rules=(Rule(r"/@[^/]+/\d+", "post"), Rule(r"/users/[^/]+/statuses/", "post"),
               Rule(r"/@[^/]+\.rss$", "feed"), Rule(r"/public(/|$)", "feed"), Rule(r"/tags/", "hashtag"),
               Rule(r"/explore(/|$)", "hashtag"), Rule(r"/search(/|$)", "search"), Rule(r"/share(/|$)", "share"),
               Rule(r"/web(/|$)", "This is a link inside the Mastodon app (/web/...), not the public profile.",
                    "Use the public profile address, like {url}"))),
    Platform(
        "flickr", "Flickr",
        "A Flickr photostream name is the part after /photos/ in its address: 3 to 32 letters, numbers, "
        "underscores or hyphens (like monmouthshirecc), or an ID like 12345678@N02.",
        "monmouthshirecc", "A-Za-z0-9_@-", 3, 32, "https://www.flickr.com/photos/{handle}/", ("flickr.com",),
        r"/(photos|people)/(?P<h>[^/]+)/?", noun="photostream name", show_at=False, strip_at=False,
        extra=_flickr_shape,
        rules=(Rule(r"/photos/tags/", "hashtag"), Rule(r"/search(/|$)", "search"), Rule(r"/groups?(/|$)", "group"),
               Rule(r"/photos/[^/]+/(\d+|with/\d+)", "photo"), Rule(r"/photos/[^/]+/(albums|sets|galleries)", "album"),
               Rule(r"/services/feeds/", "feed"),
               Rule(r"/explore(/|$)", "This is a page of Flickr itself, not an account's profile."))),
    Platform(
        "whatsapp", "WhatsApp Channels",
        "A WhatsApp channel ID is the 20 to 30 letters and numbers after /channel/ in the channel's link, "
        "for example 0029VaABCdefGHIjklMNOp1q.",
        "0029VaABCdefGHIjklMNOp1q", "A-Za-z0-9", 20, 30, "https://whatsapp.com/channel/{handle}", ("whatsapp.com",),
        r"/channel/(?P<h>[^/]+)/?", noun="channel ID", show_at=False, strip_at=False, case_insensitive=False,
        host_prefixes=("www.",),
        bad_hosts=(("chat.whatsapp.com", "This is a WhatsApp group invite link, not a channel."),
                   ("api.whatsapp.com", "This is a link that starts a WhatsApp chat, not a channel."),
                   ("web.whatsapp.com", "This is a WhatsApp Web link, not a channel.")),
        rules=(Rule(r"/channel/[^/]+/\d+", "This is a link to a single channel update (post), not the channel."),
               Rule(r"/send(/|$)", "This is a link that starts a WhatsApp chat, not a channel."))),
]

PLATFORMS: dict[str, Platform] = {p.key: p for p in _platforms}


def get_platform(key: str) -> Platform:
    """The platform registered under `key`; keys are exact (lower case) so the registry stays consistent."""
    if isinstance(key, str) and key in PLATFORMS:
        return PLATFORMS[key]
    raise PlatformError(f"Unknown platform '{key}'.", "Use one of: " + ", ".join(PLATFORMS) + ".")
