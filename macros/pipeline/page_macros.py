"""The macros pages call, each one line in Markdown ({{ accounts_table(service="libraries") }}).

They ask the registry and the renderer. The generator gives them the page being rendered through
a `PageContext`: its language, links relative to it, and a way to put HTML into the page after
Markdown has run (so Markdown never re-reads a long listing). Nothing here knows which generator
renders the page: macros/adapters/ registers these with mkdocs-macros.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Protocol

from ..core.i18n import translate
from ..core.policy import CONTACT_KEYS, check_key
from ..core.problems import UnknownValueError
from ..outputs.open_data import service_json_ld
from ..render.text import plain_text
from .prepare import Prepared

MACRO_NAMES = frozenset({
    "accounts_directory", "accounts_table", "example_accounts", "closed_accounts", "account_card",
    "verification_notice", "counts_by_platform", "accounts_summary", "account_count", "service_count",
    "platform_count", "contact", "council", "changes_list", "escalation_contacts", "org",
    "account_check", "service_accounts", "reuse_data", "policy", "contact_card",
})


class PageContext(Protocol):
    """The page a macro is called from, as the generator knows it."""

    def language(self) -> str: ...  # the language of the page being rendered

    def href(self, path: str, site_root: bool = False) -> str: ...  # a link from the page to `path`

    def block(self, html: str) -> str: ...  # HTML that becomes a block of the page, after Markdown

    def inline(self, html: str) -> str: ...  # HTML that goes into a sentence, after Markdown


class MacroUsageError(Exception):
    """A page called a macro wrongly: an unknown service, platform, contact or argument."""


def _checked(macro: Callable[..., str]) -> Callable[..., str]:
    """Turn a wrong call into MacroUsageError, which is reported as file:line without a traceback."""

    @functools.wraps(macro)
    def call(*args: Any, **kwargs: Any) -> str:
        try:
            return macro(*args, **kwargs)
        except (UnknownValueError, TypeError, ValueError) as error:
            message = str(error).replace(f"{macro.__qualname__}()", f"{macro.__name__}()")
            raise MacroUsageError(f"{macro.__name__}: {message}. See the macro list in README.md.") from None

    return call


def page_macros(prepared: Prepared, page: PageContext) -> dict[str, Callable[..., str]]:
    """Every macro, by name, for pages rendered in this build; `page` is the page being rendered."""
    registry, renderer, organisation = prepared.handbook.registry, prepared.renderer, prepared.handbook.organisation
    lang, block, inline, href = page.language, page.block, page.inline, page.href
    macros: dict[str, Callable[..., str]] = {}

    def macro(function: Callable[..., str]) -> Callable[..., str]:
        assert function.__name__ in MACRO_NAMES, function.__name__
        macros[function.__name__] = _checked(function)
        return function

    # ---- listings ----

    @macro
    def accounts_directory() -> str:
        """Every service with its counts and a filter, linking to each service's page.
        Usage: {{ accounts_directory() }}"""
        return block(renderer.services(lang(), href("accounts/")))

    @macro
    def service_accounts(service: str) -> str:
        """One service's open and closed accounts: the body of its generated page.
        Usage: {{ service_accounts("libraries") }}"""
        accounts = registry.by_service(service)
        name = registry.services[service].label(lang())
        return block(renderer.service_page(service, lang(), href("accounts/"),
                                           service_json_ld(accounts, organisation, name)))

    @macro
    def account_check() -> str:
        """The "is this account ours?" check. Usage: {{ account_check() }}"""
        return block(renderer.check(lang(), href("lookup/", site_root=True), href("accounts/")))

    @macro
    def reuse_data() -> str:
        """Links to accounts.json, accounts.csv and the JSON Schema, with the licence. Usage: {{ reuse_data() }}"""
        return block(renderer.reuse(lang(), href("", site_root=True)))

    @macro
    def accounts_table(service: str | None = None, platform: str | None = None, language: str | None = None) -> str:
        """Open accounts filtered by one of service, platform or language.
        Usage: {{ accounts_table(platform="instagram") }}, {{ accounts_table(language="cy") }}"""
        chosen = [name for name, value in (("service", service), ("platform", platform),
                                           ("language", language)) if value is not None]
        if len(chosen) > 1:
            raise ValueError("accounts_table takes one of service, platform or language, not " + " and ".join(chosen))
        if service is not None:
            return block(renderer.table(registry.by_service(service), lang(), show_service=False))
        if platform is not None:
            accounts = registry.by_platform(platform)
        elif language == "cy":
            return block(renderer.welsh_only(lang(), href("accounts/")))  # by service once it is long
        elif language is not None:
            accounts = registry.by_language(language)
        else:
            accounts = registry.listed()
        return block(renderer.table(accounts, lang()))

    @macro
    def example_accounts() -> str:
        """One service's accounts as an example, from the registry: the service named by
        example_service in data/organisation.yml, or the one with most accounts.
        Usage: {{ example_accounts() }}"""
        service = registry.example_service(organisation.example_service)
        caption = translate("example.caption", lang(), service=service.label(lang()))
        return block(renderer.table(registry.by_service(service.slug), lang(), show_service=False, caption=caption))

    @macro
    def closed_accounts() -> str:
        """Archived accounts. Usage: {{ closed_accounts() }}"""
        return block(renderer.closed_by_size(lang(), href("accounts/")))

    @macro
    def account_card(platform: str, handle: str) -> str:
        """One account. Usage: {{ account_card("instagram", "yourcouncil") }}"""
        return block(renderer.card(registry.find(platform, handle), lang()))

    @macro
    def verification_notice() -> str:
        """The 'not checked yet' notice, shown while any open account is unverified."""
        return block(renderer.verification_notice(lang()))

    # ---- numbers and sentences ----

    @macro
    def counts_by_platform() -> str:
        """A table of how many open accounts are on each platform. Usage: {{ counts_by_platform() }}"""
        return block(renderer.platform_counts(lang()))

    @macro
    def accounts_summary() -> str:
        """A sentence such as 'We run 28 accounts across 10 services on 8 platforms.'"""
        return renderer.summary(lang())

    @macro
    def account_count() -> str:
        return f"{len(registry.listed()):,}"

    @macro
    def service_count() -> str:
        return f"{len(registry.services_in_use()):,}"

    @macro
    def platform_count() -> str:
        return f"{len(registry.platforms_in_use()):,}"

    # ---- contacts and changes ----

    @macro
    def contact(key: str, after: str | None = None) -> str:
        """A contact route inline, read after the word `after` where grammar needs it.
        Usage: {{ contact("comms") }}, {{ contact("comms", "tell") }}, {{ contact("comms", "i") }}"""
        return inline(renderer.contact(organisation.contact(key), lang(), after))

    @macro
    def contact_card(key: str) -> str:
        """A contact route as a card with a button for each way to reach it. Usage: {{ contact_card("emergency") }}"""
        return block(renderer.contact_card(organisation.contact(key), lang()))

    @macro
    def policy(key: str, after: str | None = None) -> str:
        """A rule the council sets in the policy: section of data/organisation.yml, as a sentence needs it:
        "3 months", or a contact's name for a key naming a contact route.
        Usage: {{ policy("block_review_months") }}, {{ policy("new_account_approver", "gan") }}"""
        check_key(key)
        rules = organisation.policy
        if key in CONTACT_KEYS:
            return plain_text(organisation.contact(getattr(rules, key)).phrase(lang(), after))
        return plain_text(rules.months(key, lang()))

    @macro
    def council(after: str | None = None) -> str:
        """The council's name, mutated after a Welsh trigger word. Usage: {{ council() }}, {{ council("i") }}"""
        return plain_text(organisation.council_phrase(lang(), after))

    @macro
    def changes_list() -> str:
        """Every recorded policy change, newest first. Usage: {{ changes_list() }}"""
        return block(renderer.changes(prepared.handbook.changes, lang()))

    @macro
    def escalation_contacts() -> str:
        """A table of every contact route. Usage: {{ escalation_contacts() }}"""
        return block(renderer.contacts_table(lang()))

    return macros
