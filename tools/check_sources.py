"""Check that every external address the pages cite still answers. Used by the weekly workflow
only: the normal checks and the build never touch the network.

    .venv/bin/python -m tools.check_sources [--root DIR]

Prints a Markdown report (for the run's summary page) and exits 1 if an address is gone (a 404
or 410, a server error, or no answer). Sites that refuse robots (401, 403, 429) are listed as
"could not check" without failing the run: someone should open those by hand.
"""

from __future__ import annotations

import argparse
import sys
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from macros.core.handbook import load
from macros.core.problems import DataError
from macros.core.sources import cited_addresses

ROOT = Path(__file__).resolve().parents[1]
REFUSED = {401, 403, 405, 429}  # the site answered but will not talk to a robot
TIMEOUT_SECONDS = 30
USER_AGENT = "social-media-handbook source check (weekly; https://github.com/)"


@dataclass(frozen=True)
class Result:
    address: str
    status: int | None  # the HTTP status, or None if there was no answer
    detail: str = ""

    @property
    def gone(self) -> bool:
        return self.status is None or self.status in (404, 410) or self.status >= 500

    @property
    def refused(self) -> bool:
        return self.status in REFUSED


def addresses(root: Path) -> dict[str, list[str]]:
    """Every external address in the pages, with the pages and lines that cite it."""
    handbook = load(root)
    cited: dict[str, list[str]] = {}
    for page in handbook.pages.values():
        for line, address in cited_addresses(page.body, page.body_line):
            cited.setdefault(address, []).append(f"{page.shown}:{line}")
    return cited


def fetch(address: str) -> Result:
    """HEAD first, then GET for servers that do not answer HEAD."""
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(address, method=method, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
                return Result(address, response.status)
        except urllib.error.HTTPError as error:
            if method == "HEAD" and error.code in (403, 404, 405, 501):
                continue  # some servers answer HEAD wrongly: ask again properly
            return Result(address, error.code, str(error.reason))
        except (urllib.error.URLError, OSError) as error:
            return Result(address, None, str(getattr(error, "reason", error)))
    return Result(address, None, "no answer")


def check(cited: dict[str, list[str]], get: Callable[[str], Result] = fetch, workers: int = 8) -> list[Result]:
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(get, sorted(cited)))


def report(results: Iterable[Result], cited: dict[str, list[str]]) -> tuple[str, bool]:
    """The Markdown report, and whether any address is gone."""
    results = list(results)
    gone = [result for result in results if result.gone]
    refused = [result for result in results if result.refused]
    lines = ["## Cited sources", "", f"Checked {len(results)} addresses: {len(gone)} gone, "
             f"{len(refused)} could not be checked automatically.", ""]
    for title, group in (("Gone: fix or replace these", gone), ("Could not check: open these by hand", refused)):
        if group:
            lines += [f"### {title}", ""]
            lines += [f"- {result.address} ({result.status or result.detail}), cited at "
                      f"{', '.join(cited[result.address])}" for result in group]
            lines.append("")
    return "\n".join(lines), bool(gone)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check that the sources the pages cite still answer.")
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    try:
        cited = addresses(args.root)
    except DataError as error:
        print(error.report(), file=sys.stderr)
        return 1
    text, failed = report(check(cited), cited)
    print(text)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
