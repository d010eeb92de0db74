"""The Atom feed of changes to the registry, one per language: accounts opened, closed, renamed, checked.

Made from the registry's own dates (core/history.py), so the feed and the listings never
disagree. Each entry links to the account's service page. feedgen escapes every value.
"""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from pathlib import Path

from feedgen.feed import FeedGenerator

from ..core.history import FEED_FILE, Event, RegistryEvent, registry_events
from ..core.i18n import Name, format_date, translate
from ..core.organisation import Organisation
from ..core.registry import Registry

MAX_ENTRIES = 200  # the newest; the open data holds every account's dates


def language_base(site_url: str, lang: str) -> str:
    return site_url.rstrip("/") + "/" + ("cy/" if lang == "cy" else "")


def entry_text(event: RegistryEvent, lang: str, comms: Name) -> tuple[str, str]:
    """The entry's title and summary in `lang`; `comms` is the team that checks accounts."""
    account = event.account
    values = {"name": account.display_name, "handle": account.platform.display_handle(event.new_handle or account.handle),
              "platform": account.platform.label(lang), "service": account.service.label(lang),
              "date": format_date(event.day, lang), "comms": comms}
    if event.kind is Event.RENAMED:
        values["old"] = account.platform.display_handle(event.old_handle or "")
    return (translate(f"registry_feed.{event.kind.value}.title", lang, **values),
            translate(f"registry_feed.{event.kind.value}.summary", lang, **values))


def registry_feed(registry: Registry, organisation: Organisation, lang: str) -> bytes:
    """An Atom feed of the newest registry changes, newest first, in `lang`."""
    base = language_base(organisation.site_url, lang)
    events = registry_events(registry)[:MAX_ENTRIES]
    feed = FeedGenerator()
    feed.id(base + FEED_FILE)
    feed.title(translate("registry_feed.title", lang, council=organisation.name_cy if lang == "cy" else organisation.name))
    feed.subtitle(translate("registry_feed.subtitle", lang))
    feed.author({"name": organisation.name_cy if lang == "cy" else organisation.name})
    feed.language(lang)
    feed.link(href=base + FEED_FILE, rel="self")
    feed.link(href=base + "accounts/", rel="alternate")
    newest = events[0].day if events else date(2000, 1, 1)
    feed.updated(_stamp(newest))
    for event in reversed(events):  # feedgen puts the last added first
        title, summary = entry_text(event, lang, organisation.contact("comms"))
        page = f"{base}accounts/{event.account.service.slug}/"
        entry = feed.add_entry()
        entry.id(f"{page}#{event.anchor}")
        entry.title(title)
        entry.link(href=page)
        entry.summary(summary)
        entry.updated(_stamp(event.day))
        entry.category(term=event.kind.value)
    return feed.atom_str(pretty=True)


def _stamp(day: date) -> datetime:
    return datetime.combine(day, time(), timezone.utc)


def write_registry_feed(site_dir: Path, registry: Registry, organisation: Organisation, lang: str) -> Path:
    """Write one language's feed into the built site (Welsh under cy/)."""
    folder = site_dir / ("cy" if lang == "cy" else "")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / FEED_FILE
    target.write_bytes(registry_feed(registry, organisation, lang))
    return target
