"""Keep published addresses working: `refresh` records the addresses of a built site,
`check` fails if a new build lost one that was published before."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.problems import DataError
from ..outputs.published import HEADER, LIST, missing, read_list, site_urls

HELP = "record (refresh) or check (check) the addresses the handbook has published"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=["refresh", "check"])
    parser.add_argument("site", type=Path, help="the built site, for example site")
    parser.add_argument("--root", type=Path, default=Path("."))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    target = args.root / LIST
    try:
        published = read_list(target)
    except DataError as error:
        print(error.report(), file=sys.stderr)
        return 1
    lost = missing(published, args.site)
    if args.action == "check":
        for url in lost:
            print(f"{LIST}: {url}: this published address is missing from the new build. "
                  "Add a redirect from it in mkdocs.yml (redirect_maps).", file=sys.stderr)
        return 1 if lost else 0
    if lost:
        print(f"Not refreshed: {len(lost)} published addresses would be dropped: {', '.join(lost)}. "
              "Add redirects for them first.", file=sys.stderr)
        return 1
    urls = sorted(published | site_urls(args.site))
    target.write_text(HEADER + "\n".join(urls) + "\n", encoding="utf-8")
    print(f"Wrote {len(urls)} addresses to {LIST}.")
    return 0
