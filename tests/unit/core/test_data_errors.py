"""One fixture per class of data error: each must name the file, the line and the field,
exit non-zero and print no traceback. Fixtures live in tests/fixtures/registry-errors/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from macros.__main__ import main as cli
from tools.sitebuild import ROOT, run_command

FIXTURES = ROOT / "tests" / "fixtures" / "registry-errors"
# Fixed inputs, so these tests hold whatever edition the repository holds.
ORGANISATION = ROOT / "tests" / "fixtures" / "data-checks" / "organisation.yml"
MINIMAL_LOGO = ROOT / "tests" / "fixtures" / "sites" / "minimal" / "docs" / "assets" / "images" / "logo.svg"

# fixture file, line, field, words the message must contain
CASES = [
    ("unknown-field", 14, "accounts[1].owner_name", "not a field we know"),
    ("missing-field", 7, "accounts[1].purpose", "missing"),
    ("wrong-type", 9, "accounts[1].display_name", "should be text"),
    ("unknown-platform", 7, "accounts[1].platform", "platform 'myspace'"),
    ("bad-handle", 8, "accounts[1].handle", "Instagram does not allow: space, '!'"),
    ("url-is-a-post", 14, "accounts[1].url", "single post"),
    ("url-has-tracking", 14, "accounts[1].url", "tracking"),
    ("url-other-handle", 14, "accounts[1].url", "someoneelse"),
    ("future-date", 13, "accounts[1].opened", "in the future"),
    ("impossible-date", 13, "accounts[1].opened", "not a valid value"),
    ("archived-without-closed", 7, "accounts[1].closed", "needs the date it closed"),
    ("closed-but-active", 14, "accounts[1].closed", "only archived accounts"),
    ("bad-language", 11, "accounts[1].language", "'en', 'cy' or 'bilingual'"),
    ("contact-off-domain", 14, "accounts[1].contact", "not on the council's email domain"),
    ("duplicate-key", 14, "handle", "appears twice"),
    ("duplicate-account", 14, "handle", "already listed at data/accounts/parks.yml:7"),
    ("yaml-syntax", 9, "yaml", "not valid YAML"),
    ("yaml-alias-bomb", 6, "yaml", "anchors and aliases"),
    ("yaml-python-tag", 9, "yaml", "tags"),
    ("service-missing-team", 2, "service.team", "missing"),
    ("accounts-not-a-list", 6, "accounts", "list of accounts"),
    ("account-not-a-mapping", 7, "accounts[1]", "key: value"),
    ("english-only-without-reason", 7, "language", "posts in English only, with no Welsh account beside it"),
    ("previous-handle-bad", 15, "accounts[1].previous_handles[1].handle", "Instagram does not allow: space, '!'"),
    ("previous-handle-current", 15, "accounts[1].previous_handles[1].handle", "the account's current handle"),
    ("previous-handle-order", 18, "accounts[1].previous_handles[2].changed", "oldest first"),
    ("previous-handle-no-date", 15, "accounts[1].previous_handles[1].changed", "missing"),
]


PAGE = "---\ntitle: Home\nowner: Communications team\nlast_reviewed: 2026-01-10\nreview_interval_months: 12\n---\n\n# Home\n"


def make_root(tmp_path: Path) -> Path:
    """A minimal handbook folder: a fixed organisation file and logo, one page, an empty registry."""
    (tmp_path / "data" / "accounts").mkdir(parents=True)
    shutil.copy(ORGANISATION, tmp_path / "data" / "organisation.yml")
    logo = tmp_path / "docs" / "assets" / "images" / "logo.svg"
    logo.parent.mkdir(parents=True)
    shutil.copy(MINIMAL_LOGO, logo)
    (tmp_path / "docs" / "index.md").write_text(PAGE, encoding="utf-8")
    (tmp_path / "CHANGELOG.yml").write_text("[]\n", encoding="utf-8")
    return tmp_path


def run_check(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli(["check", "--root", str(root)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize(("fixture", "line", "field", "words"), CASES, ids=[case[0] for case in CASES])
def test_each_error_names_file_line_and_field(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              fixture: str, line: int, field: str, words: str) -> None:
    root = make_root(tmp_path)
    shutil.copy(FIXTURES / f"{fixture}.yml", root / "data" / "accounts" / "parks.yml")
    code, output = run_check(root, capsys)
    assert code == 1
    assert f"data/accounts/parks.yml:{line}: {field}: " in output, output
    assert words in output, output
    assert "how to fix:" in output
    assert "Traceback" not in output


def test_every_fixture_is_covered() -> None:
    assert {path.stem for path in FIXTURES.glob("*.yml")} == {case[0] for case in CASES}


def test_all_problems_are_reported_in_one_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_root(tmp_path)
    for fixture in ("unknown-field", "future-date", "url-is-a-post"):
        shutil.copy(FIXTURES / f"{fixture}.yml", root / "data" / "accounts" / f"{fixture}.yml")
    code, output = run_check(root, capsys)
    assert code == 1
    assert "Found 3 problems" in output
    for fixture in ("unknown-field", "future-date", "url-is-a-post"):
        assert f"data/accounts/{fixture}.yml:" in output


def test_duplicates_are_found_across_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_root(tmp_path)
    text = (FIXTURES / "unknown-field.yml").read_text().replace("    owner_name: A Person\n", "")
    (root / "data" / "accounts" / "parks.yml").write_text(text)
    (root / "data" / "accounts" / "play.yml").write_text(text.replace("monparks", "MonParks"))
    code, output = run_check(root, capsys)
    assert code == 1
    assert "data/accounts/play.yml:7: handle: Instagram account 'monparks' is already listed at " \
           "data/accounts/parks.yml:7" in output


def test_oversized_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_root(tmp_path)
    (root / "data" / "accounts" / "parks.yml").write_text("# padding\n" * 200_000)
    code, output = run_check(root, capsys)
    assert code == 1 and "data/accounts/parks.yml:1: file: the file is larger than" in output


def test_badly_named_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_root(tmp_path)
    shutil.copy(FIXTURES / "bad-language.yml", root / "data" / "accounts" / "Parks Team.yml")
    code, output = run_check(root, capsys)
    assert code == 1 and "data/accounts/Parks Team.yml:1: file: 'Parks Team.yml' is not a good file name" in output


def test_empty_registry_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, output = run_check(make_root(tmp_path), capsys)
    assert code == 1 and "data/accounts:1: folder: there are no service files here" in output


# ---- the organisation file ------------------------------------------------------------------

ORG_CASES = [
    ("name_cy: Cyngor Sir Fynwy\n", "", "name_cy", "this field is missing"),
    ('primary: "#1d4f91"', 'primary: "blue"', "colours.primary", "is not a colour"),
    ("site_url: https://handbook.example.org/", "site_url: handbook", "site_url", "https://"),
    ("email: communications@monmouthshire.gov.uk", "email: comms@gmail.com", "contacts.comms.email",
     "not on the council's email domain"),
    ("logo: assets/images/logo.svg", "logo: assets/images/missing.svg", "logo", "no file at docs/"),
    ("all_staff_access_since: 2011-01-01", "all_staff_access_since: soon", "all_staff_access_since",
     "should be a date"),
    ("  safeguarding:\n", "  safeguarding_team:\n", "contacts", "missing contact routes: safeguarding"),
    ("contacts_are_samples: true", "contacts_are_samples: true\nmayor: Somebody", "mayor", "not a field we know"),
]


@pytest.mark.parametrize(("old", "new", "field", "words"), ORG_CASES, ids=[case[2] for case in ORG_CASES])
def test_organisation_errors_name_the_key(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          old: str, new: str, field: str, words: str) -> None:
    root = make_root(tmp_path)
    shutil.copy(FIXTURES / "unknown-field.yml", root / "data" / "accounts" / "parks.yml")
    org = root / "data" / "organisation.yml"
    assert old in org.read_text()
    org.write_text(org.read_text().replace(old, new))
    code, output = run_check(root, capsys)
    assert code == 1
    assert "data/organisation.yml:" in output and f": {field}: " in output, output
    assert words in output, output
    assert "Traceback" not in output


def test_the_real_data_passes(capsys: pytest.CaptureFixture[str]) -> None:
    code, output = run_check(ROOT, capsys)
    assert code == 0, output
    assert output.startswith("Everything is fine")


def test_command_line_exit_code_and_no_traceback(tmp_path: Path) -> None:
    root = make_root(tmp_path)
    shutil.copy(FIXTURES / "yaml-python-tag.yml", root / "data" / "accounts" / "parks.yml")
    result = run_command(root, "check")
    assert result.returncode == 1
    assert "data/accounts/parks.yml:9: yaml:" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
