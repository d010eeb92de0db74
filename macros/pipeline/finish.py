"""Step 3 of a build: every output made from the data and the built site, after the pages.

`finish_language` runs when a language's pages are written (its feeds and short links);
`finish_site` once every language's pages are (the colours, the check's files, the open data,
the search index). Neither knows which generator wrote the pages: they read the prepared data
and the files in the site folder.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Mapping
from pathlib import Path

from ..core.i18n import translate
from ..outputs.feed import write_feed
from ..outputs.open_data import write_open_data
from ..outputs.registry_feed import write_registry_feed
from ..outputs.search_index import build_search_index
from ..outputs.short_links import write_short_links
from .prepare import Prepared

log = logging.getLogger("mkdocs.plugins.handbook")


def finish_language(site_dir: Path, prepared: Prepared, lang: str, short_links: Mapping[str, str] = {}) -> None:
    """One language's outputs: its feed of policy changes and of registry changes, and (for a
    language other than the default) its twins of the short addresses, such as /cy/rules/."""
    handbook, organisation = prepared.handbook, prepared.handbook.organisation
    write_feed(site_dir, handbook.changes, site_url=organisation.site_url, lang=lang,
               title=organisation.handbook_title("cy" if lang == "cy" else "en"),
               author=organisation.name_cy if lang == "cy" else organisation.name)
    write_registry_feed(site_dir, handbook.registry, organisation, lang)
    if lang != prepared.default_language:
        write_short_links(site_dir, lang, short_links, translate("redirect", lang))


def finish_site(site_dir: Path, prepared: Prepared) -> None:
    """The outputs made once for the whole site, after every language's pages are written."""
    from ..outputs.lookup_data import write_lookup_data  # rapidfuzz and confusables: only here

    handbook, organisation = prepared.handbook, prepared.handbook.organisation
    stylesheet = site_dir / "assets" / "stylesheets" / "organisation.css"
    stylesheet.parent.mkdir(parents=True, exist_ok=True)
    stylesheet.write_text(prepared.renderer.organisation_css(), encoding="utf-8")
    write_lookup_data(site_dir, handbook.registry, organisation, prepared.languages)
    write_open_data(site_dir, handbook.registry, organisation, prepared.renderer.health,
                    languages=list(prepared.languages))
    build_search_index(site_dir, handbook, list(prepared.languages))
    # Material's script looks for sitemap.xml beside a Welsh page's feed link, in cy/.
    for lang in prepared.languages[1:]:
        if (site_dir / "sitemap.xml").is_file():
            shutil.copyfile(site_dir / "sitemap.xml", site_dir / lang / "sitemap.xml")
