"""List pages overdue for review or due soon, for the weekly report. Fails on bad review details."""

from __future__ import annotations

import argparse
from datetime import timedelta

from ..core.i18n import format_date
from .common import add_root, load_or_report, today

HELP = "list pages overdue for review or due soon"


def register(parser: argparse.ArgumentParser) -> None:
    add_root(parser)
    parser.add_argument("--due-within", type=int, default=30, metavar="DAYS")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    handbook = load_or_report(args.root)
    if handbook is None:
        return 1
    day = today()
    horizon = day + timedelta(days=args.due_within)
    pages = handbook.pages.values()
    overdue = [page for page in pages if page.overdue(day)]
    soon = [page for page in pages if not page.overdue(day) and page.due <= horizon]
    print(f"# Page reviews on {format_date(day, 'en')}\n")
    for title, group in (("Overdue", overdue), (f"Due within {args.due_within} days", soon)):
        print(f"## {title}: {len(group)}\n")
        for page in sorted(group, key=lambda page: page.due):
            print(f"- {page.shown}: due {format_date(page.due, 'en')} ({page.meta.owner})")
        print()
    print(f"{len(handbook.pages)} pages checked.")
    return 0
