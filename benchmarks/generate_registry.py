"""Write a generated registry of N accounts (default 10,000) for scale tests and benchmarks.

Usage: python benchmarks/generate_registry.py OUT_ACCOUNTS_FOLDER [N] [--verified]
Accounts are spread over 100 services and every platform; about a tenth are Welsh-only and
a twentieth archived. Handles are unique and valid for their platform.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

PLATFORM_HANDLES = {
    "x": "ac{n}", "facebook": "account.{n}", "instagram": "account_{n}", "youtube": "account{n}",
    "linkedin": "account-{n}", "tiktok": "account_{n}", "threads": "account_{n}",
    "bluesky": "account{n}.bsky.social", "mastodon": "account{n}@mastodon.social",
    "flickr": "account{n}", "whatsapp": "0029Va{n:018d}",
}
SERVICES = 100


def email_domain(folder: Path) -> str:
    """The edition's own email domain (from data/organisation.yml beside the accounts folder), so
    the generated service contacts pass the contact check in any council's copy."""
    organisation = folder.parent / "organisation.yml"
    if organisation.is_file():
        return str(yaml.safe_load(organisation.read_text(encoding="utf-8"))["email_domain"])
    return "example.gov.uk"


def generate(folder: Path, count: int, verified: bool = False) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    domain = email_domain(folder)
    platforms = list(PLATFORM_HANDLES)
    per_service: dict[int, list[str]] = {index: [] for index in range(SERVICES)}
    for n in range(count):
        platform = platforms[n % len(platforms)]
        language = "cy" if n % 10 == 0 else ("en" if n % 3 == 0 else "bilingual")
        archived = n % 20 == 7
        lines = [
            f"  - platform: {platform}",
            f"    handle: \"{PLATFORM_HANDLES[platform].format(n=n)}\"",
            f"    display_name: Generated account {n}",
            f"    purpose: Generated account number {n} for the scale test.",
            f"    language: {language}",
            f"    status: {'archived' if archived else 'active'}",
            "    opened: 2020-01-01",
        ]
        if archived:
            lines.append("    closed: 2024-01-01")
        if language == "en":
            lines.append("    language_reason: Generated English-only account for the scale test.")
        if verified:
            lines.append("    last_verified: 2025-06-01")
        per_service[n % SERVICES].append("\n".join(lines))
    for index, entries in per_service.items():
        # The communications team runs them all: a team the organisation file names in Welsh.
        text = (f"service:\n  name: Service {index}\n  name_cy: Gwasanaeth {index}\n"
                f"  team: Communications team\n  contact: service{index}@{domain}\n"
                "accounts:\n" + ("\n".join(entries) if entries else "  []") + "\n")
        (folder / f"service-{index:03d}.yml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    generate(Path(args[0]), int(args[1]) if len(args) > 1 else 10_000, "--verified" in sys.argv)
