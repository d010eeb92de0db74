"""Print a built site to PDF, one book per language (site/handbook.pdf, site/cy/llawlyfr.pdf).

Printing is a step of its own, after the site is built: scripts/build.sh builds with
HANDBOOK_PDF=true (so pages link to the books) and then runs this command. Run it again after
changing the print stylesheet.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

import yaml

from ..outputs.print_settings import book_settings, nav_slugs, release_version
from .common import add_root, load_or_report, today

HELP = "print a built site to PDF, one book per language"


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without running its Python tags (!!python/name:..., !ENV)."""


_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("site", type=Path, help="the built site, for example site")
    add_root(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..outputs.print_book import build_pdfs  # WeasyPrint takes a second to import: only when printing

    if not (args.site / "index.html").is_file():
        print(f"{args.site} is not a built site: build it first (bash scripts/build.sh).")
        return 1
    handbook = load_or_report(args.root)
    if handbook is None:
        return 1
    config = yaml.load((args.root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)
    slugs = nav_slugs(config.get("nav"))
    if not handbook.organisation.welsh:  # an English-only edition builds no page marked welsh_only
        left_out = {path.removesuffix(".md") for path, page in handbook.pages.items() if page.meta.welsh_only}
        slugs = [slug for slug in slugs if slug not in left_out]
    if not slugs:
        print("mkdocs.yml has no pages under nav:")
        return 1
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    logging.getLogger("macros.outputs.print_book").setLevel(logging.INFO)  # pages and seconds per book
    books = book_settings(handbook.organisation, release_version(args.root))
    # Print the languages the site has: an edition may be built in English only.
    built = {lang: book for lang, book in books.items()
             if (args.site / ("" if lang == "en" else lang) / "index.html").is_file()}
    build_pdfs(args.site, slugs, built, built_on=today())
    return 0
