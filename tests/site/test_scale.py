"""A national-size registry (10,000 generated accounts) builds, every account is reachable from
the directory, and no page grows with the registry. No timing here: benchmarks/ measures time."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup

from benchmarks.generate_registry import generate
from macros.core.handbook import load as load_handbook
from tools.sitebuild import build, copy_project

COUNT = 10_000
MAX_PAGE_BYTES = 300 * 1024


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def linked_pages(site: Path, page: str, selector: str) -> list[str]:
    """Site paths ('accounts/service-001/') of the links `selector` finds on `page`."""
    base = f"http://site/{page}"
    return [urljoin(base, a["href"]).removeprefix("http://site/").partition("#")[0]
            for a in soup(site / page / "index.html").select(selector)]


@pytest.mark.slow
def test_ten_thousand_accounts_are_all_reachable_and_no_page_is_heavy(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    generate(project / "data" / "accounts", COUNT)
    registry = load_handbook(project).registry
    assert len(registry.accounts) >= COUNT

    result = build(project, pdf=True)  # the whole build, printed handbooks included
    assert result.returncode == 0, result.output[-3000:]
    site = result.site
    assert (site / "handbook.pdf").is_file() and (site / "cy" / "llawlyfr.pdf").is_file()

    heavy = {str(path.relative_to(site)): path.stat().st_size for path in site.rglob("*.html")
             if path.stat().st_size > MAX_PAGE_BYTES}
    assert not heavy, heavy

    for prefix in ("", "cy/"):
        # Every open account: from the directory's services table to each service's page.
        found: dict[str, set[str]] = {}
        for page in linked_pages(site, f"{prefix}accounts/", "#handbook-services tbody a"):
            for link in soup(site / page / "index.html").select("#open ~ div .handbook-listing a[rel~=noopener]"):
                found.setdefault(page, set()).add(link["href"])
        assert set().union(*found.values()) == {account.url for account in registry.listed()}
        # Every closed account: from the closed list (by service) to the service page's closed section.
        closed = set()
        for page in linked_pages(site, f"{prefix}accounts/", "#closed ~ div table a"):
            closed |= {span.get_text() for span in soup(site / page / "index.html").select("#closed ~ div .handbook-handle")}
        assert closed == {account.display_handle for account in registry.archived()}

    accounts_page = (site / "accounts" / "index.html").read_text(encoding="utf-8")
    assert f"We run {len(registry.listed()):,} accounts" in accounts_page
    # The home page names each service; each service page names its own active accounts.
    home = json.loads(soup(site / "index.html").select_one('script[type="application/ld+json"]').string)
    assert "sameAs" not in home and len(home["subOrganization"]) == len(registry.services_in_use())
    same_as: set[str] = set()
    for service in home["subOrganization"]:
        page = service["url"].removeprefix("https://handbook.example.org/")
        same_as |= set(json.loads(soup(site / page / "index.html").select_one(
            'script[type="application/ld+json"]').string)["sameAs"])
    assert same_as == {account.url for account in registry.active()}
    # The check's download stays small: everything but one shard of details and one of names.
    lookup = site / "lookup"
    needed = sum((lookup / name).stat().st_size for name in ("rules.json", "index.json", "records-0.json",
                                                             "names-0.json"))
    assert needed < 500 * 1024, needed
