"""Page ownership and review dates, read from each page's front matter.

Every page says who owns it (a team), when it was last reviewed and how often it must be
reviewed. `python -m macros.reviews` lists pages that are overdue or due soon, for the weekly
job, and fails on missing or malformed review metadata with `file: field: message`.
"""

from __future__ import annotations

import argparse
import calendar
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import yaml

from .messages import format_date
from .problems import DataError, Problem

FIELDS = ("owner", "last_reviewed", "review_interval_months")


def add_months(start: date, months: int) -> date:
    """The same day `months` later, or the month's last day if it is shorter (31 Jan + 1 = 28 Feb)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Review:
    page: str
    owner: str
    last_reviewed: date
    interval_months: int

    @property
    def due(self) -> date:
        return add_months(self.last_reviewed, self.interval_months)

    def overdue(self, today: date) -> bool:
        return today > self.due

    def banner(self, lang: str, today: date) -> dict[str, object]:
        """What the page shows: computed when the site is built, so no JavaScript is needed."""
        return {"owner": self.owner, "last_reviewed": format_date(self.last_reviewed, lang),
                "due": format_date(self.due, lang), "overdue": self.overdue(today)}


def front_matter(text: str) -> tuple[dict[str, object] | None, int]:
    """The YAML front matter of a Markdown page, and the line its body starts on."""
    if not text.startswith("---\n"):
        return None, 1
    end = text.find("\n---", 4)
    if end == -1:
        return None, 1
    try:
        meta = yaml.safe_load(text[4:end]) or {}
    except yaml.YAMLError:
        return None, 1
    return (meta if isinstance(meta, dict) else None), text[:end].count("\n") + 2


def read_review(path: Path, shown: str, today: date) -> Review:
    text = path.read_text(encoding="utf-8")
    meta, _ = front_matter(text)
    if meta is None:
        raise DataError([Problem(shown, 1, "front matter", "the page has no readable front matter",
                                 "Start the page with --- lines holding owner, last_reviewed and "
                                 "review_interval_months.")])

    def line_of(field: str) -> int:
        for number, line in enumerate(text.splitlines(), start=1):
            if line.startswith(f"{field}:"):
                return number
        return 1

    problems = []
    owner, reviewed, interval = (meta.get(field) for field in FIELDS)
    if not isinstance(owner, str) or not owner.strip():
        problems.append(Problem(shown, line_of("owner"), "owner", "say which team owns this page",
                                "Add 'owner: Communications team' (a team, never a person)."))
    if not isinstance(reviewed, date):
        problems.append(Problem(shown, line_of("last_reviewed"), "last_reviewed",
                                "this should be the date the page was last reviewed",
                                "Write it as YYYY-MM-DD, for example last_reviewed: 2026-03-03."))
    elif reviewed > today:
        problems.append(Problem(shown, line_of("last_reviewed"), "last_reviewed",
                                f"{reviewed.isoformat()} is in the future", "Use the date of the review."))
    if not isinstance(interval, int) or isinstance(interval, bool) or not 1 <= interval <= 36:
        problems.append(Problem(shown, line_of("review_interval_months"), "review_interval_months",
                                "this should be a whole number of months from 1 to 36",
                                "For example review_interval_months: 12."))
    if problems:
        raise DataError(problems)
    return Review(page=shown, owner=str(owner).strip(), last_reviewed=reviewed, interval_months=interval)


def load_reviews(docs_dir: Path, today: date, root: Path | None = None) -> dict[str, Review]:
    """Every page's review, keyed by its path inside docs/. Collects all problems first."""
    reviews, problems = {}, []
    for path in sorted(docs_dir.rglob("*.md")):
        relative = path.relative_to(docs_dir).as_posix()
        if relative.startswith("_"):
            continue  # starter templates are not pages
        shown = path.relative_to(root).as_posix() if root else relative
        try:
            reviews[relative] = read_review(path, shown, today)
        except DataError as error:
            problems += error.problems
    if problems:
        raise DataError(problems)
    return reviews


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m macros.reviews", description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path("."))
    parser.add_argument("--due-within", type=int, default=30, metavar="DAYS")
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    args = parser.parse_args(argv)
    try:
        reviews = load_reviews(args.root / "docs", args.today, root=args.root)
    except DataError as error:
        print(error.report(), file=sys.stderr)
        return 1
    horizon = args.today + timedelta(days=args.due_within)
    overdue = [r for r in reviews.values() if r.overdue(args.today)]
    soon = [r for r in reviews.values() if not r.overdue(args.today) and r.due <= horizon]
    print(f"# Page reviews on {format_date(args.today, 'en')}\n")
    for title, group in (("Overdue", overdue), (f"Due within {args.due_within} days", soon)):
        print(f"## {title}: {len(group)}\n")
        for review in sorted(group, key=lambda r: r.due):
            print(f"- {review.page}: due {format_date(review.due, 'en')} ({review.owner})")
        print()
    print(f"{len(reviews)} pages checked.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
