"""The directory that stays light at any size: services with counts, one page per service, and the check.

Every service has its own page (SERVICE_FOLDER/<slug>/). While a list is short (LISTING_LIMIT
accounts) the accounts page shows it in full, grouped by service, as a council's own registry
is; once it is longer, the page lists services with their counts and a filter instead, and the
Welsh-only and closed lists go by service the same way, so no page grows with the registry. Links are relative (`*_href`), so the same
HTML works under / and /cy/ and from any folder.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from babel.dates import get_month_names

from ..core.accounts import Account, Language, Service, Status
from ..core.history import FEED_FILE
from ..core.i18n import BABEL_LOCALES, place_names, translate, words
from ..core.organisation import Organisation
from ..core.platform_table import PLATFORMS
from ..core.registry import group_by_service
from .listings import Renderer

LISTING_LIMIT = 100  # longer Welsh-only or closed lists are shown by service


def check_words(organisation: Organisation, lang: str) -> dict[str, object]:
    """The words the check's answers are made of, in one language: the check page carries them, and
    the search dialog fetches them (lookup/words-<lang>.json) to give the same answer in the same words."""
    comms = organisation.contacts["comms"]
    found = words(lang, "check.")
    # The answers link the comms route's name: the words before it ("i'r ", "to the ") go into the message.
    for key in ("lookalike.advice", "unknown.body"):
        found[key], name = place_names(found[key], lang, {"contact": comms}, keep=frozenset({"contact"}))
    return found | {"months": list(get_month_names("wide", locale=BABEL_LOCALES[lang]).values()),
                    "platforms": {platform.key: platform.label(lang) for platform in PLATFORMS.values()},
                    "comms_name": name["contact"],
                    "comms_href": f"mailto:{comms.email}" if comms.email else (comms.url or ""),
                    "comms_address": comms.email or (comms.url or "").removeprefix("https://")}


@dataclass(frozen=True)
class ServiceRow:
    service: Service
    open: int
    welsh: int
    closed: int

    def __getitem__(self, column: str) -> int:
        return getattr(self, column)


class DirectoryRenderer(Renderer):
    """Renderer, plus the directory, the service pages, the check and the open data links."""

    @functools.cached_property
    def _rows(self) -> list[ServiceRow]:
        counts = {slug: [0, 0, 0] for slug in self.registry.services}
        for account in self.registry.accounts:
            row = counts[account.service.slug]
            if account.status is Status.ARCHIVED:
                row[2] += 1
            else:
                row[0] += 1
                row[1] += account.language is Language.CY
        return [ServiceRow(self.registry.services[slug], *numbers) for slug, numbers in counts.items()
                if any(numbers)]

    def rows(self) -> list[ServiceRow]:
        """Every service with at least one account, with its counts."""
        return self._rows

    def services(self, lang: str, service_href: str) -> str:
        listed = self.registry.listed()
        if len(listed) <= LISTING_LIMIT:
            return self._render("accounts_directory.html", lang, groups=group_by_service(listed),
                                service_href=service_href, notice=self._notice_counts(listed), health=self.health)
        return self._render("services_directory.html", lang, rows=self.rows(), service_href=service_href,
                            columns=("open", "welsh", "closed"), anchor="",
                            caption=translate("directory.caption", lang),
                            notice=self._notice_counts(self.registry.listed()))

    def welsh_only(self, lang: str, service_href: str) -> str:
        accounts = self.registry.by_language(Language.CY.value)
        if len(accounts) <= LISTING_LIMIT:
            return self.table(accounts, lang)
        return self._render("services_table.html", lang, rows=[r for r in self.rows() if r.welsh],
                            service_href=service_href, columns=("welsh",), anchor="#open",
                            caption=translate("directory.welsh_caption", lang))

    def closed_by_size(self, lang: str, service_href: str) -> str:
        if len(self.registry.archived()) <= LISTING_LIMIT:
            return self.closed(lang)
        return self._render("services_table.html", lang, rows=[r for r in self.rows() if r.closed],
                            service_href=service_href, columns=("closed",), anchor="#closed",
                            caption=translate("directory.closed_caption", lang))

    def service_page(self, slug: str, lang: str, back_href: str, json_ld: dict[str, object]) -> str:
        accounts = self.registry.by_service(slug)  # raises on an unknown service
        archived = self.registry.archived_in(slug)
        service = self.registry.services[slug]
        return self._render("service_page.html", lang, service=service, listed=accounts,
                            archived=archived, back_href=back_href,
                            json_ld=json_ld, health=self.health, rel_me=True,
                            notice=self._notice_counts(accounts))

    def check(self, lang: str, lookup_href: str, service_href: str) -> str:
        return self._render("account_check.html", lang, lookup_href=lookup_href, service_href=service_href,
                            words=check_words(self.organisation, lang))

    def reuse(self, lang: str, root_href: str) -> str:
        before, _, after = translate("reuse.body", lang, licence="\0").partition("\0")
        feed_href = f"{root_href}{'cy/' if lang == 'cy' else ''}{FEED_FILE}"
        return self._render("reuse_data.html", lang, licence=self.organisation.data_licence,
                            root_href=root_href, feed_href=feed_href, before=before, after=after)
