"""One probe per platform with a public, key-free interface: what it says about one account.

- Mastodon: the server's account lookup (`/api/v1/accounts/lookup?acct=`) gives the last post's
  date, whether the account is suspended or has moved, and which profile links the server has
  verified through rel="me".
- Bluesky: the public AppView's `app.bsky.actor.getProfile` (current handle, lasting DID,
  verification) and `app.bsky.feed.getAuthorFeed` (the newest posts' dates).
- YouTube: the channel page gives the channel ID behind the @handle; the channel's feed
  (`feeds/videos.xml?channel_id=`) gives its latest uploads.

Each probe keeps only what the snapshot records: no names, bios, counts or post text. Any
answer it cannot read becomes "unreachable" with a short reason, never a guess.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from datetime import date
from urllib.parse import quote, urlsplit

from ..core.accounts import Account
from ..core.fields import host_of, on_domain
from ..core.health import AccountHealth, State
from .health_client import PoliteClient, Reply, Unreachable

BLUESKY_API = "https://public.api.bsky.app/xrpc/"
ATOM = "{http://www.w3.org/2005/Atom}"
HREF = re.compile(r"""href=["']([^"']+)["']""")
# The channel page names the channel it shows in its canonical link.
CANONICAL_CHANNEL = re.compile(
    r"""<link\s+rel=["']canonical["']\s+href=["']https://www\.youtube\.com/channel/(UC[A-Za-z0-9_-]{22})["']""")
CHANNEL_ID = re.compile(r"^UC[A-Za-z0-9_-]{22}$")
TERMINATED = "This account has been terminated"

Probe = Callable[[Account, PoliteClient, "AccountHealth | None", tuple[str, ...]], AccountHealth]


def _entry(account: Account, state: State, **values: object) -> AccountHealth:
    return AccountHealth(platform=account.platform.key, handle=account.handle, state=state, **values)


def _iso_day(value: object) -> date | None:
    """The date part of an ISO date or timestamp ("2026-11-20", "2026-11-20T09:00:00.000Z")."""
    if value is None:
        return None
    if not isinstance(value, str) or not re.match(r"^\d{4}-\d{2}-\d{2}", value):
        raise Unreachable("the answer had a date in an unexpected form")
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise Unreachable("the answer had an impossible date") from None


def _object(reply: Reply) -> dict:
    data = reply.json()
    if not isinstance(data, dict):
        raise Unreachable("the answer was not the expected JSON object")
    return data


def ours(links: Iterable[str], our_hosts: tuple[str, ...]) -> list[str]:
    """Only links to our own sites: a profile's other links are not ours to record."""
    return sorted({link for link in links if link.startswith("https://")
                   and any(on_domain(host_of(link), host) for host in our_hosts)})


# ---- Mastodon ---------------------------------------------------------------------------------

def mastodon(account: Account, client: PoliteClient, previous: AccountHealth | None,
             our_hosts: tuple[str, ...]) -> AccountHealth:
    user, _, server = account.handle.partition("@")
    reply = client.get(f"https://{server}/api/v1/accounts/lookup?acct={quote(user)}")
    if reply.status == 404:
        return _entry(account, State.NOT_FOUND)
    if reply.status == 410:
        return _entry(account, State.SUSPENDED)
    if reply.status != 200:
        raise Unreachable(f"HTTP {reply.status}")
    data = _object(reply)
    platform_id = str(data["id"]) if isinstance(data.get("id"), (str, int)) else None
    if data.get("suspended") is True:
        return _entry(account, State.SUSPENDED, platform_id=platform_id)
    moved = data.get("moved")
    if isinstance(moved, dict) and isinstance(moved.get("acct"), str) and moved["acct"]:
        acct = moved["acct"] if "@" in moved["acct"] else f"{moved['acct']}@{server}"
        return _entry(account, State.RENAMED, platform_id=platform_id, current_handle=acct,
                      last_post=_iso_day(data.get("last_status_at")), detail="moved to another account")
    fields = data.get("fields") if isinstance(data.get("fields"), list) else []
    verified = [href for item in fields if isinstance(item, dict) and item.get("verified_at")
                for href in HREF.findall(str(item.get("value", "")))]
    return _entry(account, State.FOUND, platform_id=platform_id, last_post=_iso_day(data.get("last_status_at")),
                  verified_links=ours(verified, our_hosts))


# ---- Bluesky ----------------------------------------------------------------------------------

BLUESKY_GONE = {"AccountTakedown": State.SUSPENDED, "AccountDeactivated": State.NOT_FOUND}


def bluesky(account: Account, client: PoliteClient, previous: AccountHealth | None,
            our_hosts: tuple[str, ...]) -> AccountHealth:
    # Ask by the lasting DID when an earlier check found it: a renamed account still answers to it.
    known = previous.platform_id if previous and (previous.platform_id or "").startswith("did:") else None
    reply = client.get(f"{BLUESKY_API}app.bsky.actor.getProfile?actor={quote(known or account.handle)}")
    if reply.status in (400, 404):
        error = _object(reply).get("error")
        state = BLUESKY_GONE.get(str(error), State.NOT_FOUND)
        return _entry(account, state, platform_id=known, detail=None if state is State.SUSPENDED else
                      ("deactivated by its owner" if error == "AccountDeactivated" else None))
    if reply.status != 200:
        raise Unreachable(f"HTTP {reply.status}")
    profile = _object(reply)
    did, handle = profile.get("did"), profile.get("handle")
    if not isinstance(did, str) or not did.startswith("did:") or not isinstance(handle, str):
        raise Unreachable("the profile had no DID or handle")
    verification = profile.get("verification")
    verified = verification.get("verifiedStatus") == "valid" if isinstance(verification, dict) else None
    last_post = _bluesky_last_post(client, did)
    if handle == "handle.invalid":
        return _entry(account, State.NOT_FOUND, platform_id=did, detail="the handle no longer leads to the account")
    if handle.lower() != account.handle.lower():
        return _entry(account, State.RENAMED, platform_id=did, current_handle=handle, last_post=last_post,
                      platform_verified=verified)
    return _entry(account, State.FOUND, platform_id=did, last_post=last_post, platform_verified=verified)


def _bluesky_last_post(client: PoliteClient, did: str) -> date | None:
    reply = client.get(f"{BLUESKY_API}app.bsky.feed.getAuthorFeed?actor={quote(did)}&limit=10")
    if reply.status != 200:
        raise Unreachable(f"the posts could not be read (HTTP {reply.status})")
    feed = _object(reply).get("feed")
    if not isinstance(feed, list):
        raise Unreachable("the answer had no list of posts")
    days = []
    for item in feed:
        if not isinstance(item, dict):
            continue
        reason = item.get("reason")
        post = item.get("post")
        # A repost counts from when it was reposted; a post from when the AppView saw it.
        stamp = reason.get("indexedAt") if isinstance(reason, dict) and reason.get("indexedAt") else \
            post.get("indexedAt") if isinstance(post, dict) else None
        if stamp is not None:
            days.append(_iso_day(stamp))
    return max((day for day in days if day), default=None)


# ---- YouTube ----------------------------------------------------------------------------------

def youtube(account: Account, client: PoliteClient, previous: AccountHealth | None,
            our_hosts: tuple[str, ...]) -> AccountHealth:
    known = previous.platform_id if previous and CHANNEL_ID.match(previous.platform_id or "") else None
    page = client.get(f"https://www.youtube.com/@{quote(account.handle)}", accept="text/html")
    if page.status == 404:
        if known and _youtube_feed(client, known, missing_ok=True) is not None:
            return _entry(account, State.RENAMED, platform_id=known, detail="the channel has a new handle")
        return _entry(account, State.NOT_FOUND, platform_id=known)
    if page.status != 200:
        raise Unreachable(f"HTTP {page.status}")
    html = page.text()
    if TERMINATED in html:
        return _entry(account, State.SUSPENDED, platform_id=known)
    match = CANONICAL_CHANNEL.search(html)
    if match is None or urlsplit(page.url).hostname not in ("www.youtube.com", "youtube.com", "m.youtube.com"):
        raise Unreachable("the channel page did not say which channel it is")
    channel = match.group(1)
    last_post = max(_youtube_feed(client, channel) or [], default=None)
    if known and channel != known:
        return _entry(account, State.RENAMED, platform_id=known,
                      detail=f"the handle now leads to another channel ({channel})")
    return _entry(account, State.FOUND, platform_id=channel, last_post=last_post)


def _youtube_feed(client: PoliteClient, channel: str, missing_ok: bool = False) -> list[date] | None:
    """The upload dates in the channel's feed (newest 15); None when the channel has no feed."""
    reply = client.get(f"https://www.youtube.com/feeds/videos.xml?channel_id={channel}",
                       accept="application/atom+xml")
    if reply.status == 404 and missing_ok:
        return None
    if reply.status != 200:
        raise Unreachable(f"the channel feed could not be read (HTTP {reply.status})")
    try:
        root = ET.fromstring(reply.body)
    except ET.ParseError:
        raise Unreachable("the channel feed was not valid XML") from None
    if root.tag != f"{ATOM}feed":
        raise Unreachable("the channel feed was not an Atom feed")
    return [day for day in (_iso_day(entry.findtext(f"{ATOM}published"))
                            for entry in root.findall(f"{ATOM}entry")) if day]


PROBES: dict[str, Probe] = {"mastodon": mastodon, "bluesky": bluesky, "youtube": youtube}


def probe(account: Account, client: PoliteClient, previous: AccountHealth | None,
          our_hosts: tuple[str, ...]) -> AccountHealth:
    """The account's public state, or why it could not be read."""
    check = PROBES.get(account.platform.key)
    if check is None:
        return _entry(account, State.NO_INTERFACE)
    try:
        return check(account, client, previous, our_hosts)
    except Unreachable as error:
        kept = previous.platform_id if previous else None
        return _entry(account, State.UNREACHABLE, platform_id=kept, detail=str(error)[:200])
