"""The check's pages and files, the service pages, the open data and the home page's identity,
asserted on the real handbook built once per session."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import jsonschema
import yaml
from bs4 import BeautifulSoup

from macros.core.browser_rules import browser_rules
from macros.outputs.open_data import CSV_FIELDS, FIELDS
from tests.default_edition import default_only
from tests.edition import edition
from tools.sitebuild import ROOT, Build, build, copy_project

HANDBOOK = edition()
REGISTRY = HANDBOOK.registry
PUBLIC_FIELDS = set(FIELDS)


def text(node) -> str:
    return " ".join(node.get_text(" ").split())


# ---- the check -------------------------------------------------------------------------------

def test_check_has_its_own_page_in_both_languages(site: Build) -> None:
    for path, lang, label in (("check/", "en", "Profile address, handle or name"),
                              ("cy/check/", "cy", "Cyfeiriad proffil, enw defnyddiwr neu enw")):
        page = site.page(path)
        assert page.html["lang"] == lang
        widget = page.select_one("[data-account-check]")
        assert widget is not None and widget.has_attr("hidden")  # shown by check.js only
        assert text(widget.select_one("label")) == label
        assert widget.select_one("[aria-live=polite][role=status]") is not None
        words = json.loads(widget.select_one("script[data-check-words]").string)
        assert words["months"][0] == ("January" if lang == "en" else "Ionawr")
        assert page.find("noscript")  # without JavaScript: a note pointing to the list


def test_the_check_on_the_accounts_page_finds_the_lookup_files(site: Build) -> None:
    for path in ("accounts/", "cy/accounts/", "check/", "cy/check/"):
        widget = site.page(path).select_one("[data-account-check]")
        lookup = (site.site / path / widget["data-lookup"]).resolve()
        assert (lookup / "index.json").is_file(), path
        services = (site.site / path / widget["data-services"]).resolve()
        assert services == (site.site / path.removesuffix("check/").removesuffix("accounts/") / "accounts").resolve()


def test_the_browser_gets_the_rules_from_the_core(site: Build) -> None:
    assert json.loads((site.site / "lookup" / "rules.json").read_text("utf-8")) == browser_rules()
    index = json.loads((site.site / "lookup" / "index.json").read_text("utf-8"))
    assert len(index["keys"].split("\n")) == len(index["statuses"]) == len(REGISTRY.accounts)


# ---- service pages -------------------------------------------------------------------------

def test_every_service_has_a_page_in_both_languages(site: Build) -> None:
    for service in REGISTRY.services_in_use():
        for prefix, lang in (("", "en"), ("cy/", "cy")):
            page = site.page(f"{prefix}accounts/{service.slug}/")
            assert page.html["lang"] == lang
            assert text(page.find("h1")) == service.label(lang)
            shown = {span.get_text() for span in page.select(".handbook-handle")}
            ours = {a.display_handle for a in REGISTRY.accounts if a.service is service}
            assert shown == ours, service.slug


def test_service_pages_switch_language_to_each_other(site: Build) -> None:
    slug = REGISTRY.services_in_use()[0].slug
    page = site.page(f"accounts/{slug}/")
    assert page.select_one('a[hreflang="cy"]')["href"].endswith(f"/cy/accounts/{slug}/")


@default_only
def test_handles_wrap_only_between_whole_parts(site: Build) -> None:
    html = site.html("accounts/")
    assert "moncountryside@<wbr>mastodon.<wbr>social" in html
    assert not [span for span in site.page("accounts/").select(".handbook-handle")
                if span.decode_contents().startswith("@<wbr")]  # never straight after a leading @
    css = (ROOT / "docs" / "assets" / "stylesheets" / "handbook.css").read_text("utf-8")
    assert "break-all" not in css
    assert not re.search(r"handbook-(handle|contact-link)[^{]*\{[^}]*anywhere", css)


# ---- open data -------------------------------------------------------------------------------

def test_json_export_validates_and_has_only_public_fields(site: Build) -> None:
    document = json.loads((site.site / "accounts.json").read_text("utf-8"))
    schema = json.loads((site.site / "accounts.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(document, schema, format_checker=jsonschema.FormatChecker())
    assert document["licence"]["name"] == "Open Government Licence v3.0"
    assert len(document["accounts"]) == len(REGISTRY.accounts)
    assert all(set(record) == PUBLIC_FIELDS for record in document["accounts"])
    assert not {"team", "purpose", "language_reason", "source", "line"} & set().union(*document["accounts"])
    broken = dict(document, accounts=[dict(document["accounts"][0], team="Secret team")])
    try:  # negative control: the schema refuses a field outside the public set
        jsonschema.validate(broken, schema)
        raise AssertionError("the schema accepted a private field")
    except jsonschema.ValidationError:
        pass


def test_csv_export_has_the_same_records(site: Build) -> None:
    document = json.loads((site.site / "accounts.json").read_text("utf-8"))
    rows = list(csv.DictReader(io.StringIO((site.site / "accounts.csv").read_text("utf-8"), newline="")))
    assert rows and tuple(rows[0]) == CSV_FIELDS
    csv_text = {True: "true", False: "false", None: ""}
    assert [{key: row[key] for key in FIELDS} for row in rows] == [
        {key: csv_text[value] if value in (True, False, None) else value for key, value in record.items()}
        for record in document["accounts"]]
    identifiers = document["publisher_identifiers"]
    assert {(row["publisher_gss_code"], row["publisher_wikidata"]) for row in rows} == {
        (identifiers["gss_code"] or "", identifiers["wikidata"] or "")}


def test_accounts_page_links_the_data_and_its_licence(site: Build) -> None:
    for path in ("accounts/", "cy/accounts/"):
        section = site.page(path).find("h2", id="reuse").find_next("ul")
        hrefs = {a["href"].rsplit("/", 1)[-1] for a in section.select("a")}
        assert hrefs == {"accounts.json", "accounts.csv", "accounts.schema.json", "registry-changes.xml"}
        feed = section.select_one('a[type="application/atom+xml"]')["href"]
        assert feed.endswith("cy/registry-changes.xml" if path.startswith("cy") else "../registry-changes.xml")
        for link in section.select("a"):
            assert (site.site / path / link["href"]).resolve().is_file()
        licence = site.page(path).find("h2", id="reuse").find_next("a", rel="license")
        # Welsh readers get the licence's Welsh text (open-government-licence-cymraeg).
        welsh = "-cymraeg" if path.startswith("cy/") else ""
        assert f"open-government-licence{welsh}/version/3" in licence["href"]


def test_home_page_json_ld_lists_every_active_account(site: Build) -> None:
    for path in ("", "cy/"):
        scripts = site.page(path).select('script[type="application/ld+json"]')
        assert len(scripts) == 1
        data = json.loads(scripts[0].string)
        assert data["@type"] == "GovernmentOrganization" and data["name"] == HANDBOOK.organisation.name
        assert sorted(data["sameAs"]) == sorted(account.url for account in REGISTRY.active())
    assert not site.page("faqs/").select('script[type="application/ld+json"]')  # home page only


# ---- identity proofs and escaping, on a copy with an active Mastodon account ------------------

def test_rel_me_links_every_open_account_and_json_ld_stays_inside_its_script(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    path = project / "data" / "accounts" / "countryside.yml"
    data = yaml.safe_load(path.read_text("utf-8"))
    for account in data["accounts"]:
        if account["platform"] == "mastodon":
            account.update(status="active", display_name="Countryside & 'Paths'")
            del account["closed"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    (project / "data" / "organisation.yml").write_text(
        (project / "data" / "organisation.yml").read_text("utf-8")
        + "data_licence:\n  name: Creative Commons Attribution 4.0\n  url: https://creativecommons.org/licenses/by/4.0/\n"
        "  name_cy: Creative Commons Priodoli 4.0\n",
        "utf-8")
    result = build(project)
    assert result.returncode == 0, result.output[-3000:]
    home = result.page("")
    assert "https://mastodon.social/@moncountryside" in [link["href"] for link in home.select('link[rel="me"]')]
    service = result.page("accounts/countryside/")
    assert service.select_one('a[rel~="me"][href="https://mastodon.social/@moncountryside"]')
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', result.html(""), re.S)
    assert "https://mastodon.social/@moncountryside" in json.loads(script.group(1))["sameAs"]
    document = json.loads((result.site / "accounts.json").read_text("utf-8"))
    assert document["licence"]["name"] == "Creative Commons Attribution 4.0"
    assert "<" not in script.group(1) and "Countryside &amp; &#39;Paths&#39;" in result.html("accounts/countryside/")


def test_home_and_accounts_pages_link_exactly_the_open_accounts_with_rel_me(site: Build) -> None:
    active = sorted(account.url for account in REGISTRY.active())
    for path in ("", "accounts/", "cy/", "cy/accounts/"):
        page = site.page(path)
        assert sorted(link["href"] for link in page.select('link[rel~="me"]')) == active, path
        assert not page.select('a[rel~="me"]'), path  # the listing on the accounts page adds none
    assert not site.page("faqs/").select('[rel~="me"]')  # other pages: none


def test_service_pages_link_their_own_open_accounts_with_rel_me(site: Build) -> None:
    for service in REGISTRY.services_in_use():
        page = site.page(f"accounts/{service.slug}/")
        me = {link["href"] for link in page.select('a[rel~="me"]')}
        assert me == {account.url for account in REGISTRY.by_service(service.slug)
                      if account.status.value == "active"}, service.slug


def test_running_an_account_explains_how_to_prove_an_account_is_ours(site: Build) -> None:
    from tests.prose import prose_blocks, score

    page = site.page("running-an-account/")
    heading = page.find(id="verification")
    assert heading is not None and heading.name == "h2"
    section = []
    for node in heading.find_next_siblings():
        if node.name == "h2":
            break
        section.append(str(node))
    text = " ".join(prose_blocks(BeautifulSoup("<article>" + "".join(section) + "</article>", "html.parser")))
    assert "Bluesky" in text and "Mastodon" in text and "domain" in text
    assert score(text).flesch >= 60 and score(text).average_sentence <= 20
