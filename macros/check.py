"""Check the organisation file and the account registry without building the site.

Usage: python -m macros.check [--root FOLDER]
Prints every problem as `path:line: field: message` with a hint, and exits 1 if there are any.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .handbook import load_handbook
from .messages import count_phrase
from .problems import DataError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m macros.check", description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path("."),
                        help="the handbook folder, holding mkdocs.yml, docs/ and data/ (default: here)")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    try:
        handbook = load_handbook(root, root / "docs")
    except DataError as error:
        print(error.report(), file=sys.stderr)
        print("\nFix the lines above, then run this check again.", file=sys.stderr)
        return 1
    registry = handbook.registry
    print(f"The data files are fine: {count_phrase('accounts', len(registry.accounts), 'en')} "
          f"({len(registry.archived())} closed) in {count_phrase('services', len(registry.services), 'en')}, "
          f"{len(registry.unverified())} active not verified yet.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
