"""List pages overdue for review or due soon, Welsh pages out of step, and accounts that need a
person (silent, missing, renamed or due a check), for the weekly report."""

from __future__ import annotations

import argparse
from datetime import timedelta

from ..core.i18n import format_date
from ..core.translations import State, translations
from .common import add_root, load_or_report, today
from .health import report_lines

HELP = "list pages overdue for review or due soon, and accounts that need a person's attention"


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
    if handbook.organisation.welsh:
        waiting = [item for item in translations(handbook.pages) if item.state is not State.CURRENT]
        print(f"## Welsh translations to update: {len(waiting)}\n")
        for item in waiting:
            print(f"- docs/{item.welsh}: {item.state.value} (English: docs/{item.english})")
        print()
    print("\n".join(report_lines(handbook)))
    print(f"{len(handbook.pages)} pages checked.")
    return 0
