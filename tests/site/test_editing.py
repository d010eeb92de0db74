"""The editing loop as a reader and an editor see it: review dates, page actions, the change feed."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
import yaml

from macros.__main__ import main as cli
from macros.core.pages import split_front_matter
from tests.edition import edition, edition_root
from tools.sitebuild import ROOT, Build, build, copy_project

ATOM = "{http://www.w3.org/2005/Atom}"
BUILD_DAY = "2026-12-07"  # a fixed day on or after every page's last review: no page is reviewed "in the future"


def text(node) -> str:
    return " ".join(node.get_text(" ").split())


# ---- review dates ---------------------------------------------------------------------------

def test_front_matter_split_gives_the_body_line() -> None:
    front, body, line = split_front_matter("---\ntitle: A\nowner: B\n---\n# Heading\n")
    assert front == "title: A\nowner: B\n" and body == "# Heading\n" and line == 5
    assert split_front_matter("# No front matter\n")[0] is None  # negative control


def test_every_page_shows_owner_and_review_dates(site: Build) -> None:
    page = site.page("faqs/")
    line = text(page.select_one(".handbook-review"))
    updated = r"Last updated \d{1,2} \w+ \d{4}\. " if edition_root() == ROOT else ""  # copies have no git history
    assert re.fullmatch(updated + r"Last reviewed \d{1,2} \w+ \d{4} by the communications team\. "
                        r"Next review due by \d{1,2} \w+ \d{4}\. Checked against the law on \d{1,2} \w+ \d{4}\.",
                        line), line
    assert "Adolygwyd ddiwethaf" in text(site.page("cy/accounts/").select_one(".handbook-review"))


@pytest.fixture(scope="module")
def review_site(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """House rules (English) and the Welsh accounts page were last reviewed long ago."""
    project = copy_project(tmp_path_factory.mktemp("reviews") / "project")
    for name in ("house-rules.md", "accounts.cy.md"):
        page = project / "docs" / name
        page.write_text(re.sub(r"last_reviewed: \S+", "last_reviewed: 2024-01-15", page.read_text()), "utf-8")
    result = build(project, env={"HANDBOOK_TODAY": BUILD_DAY})
    assert result.returncode == 0, result.output
    return result


def test_overdue_page_shows_a_warning_instead_of_the_review_line(review_site: Build) -> None:
    page = review_site.page("house-rules/")
    warning = page.select_one(".handbook-review--overdue")
    assert warning is not None
    assert "overdue for review" in text(warning) and "15 January 2025" in text(warning)
    assert page.select_one("p.handbook-review") is None
    assert warning.find_next("h1") is not None  # the warning comes before the page's content


def test_page_not_yet_due_shows_no_warning(review_site: Build) -> None:
    page = review_site.page("faqs/")  # negative control: reviewed within its interval
    assert page.select_one(".handbook-review--overdue") is None
    assert "Next review due by 7 December 2027" in text(page.select_one("p.handbook-review"))


def test_overdue_warning_is_in_welsh_on_welsh_pages(review_site: Build) -> None:
    warning = review_site.page("cy/accounts/").select_one(".handbook-review--overdue")
    assert warning is not None and "Mae angen adolygu'r dudalen hon" in text(warning)
    assert "15 Gorffennaf 2024" in text(warning)


def test_reviews_command_lists_overdue_pages(review_site: Build, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HANDBOOK_TODAY", BUILD_DAY)
    code = cli(["reviews", "--root", str(review_site.project), "--due-within", "30"])
    output = capsys.readouterr().out
    assert code == 0
    overdue = output.split("## Overdue: ")[1].split("##")[0]
    assert "docs/house-rules.md: due 15 January 2025" in overdue
    assert "docs/faqs.md" not in overdue


@pytest.mark.parametrize(("front", "field", "message"), [
    ("owner: Communications team\n", "owner", "this field is missing"),
    ("last_reviewed: 2026-12-07\n", "last_reviewed", "this field is missing"),
    ("review_interval_months: 12\n", "review_interval_months", "this field is missing"),
])
def test_reviews_command_fails_on_missing_metadata(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    front: str, field: str, message: str) -> None:
    monkeypatch.setenv("HANDBOOK_TODAY", BUILD_DAY)
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "faqs.md"
    page.write_text(page.read_text().replace(front, ""), "utf-8")
    code = cli(["reviews", "--root", str(project)])
    output = capsys.readouterr().err
    assert code == 1
    assert re.search(rf"docs/faqs\.md:\d+: {field}: {message}", output), output
    assert "Traceback" not in output


def test_build_fails_on_malformed_review_metadata(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "house-rules.md"
    page.write_text(page.read_text().replace("review_interval_months: 12", "review_interval_months: often"), "utf-8")
    result = build(project)
    assert result.returncode != 0
    assert "docs/house-rules.md:6: review_interval_months: this should be a whole number" in result.output
    assert "Traceback" not in result.output


# ---- page actions ---------------------------------------------------------------------------

def test_every_page_can_be_edited_and_reported(site: Build) -> None:
    page = site.page("when-things-go-wrong/")
    links = {a.get_text(strip=True): a["href"] for a in page.select(".handbook-page-actions a")}
    assert links["Edit this page"].endswith("/edit/main/docs/when-things-go-wrong.md")
    report = links["Report a problem with this page"]
    organisation = edition().organisation
    assert report.startswith(f"{organisation.repo_url.rstrip('/')}/issues/new?")
    assert "template=page-problem.yml" in report and "When%20things%20go%20wrong" in report
    assert f"page={organisation.site_url.replace('://', '%3A//')}when-things-go-wrong/" in report
    assert links["email us"].startswith(f"mailto:{organisation.contact('comms').email}?subject=")
    # The shared build has no printing step, so it links to no PDF (test_editions.py checks the link
    # where the printing step ran).
    assert "Download the whole handbook (PDF)" not in links and not (site.site / "handbook.pdf").exists()


# ---- what's changed -------------------------------------------------------------------------

CHANGELOG = yaml.safe_load((ROOT / "CHANGELOG.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("lang", "folder"), [("en", ""), ("cy", "cy/")])
def test_feed_is_valid_atom_with_every_change(site: Build, lang: str, folder: str) -> None:
    root = ET.parse(site.site / folder / "changes.xml").getroot()
    assert root.tag == f"{ATOM}feed" and root.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
    for required in ("id", "title", "updated", "author"):
        assert root.find(f"{ATOM}{required}") is not None
    assert root.find(f"{ATOM}link[@rel='self']").get("href").endswith(f"/{folder}changes.xml")
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == len(CHANGELOG)
    ids = [entry.findtext(f"{ATOM}id") for entry in entries]
    assert len(set(ids)) == len(ids)
    for entry, change in zip(entries, CHANGELOG):
        summary = change["summary_cy"] if lang == "cy" and change.get("summary_cy") else change["summary"]
        assert entry.findtext(f"{ATOM}summary") == summary
        assert entry.findtext(f"{ATOM}updated").startswith(change["date"].isoformat())
        href = entry.find(f"{ATOM}link").get("href")
        path = href.split(edition().organisation.site_url)[1]
        assert (site.site / path / "index.html").is_file(), href


def test_whats_changed_page_matches_the_feed(site: Build) -> None:
    page = site.page("whats-changed/")
    items = page.select(".handbook-changes li")
    assert len(items) == len(CHANGELOG)
    assert CHANGELOG[0]["summary"] in text(items[0])
    assert items[0]["id"] == f"change-{len(CHANGELOG)}"
    assert page.select_one('a[type="application/atom+xml"]')["href"] == "../changes.xml"


def test_the_home_page_and_the_changes_page_link_the_feed_in_their_head(site: Build) -> None:
    for path in ("", "whats-changed/", "cy/", "cy/whats-changed/"):
        link = site.page(path).select_one('head link[rel=alternate][type="application/atom+xml"]')
        assert link is not None
        assert link["href"].endswith(("cy/changes.xml" if path.startswith("cy") else "/changes.xml"))
    # Other pages list no alternates: Material would fetch a sitemap beside each (a 404 in the console).
    assert not site.page("faqs/").select('head link[rel=alternate]')


def test_a_bad_changelog_entry_stops_the_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    changelog = project / "CHANGELOG.yml"
    changelog.write_text(changelog.read_text().replace("page: accounts.md", "page: acounts.md"), "utf-8")
    result = build(project)
    assert result.returncode != 0
    assert re.search(r"CHANGELOG\.yml:\d+: \[\d+\]\.page: there is no page docs/acounts\.md", result.output)
    assert "Traceback" not in result.output


def test_fixture_copies_have_no_git_dates(review_site: Build) -> None:
    # Negative control for the line above: without git history there is no "Last updated".
    assert "Last updated" not in text(review_site.page("faqs/").select_one("p.handbook-review"))


# ---- published addresses keep working -------------------------------------------------------

def test_every_published_address_still_exists(site: Build) -> None:
    from macros.outputs.published import LIST, missing, read_list, site_urls
    published = read_list(ROOT / LIST)
    assert {"/", "/faqs/", "/cy/accounts/", "/rules/"} <= published
    lost = missing(published, site.site)
    assert not lost, f"published pages disappeared without a redirect: {lost}"
    new = site_urls(site.site) - published
    assert not new, f"new pages are not in {LIST}: run `.venv/bin/python -m macros published refresh site`"


def test_short_addresses_redirect_to_their_pages(site: Build) -> None:
    refresh = site.page("rules/").find("meta", attrs={"http-equiv": "refresh"})
    assert refresh is not None and "house-rules/" in refresh["content"]


def test_removing_a_page_without_a_redirect_is_caught(tmp_path: Path) -> None:
    from macros.outputs.published import LIST, missing, read_list
    project = copy_project(tmp_path / "project")
    for page in ("whats-changed.md", "whats-changed.cy.md"):  # a page is its English and its Welsh file
        (project / "docs" / page).unlink(missing_ok=True)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("      - What's changed: whats-changed.md\n", ""), "utf-8")
    result = build(project)
    assert result.returncode == 0, result.output
    assert missing(read_list(ROOT / LIST), result.site) == ["/cy/whats-changed/", "/whats-changed/"]
