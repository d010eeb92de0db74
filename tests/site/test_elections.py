"""Election mode: during a pre-election period set in the organisation file, every page in both
languages shows a banner and a short checklist; before and after it, no page does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.sitebuild import ROOT, build, fixture_project, run_command

MINIMAL = ROOT / "tests" / "fixtures" / "sites" / "minimal"
ELECTION = """
elections:
  - name: town council elections
    name_cy: etholiadau'r cyngor tref
    definite_cy: false  # its own article: 'ar gyfer etholiadau'r cyngor tref'
    pre_election_starts: 2027-03-31
    polling_day: 2027-05-06
"""
PAGES = ["", "accounts/", "cy/", "cy/accounts/"]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = fixture_project(MINIMAL, tmp_path_factory.mktemp("elections") / "project")
    organisation = project / "data" / "organisation.yml"
    organisation.write_text(organisation.read_text(encoding="utf-8") + ELECTION, encoding="utf-8")
    return project


@pytest.mark.parametrize("day", ["2027-03-31", "2027-04-20", "2027-05-06"])
def test_banner_and_checklist_on_every_page_during_the_period(project: Path, tmp_path: Path, day: str) -> None:
    result = build(project, tmp_path / "site", env={"HANDBOOK_TODAY": day})
    assert result.returncode == 0, result.output
    for url in PAGES:
        banner = result.page(url).select_one(".handbook-election")
        assert banner is not None, f"no banner on /{url} on {day}"
        words = " ".join(banner.get_text(" ").split())
        if url.startswith("cy/"):
            assert "Cyfnod cyn etholiad ar gyfer etholiadau'r cyngor tref" in words and "6 Mai 2027" in words
        else:
            assert "Pre-election period for the town council elections" in words and "6 May 2027" in words
        assert len(banner.select("li")) == 3
        assert banner.select_one("a[href*='using-social-media/#pre-election-period']")


@pytest.mark.parametrize("day", ["2027-03-30", "2027-05-07"])
def test_no_banner_before_or_after(project: Path, tmp_path: Path, day: str) -> None:
    result = build(project, tmp_path / "site", env={"HANDBOOK_TODAY": day})
    assert result.returncode == 0, result.output
    assert all(result.page(url).select_one(".handbook-election") is None for url in PAGES)


@pytest.mark.parametrize(("starts", "polling", "words"), [
    ("2027-05-06", "2027-03-31", "must come after pre_election_starts"),
    ("2027-01-02", "2027-05-06", "the pre-election period is 124 days long"),
    ("2027-02-30", "2027-05-06", "'2027-02-30' is not a valid value"),
])
def test_bad_election_dates_are_data_errors(tmp_path: Path, starts: str, polling: str, words: str) -> None:
    project = fixture_project(MINIMAL, tmp_path / "project")
    organisation = project / "data" / "organisation.yml"
    bad = ELECTION.replace("2027-03-31", starts, 1).replace("polling_day: 2027-05-06", f"polling_day: {polling}")
    organisation.write_text(organisation.read_text(encoding="utf-8") + bad, encoding="utf-8")
    result = run_command(project, "check")
    assert result.returncode == 1
    assert "data/organisation.yml:" in result.stderr and "elections" in result.stderr, result.stderr
    assert words in result.stderr and "Traceback" not in result.stderr
