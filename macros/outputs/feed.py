"""The Atom feed of policy changes, one per language, made from the checked changelog.

The "What's changed" page and the feed (changes.xml) both come from CHANGELOG.yml, so they
always agree. feedgen escapes every value.
"""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from pathlib import Path

from feedgen.feed import FeedGenerator

from ..core.pages import Change

FEED_FILE = "changes.xml"


def atom_feed(changes: list[Change], *, site_url: str, lang: str, title: str, author: str) -> bytes:
    """An Atom feed of the changes, newest first, with links into the site."""
    base = site_url.rstrip("/") + "/" + ("cy/" if lang == "cy" else "")
    feed = FeedGenerator()
    feed.id(base + FEED_FILE)
    feed.title(title)
    feed.author({"name": author})
    feed.language(lang)
    feed.link(href=base + FEED_FILE, rel="self")
    feed.link(href=base + "whats-changed/", rel="alternate")
    newest = changes[0].date if changes else date(2000, 1, 1)
    feed.updated(datetime.combine(newest, time(), timezone.utc))
    for index, change in enumerate(reversed(changes)):  # feedgen puts the last added first
        entry = feed.add_entry()
        entry.id(f"{base}whats-changed/#change-{len(changes) - index}")
        entry.title(f"{change.title_in(lang)[0]}: {change.date.isoformat()}")
        entry.link(href=base + change.url_path)
        entry.summary(change.summary_in(lang)[0])
        entry.updated(datetime.combine(change.date, time(), timezone.utc))
    return feed.atom_str(pretty=True)


def write_feed(site_dir: Path, changes: list[Change], *, site_url: str, lang: str, title: str, author: str) -> Path:
    """Write one language's feed into the built site (Welsh under cy/)."""
    folder = site_dir / ("cy" if lang == "cy" else "")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / FEED_FILE
    target.write_bytes(atom_feed(changes, site_url=site_url, lang=lang, title=title, author=author))
    return target
