"""The sources the handbook cites: none is on the withdrawn list, every external address a page
cites is a well-formed https:// address, and every page that rests on the law says when it was
last checked against it, no earlier than the newest entry on the withdrawn list."""

from __future__ import annotations

from datetime import date

import pytest
from bs4 import BeautifulSoup

from macros.core.fields import https_url
from macros.core.i18n import format_date
from macros.core.pages import Page
from macros.core.sources import normalised
from tests.edition import edition
from tests.prose import section
from tools.sitebuild import Build

LAW = "legislation.gov.uk"


def page_urls(site: Build) -> list[str]:
    urls = []
    for path in sorted(site.site.rglob("index.html")):
        relative = path.parent.relative_to(site.site).as_posix()
        if not relative.startswith(("assets", "search")):
            urls.append("" if relative == "." else relative + "/")
    return urls


def external_links(site: Build, url: str, only_sources: bool = False) -> list[str]:
    article = site.page(url).select_one("article")
    if article is None:
        return []
    if only_sources:
        if article.find(id="sources") is None:
            return []
        nodes = section(article, "sources")
        anchors = [a for node in nodes for a in node.select("a[href]")]
    else:
        anchors = article.select("a[href]")
    return [a["href"] for a in anchors if a["href"].startswith(("http://", "https://"))]


def withdrawn() -> dict[str, str]:
    return {normalised(entry.address): entry.title for entry in edition().withdrawn}


def test_the_withdrawn_list_is_loaded() -> None:
    assert edition().withdrawn, "data/withdrawn-sources.yml lists the sources pages must not cite"


def test_no_page_cites_a_withdrawn_source(site: Build) -> None:
    listed = withdrawn()
    urls = page_urls(site)
    assert any(url.startswith("cy/") for url in urls)
    found = [f"/{url}: {href} ({listed[normalised(href)]})" for url in urls
             for href in external_links(site, url) if normalised(href) in listed]
    assert not found, "\n".join(found)


def test_withdrawn_addresses_match_however_they_are_written() -> None:
    # Negative control: the same address with another scheme, host case, slash or fragment matches.
    entry = next(iter(edition().withdrawn))
    variant = entry.address.replace("https://", "http://").replace("www.", "WWW.", 1).rstrip("/") + "/#top"
    assert normalised(variant) in withdrawn()


def test_every_cited_source_is_a_well_formed_https_address(site: Build) -> None:
    problems = []
    for url in page_urls(site):
        for href in external_links(site, url, only_sources=True):
            try:
                https_url(href)
            except ValueError as error:
                problems.append(f"/{url}: {error}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("bad", ["http://www.legislation.gov.uk/ukpga/2000/36", "https://localhost/page",
                                 "https://www.gov.uk/a page", "https://user:pw@ico.org.uk/"])
def test_the_address_check_refuses_bad_addresses(bad: str) -> None:
    with pytest.raises(ValueError):
        https_url(bad)


# ---- when the law was last checked ---------------------------------------------------------

def law_pages() -> list[Page]:
    return [page for page in edition().pages.values() if LAW in page.body]


def newest_listing() -> date:
    return max(entry.listed for entry in edition().withdrawn)


def law_check_problem(page: Page, since: date) -> str | None:
    if page.meta.law_checked is None:
        return f"{page.shown}: cites the law but has no law_checked date"
    if page.meta.law_checked < since:
        return (f"{page.shown}: law_checked {page.meta.law_checked} is before {since}, when a source was "
                "withdrawn: check the page against the law again")
    return None


def test_pages_citing_the_law_were_checked_since_the_last_withdrawal() -> None:
    pages = law_pages()
    assert len(pages) >= 10
    problems = [problem for page in pages if (problem := law_check_problem(page, newest_listing()))]
    assert not problems, "\n".join(problems)


def test_the_law_check_catches_an_old_or_missing_date() -> None:
    # Negative control: the same page without its date, or with a date before the newest withdrawal.
    page = law_pages()[0]
    missing = Page(page.path, page.shown, page.meta.model_copy(update={"law_checked": None}), 1, page.body)
    old = Page(page.path, page.shown, page.meta.model_copy(update={"law_checked": date(2026, 1, 1)}), 1, page.body)
    assert law_check_problem(missing, newest_listing()) and law_check_problem(old, newest_listing())


def test_welsh_pages_were_checked_with_their_english_pages() -> None:
    pages = edition().pages
    for path, page in pages.items():
        if path.endswith(".cy.md") and LAW in page.body:
            english = pages[path.removesuffix(".cy.md") + ".md"]
            assert page.meta.law_checked == english.meta.law_checked, path


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_review_line_says_when_the_law_was_checked(site: Build, lang: str) -> None:
    words = "Checked against the law on" if lang == "en" else "Gwiriwyd yn erbyn y gyfraith ar"
    for page in law_pages():
        if page.path.endswith(".cy.md") != (lang == "cy"):
            continue
        stem = page.path.removesuffix(".cy.md").removesuffix(".md").removesuffix("index")
        url = ("cy/" if lang == "cy" else "") + (f"{stem}/" if stem else "")
        line = site.page(url).select_one(".handbook-review")
        assert line is not None, url
        assert f"{words} {format_date(page.meta.law_checked, lang)}" in line.get_text(" "), url
    # Negative control: a page that rests on no law shows no such line.
    assert words not in BeautifulSoup(site.html(("cy/" if lang == "cy" else "") + "accounts/"), "html.parser").get_text()
