"""The directory: full listings while short, services with counts once long; the check's form."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from benchmarks.generate_registry import generate
from macros.core.handbook import load as load_handbook
from macros.core.registry_files import load_registry
from macros.render.directory import LISTING_LIMIT, DirectoryRenderer
from macros.render.text import between_tokens
from tools.sitebuild import ROOT

HANDBOOK = load_handbook(ROOT)
SAMPLE = DirectoryRenderer(HANDBOOK.registry, HANDBOOK.organisation)


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> DirectoryRenderer:
    folder = tmp_path_factory.mktemp("accounts")
    generate(folder, 2_000)
    return DirectoryRenderer(load_registry(folder, None, date(2026, 1, 1)), HANDBOOK.organisation)


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def test_a_short_registry_is_listed_in_full_with_links_to_service_pages() -> None:
    html = soup(SAMPLE.services("en", "../accounts/"))
    assert len(html.select(".handbook-handle")) == len(HANDBOOK.registry.listed()) <= LISTING_LIMIT
    assert html.select_one('h3#service-libraries a[href="../accounts/libraries/"]')
    assert html.select_one("[data-service-filter]") is None  # negative control: no filter needed


def test_a_long_registry_lists_services_with_counts_and_a_filter(large: DirectoryRenderer) -> None:
    html = soup(large.services("cy", "../accounts/"))
    assert not html.select(".handbook-handle")  # no accounts on the directory page
    rows = html.select("#handbook-services tbody tr")
    assert len(rows) == 100
    counts = [[int(cell.get_text().replace(",", "")) for cell in row.select("td")] for row in rows]
    assert sum(open_ for open_, _, _ in counts) == len(large.registry.listed())
    assert sum(closed for *_, closed in counts) == len(large.registry.archived())
    assert html.select_one("[data-service-filter][hidden] label").get_text() == "Hidlo gwasanaethau"
    assert rows[0].select_one("a")["href"] == "../accounts/service-000/"


def test_long_welsh_and_closed_lists_go_by_service(large: DirectoryRenderer) -> None:
    welsh = soup(large.welsh_only("en", ""))
    assert welsh.select_one("caption").get_text() == "Services with accounts that post only in Welsh"
    assert all(a["href"].endswith("/#open") for a in welsh.select("tbody a"))
    closed = soup(large.closed_by_size("en", ""))
    assert all(a["href"].endswith("/#closed") for a in closed.select("tbody a"))
    assert soup(SAMPLE.closed_by_size("en", "")).select(".handbook-handle")  # short: in full


def test_service_page_lists_its_open_then_closed_accounts(large: DirectoryRenderer) -> None:
    html = soup(large.service_page("service-007", "en", "../", {"sameAs": []}))
    open_section, closed_section = html.find(id="open"), html.find(id="closed")
    ours = [a for a in large.registry.accounts if a.service.slug == "service-007"]
    shown = [span.get_text() for span in html.select(".handbook-handle")]
    assert sorted(shown) == sorted(a.display_handle for a in ours)
    assert open_section and closed_section
    assert json.loads(html.select_one('script[type="application/ld+json"]').string) == {"sameAs": []}


def test_the_check_form_carries_its_words_safely() -> None:
    html = soup(SAMPLE.check("cy", "../lookup/", "../accounts/"))
    widget = html.select_one("[data-account-check]")
    assert widget["data-lookup"] == "../lookup/" and widget.has_attr("hidden")
    words = json.loads(widget.select_one("script[data-check-words]").string)
    assert words["official.title"].startswith("Ydy") and len(words["months"]) == 12
    assert "<" not in widget.select_one("script[data-check-words]").string  # tojson escapes it


def test_handles_get_break_chances_only_between_parts() -> None:
    assert str(between_tokens("@Monmouthshire.Cares")) == "@Monmouthshire.<wbr>Cares"
    assert str(between_tokens("a@b<c")) == "a@<wbr>b&lt;c"
    assert str(between_tokens("@MonmouthshireCares")) == "@MonmouthshireCares"  # one word: no break
