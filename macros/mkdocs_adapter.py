"""Thin adapter between the handbook core and mkdocs-macros / MkDocs. Nothing else imports MkDocs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

from .handbook import Handbook, load_handbook
from .messages import format_date
from .problems import DataError


def _root(env: Any) -> Path:
    return Path(env.conf["config_file_path"]).resolve().parent


def _load(env: Any) -> Handbook:
    try:
        return load_handbook(_root(env), Path(env.conf["docs_dir"]))
    except DataError as error:
        # PluginError makes MkDocs print the report and exit 1, with no traceback.
        raise PluginError(error.report()) from None


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
    env.conf["copyright"] = f"© {organisation.name_cy if build_lang == 'cy' else organisation.name}"
    env.conf["theme"]["logo"] = organisation.logo
    env.conf["theme"]["favicon"] = organisation.logo
    env.conf["extra"]["handbook"] = {
        "council": organisation.name_cy if build_lang == "cy" else organisation.name,
        "contacts_are_samples": organisation.contacts_are_samples,
        "unverified_accounts": len(registry.unverified()),
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
    def accounts_directory() -> str:
        """Every open account, grouped by service. Usage: {{ accounts_directory() }}"""
        return renderer.directory(lang())

    @env.macro
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
            return renderer.table(registry.by_service(service), lang(), show_service=False)
        if platform is not None:
            return renderer.table(registry.by_platform(platform), lang())
        if language is not None:
            return renderer.table(registry.by_language(language), lang())
        return renderer.table(registry.listed(), lang())

    @env.macro
    def closed_accounts() -> str:
        """Archived accounts. Usage: {{ closed_accounts() }}"""
        return renderer.closed(lang())

    @env.macro
    def account_card(platform: str, handle: str) -> str:
        """One account. Usage: {{ account_card("instagram", "monlibraries") }}"""
        return renderer.card(registry.find(platform, handle), lang())

    @env.macro
    def verification_notice() -> str:
        """The 'not checked yet' notice, shown while any open account is unverified."""
        return renderer.verification_notice(lang())

    # ---- numbers and sentences ----

    @env.macro
    def counts_by_platform() -> str:
        """A table of how many open accounts are on each platform. Usage: {{ counts_by_platform() }}"""
        return renderer.platform_counts(lang())

    @env.macro
    def accounts_summary() -> str:
        """A sentence such as 'We run 28 accounts across 10 services on 8 platforms.'"""
        return renderer.summary(lang())

    @env.macro
    def account_count() -> str:
        return f"{len(registry.listed()):,}"

    @env.macro
    def service_count() -> str:
        return f"{len(registry.services_in_use()):,}"

    @env.macro
    def platform_count() -> str:
        return f"{len(registry.platforms_in_use()):,}"

    # ---- contacts from the organisation file ----

    @env.macro
    def contact(key: str) -> str:
        """A contact route inline. Usage: {{ contact("comms") }}"""
        return renderer.contact(key, lang())

    @env.macro
    def escalation_contacts() -> str:
        """A table of every contact route. Usage: {{ escalation_contacts() }}"""
        return renderer.contacts_table(lang())


def on_post_build(env: Any) -> None:
    """Write the stylesheet with the council's colours (listed in mkdocs.yml's extra_css)."""
    handbook = _load(env)
    target = Path(env.conf["site_dir"]) / "assets" / "stylesheets" / "organisation.css"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(handbook.renderer.organisation_css(), encoding="utf-8")
