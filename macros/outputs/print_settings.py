"""What to print: the chapter order from the navigation, and each language's book settings."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from ..core.organisation import Organisation

# Where each language's book is written, inside the built site.
OUTPUTS = {"en": "handbook.pdf", "cy": "cy/llawlyfr.pdf"}


def nav_slugs(nav: Any) -> list[str]:
    """Page slugs in nav order: index.md -> '', faqs.md -> 'faqs', about/index.md -> 'about'."""
    slugs: list[str] = []

    def walk(items: Any) -> None:
        for item in items if isinstance(items, list) else [items]:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            if isinstance(value, list):
                walk(value)
            elif isinstance(value, str) and value.endswith(".md") and "://" not in value:
                slugs.append(value.removesuffix(".md").removesuffix("index").strip("/"))

    walk(nav or [])
    return slugs


def release_version(root: Path) -> str:
    """`git describe` of the checkout, or 'dev' where there is no git history."""
    try:
        result = subprocess.run(["git", "describe", "--always"], cwd=root, capture_output=True, text=True,
                                timeout=30, check=True)
    except (OSError, subprocess.SubprocessError):
        return "dev"
    return result.stdout.strip() or "dev"


def book_settings(organisation: Organisation, version: str) -> dict[str, dict[str, str]]:
    councils = {"en": organisation.name, "cy": organisation.name_cy}
    return {lang: {"title": organisation.handbook_title(lang), "council": councils[lang], "version": version,
                   "out": out, "site_url": organisation.site_url}
            for lang, out in OUTPUTS.items()}
