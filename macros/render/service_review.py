"""The owner and review line of a generated service page, in the page's language.

A written page takes these from its front matter; a service page has none, so its owner is the
service's team and it is as current as the least recently checked of its open accounts
(core/activity.py). The words are the ones every page uses (core/i18n.py).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from markupsafe import Markup, escape

from ..core.accounts import Account, Service
from ..core.activity import service_review
from ..core.i18n import format_date, translate
from ..core.organisation import Organisation


def service_review_meta(organisation: Organisation, service: Service, accounts: list[Account], today: date,
                        lang: str) -> dict[str, Any]:
    """What partials/review-status.html reads from page.meta.review."""
    review = service_review(service.team, accounts, organisation.account_health)
    owner = organisation.named_team(service.team)  # placed by the word before it: "by the...", "gan y Tîm..."
    if review.reviewed is None or review.due is None:
        key = "review.service_unchecked" if review.open_accounts else "review.service_closed"
        line = translate(key, lang, owner=owner)
    else:
        line = translate("review.line", lang, reviewed=format_date(review.reviewed, lang), owner=owner,
                         due=format_date(review.due, lang))
    due = format_date(review.due, lang) if review.due else ""
    return {"overdue": review.overdue(today), "overdue_title": translate("review.overdue.title", lang),
            "overdue_body": Markup(escape(translate("review.overdue.body", lang, due=due, owner=owner))),
            "line": Markup(escape(line)), "updated": None}
