"""The build's steps, each run alone on a tiny fixture edition, with no generator: prepare (data
checked once, settings, page front matter, generated pages) and finish (every output written from
the data and a built site). A test also checks that neither step loads MkDocs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from markupsafe import Markup

from macros.core.problems import DataError
from macros.pipeline.finish import finish_language, finish_site
from macros.pipeline.page_macros import MACRO_NAMES, page_macros
from macros.pipeline.prepare import (dropped_pages, generated_pages, org_variables, page_language, page_meta,
                                     prepare, service_page_meta, site_settings)
from tools.sitebuild import ROOT

MINIMAL = ROOT / "tests" / "fixtures" / "sites" / "minimal"
TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def prepared():
    return prepare(MINIMAL, TODAY)


class Page:
    """The page a macro is rendered on, as a generator would describe it."""

    def __init__(self, lang: str = "en") -> None:
        self.lang, self.blocks = lang, []

    def language(self) -> str:
        return self.lang

    def href(self, path: str, site_root: bool = False) -> str:
        return ("" if site_root or self.lang == "en" else "cy/") + path

    def block(self, html: str) -> str:
        self.blocks.append(html)
        return f"[block {len(self.blocks)}]"

    def inline(self, html: str) -> str:
        return html


# ---- prepare ------------------------------------------------------------------------------------

def test_prepare_checks_the_data_once_and_knows_the_languages(prepared) -> None:
    assert prepared.languages == ("en", "cy") and prepared.default_language == "en"
    assert prepared.folder("cy") == "cy/" and prepared.folder("en") == ""
    assert prepared.handbook.registry.accounts and prepared.renderer.registry is prepared.handbook.registry


def test_prepare_reports_every_problem_in_the_data(tmp_path: Path) -> None:
    edition = tmp_path / "edition"
    shutil.copytree(MINIMAL, edition)
    organisation = edition / "data" / "organisation.yml"
    organisation.write_text(organisation.read_text(encoding="utf-8").replace("email_domain:", "email_domian:"),
                            encoding="utf-8")
    with pytest.raises(DataError) as raised:
        prepare(edition, TODAY)
    assert "data/organisation.yml:" in raised.value.report()


def test_site_settings_name_the_council_in_each_language(prepared) -> None:
    organisation = prepared.handbook.organisation
    english, welsh = site_settings(prepared, "en"), site_settings(prepared, "cy")
    assert organisation.name in english.site_name and organisation.name_cy in welsh.site_name
    assert english.extra["words"]["search.title"] != welsh.extra["words"]["search.title"]
    assert english.extra["pdf"] is None  # no printing step: no PDF link
    assert welsh.extra["not_found"][0]["lang"] == "cy"  # a language's 404 page says it in its own language first
    assert welsh.toggle_names["default"] != english.toggle_names["default"]


def test_every_setting_that_holds_the_datas_words_is_escaped_for_the_theme(tmp_path: Path) -> None:
    # The theme's templates print values as they are: a council name with quotes must not end an
    # attribute (the logo's alt text) or become markup (the line under search results).
    import yaml

    edition = tmp_path / "edition"
    shutil.copytree(MINIMAL, edition)
    organisation = edition / "data" / "organisation.yml"
    data = yaml.safe_load(organisation.read_text(encoding="utf-8"))
    data["name"] = 'Town " onfocus="alert(1) & Co'
    organisation.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    extra = site_settings(prepare(edition, TODAY), "en").extra
    assert '"' not in str(extra["logo_alt"]) and "&#34; onfocus=&#34;" in str(extra["logo_alt"])
    assert all(isinstance(value, Markup) for value in extra["search_ask"].values())  # escaped, as the theme prints it


def test_page_front_matter_is_escaped_with_its_review_line(prepared) -> None:
    source = prepared.handbook.pages["index.md"]
    meta = page_meta(prepared, source, "en", updated="2026-11-30")
    assert meta["title"] == source.meta.title and "review" in meta and "30 November 2026" in meta["review"]["updated"]
    assert str(meta["review"]["line"]) == str(meta["review"]["line"]).replace("<", "")  # escaped, as the theme prints it


def test_a_page_knows_its_language_from_its_file(prepared) -> None:
    assert page_language("faqs.cy.md", prepared) == "cy" and page_language("cy/accounts/parks.md", prepared) == "cy"
    assert page_language("faqs.md", prepared) == "en"  # an English page under /cy/ stays English


def test_each_service_gets_a_page_in_each_language(prepared) -> None:
    english, welsh = generated_pages(prepared, "en"), generated_pages(prepared, "cy")
    assert [page.url for page in english] == [f"accounts/{page.service.slug}/" for page in english]
    assert [page.url for page in welsh] == [f"cy/{page.url}" for page in english]
    meta = service_page_meta(prepared, {"title": "Parks", "handbook_service": english[0].service.slug}, "en")
    assert meta["title"] == "Parks" and meta["review"]
    assert dropped_pages(prepared) == []  # Welsh is on: every page is built


def test_the_macros_use_the_page_they_are_rendered_on(prepared) -> None:
    page = Page("cy")
    macros = page_macros(prepared, page)
    assert set(macros) == MACRO_NAMES - {"org"}
    assert macros["account_check"]().startswith("[block")
    assert 'data-lookup="lookup/"' in page.blocks[0]  # the check's files are at the site's root
    assert org_variables(prepared)["name"] == prepared.handbook.organisation.name


# ---- finish -------------------------------------------------------------------------------------

def test_finish_writes_every_output_from_the_data_and_the_built_site(prepared, tmp_path: Path) -> None:
    site = tmp_path / "site"
    for folder, lang, title in (("", "en", "Home"), ("cy/", "cy", "Hafan")):
        (site / folder).mkdir(parents=True, exist_ok=True)
        (site / folder / "index.html").write_text(
            f'<html lang="{lang}"><body><article class="md-content__inner"><h1 id="t">{title}</h1>'
            f"<p>Words about the council.</p></article></body></html>", encoding="utf-8")
    (site / "sitemap.xml").write_text("<urlset/>", encoding="utf-8")
    for lang in prepared.languages:
        finish_language(site, prepared, lang, {"rules.md": "index.md"})
    finish_site(site, prepared)
    for output in ("changes.xml", "cy/changes.xml", "registry-changes.xml", "cy/rules/index.html",
                   "lookup/index.json", "lookup/words-cy.json", "accounts.json", "accounts.csv",
                   "assets/stylesheets/organisation.css", "pagefind/handbook-en.json", "pagefind/handbook-cy.json",
                   "pagefind-accounts/pagefind-entry.json", "cy/sitemap.xml"):
        assert (site / output).is_file(), output
    assert not (site / "rules" / "index.html").exists()  # the default language's short links are mkdocs-redirects'
    settings = json.loads((site / "pagefind" / "handbook-cy.json").read_text(encoding="utf-8"))
    assert settings["pages"]["cy/"][0] == "Hafan"


def test_the_steps_load_no_generator() -> None:
    code = ("import sys, macros.pipeline.prepare, macros.pipeline.finish, macros.pipeline.page_macros; "
            "assert not [m for m in sys.modules if m.split('.')[0] in ('mkdocs', 'material', 'mkdocs_macros')]")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
