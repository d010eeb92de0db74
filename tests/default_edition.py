"""Facts about the default edition (the sample Monmouthshire data), kept in one place.

Every other test derives what it expects from the loaded data, so it holds for any council's
edition. A test that checks one of these facts is marked `@default_only` and is skipped when the
edition under test is another council's (a fork, or HANDBOOK_EDITION).
"""

from __future__ import annotations

import pytest

from tests.edition import edition

NAME = "Monmouthshire County Council"
NAME_CY = "Cyngor Sir Fynwy"
EMAIL_DOMAIN = "monmouthshire.gov.uk"
REPO_URL = "https://github.com/example-council/social-media-handbook"
SITE_URL = "https://handbook.example.org/"
COMMS_EMAIL = "communications@monmouthshire.gov.uk"
# A sample account the unit tests look up.
SAMPLE_ACCOUNT = ("instagram", "monlibraries")
# The sample registry is large and varied on purpose: at least this many open accounts, with
# closed, dormant and Welsh-only ones among them.
MINIMUM_ACCOUNTS = 25


def is_default() -> bool:
    organisation = edition().organisation
    return organisation.name == NAME and organisation.email_domain == EMAIL_DOMAIN


default_only = pytest.mark.skipif(not is_default(), reason="a fact about the default edition's sample data")
