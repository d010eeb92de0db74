"""Every file an editor can touch is checked before the build uses it (issue 21).

- For each file the build reads, a malformed fixture gives the same problems, `path:line`, from
  `python -m macros check` and from the build, and neither prints a traceback.
- A hostile value for every front-matter key stops the build as it stops the check.
- A valid value for every key is rendered, as inert text where it is text; a service named with
  emoji, right-to-left text, combining marks and quotes gets its page; a site_url without its
  final "/" still makes whole addresses.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from tests.front_matter_cases import HOSTILE, VALID, VALID_BODY, front_matter_page
from tools.sitebuild import ROOT, Build, build, fixture_project, run_command

MINIMAL = ROOT / "tests" / "fixtures" / "sites" / "minimal"
PROBLEM = re.compile(r"^(?:ERROR\s+-\s+)?(\S[^:]*:\d+: [^:]+: .*)$")  # path:line: field: message


def minimal(tmp_path: Path) -> Path:
    project = fixture_project(MINIMAL, tmp_path / "project")
    language = project / "language"  # a copy, not the link to the repository's own files
    language.unlink()
    shutil.copytree(ROOT / "language", language)
    return project


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems(output: str) -> set[str]:
    return {match.group(1) for line in output.splitlines() if (match := PROBLEM.match(line))}


def check_and_build(project: Path) -> tuple[set[str], set[str], str]:
    """The problems `macros check` reports, those the build reports, and both outputs."""
    checked = run_command(project, "check")
    built = build(project)
    output = checked.stdout + checked.stderr + built.output
    assert checked.returncode == 1 and built.returncode != 0, output
    assert "Traceback" not in output, output
    return problems(checked.stderr), problems(built.output), output


# ---- every data file: the same problem from the check and the build ---------------------------

ORG, PARKS, CHANGELOG = Path("data/organisation.yml"), Path("data/accounts/parks.yml"), Path("CHANGELOG.yml")
SYNONYMS, GLOSSARY = Path("language/search-synonyms.yml"), Path("language/glossary.yml")


def _edit(file: Path, old: str, new: str) -> Callable[[Path], None]:
    return lambda project: replace(project / file, old, new)


def _write(file: Path, text: str) -> Callable[[Path], None]:
    return lambda project: (project / file).parent.mkdir(parents=True, exist_ok=True) or (project / file).write_text(
        text, encoding="utf-8")


DATA_FILES = [
    ("organisation", _edit(ORG, "repo_url: https://github.com/fixture-town/handbook",
                           "repo_url: https://github.com/fixture-town/handbook)[x](javascript:alert(1)"),
     "data/organisation.yml:8: repo_url: ", "it contains '(', ')', '[', ']'"),
    ("team-mailboxes", _edit(ORG, "contacts_are_samples: true", "contacts_are_samples: true\nteam_mailboxes:\n"
                             "  - press.office@fixture-town.example.org\n  - '<script>'\n  - press@gmail.com"),
     "data/organisation.yml:20: team_mailboxes[2]: ", "could be read as web page code"),
    ("service-file", _edit(PARKS, "display_name: Fixture Town Parks\n    purpose: Events",
                           'display_name: "Fixture Town Parks \\uFFFF"\n    purpose: Events'),
     "data/accounts/parks.yml:10: accounts[1].display_name: ", "U+FFFF, which is not a character"),
    ("changelog", _edit(CHANGELOG, "summary: Published the list of accounts.",
                        'summary: "Published the list of accounts.\\uFFFE"'),
     "CHANGELOG.yml:3: [1].summary: ", "U+FFFE"),
    ("front-matter", _edit(Path("docs/index.md"), "title: Home", "title: Home\nstatus: <img src=x onerror=alert(1)>"),
     "docs/index.md:3: status: ", "input should be 'new' or 'deprecated'"),
    ("synonyms", _write(SYNONYMS, "en:\n  purdah: [pre-election period]\n  purdah: [election]\n  troll: abuse\n"),
     "language/search-synonyms.yml:3: purdah: ", "appears twice"),
    ("synonyms-list", _write(SYNONYMS, "en:\n  troll: abuse\ncy:\n  trolio: [camdriniaeth, 3]\n"),
     "language/search-synonyms.yml:2: en.troll: ", "this should be a list"),
    ("glossary", _write(GLOSSARY, "- en: account\n  cy: cyfrif\n  avoid: dolen\n"),
     "language/glossary.yml:3: [1].avoid: ", "this should be a list"),
    ("service-named-index", _write(Path("data/accounts/index.yml"), (MINIMAL / PARKS).read_text(encoding="utf-8")),
     "data/accounts/index.yml:1: file: ", "'index' cannot name a service: it is the name of the accounts page"),
    ("service-named-like-a-page", _write(Path("docs/accounts/parks.md"), front_matter_page("title", "title: Parks")[0]),
     "data/accounts/parks.yml:1: file: ", "would be at accounts/parks/, the address of docs/accounts/parks.md"),
    ("service-named-like-an-html-page", _write(Path("docs/cy/accounts/parks/index.html"), "<p>Parciau</p>\n"),
     "data/accounts/parks.yml:1: file: ", "would be at cy/accounts/parks/, the address of docs/cy/accounts/parks/index.html"),
]


@pytest.mark.parametrize(("name", "spoil", "where", "words"), DATA_FILES, ids=[case[0] for case in DATA_FILES])
def test_a_malformed_file_gives_the_same_problem_from_check_and_build(tmp_path: Path, name: str, spoil,
                                                                     where: str, words: str) -> None:
    project = minimal(tmp_path)
    spoil(project)
    checked, built, output = check_and_build(project)
    assert checked == built, output
    assert any(problem.startswith(where) and words in problem for problem in checked), output
    assert not (project / "site" / "index.html").exists()  # the build stopped before writing pages


def test_every_hostile_front_matter_value_stops_the_build_as_it_stops_the_check(tmp_path: Path) -> None:
    project = minimal(tmp_path)
    expected = set()
    for number, (key, lines, field, _) in enumerate(HOSTILE):
        text, line = front_matter_page(key, lines)
        (project / "docs" / f"hostile-{number}.md").write_text(text, encoding="utf-8")
        expected.add(f"docs/hostile-{number}.md:{line}: {field}: ")
    checked, built, output = check_and_build(project)
    assert checked == built, output
    assert {re.match(r"\S+:\d+: [^:]+: ", problem).group(0) for problem in built} >= expected, output


# ---- valid values, shown as they are ----------------------------------------------------------

SERVICE_NAME = 'Parks 🌳 "Green" spaces · פארקים e\u0301 ١٢'  # emoji, quotes, right-to-left, a combining mark
SITE_URL = "https://handbook.fixture-town.example.org"  # no final "/"


@pytest.fixture(scope="module")
def valid(tmp_path_factory: pytest.TempPathFactory) -> Build:
    project = minimal(tmp_path_factory.mktemp("valid"))
    home = project / "docs" / "index.md"
    body = home.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    home.write_text("---\n" + "\n".join(VALID) + "\n---\n" + body + VALID_BODY, encoding="utf-8")
    replace(project / ORG, "site_url: https://handbook.fixture-town.example.org/", f"site_url: {SITE_URL}")
    replace(project / PARKS, "  name: Parks\n", f"  name: '{SERVICE_NAME}'\n")
    result = build(project)
    assert result.returncode == 0, result.output
    return result


def test_text_from_front_matter_is_shown_as_text(valid: Build) -> None:
    page = valid.page("")
    assert page.title.string.startswith('Fish & chips "to go" - ')
    assert page.find("meta", attrs={"name": "description"})["content"] == 'A page\'s "description" & more'
    assert "For new staff" in [small.get_text(strip=True) for small in valid.page("accounts/").select(".md-nav small")]


def test_theme_keys_take_effect(valid: Build) -> None:
    page = valid.page("")
    assert page.select(".md-status.md-status--new")  # status: new, beside the title in the navigation
    assert page.select_one(".md-sidebar--secondary").has_attr("hidden")  # hide: [toc]
    settings = json.loads((valid.site / "pagefind" / "handbook-en.json").read_text(encoding="utf-8"))
    assert settings["pages"][""][1] == 1.5  # search: boost: 1.5, the page's weight in the site search
    assert not valid.page("accounts/").select_one(".md-sidebar--secondary").has_attr("hidden")  # control


def test_a_service_name_with_emoji_right_to_left_text_and_quotes_gets_its_page(valid: Build) -> None:
    page = valid.page("accounts/parks/")
    article = page.select_one("article")
    assert page.find("meta", attrs={"name": "description"})["content"].count(SERVICE_NAME) == 1
    assert SERVICE_NAME in page.title.string
    assert "title:" not in article.get_text() and "---" not in article.get_text()
    assert article.select("table")  # the listing is there: the page was not swallowed as front matter


def test_a_site_url_without_its_slash_still_makes_whole_addresses(valid: Build) -> None:
    assert valid.page("cy/").find("link", rel="canonical")["href"] == SITE_URL + "/cy/"
    assert valid.page("accounts/").find("link", rel="canonical")["href"] == SITE_URL + "/accounts/"
    locations = re.findall(r"<loc>([^<]+)</loc>", (valid.site / "sitemap.xml").read_text(encoding="utf-8"))
    assert locations and all(location.startswith(SITE_URL + "/") for location in locations)
    assert json.loads((valid.site / "accounts.json").read_text(encoding="utf-8"))["$schema"] == (
        SITE_URL + "/accounts.schema.json")
    feed = (valid.site / "cy" / "changes.xml").read_text(encoding="utf-8")
    assert f"{SITE_URL}/cy/" in feed and "orgcy" not in feed


def test_the_valid_fixture_really_lacks_the_slash(valid: Build) -> None:  # negative control for the above
    organisation = yaml.safe_load((valid.project / ORG).read_text(encoding="utf-8"))
    assert not organisation["site_url"].endswith("/")
