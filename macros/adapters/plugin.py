"""The MkDocs side of a build: one HandbookPlugin object per build holds its state and answers
MkDocs' events by calling the generator-free pipeline (macros/pipeline/).

mkdocs-static-i18n builds English, then each other language, with the same plugins: this object
sees every language's events, prepares the data once, and finishes the site after the last one.
Where it touches mkdocs-static-i18n or mkdocs-macros, it says so (see README.md in this folder).
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import shutil
from datetime import date
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files

from ..core.problems import DataError
from ..core.welsh_only import without_pages
from ..outputs.search_index import SearchIndexError
from ..pipeline.finish import finish_language, finish_site
from ..pipeline.page_macros import page_macros
from ..pipeline.prepare import (Prepared, dropped_pages, org_variables, page_language, page_markdown, page_meta,
                                prepare, service_page_meta, site_settings, updated_line)
from ..render.tables import label_table_cells
from . import errors  # noqa: F401 - registers how mkdocs-macros reports a wrong macro call: file:line
from .compiled_templates import keep_compiled_strings, keep_compiled_templates
from .service_pages import add_service_pages


def build_date() -> date:
    # HANDBOOK_TODAY lets a test build the site as if on another day (review banners, elections).
    value = os.environ.get("HANDBOOK_TODAY")
    return date.fromisoformat(value) if value else date.today()


def keep_strict_when_quiet(config: Any) -> None:
    """`mkdocs build -q --strict` would publish a broken link: -q stops MkDocs' log at errors, so
    --strict never sees a warning to fail on. In a strict build, warnings are shown again."""
    for name in ("mkdocs", "properdocs"):  # the generator's own log (ProperDocs renamed it)
        logger = logging.getLogger(name)
        if config.get("strict") and logger.getEffectiveLevel() > logging.WARNING:
            logger.setLevel(logging.WARNING)


class HandbookPlugin(BasePlugin):
    """One build's state: the prepared data, the language being built, the page being rendered."""

    def __init__(self) -> None:
        self.prepared: Prepared | None = None
        self.lang = "en"
        self.page: Any = None
        self.fragments: dict[int, dict[str, str]] = {}  # id(page) → its listings, by number
        # A listing's placeholder carries a mark no page can know, so a page that writes one of
        # its own (raw HTML) gets neither a listing nor a crash.
        self.mark = secrets.token_hex(8)
        self.placeholder = re.compile(rf'<(div|span) data-handbook-fragment="{self.mark}-(\d+)"></\1>')

    # ---- the page macros see (pipeline.page_macros.PageContext) ----------------------------------

    def language(self) -> str:
        return page_language(self.page.file.src_uri, self.prepared) if self.page else self.lang

    def href(self, path: str, site_root: bool = False) -> str:
        """A link from the page being rendered to `path`, in its language's folder or at the site's root."""
        up = "../" * str(getattr(self.page, "url", "")).count("/")
        return f"{up}{'' if site_root else self.prepared.folder(self.lang)}{path}"

    def block(self, html: str) -> str:
        return self._fragment(html, "div")

    def inline(self, html: str) -> str:
        return self._fragment(html, "span")

    def _fragment(self, html: str, tag: str) -> str:
        # Kept aside and put back after Markdown (on_page_content): Markdown never re-reads a listing.
        fragments = self.fragments.setdefault(id(self.page), {})
        fragments[str(len(fragments))] = html
        return f'<{tag} data-handbook-fragment="{self.mark}-{len(fragments) - 1}"></{tag}>'

    # ---- MkDocs events ----------------------------------------------------------------------

    @event_priority(-50)  # after mkdocs-macros (0) made its environment, before mkdocs-static-i18n (-100)
    def on_config(self, config: Any) -> Any:
        keep_strict_when_quiet(config)
        if self.prepared is None:  # once a build: every language's build shares it
            root = Path(config["config_file_path"]).resolve().parent
            printing = os.environ.get("HANDBOOK_PDF", "false").lower() == "true"
            try:
                self.prepared = prepare(root, build_date(), printing)
            except DataError as error:  # PluginError: MkDocs prints the report and exits 1, no traceback
                raise PluginError(error.report() + "\nThe build stopped before writing anything, "
                                  "so the published site is unchanged.") from None
            self._choose_languages(config)
        macros = config["plugins"].get("macros")  # mkdocs-macros renders {{ }} in pages: our macros
        if macros is None:
            raise PluginError("mkdocs.yml: plugins: the 'macros' plugin is missing, and every page's listings "
                              "and contacts need it.\n    how to fix: put '- macros:' back under 'plugins:', as "
                              "the handbook's own mkdocs.yml has it (with 'on_error_fail: true').")
        macros.register_macros(page_macros(self.prepared, self))
        macros.register_variables({"org": org_variables(self.prepared)})
        keep_compiled_strings(macros.env)  # each page's Markdown, compiled by mkdocs-macros
        return config

    def on_env(self, env: Any, config: Any, files: Files) -> Any:
        keep_compiled_templates(env)  # the theme's templates
        return env

    def on_pre_build(self, config: Any) -> None:
        # mkdocs-static-i18n has set the theme's language to the one this build writes.
        self.lang = str(config["theme"]["language"]) if self.prepared and len(self.prepared.languages) > 1 else "en"
        settings = site_settings(self.prepared, self.lang)
        config["site_name"], config["site_url"] = settings.site_name, settings.site_url
        config["repo_url"], config["repo_name"] = settings.repo_url, settings.repo_name
        config["copyright"] = settings.copyright
        config["theme"]["logo"] = config["theme"]["favicon"] = settings.logo
        config["mdx_configs"].setdefault("toc", {})["permalink_title"] = settings.permalink_title
        for scheme in config["theme"].get("palette") or []:
            if scheme.get("toggle"):
                scheme["toggle"]["name"] = settings.toggle_names[scheme.get("scheme", "default")]
        config["extra"]["handbook"] = dict(settings.extra)

    @event_priority(-200)  # after mkdocs-static-i18n (-100) has chosen this language's files
    def on_files(self, files: Files, config: Any) -> Files:
        for path in dropped_pages(self.prepared):
            if (file := files.get_file_from_path(path)) is not None:
                files.remove(file)
        return add_service_pages(self.prepared, self.lang, files, config)

    @event_priority(50)  # before mkdocs-macros (0) renders the page's macros
    def on_page_markdown(self, markdown: str, page: Any, config: Any, files: Any) -> str:
        self.page = page
        lang = self.language()
        source = self.prepared.handbook.pages.get(page.file.src_uri)
        if source is not None:  # the theme prints front matter as it is: it sees the checked values, escaped
            page.meta.update(page_meta(self.prepared, source, lang))  # the git date comes in on_page_content
        elif page.file.generated_by:  # a service's page (service_pages.py), made from checked data
            page.meta.update(service_page_meta(self.prepared, page.meta, lang))
        else:  # every page in docs/ was checked by load(): this one was not
            raise PluginError(f"docs/{page.file.src_uri}: `python -m macros check` did not check this page, so the "
                              "build stops.\n    how to fix: name pages *.md, outside folders whose names start with "
                              "'_' (mkdocs.yml's exclude_docs leaves those out).")
        return page_markdown(self.prepared, markdown)

    def on_page_content(self, html: str, page: Any, config: Any, files: Any) -> str:
        # The git-revision plugin dates the page in its on_page_markdown, which runs after ours.
        review, updated = page.meta.get("review"), page.meta.get("git_revision_date_localized_raw_iso_date")
        if isinstance(review, dict) and updated:
            review["updated"] = updated_line(updated, self.language())
        # Wide tables stack into cards on phones. Only Markdown's own tables need labels: the
        # listings label their cells in their templates, so they go back in afterwards, unread
        # (a national registry's service page is 100 KB of rows).
        html = label_table_cells(html)
        fragments = self.fragments.pop(id(page), {})
        if fragments:
            html = self.placeholder.sub(lambda match: fragments.get(match.group(2), ""), html)
        return html

    def on_post_build(self, config: Any) -> None:
        site_dir = Path(config["site_dir"])
        self._keep_each_languages_404(site_dir)
        redirects = config["plugins"].get("redirects")  # mkdocs-redirects writes the default language's only
        finish_language(site_dir, self.prepared, self.lang, redirects.config["redirect_maps"] if redirects else {})
        if self.lang == self.prepared.languages[-1]:
            try:
                finish_site(site_dir, self.prepared)
            except SearchIndexError as error:  # a clear line and exit 1, not a traceback
                raise PluginError(f"handbook: {error}") from None
            self._forget()

    def on_build_error(self, error: Exception) -> None:
        self._forget()

    def _forget(self) -> None:
        # `mkdocs serve` keeps this object for every rebuild (MkDocs loads hooks once a process):
        # the next build reads the data afresh.
        self.prepared, self.lang, self.page = None, "en", None
        self.fragments.clear()

    # ---- what MkDocs and its plugins need besides ------------------------------------------------

    def _choose_languages(self, config: Any) -> None:
        """An English-only edition (welsh: false) builds no Welsh pages, no page marked welsh_only and
        no language switcher: mkdocs-static-i18n reads which languages to build after this (-100)."""
        if self.prepared.handbook.organisation.welsh:
            return
        config["nav"] = without_pages(config["nav"], dropped_pages(self.prepared))
        i18n = config["plugins"].get("i18n")
        for language in (i18n.config.languages if i18n else []):
            language.build = language.locale == self.prepared.default_language

    def _keep_each_languages_404(self, site_dir: Path) -> None:
        """Each language's build writes the theme's 404.html at the site's root: keep the default
        language's there and move each other language's into its folder (cy/404.html). The root
        page sends a reader whose address is in cy/ to the Welsh one (overrides/404.html)."""
        page, kept = site_dir / "404.html", site_dir / "assets" / ".404-default.html"
        if not page.is_file() or len(self.prepared.languages) == 1:
            return
        if self.lang == self.prepared.default_language:
            shutil.copyfile(page, kept)
        elif kept.is_file():
            (site_dir / self.lang).mkdir(exist_ok=True)
            page.replace(site_dir / self.lang / "404.html")
            kept.replace(page)
