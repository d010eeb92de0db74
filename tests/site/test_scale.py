"""A national-size registry (10,000 generated accounts) builds, every account is reachable from
the directory, and no page grows with the registry. No timing here: benchmarks/ measures time."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urljoin

import pytest
from lxml import html as lxml_html
from lxml.html import HtmlElement

from benchmarks.generate_registry import generate
from macros.core.handbook import load as load_handbook
from tools.sitebuild import build, copy_project

COUNT = 10_000
MAX_PAGE_BYTES = 300 * 1024


# XPath on lxml, not CSS on BeautifulSoup: the test reads 440 service pages, and this is ten times quicker.
def under(heading_id: str) -> str:
    """The blocks after the heading `heading_id` (CSS: #id ~ div)."""
    return f"//*[@id='{heading_id}']/following-sibling::div"


def with_class(name: str) -> str:
    return f"[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]"


OPEN_LINKS = under("open") + "//*" + with_class("handbook-listing") + \
    "//a[contains(concat(' ', normalize-space(@rel), ' '), ' noopener ')]"
CLOSED_HANDLES = under("closed") + "//*" + with_class("handbook-handle")
SERVICES_TABLE_LINKS = "//*[@id='handbook-services']//tbody//a"
CLOSED_TABLE_LINKS = under("closed") + "//table//a"
JSON_LD = "//script[@type='application/ld+json']"


def parse(path: Path) -> HtmlElement:
    return lxml_html.document_fromstring(path.read_bytes())


def linked_pages(site: Path, page: str, xpath: str) -> list[str]:
    """Site paths ('accounts/service-001/') of the links `xpath` finds on `page`."""
    base = f"http://site/{page}"
    return [urljoin(base, a.get("href")).removeprefix("http://site/").partition("#")[0]
            for a in parse(site / page / "index.html").xpath(xpath)]


def json_ld(path: Path) -> dict:
    return json.loads(parse(path).xpath(JSON_LD)[0].text)


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
        for page in linked_pages(site, f"{prefix}accounts/", SERVICES_TABLE_LINKS):
            for link in parse(site / page / "index.html").xpath(OPEN_LINKS):
                found.setdefault(page, set()).add(link.get("href"))
        assert set().union(*found.values()) == {account.url for account in registry.listed()}
        # Every closed account: from the closed list (by service) to the service page's closed section.
        closed = set()
        for page in linked_pages(site, f"{prefix}accounts/", CLOSED_TABLE_LINKS):
            closed |= {span.text_content() for span in parse(site / page / "index.html").xpath(CLOSED_HANDLES)}
        assert closed == {account.display_handle for account in registry.archived()}

    accounts_page = (site / "accounts" / "index.html").read_text(encoding="utf-8")
    assert f"We run {len(registry.listed()):,} accounts" in accounts_page
    # The home page names each service; each service page names its own active accounts.
    home = json_ld(site / "index.html")
    assert "sameAs" not in home and len(home["subOrganization"]) == len(registry.services_in_use())
    same_as: set[str] = set()
    for service in home["subOrganization"]:
        page = service["url"].removeprefix("https://handbook.example.org/")
        same_as |= set(json_ld(site / page / "index.html")["sameAs"])
    assert same_as == {account.url for account in registry.active()}
    # The check's download stays small: everything but one shard of details and one of names.
    lookup = site / "lookup"
    needed = sum((lookup / name).stat().st_size for name in ("rules.json", "index.json", "records-0.json",
                                                             "names-0.json"))
    assert needed < 500 * 1024, needed
