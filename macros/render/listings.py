"""Render registry listings and contacts to HTML through the Jinja templates beside this file.

HTML is written straight out (no Markdown tables), so a listing costs time in proportion to its
length. Every value from the data files is escaped by Jinja's autoescape. Nothing here knows
which generator places the HTML in a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import escape

from ..core.accounts import Account
from ..core.activity import HealthView
from ..core.colours import TAB_TEXT_OPACITY, dark_scheme_tint
from ..core.i18n import count_phrase, format_date, translate
from ..core.organisation import Contact, Organisation
from ..core.pages import Change
from ..core.registry import Registry, group_by_service
from .text import between_tokens

TEMPLATES = Path(__file__).parent / "templates"


class Renderer:
    """Turns registry queries into HTML fragments for one page language at a time."""

    def __init__(self, registry: Registry, organisation: Organisation, templates: Path = TEMPLATES,
                 health: HealthView | None = None):
        self.registry = registry
        self.organisation = organisation
        self.health = health  # the activity snapshot, shown on the directory and the service pages
        self.env = Environment(
            loader=FileSystemLoader(templates),
            autoescape=select_autoescape(default=True, default_for_string=True),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["long_date"] = format_date
        self.env.filters["between_tokens"] = between_tokens  # handles wrap between parts, never mid-word
        # Words a table repeats in every row, escaped once: Jinja passes escaped text through as it is.
        self.env.filters["escaped_values"] = lambda words: {key: escape(value) for key, value in words.items()}

    def _render(self, template: str, lang: str, **context: object) -> str:
        def t(key: str, **values: object) -> str:
            return translate(key, lang, **values)

        # Teams and the comms route go into messages as names, so each reads right after its word.
        return self.env.get_template(template).render(lang=lang, t=t, team=self.organisation.named_team,
                                                      comms=self.organisation.contacts["comms"], **context).strip()

    # ---- listings -------------------------------------------------------------------------

    def table(self, accounts: Sequence[Account], lang: str, *, show_service: bool = True,
              caption: str = "") -> str:
        return self._render("accounts_table.html", lang, accounts=accounts, show_service=show_service,
                            caption=caption, notice=self._notice_counts(accounts))

    def directory(self, lang: str) -> str:
        listed = self.registry.listed()
        return self._render("accounts_directory.html", lang, groups=group_by_service(listed),
                            notice=self._notice_counts(listed))

    def closed(self, lang: str) -> str:
        return self._render("closed_accounts.html", lang, accounts=self.registry.archived())

    def card(self, account: Account, lang: str) -> str:
        return self._render("account_card.html", lang, account=account,
                            notice=self._notice_counts([account]))

    def platform_counts(self, lang: str) -> str:
        rows = [(platform.label(lang), len(self.registry.by_platform(platform.key)))
                for platform in self.registry.platforms_in_use()]
        return self._render("counts_table.html", lang, rows=rows, heading=translate("platform", lang),
                            total=len(self.registry.listed()))

    def verification_notice(self, lang: str) -> str:
        return self._render("verification_notice.html", lang, notice=self._notice_counts(self.registry.listed()))

    def _notice_counts(self, accounts: Sequence[Account]) -> dict[str, int] | None:
        open_accounts = [account for account in accounts if account.status.value == "active"]
        unverified = sum(1 for account in open_accounts if not account.verified)
        return {"unverified": unverified, "total": len(open_accounts)} if unverified else None

    # ---- sentences and contacts --------------------------------------------------------------

    def summary(self, lang: str) -> str:
        registry = self.registry
        return translate("summary", lang,
                         accounts=count_phrase("accounts", len(registry.listed()), lang),
                         services=count_phrase("services", len(registry.services_in_use()), lang),
                         platforms=count_phrase("platforms", len(registry.platforms_in_use()), lang))

    def contact(self, contact: Contact, lang: str, after: str | None = None) -> str:
        return self._render("contact.html", lang, contact=contact, phrase=contact.phrase(lang, after))

    def contact_card(self, contact: Contact, lang: str) -> str:
        return self._render("contact_card.html", lang, contact=contact)

    def contacts_table(self, lang: str) -> str:
        return self._render("contacts_table.html", lang, contacts=self.organisation.contacts.values(),
                            samples=self.organisation.contacts_are_samples)

    def changes(self, changes: Sequence[Change], lang: str) -> str:
        return self._render("changes_list.html", lang, changes=changes)

    def organisation_css(self) -> str:
        colours = self.organisation.colours
        dark = {"primary": dark_scheme_tint(colours.primary), "accent": dark_scheme_tint(colours.accent)}
        return self.env.get_template("organisation.css").render(colours=colours, dark=dark,
                                                                 tab_opacity=f"{TAB_TEXT_OPACITY:g}")

