"""Files made from the data, each rewritten by one command and checked by `--check`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from ..core.handbook import Handbook
from ..core.health import SCHEMA_FILE as SNAPSHOT_SCHEMA, snapshot_schema
from ..core.schema import service_file_schema
from .codeowners import TARGET as CODEOWNERS, codeowners
from .common import add_root, load_or_report
from .issue_forms import CHOOSER, NEW_ACCOUNT, chooser_config, new_account_form

HELP = ("rewrite every file made from the data (CODEOWNERS, the JSON Schemas of the registry and the "
        "health snapshot, the issue forms); --check: only check them")

GENERATED: dict[Path, Callable[[Handbook], str]] = {
    CODEOWNERS: codeowners,
    Path("data/accounts.schema.json"): lambda handbook: json.dumps(service_file_schema(), indent=2,
                                                                   ensure_ascii=False) + "\n",
    SNAPSHOT_SCHEMA: lambda handbook: json.dumps(snapshot_schema(), indent=2, ensure_ascii=False) + "\n",
    NEW_ACCOUNT: new_account_form,
    CHOOSER: chooser_config,
}


def register(parser: argparse.ArgumentParser) -> None:
    add_root(parser)
    parser.add_argument("--check", action="store_true", help="only check that every generated file is current")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    handbook = load_or_report(args.root)
    if handbook is None:
        return 1
    stale = []
    for target, make in GENERATED.items():
        path = args.root / target
        text = make(handbook)
        current = path.is_file() and path.read_text(encoding="utf-8") == text
        if args.check:
            if not current:
                stale.append(target)
        elif not current:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"Wrote {target}.")
    for target in stale:
        print(f"{target} is out of date: run `.venv/bin/python -m macros generate`.", file=sys.stderr)
    if args.check and not stale:
        print("Every generated file is current.")
    return 1 if stale else 0
