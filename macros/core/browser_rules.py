"""The platform rules the browser's check needs, as plain data: one source of truth.

check-core.js applies these exactly as lookup.py does: hosts and the www./m./mobile. prefixes each
platform accepts, the profile path (as a prefix, so a post's address names its account), letter
case, Mastodon's handle shape, and the confusables table for look-alike folding.
"""

from __future__ import annotations

from typing import Any

from .confusable import browser_table
from .lookup import BARE_ADDRESS, MASTODON, MASTODON_HANDLE, profile_prefix
from .platform_table import PLATFORMS


def js_pattern(pattern: str) -> str:
    """Python's named groups (?P<h>...) are written (?<h>...) in JavaScript."""
    return pattern.replace("(?P<", "(?<")


def browser_rules() -> dict[str, Any]:
    return {
        "platforms": [{
            "key": platform.key,
            "name": platform.name,
            "hosts": list(platform.hosts),
            "prefixes": list(platform.host_prefixes),
            "profile": js_pattern(profile_prefix(platform)),
            "caseInsensitive": platform.case_insensitive,
        } for platform in PLATFORMS.values()],
        "mastodon": MASTODON,
        "bareAddress": BARE_ADDRESS.pattern,
        "mastodonHandle": MASTODON_HANDLE.pattern,
        "confusables": browser_table(),
    }
