"""Staff in a hurry, on a phone (issue 20), as far as the built HTML shows it: the check one tap
from every page, light pages, no diagram library, long pages with a "Jump to" list, and help one
tap away. What needs a browser (screens, the search box, console errors) is in tests/browser."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urljoin

import pytest
from lxml import html as lxml_html

from macros.render.tables import MIN_COLUMNS
from tools.page_weight import LIMIT_BYTES, asset_bytes, assets
from tools.sitebuild import Build

JUMP_PAGES = ("abuse-response-plan", "using-social-media", "running-an-account", "faqs")


def content_pages(site: Build) -> list[str]:
    """Every page a reader can open ('' is the home page), redirects left out."""
    pages = []
    for path in sorted(site.site.rglob("index.html")):
        relative = path.parent.relative_to(site.site).as_posix()
        if relative.split("/")[0] in ("assets", "pagefind", "pagefind-accounts", "lookup", "search"):
            continue
        if b"md-content__inner" in path.read_bytes():
            pages.append("" if relative == "." else relative + "/")
    return pages


def test_the_check_is_in_the_navigation_of_every_page(site: Build) -> None:
    pages = content_pages(site)
    assert len(pages) > 40
    for page in pages:
        nav = site.page(page).select_one("nav.md-nav--primary")
        links = {urljoin(f"https://site.example/{page}", a["href"]) for a in nav.select("a[href]")}
        assert links & {"https://site.example/check/", "https://site.example/cy/check/"}, page


def test_help_is_linked_from_every_pages_header(site: Build) -> None:
    for page in content_pages(site):
        link = site.page(page).select_one(".md-header .handbook-header-link")
        assert link is not None and link["href"].endswith(("/contact-now/", "/cy/contact-now/")), page
    contacts = site.page("contact-now/").select(".handbook-contact-card")
    assert len(contacts) >= 5
    assert any(a["href"] == "tel:999" for a in site.page("contact-now/").select(".handbook-contact-card a"))


def test_the_home_page_routes_to_the_check(site: Build) -> None:
    for home in ("", "cy/"):
        routes = site.page(home).find(id="quick-routes").find_next("ul")
        assert any(a["href"].rstrip("/").endswith("check") for a in routes.select("a[href]")), home


@pytest.mark.parametrize("page", ["scenarios/fake-account/", "abuse-response-plan/"])
def test_the_fake_account_answers_link_the_check(site: Build, page: str) -> None:
    for prefix in ("", "cy/"):
        links = [a["href"] for a in site.page(prefix + page).select("article a[href]")]
        assert any(href.rstrip("/").endswith("check") for href in links), prefix + page


def test_no_page_downloads_more_than_its_share_of_css_and_javascript(site: Build) -> None:
    heaviest = max((asset_bytes(site.site, page), page) for page in content_pages(site))
    assert heaviest[0] <= LIMIT_BYTES, heaviest
    for page in content_pages(site):
        for path in assets(site.site, page):
            assert path.stat().st_size <= LIMIT_BYTES, (page, path.name)  # no one script over 150 KB either


def test_the_weight_check_would_catch_a_diagram_library(site: Build, tmp_path: Path) -> None:  # negative control
    page = tmp_path / "page"
    page.mkdir()
    (page / "index.html").write_text('<script src="big.js"></script>', encoding="utf-8")
    (page / "big.js").write_bytes(os.urandom(200_000))  # 200 KB that does not compress
    assert asset_bytes(tmp_path, "page/") > LIMIT_BYTES



def wide_tables(html: str) -> list:
    """The tables in a page's article with MIN_COLUMNS or more columns (XPath on lxml: this reads
    every page of the site)."""
    if "<table" not in html:
        return []
    tables = lxml_html.document_fromstring(html).xpath("//article//table")
    return [table for table in tables if len(table.xpath("./thead/tr[1]/th")) >= MIN_COLUMNS]


def unlabelled_cells(html: str) -> list[str]:
    """Cells of wide tables that do not name their column: on a phone such a table scrolls
    sideways instead of stacking into cards."""
    return [" ".join(cell.text_content().split())[:40] for table in wide_tables(html)
            for cell in table.xpath("./tbody/tr/td") if not cell.get("data-label")]


def test_every_wide_table_stacks_on_a_phone(site: Build) -> None:
    # Markdown's own tables are labelled by the build (render/tables.py), listings by their templates.
    wide = 0
    for page in content_pages(site):
        html = site.html(page)
        wide += len(wide_tables(html))
        assert not unlabelled_cells(html), (page, unlabelled_cells(html)[:3])
    assert wide > 20  # both kinds: the triage table and every listing
    plain = ("<article><table><thead><tr><th>A</th><th>B</th><th>C</th></tr></thead>"
             "<tbody><tr><td>1</td><td>2</td><td>3</td></tr></tbody></table></article>")
    assert unlabelled_cells(plain) == ["1", "2", "3"]  # negative control

def test_no_page_loads_a_diagram_library(site: Build) -> None:
    for page in content_pages(site):
        assert "mermaid" not in site.html(page).lower(), page


@pytest.mark.parametrize("slug", JUMP_PAGES)
def test_long_pages_list_their_main_questions_under_the_title(site: Build, slug: str) -> None:
    for prefix in ("", "cy/"):
        page = site.page(prefix + slug + "/")
        jump = page.select_one("article .handbook-jump")
        assert jump is not None and jump.find_previous("h1") is not None, prefix + slug
        targets = [a["href"].removeprefix("#") for a in jump.select("a[href^='#']")]
        assert 2 <= len(targets) <= 8
        assert all(page.find(id=target) for target in targets)  # every link lands on a heading
    assert site.page("accounts/").select_one(".handbook-jump") is None  # negative control: short pages have none


def test_the_threatened_section_comes_first_on_the_abuse_plan(site: Build) -> None:
    for prefix in ("", "cy/"):
        headings = [h2["id"] for h2 in site.page(prefix + "abuse-response-plan/").select("article h2[id]")]
        assert headings[:2] == ["escalation", "staff-targeted"], headings


def test_every_reply_template_can_be_copied(site: Build) -> None:
    page = site.page("abuse-response-plan/")
    assert len(page.select("article blockquote")) >= 6  # the templates handbook.js adds a Copy button to
    words = page.select_one("[data-handbook-copy]")
    assert words["data-copy"] == "Copy" and site.page("cy/abuse-response-plan/").select_one(
        "[data-handbook-copy]")["data-copy"] == "Copïo"


def test_a_404_page_in_each_language(site: Build) -> None:
    root = (site.site / "404.html").read_text(encoding="utf-8")
    cy = (site.site / "cy" / "404.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in root and '<html lang="cy"' in cy
    assert root.index("Page not found") < root.index("Heb ddod o hyd")  # its own language first
    assert cy.index("Heb ddod o hyd") < cy.index("Page not found")
