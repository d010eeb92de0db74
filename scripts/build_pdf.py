"""Print the handbook to PDF, one book per language, into a built site.

    .venv/bin/python scripts/build_pdf.py site

writes site/handbook.pdf and site/cy/llawlyfr.pdf. Build the site first (scripts/build.sh).
The chapter order comes from `nav:` in mkdocs.yml and the council's names from
data/organisation.yml. Nothing is fetched from the network.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from macros.organisation import load_organisation  # noqa: E402
from macros.print_book import build_pdfs  # noqa: E402
from macros.print_settings import book_settings, release_version  # noqa: E402
from macros.print_settings import nav_slugs as read_nav  # noqa: E402

class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without running its Python tags (!!python/name:..., !ENV)."""


_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def nav_slugs(config: Path) -> list[str]:
    """Page slugs in the order of `nav:` in mkdocs.yml."""
    slugs = read_nav(yaml.load(config.read_text(encoding="utf-8"), Loader=_ConfigLoader).get("nav"))
    if not slugs:
        raise SystemExit(f"{config} has no pages under nav:")
    return slugs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site_dir", type=Path, help="the built site, for example site")
    args = parser.parse_args()
    if not (args.site_dir / "index.html").is_file():
        parser.error(f"{args.site_dir} is not a built site: run .venv/bin/mkdocs build --strict first")

    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    logging.getLogger("macros.print_book").setLevel(logging.INFO)  # page count and seconds per book

    organisation = load_organisation(ROOT / "data" / "organisation.yml")
    build_pdfs(args.site_dir, nav_slugs(ROOT / "mkdocs.yml"), book_settings(organisation, release_version(ROOT)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
