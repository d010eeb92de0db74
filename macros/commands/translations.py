"""List every page's Welsh translation: missing, awaiting translation, stale or current.

Exits 1 when a Welsh page is missing, so CI catches a new English page without one. A stale
page is only reported: its readers see a notice until a translator brings it up to date.
"""

from __future__ import annotations

import argparse

from ..core.translations import State, translations
from .common import add_root, load_or_report

HELP = "list Welsh translations that are missing, awaiting translation, stale or current"


def register(parser: argparse.ArgumentParser) -> None:
    add_root(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    handbook = load_or_report(args.root)
    if handbook is None:
        return 1
    if not handbook.organisation.welsh:
        print("Welsh is turned off in data/organisation.yml (welsh: false): no translations are needed.")
        return 0
    found = translations(handbook.pages)
    for state in State:
        group = [item for item in found if item.state is state]
        print(f"## {state.value.capitalize()}: {len(group)}")
        for item in group:
            detail = f" (records {item.recorded}, English is now {item.english_fingerprint})" \
                if state is State.STALE else ""
            print(f"- docs/{item.welsh}: translates docs/{item.english}{detail}")
        print()
    missing = [item for item in found if item.state is State.MISSING]
    if missing:
        print("Add a Welsh page for each missing one: copy the English page to page.cy.md and set "
              "'translation_of: pending' until it is translated (see CONTRIBUTING.md).")
    return 1 if missing else 0
