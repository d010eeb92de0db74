"""Small variants of the handbook, each built to prove one edge case in the HTML."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tools.sitebuild import ROOT, Build, build, copy_project

FIXTURES = ROOT / "tests" / "fixtures"


def verified(text: str) -> str:
    """Give every account in a service file a last_verified date."""
    return re.sub(r"(\n    opened: [0-9-]+)", r"\1\n    last_verified: 2026-03-03", text)


@pytest.fixture(scope="module")
def verified_site(tmp_path_factory: pytest.TempPathFactory) -> Build:
    project = copy_project(tmp_path_factory.mktemp("verified") / "project")
    for path in (project / "data" / "accounts").glob("*.yml"):
        path.write_text(verified(path.read_text(encoding="utf-8")), encoding="utf-8")
    result = build(project)
    assert result.returncode == 0, result.output
    return result


def test_notice_disappears_when_every_active_account_is_verified(verified_site: Build) -> None:
    page = verified_site.page("accounts/")
    assert page.select(".handbook-notice") == []
    statuses = {status.get_text(" ", strip=True) for status in page.select("td[data-label=Checked]")}
    assert statuses == {"Verified 3 March 2026"}
    welsh = verified_site.page("cy/accounts/")
    assert {s.get_text(" ", strip=True) for s in welsh.select("td[data-label='Wedi\\'i wirio']")} == {
        "Wedi'i wirio 3 Mawrth 2026"}


INJECTED_NAME = '<script>alert("name")</script> **bold** [click](javascript:alert(1))'
INJECTED_PURPOSE = '<img src=x onerror=alert(2)> _emphasis_ {{ 7 * 7 }} <b>not bold</b>'


def test_html_javascript_and_markdown_in_the_registry_are_shown_as_text(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    libraries = project / "data" / "accounts" / "libraries.yml"
    text = libraries.read_text(encoding="utf-8")
    text = text.replace("display_name: Monmouthshire Libraries\n    purpose: Events, new books and Rhyme Time "
                        "sessions in our libraries.",
                        f"display_name: '{INJECTED_NAME}'\n    purpose: '{INJECTED_PURPOSE}'", 1)
    libraries.write_text(text, encoding="utf-8")
    result = build(project)
    assert result.returncode == 0, result.output
    page = result.page("accounts/")
    article = page.select_one("article")
    # Shown, literally, as text...
    assert page.find("a", string=INJECTED_NAME) is not None
    assert INJECTED_PURPOSE in article.get_text()
    # ...and never interpreted.
    assert not [s for s in article.find_all("script") if "alert" in s.get_text()]
    assert article.find("img", attrs={"onerror": True}) is None
    assert article.find("a", href=re.compile("^javascript:")) is None
    assert article.find("strong", string="bold") is None and article.find("em", string="emphasis") is None
    assert article.find("b", string="not bold") is None
    assert "49" not in article.get_text()
    raw = (result.site / "accounts" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#34;name&#34;)&lt;/script&gt;" in raw


def test_bad_data_stops_the_build_and_keeps_the_published_site(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    shutil.copy(FIXTURES / "registry-errors" / "url-is-a-post.yml", project / "data" / "accounts" / "parks.yml")
    published = project / "site"
    published.mkdir()
    (published / "index.html").write_text("the published handbook", encoding="utf-8")
    result = build(project, published)
    assert result.returncode != 0
    assert "data/accounts/parks.yml:14: accounts[1].url: This is a link to a single post" in result.output
    assert "how to fix:" in result.output
    assert "Traceback" not in result.output
    assert (published / "index.html").read_text(encoding="utf-8") == "the published handbook"


@pytest.mark.parametrize(("call", "message"), [
    ('{{ accounts_table(service="parks") }}', "accounts_table: there is no service 'parks'"),
    ('{{ accounts_table(platform="myspace") }}', "accounts_table: Unknown platform 'myspace'"),
    ('{{ accounts_table(language="fr") }}', "accounts_table: there is no language 'fr'"),
    ('{{ accounts_table(servce="libraries") }}', "unexpected keyword argument 'servce'"),
    ('{{ account_card("instagram", "nobody") }}', "there is no Instagram account 'nobody'"),
    ('{{ contact("mayor") }}', "contact: unknown contact 'mayor'"),
])
def test_a_wrong_macro_call_fails_the_build_clearly(tmp_path: Path, call: str, message: str) -> None:
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "house-rules.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    page.write_text("\n".join([*lines, "", call, ""]), encoding="utf-8")
    result = build(project)
    assert result.returncode != 0
    assert f"docs/house-rules.md:{len(lines) + 2}: " in result.output, result.output
    assert message in result.output
    assert "Traceback" not in result.output


def test_account_card_shows_one_account(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "house-rules.md"
    page.write_text(page.read_text(encoding="utf-8") + '\n\n{{ account_card("instagram", "@MonLibraries") }}\n',
                    encoding="utf-8")
    result = build(project)
    assert result.returncode == 0, result.output
    card = result.page("house-rules/").select_one(".handbook-card")
    assert card.select_one("a")["href"] == "https://www.instagram.com/monlibraries/"
    assert "Libraries" in card.get_text()
    assert "Not verified yet" in card.get_text()
