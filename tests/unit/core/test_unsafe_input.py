"""Hostile or ambiguous input in every file an editor can touch: each is refused with
file, line and field, exit status 1 and no traceback, by `python -m macros check`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tools.sitebuild import ROOT, run_command

MINIMAL = ROOT / "tests" / "fixtures" / "sites" / "minimal"


@pytest.fixture()
def root(tmp_path: Path) -> Path:
    project = tmp_path / "edition"
    for name in ("data", "docs", "CHANGELOG.yml"):
        source = MINIMAL / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, project / name)
    return project


def check(root: Path) -> str:
    result = run_command(root, "check")
    output = result.stdout + result.stderr
    assert "Traceback" not in output and "Segmentation" not in output, output
    assert result.returncode == 1, output
    return output


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_minimal_edition_passes(root: Path) -> None:  # negative control for every test below
    result = run_command(root, "check")
    assert result.returncode == 0, result.stderr


# ---- files: links, names, nesting, bombs ------------------------------------------------------

def test_service_file_that_is_a_link_is_refused(root: Path, tmp_path: Path) -> None:
    outside = tmp_path / "secret.yml"
    shutil.copy(root / "data" / "accounts" / "parks.yml", outside)
    (root / "data" / "accounts" / "stolen.yml").symlink_to(outside)
    assert "data/accounts/stolen.yml:1: file: this is a symbolic link" in check(root)


def test_page_that_links_outside_docs_is_refused(root: Path, tmp_path: Path) -> None:
    outside = tmp_path / "private.md"
    outside.write_text((root / "docs" / "index.md").read_text())
    (root / "docs" / "private.md").symlink_to(outside)
    assert "docs/private.md:1: file: this page is a link to a file outside docs/" in check(root)


@pytest.mark.parametrize(("page", "address", "taken"), [
    ("pagefind.md", "/pagefind/", "the search index (pagefind)"),
    ("pagefind-accounts.cy.md", "/cy/pagefind-accounts/", "the search index of accounts"),
    ("lookup/help.md", "/lookup/help/", "the account check's data (lookup)"),
    ("accounts.json.md", "/accounts.json/", "the registry as open data (accounts.json)"),
    ("cy.md", "/cy/", "a language's folder (cy)"),
])
def test_a_page_where_the_build_writes_its_own_files_is_refused(root: Path, page: str, address: str,
                                                                 taken: str) -> None:
    # Left alone, the search index deleted such a page from the site, and accounts.json stopped
    # the build with a traceback.
    (root / "docs" / page).parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(root / "docs" / "accounts.md", root / "docs" / page)
    output = check(root)
    assert f"docs/{page}:1: file: this page would be at {address}, where the site has {taken}" in output, output


def test_a_page_not_saved_as_utf8_is_refused_with_its_line(root: Path) -> None:
    page = root / "docs" / "accounts.md"
    lines = page.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[4] = lines[4].rstrip("\n") + " Caf\xe9.\n"  # written by an editor set to Windows-1252
    page.write_bytes("".join(lines).encode("cp1252"))
    assert "docs/accounts.md:5: file: the page is not saved as UTF-8 text (byte 0xE9 is not UTF-8)" in check(root)


def test_a_page_with_a_byte_order_mark_and_windows_line_ends_is_read_as_mkdocs_reads_it(root: Path) -> None:
    # Negative control: MkDocs builds such a page, so the check must not refuse it.
    for name in ("accounts.md", "index.md"):
        page = root / "docs" / name
        page.write_bytes(b"\xef\xbb\xbf" + page.read_bytes().replace(b"\n", b"\r\n"))
    result = run_command(root, "check")
    assert result.returncode == 0, result.stdout + result.stderr

def test_an_image_or_logo_that_runs_code_is_refused(root: Path) -> None:
    # Every file in docs/ is published, and an SVG opened on its own runs its script as the site.
    logo = root / "docs" / "assets" / "images" / "logo.svg"
    logo.write_text(logo.read_text(encoding="utf-8").replace("</svg>", "<script>alert(1)</script></svg>"),
                    encoding="utf-8")
    (root / "docs" / "diagram.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')
    output = check(root)
    assert "docs/assets/images/logo.svg:1: file: this image has a <script> element" in output
    assert "docs/diagram.svg:1: file: this image has an event attribute (onload) on <svg>" in output


def test_a_png_logo_that_is_not_a_png_is_refused(root: Path) -> None:
    (root / "docs" / "assets" / "images" / "logo.png").write_text("<html><script>alert(1)</script></html>")
    organisation = root / "data" / "organisation.yml"
    organisation.write_text(organisation.read_text(encoding="utf-8").replace("logo.svg", "logo.png"), encoding="utf-8")
    assert "data/organisation.yml:11: logo: docs/assets/images/logo.png is not a PNG image" in check(root)

def test_a_page_named_like_an_output_but_not_the_same_is_a_page(root: Path) -> None:  # negative control
    for page in ("lookups.md", "search-tips.cy.md", "accounts-json.md", "guides/pagefind.md"):
        (root / "docs" / page).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(root / "docs" / "accounts.md", root / "docs" / page)
    result = run_command(root, "check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_file_and_folder_the_outputs_write_is_kept_from_pages() -> None:
    from macros.core.history import FEED_FILE as REGISTRY_FEED
    from macros.core.pages import SITE_OUTPUTS
    from macros.outputs.feed import FEED_FILE
    from macros.outputs.lookup_data import FOLDER
    from macros.outputs.open_data import CSV_FILE, JSON_FILE, SCHEMA_FILE
    from macros.outputs.search_index import ACCOUNTS, PAGES
    assert {REGISTRY_FEED, FEED_FILE, FOLDER, CSV_FILE, JSON_FILE, SCHEMA_FILE, ACCOUNTS, PAGES} <= set(SITE_OUTPUTS)

@pytest.mark.parametrize(("name", "words"), [
    ("parks.yaml", "are the same service"),
    ("Parks.yml", "are the same service"),
    ("trees.YML", "ends in '.YML'"),
    ("notes.txt", "this is not a service file"),
])
def test_ambiguous_service_file_names_are_refused(root: Path, name: str, words: str) -> None:
    shutil.copy(root / "data" / "accounts" / "parks.yml", root / "data" / "accounts" / name)
    output = check(root)
    assert f"data/accounts/{name}:1: file: " in output or "data/accounts/parks.yml:1: file: " in output, output
    assert words in output


@pytest.mark.parametrize("text", ["service: " + "[" * 100_000 + "]" * 100_000 + "\n",
                                  "service:\n" + "- " * 100_000 + "x\n",
                                  "service:\n" + "".join(f"{'  ' * level}a{level}:\n" for level in range(40)) + "  " * 40 + "x: 1\n"])
def test_absurd_nesting_is_refused_before_the_parser_crashes(root: Path, text: str) -> None:
    (root / "data" / "accounts" / "deep.yml").write_text(text, encoding="utf-8")
    assert "data/accounts/deep.yml:" in check(root)


def test_alias_bomb_in_front_matter_is_refused(root: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b]\n"
    replace(root / "docs" / "index.md", "title: Home\n", "title: Home\n" + bomb)
    assert "docs/index.md:3: yaml: anchors and aliases (& and *) are not allowed" in check(root)


def test_impossible_date_in_front_matter(root: Path) -> None:
    replace(root / "docs" / "index.md", "last_reviewed: 2026-01-10", "last_reviewed: 2026-13-45")
    assert "docs/index.md:5: last_reviewed: '2026-13-45' is not a valid value" in check(root)


def test_review_interval_that_is_not_a_number_is_caught_by_check(root: Path) -> None:
    replace(root / "docs" / "index.md", "review_interval_months: 12", "review_interval_months: often")
    assert "docs/index.md:6: review_interval_months: " in check(root)


def test_changelog_entry_for_a_missing_page_is_caught_by_check(root: Path) -> None:
    replace(root / "CHANGELOG.yml", "page: accounts.md", "page: acounts.md")
    assert "CHANGELOG.yml:2: [1].page: there is no page docs/acounts.md" in check(root)


# ---- values: text, addresses, mailboxes, paths ---------------------------------------------------

ORG = Path("data/organisation.yml")
PARKS = Path("data/accounts/parks.yml")
INDEX = Path("docs/index.md")


@pytest.mark.parametrize(("file", "old", "new", "where", "words"), [
    (ORG, "name: Fixture Town Council", "name: Fixture <img src=x onerror=alert(1)>", "name", "could be read as web page code"),
    (ORG, "site_url: https://handbook.fixture-town.example.org/", 'site_url: \'https://handbook.fixture-town.example.org/">\'',
     "site_url", "not a usable web address"),
    (ORG, "repo_url: https://github.com/fixture-town/handbook", "repo_url: javascript:alert(1)", "repo_url", "https://"),
    (ORG, "logo: assets/images/logo.svg", "logo: ../../../../etc/passwd.svg", "logo", "must be a path inside docs/"),
    (ORG, "    email: comms@fixture-town.example.org", "    email: jane.smith@fixture-town.example.org",
     "contacts.comms.email", "looks like a person's own mailbox"),
    (PARKS, "  contact: parks@fixture-town.example.org", "  contact: https://fixture-town.example.org.evil.example/form",
     "service.contact", "not on the council's own website"),
    (PARKS, "    display_name: Fixture Town Parks\n    purpose: Events", "    display_name: \"Fixture \\u202eskraP\"\n    purpose: Events",
     "accounts[1].display_name", "changes the reading direction"),
    (PARKS, "    display_name: Fixture Town Parks\n    purpose: Events", "    display_name: \"Fixture {{ config }}\"\n    purpose: Events",
     "accounts[1].display_name", "template code"),
    (INDEX, "title: Home", "title: Home {{ config.site_name }}", "title", "template code"),
    (INDEX, "description: A minimal fixture site.", "description: A site\" onmouseover=\"alert(1)", None, None),
])
def test_values_that_can_never_be_valid_are_refused(root: Path, file: Path, old: str, new: str,
                                                    where: str | None, words: str | None) -> None:
    replace(root / file, old, new)
    if where is None:  # quotes are fine in a description: they are escaped where they appear
        assert run_command(root, "check").returncode == 0
        return
    output = check(root)
    assert f"{file.as_posix()}:" in output and f": {where}: " in output, output
    assert words in output, output


def test_team_mailbox_shaped_like_a_person_is_allowed_when_listed(root: Path) -> None:
    replace(root / ORG, "    email: comms@fixture-town.example.org", "    email: press.office@fixture-town.example.org")
    assert "looks like a person's own mailbox" in check(root)
    replace(root / ORG, "contacts_are_samples: true", "contacts_are_samples: true\nteam_mailboxes:\n  - press.office@fixture-town.example.org")
    assert run_command(root, "check").returncode == 0


def test_a_huge_bad_value_is_quoted_short(root: Path) -> None:
    replace(root / PARKS, "platform: instagram", "platform: " + "m" * 880_000)
    output = check(root)
    assert len(output) < 3_000, f"{len(output)} characters of output"
    assert "m" * 100 not in output and "accounts[1].platform" in output


def test_election_dates_in_the_wrong_order_or_too_long(root: Path) -> None:
    replace(root / ORG, "contacts_are_samples: true", "contacts_are_samples: true\nelections:\n"
            "  - name: Local elections\n    name_cy: Etholiadau lleol\n    pre_election_starts: 2027-05-06\n"
            "    polling_day: 2027-03-25\n")
    assert "must come after pre_election_starts" in check(root)
    replace(root / ORG, "pre_election_starts: 2027-05-06", "pre_election_starts: 2026-09-01")
    replace(root / ORG, "polling_day: 2027-03-25", "polling_day: 2027-05-06")
    assert "the pre-election period is" in check(root)


def test_data_folder_that_is_a_link_is_refused(root: Path, tmp_path: Path) -> None:
    real = tmp_path / "elsewhere"
    shutil.move(root / "data", real)
    (root / "data").symlink_to(real, target_is_directory=True)
    assert "data:1: folder: data/ is a symbolic link" in check(root)
