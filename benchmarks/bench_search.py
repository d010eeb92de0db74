"""Measure the site search at the sample size, 2,000 and 10,000 generated accounts.

For each size: a full `mkdocs build --strict` (no PDFs), then in Chromium the bytes a reader
downloads from opening the search to seeing the first results, for a few queries; the total
index size; the largest single index file; and search indexing as a share of the build.
Aim (issue 11): no file over 300 KB, under 500 KB for a first query at 10,000 accounts.

Usage: .venv/bin/python benchmarks/bench_search.py [--sizes 0,2000,10000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.search_browser import first_query_download, launch, serve  # noqa: E402
from benchmarks.support import build, copy_project  # noqa: E402

BUNDLES = ("pagefind", "pagefind-accounts")
# A chapter question, a handle that only the accounts index holds, and a Welsh question.
QUERIES = (("", "what happens when the account admin leaves"), ("", "@account9999"),
           ("cy/", "cyfrif instagram y llyfrgell"))


def index_files(site: Path) -> list[Path]:
    return [path for bundle in BUNDLES for path in (site / bundle).rglob("*") if path.is_file()]


def kb(size: int) -> str:
    return f"{size / 1000:,.0f} KB"


def measure(size: int, workdir: Path, browser) -> None:  # type: ignore[no-untyped-def]
    project = copy_project(workdir / f"size-{size}", accounts=size)
    built = build(project)
    files = index_files(built.site)
    largest = max(files, key=lambda path: path.stat().st_size)
    data = max((path for path in files if ".pf_" in path.name), key=lambda path: path.stat().st_size)
    label = "sample registry" if size == 0 else f"{size:,} generated accounts + sample"
    print(f"\n{label}: build {built.seconds:.1f} s, search indexing {built.index_seconds:.2f} s "
          f"({built.index_seconds / built.seconds:.0%} of the build)")
    total = sum(path.stat().st_size for path in files)
    print(f"  index: {len(files):,} files, {kb(total)} in total; largest {kb(largest.stat().st_size)} "
          f"({largest.relative_to(built.site)}); largest index data file {kb(data.stat().st_size)} "
          f"({data.relative_to(built.site)})")
    with serve(built.site) as base_url:
        for path, query in QUERIES:
            try:
                download = first_query_download(browser, base_url, query, path)
            except Exception as error:  # noqa: BLE001 - report and go on to the next query
                print(f"  first results for {query!r} on /{path}: not measured ({type(error).__name__})")
                continue
            print(f"  first results for {query!r} on /{path}: {download.files} files, {kb(download.bytes)} "
                  f"as served here, {kb(download.gzip_bytes)} from a host that compresses JS and JSON; "
                  f"largest {kb(download.largest[1])} ({download.largest[0]})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0,2000,10000",
                        help="generated accounts; 0 is the sample registry alone")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as temp, sync_playwright() as playwright:
        browser = launch(playwright)
        for size in (int(size) for size in args.sizes.split(",")):
            measure(size, Path(temp), browser)
        browser.close()


if __name__ == "__main__":
    main()
