"""Small fixture sites (tests/fixtures/sites/), each built to prove one edge case in the HTML."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml

from tools.sitebuild import (ENV, MKDOCS, ROOT, Build, build, build_env, fixture_project, read_config,
                             write_config)

MINIMAL = ROOT / "tests" / "fixtures" / "sites" / "minimal"
ERRORS = ROOT / "tests" / "fixtures" / "registry-errors"


def minimal(tmp_path: Path) -> Path:
    return fixture_project(MINIMAL, tmp_path / "project")


def edit_accounts(project: Path, service: str, change) -> None:
    """Change a fixture's service file through its data, not its text."""
    path = project / "data" / "accounts" / f"{service}.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for account in data["accounts"]:
        change(account)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def add_to_page(project: Path, page: str, text: str) -> int:
    """Append `text` to a page; return the line it starts on."""
    path = project / "docs" / page
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([*lines, "", text, ""]), encoding="utf-8")
    return len(lines) + 2


def test_notice_disappears_when_every_active_account_is_verified(tmp_path: Path) -> None:
    project = minimal(tmp_path)
    for service in ("parks", "libraries"):
        edit_accounts(project, service, lambda account: account.update(last_verified="2026-03-03"))
    result = build(project)
    assert result.returncode == 0, result.output
    page = result.page("accounts/")
    assert page.select(".handbook-notice") == []
    statuses = {status.get_text(" ", strip=True) for status in page.select("td[data-label=Checked]")}
    assert statuses == {"Verified 3 March 2026"}
    welsh = result.page("cy/accounts/")
    assert {s.get_text(" ", strip=True) for s in welsh.select("td[data-label='Wedi\\'i wirio']")} == {
        "Wedi'i wirio 3 Mawrth 2026"}


def test_unverified_accounts_show_the_notice(tmp_path: Path) -> None:  # negative control for the above
    result = build(minimal(tmp_path))
    assert result.page("accounts/").select(".handbook-notice")


INJECTED_NAME = '[click](javascript:alert(1)) **bold** "quoted" & _em_'


def test_markdown_and_quotes_in_the_registry_are_shown_as_text(tmp_path: Path) -> None:
    project = minimal(tmp_path)
    edit_accounts(project, "parks", lambda account: account.update(display_name=INJECTED_NAME[:80],
                                                                   purpose=INJECTED_NAME))
    result = build(project)
    assert result.returncode == 0, result.output
    article = result.page("accounts/").select_one("article")
    assert article.find("a", string=INJECTED_NAME[:80]) is not None
    assert INJECTED_NAME in article.get_text()
    assert article.find("a", href=lambda href: href and href.startswith("javascript:")) is None
    assert article.find("strong", string="bold") is None and article.find("em", string="em") is None


def test_bad_data_stops_the_build_and_keeps_the_published_site(tmp_path: Path) -> None:
    project = minimal(tmp_path)
    (project / "data" / "accounts" / "trees.yml").write_text(
        (ERRORS / "url-is-a-post.yml").read_text(encoding="utf-8").replace("monmouthshire.gov.uk",
                                                                          "fixture-town.example.org"))
    published = project / "site"
    published.mkdir()
    (published / "index.html").write_text("the published handbook", encoding="utf-8")
    result = build(project, published)
    assert result.returncode != 0
    assert "data/accounts/trees.yml:14: accounts[1].url: This is a link to a single post" in result.output
    assert "how to fix:" in result.output
    assert "Traceback" not in result.output
    assert (published / "index.html").read_text(encoding="utf-8") == "the published handbook"


@pytest.mark.parametrize(("call", "message"), [
    ('{{ accounts_table(service="trees") }}', "accounts_table: there is no service 'trees'"),
    ('{{ accounts_table(platform="myspace") }}', "accounts_table: Unknown platform 'myspace'"),
    ('{{ accounts_table(language="fr") }}', "accounts_table: there is no language 'fr'"),
    ('{{ accounts_table(servce="parks") }}', "unexpected keyword argument 'servce'"),
    ('{{ account_card("instagram", "nobody") }}', "there is no Instagram account 'nobody'"),
    ('{{ contact("mayor") }}', "contact: unknown contact 'mayor'"),
    ('{{ acounts_table(service="parks") }}', "unknown macro or value 'acounts_table'. Did you mean 'accounts_table'?"),
    ('{{ accounts_table(service="parks" }}', "this macro call is not written correctly"),
])
def test_a_wrong_macro_call_fails_the_build_clearly(tmp_path: Path, call: str, message: str) -> None:
    project = minimal(tmp_path)
    line = add_to_page(project, "accounts.md", call)
    result = build(project)
    assert result.returncode != 0
    assert f"docs/accounts.md:{line}: " in result.output, result.output
    assert message in result.output
    assert "Traceback" not in result.output


def test_unknown_macro_lists_the_macros(tmp_path: Path) -> None:
    project = minimal(tmp_path)
    add_to_page(project, "index.md", "{{ acounts_table() }}")
    result = build(project)
    assert "use one of: " in result.output and "accounts_directory" in result.output


def test_account_card_shows_one_account(tmp_path: Path) -> None:
    project = minimal(tmp_path)
    add_to_page(project, "index.md", '{{ account_card("instagram", "@FixtureTownParks") }}')
    result = build(project)
    assert result.returncode == 0, result.output
    card = result.page("").select_one(".handbook-card")
    assert card.select_one("a")["href"] == "https://www.instagram.com/fixturetownparks/"
    assert "Parks" in card.get_text()
    assert "Not verified yet" in card.get_text()


@pytest.mark.parametrize("number", ["0", "9"])
def test_a_page_cannot_pull_in_a_listing_by_writing_its_placeholder(tmp_path: Path, number: str) -> None:
    # The build keeps each listing aside while Markdown runs and puts it back in its placeholder.
    # A page that writes a placeholder of its own gets neither a listing (0: the page's first) nor
    # a crash (9: there is no such listing).
    project = minimal(tmp_path)
    add_to_page(project, "accounts.md", f'<div data-handbook-fragment="{number}"></div>')
    result = build(project)
    assert result.returncode == 0, result.output
    assert "Traceback" not in result.output
    article = result.page("accounts/").select_one("article")
    assert len(article.select("table")) == len(build(minimal(tmp_path / "control")).page("accounts/")
                                                .select("article table"))  # the page's own listings, once each
    assert article.select_one(f'div[data-handbook-fragment="{number}"]') is not None  # left as written


@pytest.mark.parametrize("generator", ["mkdocs", "properdocs"])
def test_a_quiet_strict_build_still_stops_on_a_broken_link(tmp_path: Path, generator: str) -> None:
    # MkDocs' -q (and ProperDocs') stops its log at errors, so on its own --strict never sees a
    # warning to fail on.
    project = minimal(tmp_path)

    def quiet_build() -> subprocess.CompletedProcess[str]:
        command = [*MKDOCS[:-1], generator, "build", "-q", "--strict", "-d", str(tmp_path / "site")]
        return subprocess.run(command, cwd=project,
                              env={**ENV, **build_env(project)}, capture_output=True, text=True, timeout=600)

    clean = quiet_build()
    assert clean.returncode == 0 and "WARNING" not in clean.stdout + clean.stderr  # negative control: still quiet
    add_to_page(project, "index.md", "[A page that is not there](missing.md)")
    broken = quiet_build()
    assert broken.returncode != 0
    assert "missing.md" in broken.stdout + broken.stderr


def test_a_fork_without_the_macros_plugin_is_told_what_is_missing(tmp_path: Path) -> None:
    project = minimal(tmp_path)
    config = read_config(project / "mkdocs.yml")
    config["plugins"] = [plugin for plugin in config["plugins"]
                         if not (isinstance(plugin, dict) and "macros" in plugin)]
    write_config(config, project / "mkdocs.yml")
    result = build(project)
    assert result.returncode == 1
    assert "mkdocs.yml: plugins: the 'macros' plugin is missing" in result.output
    assert "Traceback" not in result.output
