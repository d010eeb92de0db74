"""The platforms a council account can be on. To add a platform, add one Platform here.

Each entry is written with keywords, so a reader can see what every value means; the shape
hooks run after the character and length checks and raise through `platform.error(...)`.
"""

from __future__ import annotations

import re

from .platforms import Platform, PlatformError, Rule, domain_problem
from .problems import clip

# Platform-specific shape rules, run after the character and length checks.

def _instagram_shape(p: Platform, h: str) -> str:
    if h.startswith(".") or h.endswith(".") or ".." in h:
        raise p.error(f"The {p.noun} '{h}' starts or ends with a full stop, or has two full stops together.")
    return h


def _tiktok_shape(p: Platform, h: str) -> str:
    if h.endswith("."):
        raise p.error(f"The {p.noun} '{h}' ends with a full stop, which TikTok does not allow.")
    return h


def _facebook_shape(p: Platform, h: str) -> str:
    if h.isdigit():  # numbers are profile IDs, which change meaning if the page is merged or deleted
        raise p.error(f"'{h}' is a page ID number, not the page's username.")
    return h


def _domain_shape(p: Platform, h: str) -> str:
    problem = domain_problem(h)
    if problem:
        raise p.error(f"The {p.noun} '{h}' {problem}.")
    return h


def _mastodon_shape(p: Platform, h: str) -> str:
    user, at, server = h.partition("@")
    if not at or "@" in server or not user:
        raise p.error(f"The {p.noun} '{h}' must be the user name and the server joined by one @.")
    if not re.fullmatch(r"[A-Za-z0-9_]{1,30}", user):
        raise p.error(f"The user name '{user}' must have 1 to 30 letters, numbers or underscores.")
    server = server.lower()  # servers are domain names, which ignore case
    problem = domain_problem(server)
    if problem:
        raise p.error(f"The server '{server}' {problem}.")
    return f"{user}@{server}"


def _flickr_shape(p: Platform, h: str) -> str:
    if "@" not in h:
        return h
    if not re.fullmatch(r"\d+@[Nn]\d{2}", h):
        raise p.error(f"'{h}' is neither a photostream name nor a Flickr ID like 12345678@N02.")
    return h.upper()  # the N in an ID is always upper case


_INSTAGRAM_HINT = "letters, numbers, underscores or full stops (not at the start or end, and never two together)"

_platforms = [
    Platform(
        key="x", name="X (Twitter)",
        handle_hint="An X handle has 1 to 15 letters, numbers or underscores, with or without the @, for example @CouncilNews.",
        example="CouncilNews", allowed="A-Za-z0-9_", min_len=1, max_len=15,
        url_template="https://x.com/{handle}", hosts=("x.com", "twitter.com"),
        profile_path=r"/(?P<h>[^/]+)/?",
        rules=(Rule(r"/[^/]+/status(es)?/", "post"), Rule(r"/i/(web/)?status/", "post"),
               Rule(r"/(i/)?lists(/|$)", "list"), Rule(r"/[^/]+/lists(/|$)", "list"),
               Rule(r"/search(/|$)", "search"), Rule(r"/hashtag(/|$)", "hashtag"),
               Rule(r"/(intent|share)(/|$)", "share"),
               Rule(r"/(home|explore|i|settings|notifications|messages|compose|login|signup|tos|privacy)(/|$)",
                    "This is a page of X itself, not an account's profile."))),
    Platform(
        key="facebook", name="Facebook",
        handle_hint="A Facebook page username has 5 to 50 letters, numbers or full stops, for example YourCouncil "
        "(the part after facebook.com/).",
        example="YourCouncil", allowed="A-Za-z0-9.", min_len=5, max_len=50,
        url_template="https://www.facebook.com/{handle}", hosts=("facebook.com", "fb.com"),
        profile_path=r"/(?P<h>[^/]+)/?", noun="username", extra=_facebook_shape,
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
        key="instagram", name="Instagram",
        handle_hint=f"An Instagram username has 1 to 30 {_INSTAGRAM_HINT}, for example councillibraries.",
        example="councillibraries", allowed="a-z0-9._", min_len=1, max_len=30,
        url_template="https://www.instagram.com/{handle}/", hosts=("instagram.com",),
        profile_path=r"/(?P<h>[^/]+)/?", noun="username", lower=True, extra=_instagram_shape,
        rules=(Rule(r"/([^/]+/)?p/", "post"), Rule(r"/explore/search", "search"), Rule(r"/([^/]+/)?(reel|reels|tv)(/|$)", "video"),
               Rule(r"/(stories|s)/", "story"), Rule(r"/explore(/|$)", "hashtag"),
               Rule(r"/(accounts|direct)(/|$)", "This is a page of Instagram itself, not an account's profile."))),
    Platform(
        key="youtube", name="YouTube",
        handle_hint="A YouTube handle has 3 to 30 letters, numbers, underscores, hyphens or full stops, with or without the @, "
        "for example @YourCouncil.",
        example="YourCouncil", allowed="A-Za-z0-9._-", min_len=3, max_len=30,
        url_template="https://www.youtube.com/@{handle}", hosts=("youtube.com",),
        profile_path=r"/@(?P<h>[^/]+)/?",
        rules=(Rule(r"/(watch|shorts|live|embed|clip)(/|$)", "video"), Rule(r"/results", "search"),
               Rule(r"/playlist", "playlist"), Rule(r"/hashtag/", "hashtag"), Rule(r"/feed(/|$)", "feed"),
               Rule(r"/post/", "post"),
               Rule(r"/(channel|c|user)/", "This is an old-style channel address, not the channel's @handle address.",
                    "Use the @handle address, like {url}"))),
    Platform(
        key="linkedin", name="LinkedIn",
        handle_hint="A LinkedIn company page name is the part after /company/ in its address: 2 to 100 lower-case letters, "
        "numbers or hyphens, for example your-council.",
        example="your-council", allowed="a-z0-9-", min_len=2, max_len=100,
        url_template="https://www.linkedin.com/company/{handle}/",
        hosts=("linkedin.com",), profile_path=r"/company/(?P<h>[^/]+)/?", noun="page name", show_at=False, strip_at=False, lower=True,
        rules=(Rule(r"/in/", "This is a personal LinkedIn profile. The registry lists organisation pages, not people.",
                    "Use the organisation's company page address, like {url}"),
               Rule(r"/(posts|feed/update)/", "post"), Rule(r"/pulse/", "This is a link to an article, not the profile."),
               Rule(r"/feed(/|$)", "feed"), Rule(r"/jobs(/|$)", "This is a jobs page, not the profile."),
               Rule(r"/search(/|$)", "search"), Rule(r"/groups/", "group"), Rule(r"/events/", "event"),
               Rule(r"/(sharearticle|sharing/)", "share"))),
    Platform(
        key="tiktok", name="TikTok",
        handle_hint="A TikTok username has 2 to 24 letters, numbers, underscores or full stops (not ending in a full stop), "
        "for example @councillibraries.",
        example="councillibraries", allowed="A-Za-z0-9._", min_len=2, max_len=24,
        url_template="https://www.tiktok.com/@{handle}", hosts=("tiktok.com",),
        profile_path=r"/@(?P<h>[^/]+)/?", noun="username", extra=_tiktok_shape,
        rules=(Rule(r"/@[^/]+/(video|photo)/", "video"), Rule(r"/(embed|v)(/|$)", "video"),
               Rule(r"/(tag|discover)(/|$)", "hashtag"), Rule(r"/search(/|$)", "search"), Rule(r"/t/", "share"),
               Rule(r"/(foryou|following|explore)(/|$)", "feed"))),
    Platform(
        key="threads", name="Threads",
        handle_hint=f"A Threads username is the same as the Instagram one: 1 to 30 {_INSTAGRAM_HINT}, for example @councillibraries.",
        example="councillibraries", allowed="a-z0-9._", min_len=1, max_len=30,
        url_template="https://www.threads.com/@{handle}", hosts=("threads.com", "threads.net"),
        profile_path=r"/@(?P<h>[^/]+)/?", noun="username", lower=True, extra=_instagram_shape, host_prefixes=("www.",),
        rules=(Rule(r"/@[^/]+/post/", "post"), Rule(r"/t/", "post"), Rule(r"/search(/|$)", "search"),
               Rule(r"/intent/", "share"))),
    Platform(
        key="bluesky", name="Bluesky",
        handle_hint="A Bluesky handle is a domain name such as councillibraries.bsky.social or yourcouncil.gov.uk: "
        "letters, numbers and hyphens, in parts separated by full stops.",
        example="councillibraries.bsky.social", allowed="a-z0-9.-", min_len=3, max_len=253,
        url_template="https://bsky.app/profile/{handle}", hosts=("bsky.app",),
        profile_path=r"/profile/(?P<h>[^/]+)/?", show_at=False, lower=True, extra=_domain_shape, host_prefixes=(),
        rules=(Rule(r"/profile/[^/]+/post/", "post"), Rule(r"/profile/[^/]+/feed/", "feed"),
               Rule(r"/profile/[^/]+/lists/", "list"), Rule(r"/search(/|$)", "search"),
               Rule(r"/hashtag/", "hashtag"), Rule(r"/feeds(/|$)", "feed"), Rule(r"/intent/", "share"),
               Rule(r"/profile/did:", "This address uses the account's ID number (did:...), not its handle.",
                    "Use the handle address, like {url}"))),
    Platform(
        key="mastodon", name="Mastodon",
        handle_hint="A Mastodon handle is the user name and server joined by @, for example councillibraries@mastodon.social "
        "(1 to 30 letters, numbers or underscores before the @).",
        example="councillibraries@mastodon.social", allowed="A-Za-z0-9_.@-", min_len=3, max_len=284,
        url_template="https://{server}/@{user}", hosts=(),
        profile_path=r"/@(?P<h>[^/]+)/?", show_at=False, extra=_mastodon_shape,
        rules=(Rule(r"/@[^/]+/\d+", "post"), Rule(r"/users/[^/]+/statuses/", "post"),
               Rule(r"/@[^/]+\.rss$", "feed"), Rule(r"/public(/|$)", "feed"), Rule(r"/tags/", "hashtag"),
               Rule(r"/explore(/|$)", "hashtag"), Rule(r"/search(/|$)", "search"), Rule(r"/share(/|$)", "share"),
               Rule(r"/web(/|$)", "This is a link inside the Mastodon app (/web/...), not the public profile.",
                    "Use the public profile address, like {url}"))),
    Platform(
        key="flickr", name="Flickr",
        handle_hint="A Flickr photostream name is the part after /photos/ in its address: 3 to 32 letters, numbers, "
        "underscores or hyphens (like yourcouncil), or an ID like 12345678@N02.",
        example="yourcouncil", allowed="A-Za-z0-9_@-", min_len=3, max_len=32,
        url_template="https://www.flickr.com/photos/{handle}/", hosts=("flickr.com",),
        profile_path=r"/(photos|people)/(?P<h>[^/]+)/?", noun="photostream name", show_at=False, strip_at=False,
        extra=_flickr_shape,
        rules=(Rule(r"/photos/tags/", "hashtag"), Rule(r"/search(/|$)", "search"), Rule(r"/groups?(/|$)", "group"),
               Rule(r"/photos/[^/]+/(\d+|with/\d+)", "photo"), Rule(r"/photos/[^/]+/(albums|sets|galleries)", "album"),
               Rule(r"/services/feeds/", "feed"),
               Rule(r"/explore(/|$)", "This is a page of Flickr itself, not an account's profile."))),
    Platform(
        key="whatsapp", name="WhatsApp Channels", name_cy="Sianeli WhatsApp",
        handle_hint="A WhatsApp channel ID is the 20 to 30 letters and numbers after /channel/ in the channel's link, "
        "for example 0029VaABCdefGHIjklMNOp1q.",
        example="0029VaABCdefGHIjklMNOp1q", allowed="A-Za-z0-9", min_len=20, max_len=30,
        url_template="https://whatsapp.com/channel/{handle}", hosts=("whatsapp.com",),
        profile_path=r"/channel/(?P<h>[^/]+)/?", noun="channel ID", show_at=False, strip_at=False, case_insensitive=False,
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
    raise PlatformError(f"Unknown platform '{clip(key, 40)}'.", "Use one of: " + ", ".join(PLATFORMS) + ".",
                        field="platform")
