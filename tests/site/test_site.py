"""Assertions on the real handbook, built once per session with --strict."""

from __future__ import annotations

import re

import pytest

from macros.core.pages import SITE_OUTPUTS, page_address
from tests.default_edition import MINIMUM_ACCOUNTS, default_only
from tests.edition import edition
from tools.sitebuild import ROOT, Build, build, fixture_project, read_config

# What the site should show comes from the edition's own data, so these tests hold for any council.
REGISTRY = edition().registry
ORGANISATION = edition().organisation


def text(node) -> str:
    return " ".join(node.get_text(" ").split())


def closed_listing(page):
    """The closed accounts' table, or the line saying there are none."""
    return page.find("h2", id="closed").find_next(
        lambda tag: tag.name == "table" or "handbook-empty" in (tag.get("class") or []))


# ---- the directory --------------------------------------------------------------------------

def test_directory_lists_every_open_account_once(site: Build) -> None:
    page = site.page("accounts/")
    directory = page.find("h2", id="by-service").find_all_next("h3", id=re.compile("^service-"))
    handles = [span.get_text() for h3 in directory
               for span in h3.find_next("table").select(".handbook-handle")]
    expected = [account.display_handle for account in REGISTRY.listed()]
    assert sorted(handles) == sorted(expected)
    assert expected


@default_only
def test_the_sample_registry_has_every_kind_of_account() -> None:
    # The default edition's sample data is large and varied, so every listing has something to show.
    assert len(REGISTRY.listed()) >= MINIMUM_ACCOUNTS
    assert REGISTRY.archived() and REGISTRY.by_language("cy")
    assert any(account.status.value == "dormant" for account in REGISTRY.listed())


def test_directory_has_a_section_per_service(site: Build) -> None:
    page = site.page("accounts/")
    ids = {h3["id"] for h3 in page.select("h3[id^=service-]")}
    assert ids == {f"service-{service.slug}" for service in REGISTRY.services_in_use()}
    for service in REGISTRY.services_in_use():
        assert service.name in text(page.find("h3", id=f"service-{service.slug}"))


def test_archived_accounts_only_in_closed_list(site: Build) -> None:
    page = site.page("accounts/")
    archived = REGISTRY.archived()
    closed_section = closed_listing(page)
    main_tables = page.find("h2", id="by-service").find_next("h2", id="welsh").find_all_previous("table")
    closed_handles = {span.get_text() for span in closed_section.select(".handbook-handle")}
    for account in archived:
        assert account.display_handle in closed_handles
        listed = {span.get_text() for table in main_tables for span in table.select(".handbook-handle")}
        assert account.display_handle not in listed  # negative control


def test_dormant_accounts_are_labelled(site: Build) -> None:
    page = site.page("accounts/")
    dormant = [a for a in REGISTRY.listed() if a.status.value == "dormant"]
    assert len(page.select("#by-service ~ div .handbook-dormant")) >= len(dormant)


def test_counts_sentence_matches_the_registry(site: Build) -> None:
    expected = (f"We run {len(REGISTRY.listed())} accounts across {len(REGISTRY.services_in_use())} services "
                f"on {len(REGISTRY.platforms_in_use())} platforms.")
    assert expected in text(site.page("accounts/"))
    assert expected in text(site.page(""))


def test_platform_counts_table_adds_up(site: Build) -> None:
    table = site.page("accounts/").find("h2", id="counts").find_next("table")
    rows = [[text(cell) for cell in row.find_all("td")] for row in table.select("tbody tr")]
    *platforms, total = rows
    assert sum(int(count) for _, count in platforms) == int(total[1]) == len(REGISTRY.listed())


def test_welsh_language_listing_only_has_welsh_accounts(site: Build) -> None:
    if not REGISTRY.by_language("cy"):
        pytest.skip("this edition has no Welsh-only accounts")
    table = site.page("accounts/").find("h2", id="welsh").find_next("table")
    languages = {text(cell) for cell in table.select("td[data-label=Language]")}
    assert languages == {"Welsh"}


def test_every_listing_shows_verification_status(site: Build) -> None:
    page = site.page("accounts/")
    closed = closed_listing(page)
    rows = [row for row in page.select(".handbook-listing tbody tr")
            if row.select_one("td[data-label=Platform]") and row.find_parent("table") is not closed]
    assert len(rows) >= len(REGISTRY.listed())
    for row in rows:
        status = text(row.select_one("td[data-label=Checked]"))
        assert status == "Not verified yet" or re.fullmatch(r"Verified \d{1,2} \w+ \d{4}", status)


def test_sample_data_notice_while_unverified(site: Build) -> None:
    notices = site.page("accounts/").select(".handbook-notice")
    if not REGISTRY.unverified():
        assert not notices
        return
    assert notices, "an unverified registry must carry the notice"
    assert "sample data" in text(notices[0])
    assert f"{len(REGISTRY.unverified())} of the" in text(notices[0])


def test_contacts_come_from_the_organisation_file(site: Build) -> None:
    page = site.page("accounts/")
    assert page.select_one(f'a[href="mailto:{ORGANISATION.contact("comms").email}"]')


# ---- Welsh ----------------------------------------------------------------------------------

def test_welsh_pages_have_welsh_lang_and_interface(site: Build) -> None:
    for path in ("cy/", "cy/accounts/"):
        page = site.page(path)
        assert page.html["lang"] == "cy"
        assert page.select_one(".handbook-fallback") is None  # these pages are translated
    welsh = site.page("cy/accounts/")
    assert "Ein cyfrifon" in text(welsh.h1)
    assert "Heb ei wirio eto" in text(welsh)
    assert "Rydym yn rhedeg" in text(welsh)
    assert ORGANISATION.name_cy in text(welsh.select_one(".md-header__topic"))
    # Welsh interface strings from Material's cy translation, in our search box too.
    assert text(welsh.select_one(".handbook-search__label")) == "Chwilio"
    assert welsh.select_one(".handbook-search__input")["placeholder"] == "Chwilio"


def test_english_pages_are_english(site: Build) -> None:
    page = site.page("accounts/")
    assert page.html["lang"] == "en"
    assert "Not verified yet" in text(page)
    assert "Heb ei wirio eto" not in text(page)  # negative control


def test_language_switcher_links_both_ways(site: Build) -> None:
    english = site.page("accounts/")
    links = {a["hreflang"]: a["href"] for a in english.select(".md-select__link[hreflang]")}
    assert links["cy"].rstrip("/").endswith("cy/accounts")
    welsh = site.page("cy/accounts/")
    links = {a["hreflang"]: a["href"] for a in welsh.select(".md-select__link[hreflang]")}
    assert links["en"].rstrip("/").endswith("accounts")
    assert "/cy/" not in links["en"]


@pytest.fixture(scope="module")
def untranslated_site(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """A small site with one Welsh page taken away, as when a new English page has no translation yet."""
    project = fixture_project(ROOT / "tests" / "fixtures" / "sites" / "minimal",
                              tmp_path_factory.mktemp("untranslated") / "project")
    (project / "docs" / "accounts.cy.md").unlink()
    result = build(project)
    assert result.returncode == 0, result.output
    return result


def test_untranslated_page_falls_back_with_a_bilingual_notice(untranslated_site: Build, site: Build) -> None:
    page = untranslated_site.page("cy/accounts/")
    notice = page.select_one(".handbook-fallback")
    assert notice is not None
    assert notice.find(lang="cy") and notice.find(lang="en")
    assert "not available in Welsh yet" in text(notice)
    # The English content is marked as English inside the Welsh site.
    assert page.select_one("div[lang=en] h1") is not None
    assert untranslated_site.page("accounts/").select_one(".handbook-fallback") is None  # negative control
    assert site.page("cy/our-approach/").select_one(".handbook-fallback") is None  # translated: no notice


def test_welsh_listing_marks_english_only_text(site: Build) -> None:
    # Purposes with no Welsh text are shown in English with lang="en" on the Welsh page.
    untranslated = [a for a in REGISTRY.listed() if not a.purpose_cy]
    page = site.page("cy/accounts/")
    for account in untranslated:
        assert page.find("span", lang="en", string=account.purpose)


# ---- search: see test_search_index.py ----------------------------------------------------

def test_site_names_the_council_from_the_organisation_file(site: Build) -> None:
    page = site.page("")
    assert text(page.title).endswith(ORGANISATION.handbook_title("en"))
    assert f"© {ORGANISATION.name}" in text(page.select_one(".md-copyright"))


def test_everything_at_the_top_of_the_site_is_a_page_a_short_address_or_a_listed_output(site: Build) -> None:
    # A page may not take a name the build writes (core/pages.py, SITE_OUTPUTS): every output
    # must be on that list, or a page could be deleted by it.
    config = read_config(site.project / "mkdocs.yml")
    redirects = next(plugin["redirects"]["redirect_maps"] for plugin in config["plugins"]
                     if isinstance(plugin, dict) and "redirects" in plugin)
    pages = {page_address(path).split("/")[0] for path in [*edition().pages, *redirects]} - {""}
    written = {entry.name for entry in site.site.iterdir()} - pages - {"index.html"}
    assert written <= set(SITE_OUTPUTS), written - set(SITE_OUTPUTS)
    assert {"pagefind", "lookup", "accounts.json"} <= written  # the check sees the outputs
