"""The rules a council sets for itself, such as how long it keeps messages: the `policy:` section
of the organisation file. Pages show them with {{ policy("key") }}, so a council changes a rule once.

The section is optional. A council that leaves it out, or leaves out a key, gets the handbook's
own values below, so a fork that takes in our changes keeps building; ADOPTING.md asks councils
to set them from their own retention schedule.
"""

from __future__ import annotations

from pydantic import Field

from .i18n import count_phrase
from .problems import UnknownValueError
from .validation import StrictModel

MONTH_KEYS = ("block_review_months", "dormant_review_months", "access_review_months",
              "message_retention_months", "block_log_retention_months", "evidence_retention_months")
CONTACT_KEYS = ("new_account_approver",)


class Policy(StrictModel):
    """Each value with the handbook's default. Months are whole months."""

    # How long a block lasts before someone reviews it.
    block_review_months: int = Field(default=3, ge=1, le=24, strict=True)
    # How long an account may go without a post before the team reviews it with comms.
    dormant_review_months: int = Field(default=3, ge=1, le=24, strict=True)
    # How often a team checks who can get into each account.
    access_review_months: int = Field(default=3, ge=1, le=12, strict=True)
    # How long posts, comments and messages on council accounts are kept.
    message_retention_months: int = Field(default=24, ge=1, le=120, strict=True)
    # How long an entry stays in the block log after the block ends.
    block_log_retention_months: int = Field(default=24, ge=1, le=120, strict=True)
    # How long screenshots and notes about abuse are kept after the matter is closed.
    evidence_retention_months: int = Field(default=12, ge=1, le=120, strict=True)
    # The contact route (a key under contacts:) that approves a new account.
    new_account_approver: str = Field(default="comms", max_length=60)

    def months(self, key: str, lang: str) -> str:
        """'3 months' or '3 mis'."""
        return count_phrase("months", getattr(self, key), lang)


def policy_keys() -> tuple[str, ...]:
    return MONTH_KEYS + CONTACT_KEYS


def check_key(key: str) -> None:
    if key not in policy_keys():
        raise UnknownValueError(f"unknown policy '{key}'. Policies in data/organisation.yml: "
                                + ", ".join(policy_keys()))
