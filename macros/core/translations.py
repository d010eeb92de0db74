"""Which Welsh pages are missing, awaiting translation, stale or current.

Each Welsh page (page.cy.md) records in `translation_of` the fingerprint of the English page it
translates: the first 12 hex characters of the SHA-256 of the English page's body (everything
after its front matter). When the English changes, the fingerprints differ and the Welsh page
is stale until a translator updates it and records the new fingerprint. An editor who does not
speak Welsh copies the English page to page.cy.md with `translation_of: pending`.
"""

from __future__ import annotations

import hashlib
import subprocess
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from .pages import Page

PENDING = "pending"


class State(StrEnum):
    MISSING = "missing"
    PENDING = "awaiting translation"
    STALE = "stale"
    CURRENT = "current"


@dataclass(frozen=True)
class Translation:
    english: str  # path inside docs/, such as "faqs.md"
    welsh: str  # "faqs.cy.md"
    state: State
    english_fingerprint: str
    recorded: str | None


def fingerprint(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:12]


def welsh_path(english: str) -> str:
    return english.removesuffix(".md") + ".cy.md"


def is_welsh(path: str) -> bool:
    return path.endswith(".cy.md")


def translations(pages: dict[str, Page]) -> list[Translation]:
    """The state of every English page's Welsh translation, in page order."""
    found = []
    for path, page in sorted(pages.items()):
        if is_welsh(path):
            continue
        current = fingerprint(page.body)
        welsh = pages.get(welsh_path(path))
        recorded = welsh.meta.translation_of if welsh else None
        if welsh is None:
            state = State.MISSING
        elif recorded == PENDING:
            state = State.PENDING
        elif recorded == current:
            state = State.CURRENT
        else:
            state = State.STALE
        found.append(Translation(path, welsh_path(path), state, current, recorded))
    return found


def last_changed(path: Path) -> date | None:
    """The day git last recorded a change to `path`; None outside a git checkout or if uncommitted."""
    try:
        result = subprocess.run(["git", "log", "-1", "--format=%cs", "--", path.name], cwd=path.parent,
                                capture_output=True, text=True, timeout=30, check=True)
        return date.fromisoformat(result.stdout.strip()) if result.stdout.strip() else None
    except (OSError, ValueError, subprocess.SubprocessError):
        return None
