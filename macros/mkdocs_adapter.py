"""Thin adapter between the handbook core and mkdocs-macros / MkDocs. Nothing else imports MkDocs."""

from __future__ import annotations

import functools
import itertools
import os
import re
from datetime import date
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs_macros.errors import format_error

from .handbook import Handbook, load_handbook
from .messages import format_date
from .problems import DataError, UnknownValueError
from .changelog import Change, atom_feed, load_changes
from .reviews import Review, load_reviews


# Listings skip Markdown: a macro leaves a one-line placeholder, and the page's HTML gets the
# listing after Markdown has run (see mkdocs_hooks.py). A 10,000-row table would otherwise be
# re-parsed by Markdown's raw-HTML handling, which costs more than everything else together.
_listings: dict[str, str] = {}
_listing_ids = itertools.count()
_PLACEHOLDER = re.compile(r'<div data-handbook-listing="(\d+)"></div>')


def _placeholder(html: str) -> str:
    key = str(next(_listing_ids))
    _listings[key] = html
    return f'<div data-handbook-listing="{key}"></div>'


def insert_listings(html: str) -> str:
    """Replace each placeholder in a page's HTML with the listing it stands for."""
    return _PLACEHOLDER.sub(lambda match: _listings.pop(match.group(1)), html)


class MacroUsageError(Exception):
    """A page called a macro wrongly: an unknown service, platform, contact or argument."""


@format_error.register
def _format_usage_error(error: MacroUsageError, markdown: str, page: Any) -> str:
    # One clear line instead of the plugin's default traceback: file, line, macro, what to do.
    line = next((frame.lineno for frame in reversed(traceback.extract_tb(error.__traceback__))
                 if frame.filename == "<template>"), 0)
    source = markdown.splitlines()[line - 1].strip() if 0 < line <= len(markdown.splitlines()) else ""
    real_line = _line_in_file(Path(page.file.abs_src_path), source) or line
    return f"docs/{page.file.src_path}:{real_line}: {error}"


def _line_in_file(path: Path, text: str) -> int | None:
    if not text:
        return None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if text in line:
            return number
    return None


def _checked(macro: Callable[..., str]) -> Callable[..., str]:
    """Turn a wrong call into MacroUsageError, which is reported without a traceback."""

    @functools.wraps(macro)
    def call(*args: Any, **kwargs: Any) -> str:
        try:
            return macro(*args, **kwargs)
        except (UnknownValueError, TypeError, ValueError) as error:
            message = str(error).replace(f"{macro.__qualname__}()", f"{macro.__name__}()")
            raise MacroUsageError(f"{macro.__name__}: {message}. See the macro list in README.md.") from None

    return call


def _root(env: Any) -> Path:
    return Path(env.conf["config_file_path"]).resolve().parent


def build_date() -> date:
    # HANDBOOK_TODAY lets a test build the site as if on another day (review banners, dates).
    return date.fromisoformat(os.environ["HANDBOOK_TODAY"]) if os.environ.get("HANDBOOK_TODAY") else date.today()


_reviews: dict[str, Review] = {}
_changes: list[Change] = []


def _load(env: Any) -> Handbook:
    """The checked data and every page's review metadata; one report for all their problems."""
    root, docs = _root(env), Path(env.conf["docs_dir"])
    problems = []
    try:
        _reviews.clear()
        _reviews.update(load_reviews(docs, build_date(), root=root))
    except DataError as error:
        problems += error.problems
    try:
        _changes[:] = load_changes(root / "CHANGELOG.yml", docs, build_date())
    except DataError as error:
        problems += error.problems
    try:
        handbook = load_handbook(root, docs, today=build_date())
    except DataError as error:
        problems += error.problems
    if problems:
        # PluginError makes MkDocs print the report and exit 1, with no traceback.
        raise PluginError(DataError(problems).report() + "\nThe build stopped before writing anything, "
                          "so the published site is unchanged.")
    return handbook


def _build_language(env: Any) -> str:
    # mkdocs-static-i18n builds each language in turn and records which one it is building.
    i18n = env.conf["plugins"].get("i18n")
    return getattr(i18n, "current_language", None) or "en"


def _page_language(env: Any) -> str:
    # A page's own language: English pages shown under /cy/ as a fallback stay English.
    page = getattr(env, "page", None)
    return getattr(getattr(page, "file", None), "locale", None) or _build_language(env)


def define_env(env: Any) -> None:
    handbook = _load(env)
    organisation, registry, renderer = handbook.organisation, handbook.registry, handbook.renderer
    build_lang = _build_language(env)

    # Site-wide settings that name the council come from the organisation file.
    env.conf["site_name"] = organisation.handbook_title("cy" if build_lang == "cy" else "en")
    env.conf["site_url"] = organisation.site_url
    env.conf["repo_url"] = organisation.repo_url
    env.conf["repo_name"] = organisation.repo_url.rstrip("/").split("://", 1)[-1].split("/", 1)[-1]
    env.conf["copyright"] = f"© {organisation.name_cy if build_lang == 'cy' else organisation.name}"
    env.conf["theme"]["logo"] = organisation.logo
    env.conf["theme"]["favicon"] = organisation.logo
    env.conf["extra"]["handbook"] = {
        "council": organisation.name_cy if build_lang == "cy" else organisation.name,
        "contacts_are_samples": organisation.contacts_are_samples,
        "unverified_accounts": len(registry.unverified()),
        "repo_url": organisation.repo_url.rstrip("/"),
        "comms_email": organisation.contact("comms").email or "",
    }

    since = organisation.all_staff_access_since
    env.variables["org"] = {
        **organisation.model_dump(exclude={"contacts"}),
        "all_staff_access_since": format_date(since, "en", with_day=False),
        "all_staff_access_since_cy": format_date(since, "cy", with_day=False),
    }

    def lang() -> str:
        return _page_language(env)

    # ---- listings (each one line in a page) ----

    @env.macro
    @_checked
    def accounts_directory() -> str:
        """Every open account, grouped by service. Usage: {{ accounts_directory() }}"""
        return _placeholder(renderer.directory(lang()))

    @env.macro
    @_checked
    def accounts_table(service: str | None = None, platform: str | None = None,
                       language: str | None = None) -> str:
        """Open accounts filtered by one of service, platform or language.
        Usage: {{ accounts_table(service="libraries") }}, {{ accounts_table(platform="instagram") }}"""
        chosen = [name for name, value in (("service", service), ("platform", platform),
                                           ("language", language)) if value is not None]
        if len(chosen) > 1:
            raise ValueError("accounts_table takes one of service, platform or language, not "
                             + " and ".join(chosen))
        if service is not None:
            return _placeholder(renderer.table(registry.by_service(service), lang(), show_service=False))
        if platform is not None:
            accounts = registry.by_platform(platform)
        elif language is not None:
            accounts = registry.by_language(language)
        else:
            accounts = registry.listed()
        return _placeholder(renderer.table(accounts, lang()))

    @env.macro
    @_checked
    def closed_accounts() -> str:
        """Archived accounts. Usage: {{ closed_accounts() }}"""
        return _placeholder(renderer.closed(lang()))

    @env.macro
    @_checked
    def account_card(platform: str, handle: str) -> str:
        """One account. Usage: {{ account_card("instagram", "monlibraries") }}"""
        return _placeholder(renderer.card(registry.find(platform, handle), lang()))

    @env.macro
    @_checked
    def verification_notice() -> str:
        """The 'not checked yet' notice, shown while any open account is unverified."""
        return _placeholder(renderer.verification_notice(lang()))

    # ---- numbers and sentences ----

    @env.macro
    @_checked
    def counts_by_platform() -> str:
        """A table of how many open accounts are on each platform. Usage: {{ counts_by_platform() }}"""
        return _placeholder(renderer.platform_counts(lang()))

    @env.macro
    @_checked
    def accounts_summary() -> str:
        """A sentence such as 'We run 28 accounts across 10 services on 8 platforms.'"""
        return renderer.summary(lang())

    @env.macro
    @_checked
    def account_count() -> str:
        return f"{len(registry.listed()):,}"

    @env.macro
    @_checked
    def service_count() -> str:
        return f"{len(registry.services_in_use()):,}"

    @env.macro
    @_checked
    def platform_count() -> str:
        return f"{len(registry.platforms_in_use()):,}"

    # ---- contacts from the organisation file ----

    @env.macro
    @_checked
    def contact(key: str) -> str:
        """A contact route inline. Usage: {{ contact("comms") }}"""
        return renderer.contact(key, lang())

    @env.macro
    @_checked
    def changes_list() -> str:
        """Every recorded policy change, newest first. Usage: {{ changes_list() }}"""
        return _placeholder(renderer.changes(_changes, lang()))

    @env.macro
    @_checked
    def escalation_contacts() -> str:
        """A table of every contact route. Usage: {{ escalation_contacts() }}"""
        return _placeholder(renderer.contacts_table(lang()))


def on_pre_page_macros(env: Any) -> None:
    """Give the page template its review banner: owner, dates and whether it is overdue."""
    review = _reviews.get(env.page.file.src_uri)
    if review:
        lang = _page_language(env)
        env.page.meta["review"] = banner = review.banner(lang, build_date())
        # The git-revision-date plugin has already run; show its date in the UK style.
        updated = env.page.meta.get("git_revision_date_localized_raw_iso_date")
        banner["updated"] = format_date(date.fromisoformat(updated), lang) if updated else None


def on_post_build(env: Any) -> None:
    """Write the stylesheet with the council's colours (listed in mkdocs.yml's extra_css)."""
    handbook = load_handbook(_root(env), Path(env.conf["docs_dir"]), today=build_date())  # cached
    target = Path(env.conf["site_dir"]) / "assets" / "stylesheets" / "organisation.css"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(handbook.renderer.organisation_css(), encoding="utf-8")
    # The Atom feed of changes, one per language (i18n builds Welsh into site/cy/).
    lang = _build_language(env)
    feed = atom_feed(_changes, site_url=handbook.organisation.site_url, lang=lang,
                     title=env.conf["site_name"], author=handbook.organisation.name_cy if lang == "cy"
                     else handbook.organisation.name)
    folder = Path(env.conf["site_dir"]) / ("cy" if lang == "cy" else "")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "changes.xml").write_bytes(feed)
    # The printable handbooks and the search index need every language's pages: made after the last one.
    i18n = env.conf["plugins"].get("i18n")
    languages = list(getattr(i18n, "build_languages", ["en"]))
    if lang == languages[-1]:
        from .outputs.search_index import build_search_index

        build_search_index(Path(env.conf["site_dir"]), _root(env) / "language" / "search-synonyms.yml")
    if lang == languages[-1] and os.environ.get("HANDBOOK_PDF", "true").lower() != "false":
        from .print_book import build_pdfs
        from .print_settings import book_settings, nav_slugs, release_version

        build_pdfs(Path(env.conf["site_dir"]), nav_slugs(env.conf["nav"]),
                   book_settings(handbook.organisation, release_version(_root(env))), built_on=build_date())
