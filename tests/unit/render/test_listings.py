"""Unit tests for the data model, the registry queries and the rendering, without MkDocs."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from macros.core.handbook import load as load_handbook
from macros.core.i18n import count_phrase, format_date, translate
from macros.core.fields import contact_problem
from macros.render.listings import Renderer
from macros.core.problems import UnknownValueError
from macros.core.registry import Registry
from tests.default_edition import SAMPLE_ACCOUNT, default_only
from tests.edition import edition, edition_root
from tools.sitebuild import ROOT

# The edition under test: the repository's data, or HANDBOOK_EDITION's (see tests/edition.py).
HANDBOOK = edition()
REGISTRY: Registry = HANDBOOK.registry
RENDER = Renderer(HANDBOOK.registry, HANDBOOK.organisation)


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


# ---- model and queries ----------------------------------------------------------------------

def test_core_does_not_import_mkdocs() -> None:
    # The core must outlive the site generator: importing it may not load MkDocs or its plugins.
    code = ("import sys, macros.core.handbook, macros.render.listings, macros.__main__; "
            "loaded = [m for m in sys.modules if m.startswith(('mkdocs', 'material'))]; "
            "assert not loaded, loaded")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@default_only
def test_sample_registry_is_realistic() -> None:
    assert 25 <= len(REGISTRY.accounts) <= 40
    assert len(REGISTRY.services) >= 9
    assert len({a.platform.key for a in REGISTRY.accounts}) >= 6
    assert {a.language.value for a in REGISTRY.accounts} == {"en", "cy", "bilingual"}
    assert all(a.last_verified is None for a in REGISTRY.accounts)  # sample data is never "verified"


def test_queries_partition_the_open_accounts() -> None:
    listed = REGISTRY.listed()
    assert all(a.status.value != "archived" for a in listed)
    assert sum(len(REGISTRY.by_service(slug)) for slug in REGISTRY.services) == len(listed)
    assert sum(len(REGISTRY.by_language(code)) for code in ("en", "cy", "bilingual")) == len(listed)
    assert all(a.platform.key == "instagram" for a in REGISTRY.by_platform("instagram"))
    assert len(REGISTRY.active()) + len([a for a in listed if a.status.value == "dormant"]) == len(listed)


@pytest.mark.parametrize(("query", "value"), [("by_service", "parks"), ("by_platform", "myspace"),
                                              ("by_language", "fr")])
def test_unknown_query_values_are_refused(query: str, value: str) -> None:
    with pytest.raises(UnknownValueError, match=value):
        getattr(REGISTRY, query)(value)


@default_only
def test_find_accepts_at_and_any_case() -> None:
    platform, handle = SAMPLE_ACCOUNT
    assert REGISTRY.find(platform, "@" + handle.upper()).handle == handle
    with pytest.raises(UnknownValueError):
        REGISTRY.find("instagram", "nobody")


def test_contact_must_be_shared_and_on_the_domain() -> None:
    hosts = ("www.monmouthshire.gov.uk", "monmouthshire.gov.uk")
    assert contact_problem("libraries@monmouthshire.gov.uk", "monmouthshire.gov.uk", hosts) is None
    assert contact_problem("https://www.monmouthshire.gov.uk/contact/", "monmouthshire.gov.uk", hosts) is None
    assert "domain" in contact_problem("someone@gmail.com", "monmouthshire.gov.uk", hosts)
    assert "neither" in contact_problem("call the library", "monmouthshire.gov.uk", hosts)
    assert "own website" in contact_problem("https://monmouthshire.gov.uk.evil.example/form", "monmouthshire.gov.uk", hosts)


def test_registry_rejects_a_future_date_relative_to_today(tmp_path: Path) -> None:
    # The same file is fine once its date has passed: "today" is a parameter, not a constant.
    from tests.unit.core.test_data_errors import FIXTURES, make_root
    root = make_root(tmp_path)
    text = (FIXTURES / "future-date.yml").read_text().replace("2999-01-01", "2027-01-01")
    (root / "data" / "accounts" / "parks.yml").write_text(text)
    assert load_handbook(root, today=date(2027, 1, 2)).registry.accounts
    with pytest.raises(Exception, match="in the future"):
        load_handbook(root, today=date(2026, 12, 31))


# ---- messages -------------------------------------------------------------------------------

def test_dates_and_counts_in_both_languages() -> None:
    assert format_date(date(2026, 3, 3), "en") == "3 March 2026"
    assert format_date(date(2026, 3, 3), "cy") == "3 Mawrth 2026"
    assert format_date(date(2011, 1, 1), "cy", with_day=False) == "Ionawr 2011"
    assert count_phrase("accounts", 1, "en") == "1 account"
    assert count_phrase("accounts", 10_000, "en") == "10,000 accounts"
    assert count_phrase("services", 12, "cy") == "12 gwasanaeth"


# ---- rendering ------------------------------------------------------------------------------

def test_table_has_one_row_per_account_and_labels_for_phones() -> None:
    accounts = REGISTRY.by_service(REGISTRY.example_service(HANDBOOK.organisation.example_service).slug)
    assert accounts
    table = soup(RENDER.table(accounts, "en", show_service=False))
    rows = table.select("tbody tr")
    assert len(rows) == len(accounts)
    assert [th.get_text() for th in table.select("thead th")] == [
        "Account", "Platform", "Language", "What it is for", "Contact", "Checked"]
    assert all(td.get("data-label") for td in table.select("td"))


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_a_row_and_a_card_say_the_same_about_an_account(lang: str) -> None:
    # The table writes out the cells that _macros.html gives the card (one macro call per cell
    # made a national registry's pages slow): the two must not drift apart.
    kinds = {"dormant": None, "unverified": None, "welsh_purpose": None, "verified": None}
    for account in REGISTRY.listed():
        kinds["dormant"] = kinds["dormant"] or (account if account.status.value == "dormant" else None)
        kinds["unverified"] = kinds["unverified"] or (account if not account.verified else None)
        kinds["verified"] = kinds["verified"] or (account if account.verified else None)
        kinds["welsh_purpose"] = kinds["welsh_purpose"] or (account if account.purpose_cy else None)
    checked = [account for account in kinds.values() if account is not None]
    assert checked
    for account in checked:
        row = soup(RENDER.table([account], lang)).select_one("tbody tr")
        card = soup(RENDER.card(account, lang))
        cells = {td["data-label"]: td for td in row.select("td")}
        terms = {dt.get_text(): dd for dt, dd in zip(card.select("dt"), card.select("dd"))}
        link_row, link_card = row.select_one("td a"), card.select_one(".handbook-card__name a")
        assert (link_row["href"], link_row.get_text(), link_row["translate"]) == (
            link_card["href"], link_card.get_text(), link_card["translate"])
        assert str(row.select_one(".handbook-handle")) == str(card.select_one(".handbook-handle"))
        for label in ("purpose", "contact", "checked"):
            word = RENDER_WORDS[lang][label]
            assert str(cells[word]).split(">", 1)[1].rsplit("<", 1)[0].replace("\n", "") == \
                str(terms[word]).split(">", 1)[1].rsplit("<", 1)[0].replace("\n", ""), (account.handle, label)


RENDER_WORDS = {lang: {key: translate(key, lang) for key in ("purpose", "contact", "checked")} for lang in ("en", "cy")}


@default_only
def test_welsh_table_uses_welsh_labels_and_marks_english_text() -> None:
    account = REGISTRY.find(*SAMPLE_ACCOUNT)
    html = soup(RENDER.table([account], "cy"))
    assert [th.get_text() for th in html.select("thead th")][0] == "Cyfrif"
    assert "Heb ei wirio eto" in html.get_text()
    assert account.purpose_cy in html.get_text()
    without_welsh = REGISTRY.find("youtube", "MonmouthshireCouncil")
    object.__setattr__(without_welsh, "purpose_cy", None)
    try:
        cell = soup(RENDER.table([without_welsh], "cy")).find("span", lang="en")
        assert cell is not None and cell.get_text() == without_welsh.purpose
    finally:
        object.__setattr__(without_welsh, "purpose_cy", "Recordiadau o gyfarfodydd y cyngor a ffilmiau byr am wasanaethau.")


def test_notice_counts_only_unverified_active_accounts() -> None:
    html = soup(RENDER.table(REGISTRY.listed(), "en"))
    notice = html.select_one(".handbook-notice")
    assert f"{len(REGISTRY.unverified())} of the {len(REGISTRY.active())} open accounts" in notice.get_text()
    assert soup(RENDER.table([], "en")).select_one(".handbook-notice") is None  # negative control
    assert "There are no accounts" in soup(RENDER.table([], "en")).get_text()


def test_rendered_fragments_have_no_blank_lines() -> None:
    # Markdown would end the raw HTML block at a blank line and mangle the rest.
    for html in (RENDER.directory("en"), RENDER.closed("cy"), RENDER.contacts_table("en"),
                 RENDER.platform_counts("en")):
        assert "\n\n" not in html


def test_summary_sentence() -> None:
    assert RENDER.summary("en") == (f"We run {len(REGISTRY.listed())} accounts across "
                                    f"{len(REGISTRY.services_in_use())} services on "
                                    f"{len(REGISTRY.platforms_in_use())} platforms.")
    assert RENDER.summary("cy").startswith("Rydym yn rhedeg")


def test_contact_renders_links_from_the_organisation_file() -> None:
    comms = HANDBOOK.organisation.contact("comms")
    html = soup(RENDER.contact(comms, "en"))
    assert html.get_text().startswith(f"{comms.phrase('en')} (")
    if comms.email:
        assert html.select_one(f'a[href="mailto:{comms.email}"]')
    if comms.phone:
        assert html.select_one(f'a[href="tel:{comms.phone.replace(" ", "")}"]')
    assert soup(RENDER.contact(comms, "cy")).get_text().startswith(comms.phrase("cy"))
    assert soup(RENDER.contact(comms, "cy", "i")).get_text().startswith(comms.phrase("cy", "i"))
    with pytest.raises(UnknownValueError, match="mayor"):
        HANDBOOK.organisation.contact("mayor")


def test_contacts_table_flags_sample_contacts() -> None:
    table = soup(RENDER.contacts_table("en"))
    assert "samples" in table.get_text()
    assert len(table.select("tbody tr")) == len(HANDBOOK.organisation.contacts)


def test_organisation_css_uses_the_brand_colours() -> None:
    css = RENDER.organisation_css()
    assert f"--md-primary-fg-color: {HANDBOOK.organisation.colours.primary};" in css


def test_published_json_schema_is_current_and_accepts_the_registry() -> None:
    import json

    import jsonschema
    import yaml

    from macros.core.schema import service_file_schema
    root = edition_root()
    committed = json.loads((root / "data" / "accounts.schema.json").read_text(encoding="utf-8"))
    assert committed == service_file_schema(), "run: .venv/bin/python -m macros generate"
    for path in (root / "data" / "accounts").glob("*.yml"):
        data = json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))
        jsonschema.validate(data, committed)
    bad = {"service": {"name": "Parks", "name_cy": "Parciau", "team": "Parks", "contact": "p@x.gov.uk"},
           "accounts": [{"platform": "myspace", "owner": "A Person"}]}
    with pytest.raises(jsonschema.ValidationError):  # negative control
        jsonschema.validate(bad, committed)


def test_codeowners_is_current_and_maps_every_owner() -> None:
    from macros.commands.codeowners import TARGET, codeowners
    generated = codeowners(HANDBOOK)
    root = edition_root()
    assert (root / TARGET).read_text(encoding="utf-8") == generated, \
        "run: .venv/bin/python -m macros generate"
    entries = [line.split() for line in generated.splitlines() if line and not line.startswith("#")]
    covered = {entry[0] for entry in entries}
    for page in (root / "docs").rglob("*.md"):
        assert f"/docs/{page.relative_to(root / 'docs').as_posix()}" in covered
    for service in (root / "data" / "accounts").glob("*.yml"):
        assert f"/data/accounts/{service.name}" in covered
    assert all(len(entry) >= 2 and all(owner.startswith("@") for owner in entry[1:]) for entry in entries)
    owners = HANDBOOK.organisation.code_owners
    for slug, service in HANDBOOK.registry.services.items():
        entry = next(entry for entry in entries if entry[0] == f"/data/accounts/{slug}.yml")
        assert entry[1] == owners.handle_for(service.team) and entry[-1] == owners.default
