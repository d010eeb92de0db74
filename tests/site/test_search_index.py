"""The search index built after the site: Pagefind bundles per language, records, settings."""

from __future__ import annotations

import gzip
import json
import re
from functools import cache
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from macros.core.cymraeg import browser_rules
from tests.edition import edition
from tools.sitebuild import ROOT, Build

REGISTRY = edition().registry
WORD = re.compile(r"[^\W_]+", re.UNICODE)


@cache
def fragments(folder: Path) -> list[dict]:
    """Every record Pagefind stored: gzip'd JSON after a "pagefind_dcd" signature."""
    return [json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))
            for path in sorted((folder / "fragment").iterdir())]


def entry(folder: Path) -> dict:
    return json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8"))


def test_each_language_has_its_own_index(site: Build) -> None:
    for folder in ("pagefind", "pagefind-accounts"):
        assert set(entry(site.site / folder)["languages"]) == {"en", "cy"}
    welsh_pages = {record["url"] for record in fragments(site.site / "pagefind") if record["url"].startswith("/cy/")}
    assert any(url.startswith("/cy/accounts/") for url in welsh_pages)
    # Every chapter is in both indexes, each in its own language.
    assert any(url.startswith("/cy/our-approach/") for url in welsh_pages)
    assert any(record["url"].startswith("/our-approach/") for record in fragments(site.site / "pagefind"))


def test_every_account_is_a_result_of_its_own_linking_to_its_row(site: Build) -> None:
    # One record per service, made from the registry, each account a heading in it: Pagefind's
    # sub-results by id, each landing on the account's row on its service's page.
    records = [record for record in fragments(site.site / "pagefind-accounts") if not record["url"].startswith("/cy/")]
    anchors = [(record["url"], anchor) for record in records for anchor in record["anchors"] if anchor["element"] == "h3"]
    accounts = [*REGISTRY.listed(), *REGISTRY.archived()]
    assert len(anchors) == len(accounts)
    assert {anchor["text"] for _, anchor in anchors} == {f"{a.display_name} ({a.display_handle})" for a in accounts}
    for url, anchor in anchors:  # "/accounts/libraries/index.html" is the libraries page
        page = site.page(url.removeprefix("/").removesuffix("index.html"))
        assert page.find("tr", id=anchor["id"]) is not None, (url, anchor["id"])
    assert entry(site.site / "pagefind-accounts")["languages"]["en"]["page_count"] == len(records)


def test_sections_are_records_that_land_on_their_heading(site: Build) -> None:
    records = {record["url"]: record for record in fragments(site.site / "pagefind")}
    faq = records["/faqs/if-i-leave.html"]
    assert faq["meta"]["title"] == "What happens to the account if I leave?"
    assert faq["meta"]["page"] == "Frequently asked questions"
    assert "/faqs/" in records  # the page's opening text, before its first section
    everything = " ".join(record["content"] for record in records.values())
    for chrome in ("Last reviewed", "Edit this page", "Report a problem with this page", "¶", "flowchart TD"):
        assert chrome not in everything  # page furniture and diagram source are not searched
    assert "@monlibraries" not in everything  # accounts are records of their own, not page text


def test_a_pages_first_record_says_what_the_page_is_for_after_the_mark(site: Build) -> None:
    records = {record["url"]: record for record in fragments(site.site / "pagefind")}
    check = records["/check/"]["content"]
    shown, _, about = check.partition("⁂")
    assert "verify" in about and "scam" in about  # the check page's keywords are searched
    assert "verify" not in shown  # ...and never shown: excerpts stop at the mark
    assert "⁂" not in records["/faqs/if-i-leave.html"]["content"]  # only a page's first record


def test_welsh_records_carry_word_forms_but_excerpts_show_real_words(site: Build) -> None:
    welsh = [record for folder in ("pagefind", "pagefind-accounts") for record in fragments(site.site / folder)
             if record["url"].startswith("/cy/")]
    with_forms = [record for record in welsh if record["meta"].get("forms")]
    assert len(with_forms) > len(welsh) / 2
    page_words = {word.lower() for path in (site.site / "cy").rglob("index.html")
                  for word in WORD.findall(BeautifulSoup(path.read_text("utf-8"), "html.parser").get_text(" "))}
    shown = {word.lower() for record in welsh for word in WORD.findall(record["content"].partition("⁂")[0])}
    assert shown <= page_words  # excerpts are cut from this text: every word is the page's own
    for record in with_forms:  # the forms a record adds are never in the text it shows
        assert not set(record["meta"]["forms"].split()) & {word.lower() for word in WORD.findall(record["content"])}
    added = {word for record in with_forms for word in record["meta"]["forms"].split()}
    assert "gyfrif" in shown and "cyfrif" in added  # "i gyfrif" on a page is found as "cyfrif"
    assert "plentyn" in added  # "plant" on a page is found as its dictionary form
    english = [record for record in fragments(site.site / "pagefind") if not record["url"].startswith("/cy/")]
    assert not any("forms" in record["meta"] for record in english)  # negative control
    forms = site.site / "pagefind" / "forms-cy"
    assert json.loads((forms / "pl.json").read_text(encoding="utf-8"))["plant"] == "plentyn"


@pytest.mark.parametrize("language", ["en", "cy"])
def test_search_settings_come_from_the_same_sources(site: Build, language: str) -> None:
    settings = json.loads((site.site / "pagefind" / f"handbook-{language}.json").read_text(encoding="utf-8"))
    assert settings["pages"]["cy/accounts/" if language == "cy" else "accounts/"][0] in ("Our accounts", "Ein cyfrifon")
    assert settings["vocabulary"] and settings["ranking"] and settings["scoring"]
    assert settings["accounts"] is True
    assert ("mutations" in settings) == (language == "cy")
    if language == "cy":
        assert settings["mutations"] == browser_rules()["undo"]
        assert "trolio" in settings["synonyms"]
    else:
        assert settings["synonyms"]["purdah"] == ["pre-election period"]


def test_only_what_the_search_needs_is_published(site: Build) -> None:
    pages = {path.name for path in (site.site / "pagefind").iterdir()}
    assert {"pagefind.js", "pagefind-worker.js", "pagefind-entry.json"} <= pages
    assert not {name for name in pages if "-ui." in name or "highlight" in name}
    accounts = {path.name for path in (site.site / "pagefind-accounts").iterdir() if path.is_file()}
    assert not {name for name in accounts if name.endswith((".js", ".pagefind"))}  # it borrows the code
    assert not (site.site / "search" / "search_index.json").exists()  # Material's one big index is gone


def test_the_repository_link_fetches_nothing(site: Build) -> None:
    for path in ("", "cy/accounts/"):
        link = site.page(path).select_one(".md-header__source a.md-source")
        assert link is not None and link.get("data-md-component") is None  # Material fetches facts for that
