"""The rules every editor's value meets before use: one-line text, web addresses, list entries,
the synonyms file, and values the build writes back out as YAML."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from macros.core.fields import https_url, one_line
from macros.core.organisation import load_organisation
from macros.core.problems import DataError
from macros.core.safe_yaml import dump_yaml, parse_yaml, yaml_string
from macros.core.synonyms import load_synonyms
from tools.sitebuild import ROOT

ORGANISATION = ROOT / "tests" / "fixtures" / "sites" / "minimal" / "data" / "organisation.yml"


# ---- one-line text ------------------------------------------------------------------------------

@pytest.mark.parametrize("char", ["\ufdd0", "\ufdef", "\ufffe", "\uffff", "\U0001fffe", "\U0010ffff"])
def test_noncharacters_are_refused(char: str) -> None:
    with pytest.raises(ValueError, match=f"U\\+{ord(char):04X}, which is not a character"):
        one_line(f"Published the list{char} of accounts")


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\ud800", "\n", "\t"])
def test_control_characters_and_line_breaks_are_refused(char: str) -> None:
    with pytest.raises(ValueError, match="on one line, without control characters"):
        one_line(f"Parks{char}team")


@pytest.mark.parametrize("text", ["Parks 🌳 👩🏽‍🦽", "פארקים", "مكتبات ١٢٣", "e\u0301 ŵ ŷ", "\ufdcf\ufdf0 \ufffd",
                                  "Fish & chips \"to go\" (it's [new])"])
def test_text_in_any_script_passes(text: str) -> None:  # negative control for the two above
    assert one_line(text) == text


# ---- web addresses -----------------------------------------------------------------------------

@pytest.mark.parametrize("char", ["(", ")", "[", "]", "<", ">", '"', "'", "`", " ", "\t", "\n", "\\"])
def test_characters_that_could_end_a_link_are_refused(char: str) -> None:
    with pytest.raises(ValueError, match="is not a usable web address"):
        https_url(f"https://github.com/council/handbook{char}x")


def test_a_link_breakout_is_refused() -> None:
    with pytest.raises(ValueError, match=r"it contains '\(', '\)', '\[', '\]'"):
        https_url("https://github.com/council/handbook)[click](javascript:alert(1)")


@pytest.mark.parametrize("url", ["https://github.com/council/handbook", "https://www.example.org/a-b_c.d?x=1&y=2#top",
                                 "https://example.org/%28encoded%29/", "https://example.org/~team/"])
def test_ordinary_addresses_pass(url: str) -> None:  # negative control
    assert https_url(url) == url


def organisation(tmp_path: Path, old: str, new: str):
    docs = tmp_path / "docs"
    shutil.copytree(ORGANISATION.parents[1] / "docs", docs, dirs_exist_ok=True)
    path = tmp_path / "organisation.yml"
    text = ORGANISATION.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return load_organisation(path, docs, shown="data/organisation.yml")


def test_site_url_is_made_to_end_in_a_slash(tmp_path: Path) -> None:
    loaded = organisation(tmp_path, "site_url: https://handbook.fixture-town.example.org/",
                          "site_url: https://fixture-town.github.io/handbook")
    assert loaded.site_url == "https://fixture-town.github.io/handbook/"
    assert organisation(tmp_path, "x", "x").site_url == "https://handbook.fixture-town.example.org/"  # as it was


@pytest.mark.parametrize(("old", "new", "where"), [
    ("site_url: https://handbook.fixture-town.example.org/", "site_url: https://handbook.fixture-town.example.org/?a=1",
     "data/organisation.yml:6: site_url: "),
    ("site_url: https://handbook.fixture-town.example.org/", "site_url: https://handbook.fixture-town.example.org/#x",
     "data/organisation.yml:6: site_url: "),
    ("repo_url: https://github.com/fixture-town/handbook", "repo_url: https://github.com/fixture-town/handbook?tab=1",
     "data/organisation.yml:8: repo_url: "),
])
def test_addresses_that_cannot_have_paths_added_are_refused(tmp_path: Path, old: str, new: str, where: str) -> None:
    with pytest.raises(DataError) as raised:
        organisation(tmp_path, old, new)
    assert where in raised.value.report() and "without '?' or '#'" in raised.value.report()


# ---- every list entry, by the rules for one value -------------------------------------------------

def test_each_team_mailbox_meets_the_rules_for_a_mailbox(tmp_path: Path) -> None:
    mailboxes = ("contacts_are_samples: true\nteam_mailboxes:\n  - press.office@fixture-town.example.org\n"
                 "  - not an address\n  - '<b>@fixture-town.example.org'\n  - \"x\\uFFFE@fixture-town.example.org\"")
    with pytest.raises(DataError) as raised:
        organisation(tmp_path, "contacts_are_samples: true", mailboxes)
    report = raised.value.report()
    assert "team_mailboxes[1]" not in report  # a good entry
    assert "data/organisation.yml:20: team_mailboxes[2]: 'not an address' is not an email address" in report
    assert "data/organisation.yml:21: team_mailboxes[3]: this contains '<'" in report
    assert "data/organisation.yml:22: team_mailboxes[4]: this contains U+FFFE" in report
    with pytest.raises(DataError) as raised:  # where the domain is known: on the council's own
        organisation(tmp_path, "contacts_are_samples: true", "contacts_are_samples: true\nteam_mailboxes:\n"
                     "  - press.office@fixture-town.example.org\n  - press.office@gmail.com\n")
    assert ("data/organisation.yml:20: team_mailboxes[2]: 'press.office@gmail.com' is not on the council's email "
            "domain") in raised.value.report()


def test_each_code_owners_team_is_checked_on_its_own_line(tmp_path: Path) -> None:
    with pytest.raises(DataError) as raised:
        organisation(tmp_path, '  default: "@fixture-town/comms"\n', '  default: "@fixture-town/comms"\n  teams:\n'
                     '    Parks team: "@fixture-town/parks"\n    "<b>team": "@fixture-town/b"\n'
                     '    Libraries team: fixture libraries\n')
    report = raised.value.report()
    assert "Parks team" not in report  # a good entry
    assert "data/organisation.yml:19: code_owners.teams.<b>team: this contains '<'" in report
    assert ("data/organisation.yml:20: code_owners.teams.Libraries team: 'fixture libraries' is not a GitHub user "
            "or team") in report


def test_a_contact_key_a_page_could_not_call_is_refused(tmp_path: Path) -> None:
    line = ORGANISATION.read_text(encoding="utf-8").splitlines().index("  comms:") + 1  # where the new key goes
    with pytest.raises(DataError) as raised:
        organisation(tmp_path, "  comms:\n", "  Press Office:\n    name: Press office\n    name_cy: Swyddfa'r wasg\n"
                     "    definite_cy: false\n    when: Any time.\n    when_cy: Unrhyw bryd.\n"
                     "    email: press@fixture-town.example.org\n  comms:\n")
    assert raised.value.report().startswith("Found 1 problem")
    assert (f"data/organisation.yml:{line}: contacts.Press Office: 'Press Office' cannot name a contact route: use "
            "lower-case letters") in raised.value.report()


# ---- the synonyms file ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "where", "words"), [
    ("en:\n  purdah: [pre-election period]\n  purdah: [election]\n", "3: purdah", "appears twice"),
    ("en:\n  purdah: pre-election period\n", "2: en.purdah", "this should be a list"),
    ("en:\n  purdah: [pre-election period, 3]\n", "2: en.purdah[2]", "should be text"),
    ("en:\n  purdah: []\n", "2: en.purdah", "at least 1 item"),
    ("fr:\n  purdah: [election]\n", "1: fr", "'fr' is not a field we know"),
    ("en:\n  Purdah: [election]\n  purdah: [pre-election period]\n", "3: en.purdah", "already in the file"),
    ('en:\n  purdah: ["pre-election\\uFFFE period"]\n', "2: en.purdah[1]", "U+FFFE"),
    ("en:\n  purdah: [<script>]\n", "2: en.purdah[1]", "web page code"),
    ("- purdah\n", "1: file", "an 'en:' and a 'cy:' section"),
])
def test_a_broken_synonyms_file_is_refused_with_file_and_line(tmp_path: Path, text: str, where: str, words: str) -> None:
    path = tmp_path / "search-synonyms.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as raised:
        load_synonyms(path, "language/search-synonyms.yml")
    report = raised.value.report()
    assert f"language/search-synonyms.yml:{where}: " in report and words in report, report


def test_the_synonyms_file_is_read_in_lower_case(tmp_path: Path) -> None:
    synonyms = load_synonyms(ROOT / "language" / "search-synonyms.yml")
    assert synonyms["en"]["purdah"] == ["pre-election period"] and "2fa" in synonyms["en"] and synonyms["cy"]["trolio"]
    path = tmp_path / "synonyms.yml"
    path.write_text("en:\n  Two Factor: [2FA]\n", encoding="utf-8")
    assert load_synonyms(path) == {"en": {"two factor": ["2fa"]}}
    assert load_synonyms(tmp_path / "missing.yml") == {}  # a fork may go without


# ---- what the build writes as YAML reads back exactly ----------------------------------------------

TEXTS = ["Parks 🌳 👩🏽‍🦽", "פארקים", "e\u0301", "\"quoted\" 'single' #not-a-comment: [x] {y} & *z", "yes", "", "~"]


@pytest.mark.parametrize("text", TEXTS)
def test_written_yaml_reads_back(text: str) -> None:
    assert parse_yaml(f"value: {yaml_string(text)}\n", "form.yml") == {"value": text}
    assert "\n" not in yaml_string(text)
    assert parse_yaml(dump_yaml({"title": text, "list": [text]}), "page.md") == {"title": text, "list": [text]}
