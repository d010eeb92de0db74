"""Check every input without building: the organisation file, the registry, page front matter,
the changelog, the glossary and the search synonyms. Prints each problem as
`path:line: field: message` and exits 1 if there are any."""

from __future__ import annotations

import argparse

from ..core.i18n import count_phrase
from .common import add_root, load_or_report

HELP = "check the data files, page front matter, changelog, glossary and search synonyms without building"


def register(parser: argparse.ArgumentParser) -> None:
    add_root(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    handbook = load_or_report(args.root)
    if handbook is None:
        return 1
    registry = handbook.registry
    print(f"Everything is fine: {count_phrase('accounts', len(registry.accounts), 'en')} "
          f"({len(registry.archived())} closed) in {count_phrase('services', len(registry.services), 'en')}, "
          f"{len(registry.unverified())} active not verified yet; {len(handbook.pages)} pages and "
          f"{len(handbook.changes)} recorded changes checked.")
    return 0
