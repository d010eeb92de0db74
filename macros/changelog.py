"""The record of policy changes that editors keep in CHANGELOG.yml, and its Atom feed.

Each entry says when a page changed and why, in one sentence. The "What's changed" page and
the feed (changes.xml) are both made from it, so they always agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from pathlib import Path

from pydantic import Field, ValidationError

from .model import IsoDate
from .problems import DataError, Problem
from .reviews import front_matter
from .safe_yaml import load_yaml
from .validation import StrictModel, line_of, problems_from


class ChangeEntry(StrictModel):
    date: IsoDate
    page: str = Field(min_length=4, pattern=r"^[a-z0-9][a-z0-9/-]*\.md$")
    summary: str = Field(min_length=10, max_length=300)
    summary_cy: str | None = Field(default=None, min_length=10, max_length=350)


@dataclass(frozen=True)
class Change:
    date: date
    page: str
    title: str
    summary: str
    summary_cy: str | None

    @property
    def url_path(self) -> str:
        """The page's address relative to the site root: 'abuse-response-plan/' or ''."""
        stem = self.page.removesuffix(".md")
        return "" if stem == "index" else stem.removesuffix("/index") + "/"

    def summary_in(self, lang: str) -> tuple[str, str]:
        return (self.summary_cy, "cy") if lang == "cy" and self.summary_cy else (self.summary, "en")


def load_changes(path: Path, docs_dir: Path, today: date, shown: str = "CHANGELOG.yml") -> list[Change]:
    """Read and check the changelog, newest first. Raises DataError with every problem."""
    data = load_yaml(path, shown)
    if not isinstance(data, list):
        raise DataError([Problem(shown, 1, "file", "the changelog should be a list of changes",
                                 "Start each change with '- date: YYYY-MM-DD'.")])
    changes, problems = [], []
    for index, raw in enumerate(data):
        prefix = f"[{index + 1}]"
        try:
            entry = ChangeEntry.model_validate(raw)
        except ValidationError as error:
            problems += problems_from(error, raw, shown, ChangeEntry, prefix=(prefix,))
            continue
        source = docs_dir / entry.page
        if not source.is_file():
            problems.append(Problem(shown, line_of(raw, ["page"]), f"{prefix}.page",
                                    f"there is no page docs/{entry.page}",
                                    "Give the page's file name inside docs/, for example faqs.md."))
            continue
        if entry.date > today:
            problems.append(Problem(shown, line_of(raw, ["date"]), f"{prefix}.date",
                                    f"{entry.date.isoformat()} is in the future", "Use the date of the change."))
            continue
        meta, _ = front_matter(source.read_text(encoding="utf-8"))
        title = str((meta or {}).get("title") or entry.page)
        changes.append(Change(entry.date, entry.page, title, entry.summary, entry.summary_cy))
    if problems:
        raise DataError(problems)
    return sorted(changes, key=lambda change: change.date, reverse=True)


def atom_feed(changes: list[Change], *, site_url: str, lang: str, title: str, author: str) -> bytes:
    """An Atom feed of the changes, newest first, with links into the site."""
    from feedgen.feed import FeedGenerator

    base = site_url.rstrip("/") + "/" + ("cy/" if lang == "cy" else "")
    feed = FeedGenerator()
    feed.id(base + "changes.xml")
    feed.title(title)
    feed.author({"name": author})
    feed.language(lang)
    feed.link(href=base + "changes.xml", rel="self")
    feed.link(href=base + "whats-changed/", rel="alternate")
    newest = changes[0].date if changes else date(2000, 1, 1)
    feed.updated(datetime.combine(newest, time(), timezone.utc))
    for index, change in enumerate(reversed(changes)):  # feedgen puts the last added first
        entry = feed.add_entry()
        entry.id(f"{base}whats-changed/#change-{len(changes) - index}")
        entry.title(f"{change.title}: {change.date.isoformat()}")
        entry.link(href=base + change.url_path)
        entry.summary(change.summary_in(lang)[0])
        entry.updated(datetime.combine(change.date, time(), timezone.utc))
    return feed.atom_str(pretty=True)
