"""A second council adopts the handbook by changing data only (issue 13).

The FICTIONAL Example Borough edition (tests/fixtures/editions/example-borough) is built from a
copy of the repository, adopted the way ADOPTING.md says. Its site must hold nothing of the
repository's own council (names, web and email domains, handles, contacts, colours, logo), and
the repository's site nothing of Example Borough. What counts as "the council's" is read from
each edition's data through macros.core.handbook.load, so the test holds in any fork too.
"""

from __future__ import annotations

import gzip
import re
import subprocess
from pathlib import Path

import pytest

from macros.core.handbook import Handbook, load
from tests.edition import edition
from tools.sitebuild import ROOT, Build, build, copy_project, edition_project, run_command

EXAMPLE_BOROUGH = ROOT / "tests" / "fixtures" / "editions" / "example-borough"
SHORTEST = 5  # shorter values ("999", "x") are not the council's own
TEXT_FILES = (".html", ".xml", ".json", ".css", ".js", ".svg", ".txt", ".webmanifest")


def identifying_values(handbook: Handbook) -> set[str]:
    """Everything in an edition's data that names or identifies that council."""
    organisation = handbook.organisation
    values = {organisation.name, organisation.name_cy, organisation.short_name, organisation.short_name_cy,
              organisation.email_domain, organisation.colours.primary, organisation.colours.accent,
              *(host_and_path(url) for url in (organisation.site_url, organisation.council_website,
                                               organisation.repo_url)),
              *organisation.team_mailboxes, organisation.code_owners.default,
              *organisation.code_owners.teams.values()}
    for contact in organisation.contacts.values():
        values |= {contact.email or "", contact.phone or "", (contact.phone or "").replace(" ", "")}
    for service in handbook.registry.services.values():
        values.add(service.contact)
    for account in handbook.registry.accounts:
        values |= {account.handle, account.display_name, account.url, account.contact}
    return {value for value in values if len(value) >= SHORTEST}


def host_and_path(url: str) -> str:
    return url.split("://", 1)[-1].strip("/")


def leaked(site: Path, forbidden: set[str]) -> dict[str, set[str]]:
    """Each built file that contains a forbidden value, case-insensitively, with the values found."""
    pattern = re.compile("|".join(re.escape(value) for value in sorted(forbidden, key=len, reverse=True)),
                         re.IGNORECASE)
    found: dict[str, set[str]] = {}
    for path in sorted(site.rglob("*")):
        if not path.is_file():
            continue
        if path.suffix == ".pdf":  # the words on the pages, and the raw file for its metadata
            text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
            text += path.read_bytes().decode("latin-1")
        elif path.suffix == ".gz":
            text = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        elif path.suffix in TEXT_FILES:
            text = path.read_text(encoding="utf-8", errors="replace")
        else:
            text = path.read_bytes().decode("latin-1")  # images and fonts: look for the bytes
        hits = {match.group(0) for match in pattern.finditer(text)}
        if hits:
            found[path.relative_to(site).as_posix()] = hits
    return found


def skip_if_the_repository_is_example_borough(ours: Handbook, theirs: Handbook) -> None:
    # In a copy adopted with this very edition there is no second council to compare with.
    if ours.organisation.name == theirs.organisation.name:
        pytest.skip("the repository's own edition is Example Borough")


@pytest.fixture(scope="module")
def example_borough(tmp_path_factory: pytest.TempPathFactory) -> Build:
    project = edition_project(EXAMPLE_BOROUGH, tmp_path_factory.mktemp("example-borough") / "project")
    result = build(project, pdf=True)  # the printed handbooks too
    assert result.returncode == 0, result.output
    assert (result.site / "handbook.pdf").is_file() and (result.site / "cy" / "llawlyfr.pdf").is_file()
    return result


# ---- the fixture edition is what the issue asks for -----------------------------------------

def test_every_file_of_the_fictional_edition_says_it_is_fictional() -> None:
    files = [path for path in EXAMPLE_BOROUGH.rglob("*") if path.is_file()]
    assert len(files) >= 5
    for path in files:
        assert "FICTIONAL" in path.read_text(encoding="utf-8"), path


def test_the_fictional_edition_has_english_welsh_and_bilingual_accounts_and_nothing_closed(
        example_borough: Build) -> None:
    handbook = load(example_borough.project)
    assert {account.language.value for account in handbook.registry.accounts} == {"en", "cy", "bilingual"}
    assert all(account.status.value == "active" for account in handbook.registry.accounts)
    assert len(handbook.registry.services) >= 3


def test_a_site_printed_by_its_own_step_links_each_language_to_its_book(example_borough: Build) -> None:
    links = {a.get_text(strip=True): a["href"] for a in example_borough.page("faqs/").select(".handbook-page-actions a")}
    assert links["Download the whole handbook (PDF)"] == "../handbook.pdf"
    welsh = {a.get_text(strip=True): a["href"]
             for a in example_borough.page("cy/faqs/").select(".handbook-page-actions a")}
    assert welsh["Lawrlwytho'r llawlyfr cyfan (PDF)"] == "../llawlyfr.pdf"


def test_adopting_is_checked_and_generated_files_are_current(example_borough: Build) -> None:
    project = example_borough.project
    checked = run_command(project, "check")
    assert checked.returncode == 0, checked.stderr
    assert "Everything is fine" in checked.stdout
    current = run_command(project, "generate", "--check")
    assert current.returncode == 0, current.stderr
    owners = (project / ".github" / "CODEOWNERS").read_text(encoding="utf-8")
    assert "/data/accounts/parks-and-open-spaces.yml @example-borough/parks" in owners
    assert "libraries.yml" not in owners  # the default edition's service files are gone


# ---- nothing of one council in the other's site ---------------------------------------------

def test_the_fictional_site_holds_nothing_of_the_repository_council(example_borough: Build) -> None:
    ours, theirs = load(ROOT), load(example_borough.project)
    skip_if_the_repository_is_example_borough(ours, theirs)
    forbidden = identifying_values(ours) - identifying_values(theirs)
    assert {ours.organisation.name, ours.organisation.colours.primary} <= forbidden  # the list is not empty
    assert not leaked(example_borough.site, forbidden)


def test_the_fictional_site_names_its_own_council(example_borough: Build) -> None:
    # Negative control for the test above: the search finds the edition's own values.
    theirs = load(example_borough.project)
    found = leaked(example_borough.site, identifying_values(theirs))
    assert theirs.organisation.name in found["index.html"]
    assert theirs.organisation.colours.primary in found["assets/stylesheets/organisation.css"]
    logo = theirs.organisation.logo
    assert (example_borough.site / logo).read_bytes() == (EXAMPLE_BOROUGH / "docs" / logo).read_bytes()


def test_the_repository_site_holds_nothing_of_the_fictional_council(site: Build, example_borough: Build) -> None:
    ours, theirs = edition(), load(example_borough.project)
    skip_if_the_repository_is_example_borough(ours, theirs)
    forbidden = identifying_values(theirs) - identifying_values(ours)
    assert not leaked(site.site, forbidden)


def test_the_default_logo_is_not_in_the_fictional_site(example_borough: Build) -> None:
    skip_if_the_repository_is_example_borough(load(ROOT), load(example_borough.project))
    old_logo = (ROOT / "docs" / load(ROOT).organisation.logo).read_bytes()
    copies = [path for path in example_borough.site.rglob("*") if path.is_file() and path.read_bytes() == old_logo]
    assert not copies


def test_running_an_account_shows_the_editions_example_service(example_borough: Build) -> None:
    table = example_borough.page("running-an-account/").select_one(".handbook-listing table")
    assert "Parks and open spaces" in table.caption.get_text()
    handles = {span.get_text() for span in table.select(".handbook-handle")}
    assert handles == {"@examplebgh_parks", "@ExampleBoroughParks"}


# ---- ADOPTING.md's steps, as a council would follow them ------------------------------------

ADOPTING = (ROOT / "ADOPTING.md").read_text(encoding="utf-8")


def test_the_guides_colour_example_is_what_check_prints(tmp_path: Path) -> None:
    example = re.search(r"^data/organisation\.yml:\d+: (colours\.primary: .*\((#[0-9a-f]{6})\).*)$", ADOPTING,
                        re.MULTILINE)
    assert example, "ADOPTING.md shows what check prints for a failing colour"
    project = copy_project(tmp_path / "project")
    organisation = project / "data" / "organisation.yml"
    text = organisation.read_text(encoding="utf-8")
    primary = load(ROOT).organisation.colours.primary
    organisation.write_text(text.replace(f'primary: "{primary}"', f'primary: "{example[2]}"'), encoding="utf-8")
    checked = run_command(project, "check")
    assert checked.returncode == 1
    assert example[1] in checked.stderr, checked.stderr


def test_welsh_can_be_turned_off_as_the_guide_says(tmp_path: Path) -> None:
    switch = re.search(r"^welsh: false$", ADOPTING, re.MULTILINE)
    assert switch, "ADOPTING.md shows the line that turns Welsh off"
    project = edition_project(EXAMPLE_BOROUGH, tmp_path / "project")
    organisation = project / "data" / "organisation.yml"
    organisation.write_text(organisation.read_text(encoding="utf-8") + "\n" + switch[0] + "\n", encoding="utf-8")
    result = build(project, pdf=True)
    assert result.returncode == 0, result.output
    assert not (result.site / "cy").exists()
    assert (result.site / "handbook.pdf").is_file()  # the English book is still printed
    assert not result.page("").select(".md-select__link[hreflang]")  # no language switch
    assert "/cy/" not in result.html("")


def test_publishing_builds_with_the_same_script_the_guide_gives() -> None:
    deploy = (ROOT / ".github" / "workflows" / "deploy.yml").read_text(encoding="utf-8")
    assert "run: bash scripts/build.sh" in deploy and "bash scripts/build.sh" in ADOPTING
    for step in ("Sync fork", "Settings", "GitHub Actions", "python -m macros check", "python -m macros generate",
                 "bash scripts/serve.sh", "bash scripts/test.sh"):
        assert step in ADOPTING, step
