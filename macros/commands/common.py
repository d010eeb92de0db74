"""What every command shares: the handbook folder option, today's date, and loading with a report."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from ..core.handbook import Handbook, load
from ..core.problems import DataError


def add_root(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root", type=Path, default=Path("."),
                        help="the handbook folder, holding mkdocs.yml, docs/ and data/ (default: here)")


def today() -> date:
    # HANDBOOK_TODAY lets a test or an editor see the handbook as on another day.
    value = os.environ.get("HANDBOOK_TODAY")
    return date.fromisoformat(value) if value else date.today()


def load_or_report(root: Path) -> Handbook | None:
    """The checked handbook, or None after printing every problem to stderr."""
    try:
        return load(root, today())
    except DataError as error:
        print(error.report(), file=sys.stderr)
        print("\nFix the lines above, then run the command again.", file=sys.stderr)
        return None
