"""What `check` requires of the Welsh edition: Welsh names for every team, known trigger words,
the glossary's terms and laws named in Welsh. Each failure points at a file and line; the real
handbook passes (the negative control for all of them)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from macros.core.glossary import find_laws_in_english, load_glossary
from macros.core.handbook import load
from macros.core.i18n import MESSAGES, place_names, translate
from macros.core.named import Named
from macros.core.problems import DataError
from tools.sitebuild import ROOT

MINIMAL = ROOT / "tests" / "fixtures" / "sites" / "minimal"
GLOSSARY = load_glossary(ROOT / "language" / "glossary.yml")


@pytest.fixture()
def edition(tmp_path: Path) -> Path:
    for name in ("data", "docs", "CHANGELOG.yml"):
        source = MINIMAL / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, tmp_path / name)
    return tmp_path


def problems(root: Path) -> list[str]:
    try:
        load(root)
    except DataError as error:
        return [str(problem) for problem in error.problems]
    return []


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_real_handbook_and_the_minimal_edition_pass(edition: Path) -> None:
    assert problems(ROOT) == []
    assert problems(edition) == []


def test_a_service_team_without_a_welsh_name_is_refused_with_its_line(edition: Path) -> None:
    edit(edition / "data" / "accounts" / "parks.yml", "team: Parks team", "team: Trees team")
    found = problems(edition)
    assert len(found) == 1 and found[0].startswith("data/accounts/parks.yml:5: service.team: the team 'Trees team'")
    assert "teams:" in found[0]


def test_a_page_owner_without_a_welsh_name_is_refused_with_its_line(edition: Path) -> None:
    edit(edition / "docs" / "accounts.md", "owner: Communications team", "owner: Digital team")
    assert [line.split("\n")[0] for line in problems(edition)] == [
        "docs/accounts.md:4: owner: the team 'Digital team' has no Welsh name, so the Welsh review line cannot name it"]


def test_an_english_only_edition_needs_no_welsh_names(edition: Path) -> None:
    edit(edition / "data" / "accounts" / "parks.yml", "team: Parks team", "team: Trees team")
    organisation = edition / "data" / "organisation.yml"
    organisation.write_text(organisation.read_text(encoding="utf-8") + "\nwelsh: false\n", encoding="utf-8")
    assert problems(edition) == []


def test_a_welsh_name_with_its_own_article_must_say_whether_it_takes_y(edition: Path) -> None:
    edit(edition / "data" / "organisation.yml", "name_cy: Tîm Cyfathrebu", "name_cy: Swyddfa'r Wasg")
    found = problems(edition)
    assert len(found) == 1 and "contacts.comms" in found[0] and "definite_cy: false" in found[0]
    edit(edition / "data" / "organisation.yml", "name_cy: Swyddfa'r Wasg", "name_cy: Swyddfa'r Wasg\n    definite_cy: false")
    assert problems(edition) == []


@pytest.mark.parametrize(("call", "words"), [
    ('{{ council("ei") }}', "his and her"),
    ('{{ contact("comms", "holwch") }}', "not a word the handbook knows"),
    ('{{ policy("new_account_approver", "holwch") }}', "not a word the handbook knows"),
])
def test_an_unknown_trigger_on_a_welsh_page_is_refused_with_its_line(edition: Path, call: str, words: str) -> None:
    edit(edition / "docs" / "accounts.cy.md", "{{ accounts_summary() }}", f"Gweler {call}.")
    found = problems(edition)
    assert len(found) == 1 and found[0].startswith("docs/accounts.cy.md:12: macro:") and words in found[0]


def test_a_forbidden_term_on_a_welsh_page_is_refused_with_its_line(edition: Path) -> None:
    edit(edition / "docs" / "accounts.cy.md", "{{ accounts_summary() }}", "Dyma ein cyfrif go iawn.")
    found = problems(edition)
    assert len(found) == 1
    assert found[0].startswith('docs/accounts.cy.md:12: glossary: "cyfrif go iawn" is ruled out for "official account"')


def test_a_forbidden_term_in_the_welsh_data_is_refused_with_its_line(edition: Path) -> None:
    edit(edition / "data" / "organisation.yml", "when_cy: Cyngor ar unrhyw gyfrif.",
         "when_cy: Cysylltwch gyda ni am unrhyw gyfrif.")
    found = problems(edition)
    assert len(found) == 1 and found[0].startswith("data/organisation.yml:") and "cysylltwch gyda" in found[0].lower()


def test_a_law_named_in_english_on_a_welsh_page_is_refused(edition: Path) -> None:
    edit(edition / "docs" / "accounts.cy.md", "{{ accounts_summary() }}", "Mae'r Data Protection Act 2018 yn berthnasol.")
    found = problems(edition)
    assert len(found) == 1 and found[0].startswith("docs/accounts.cy.md:12: law:")
    assert "Deddf Diogelu Data 2018 (Data Protection Act 2018)" in found[0]


@pytest.mark.parametrize(("text", "count"), [
    ("Mae Deddf Diogelu Data 2018 (Data Protection Act 2018) yn berthnasol. O dan Ddeddf Diogelu Data 2018.", 0),
    ("[Deddf Diogelu Data 2018 (Data Protection Act 2018), adran 2](https://example.org)", 0),
    ("Mae'r Data Protection Act 2018 yn berthnasol.", 1),  # in English
    ("Mae Deddf Diogelu Data 2018 yn berthnasol.", 1),  # no English title at the first mention
    ("Deddf Diogelu Data 2018 (Data Protection Act 2018). Deddf Diogelu Data 2018 (Data Protection Act 2018).", 1),
    ("Deddf Diogelu Data 2018.\nYn Neddf Diogelu Data 2018 (Data Protection Act 2018).", 1),  # not the first
    # a title inside a longer one belongs to the longer one
    ("Deddf Cydraddoldeb 2010 (Equality Act 2010). Yn Rheoliadau Deddf Cydraddoldeb 2010 (Dyletswyddau Statudol) "
     "(Cymru) 2011 (Equality Act 2010 (Statutory Duties) (Wales) Regulations 2011).", 0),
    ("Rheoliadau Deddf Cydraddoldeb 2010 (Dyletswyddau Statudol) (Cymru) 2011 (Equality Act 2010 (Statutory "
     "Duties) (Wales) Regulations 2011).", 0),
    ("Rheoliadau Deddf Cydraddoldeb 2010 (Dyletswyddau Statudol) (Cymru) 2011 (Equality Act 2010 (Statutory "
     "Duties) (Wales) Regulations 2011). Mae'r Equality Act 2010 yn berthnasol.", 1),  # the shorter one, alone
])
def test_laws_are_named_in_welsh_with_the_english_once(text: str, count: int) -> None:
    assert len(find_laws_in_english(text, GLOSSARY)) == count


# ---- names in interface messages -----------------------------------------------------------------

TEAM = Named(name="Communications team", name_cy="Tîm Cyfathrebu")
PRESS = Named(name="Press office", name_cy="Swyddfa'r Wasg", definite_cy=False)


@pytest.mark.parametrize(("name", "lang", "expected"), [
    (TEAM, "cy", "Adolygwyd ddiwethaf ar 1 Mai gan y Tîm Cyfathrebu."),
    (TEAM, "en", "Last reviewed 1 May by the communications team."),
    (PRESS, "cy", "Adolygwyd ddiwethaf ar 1 Mai gan Swyddfa'r Wasg."),
])
def test_a_name_reads_right_after_the_word_before_its_slot(name: Named, lang: str, expected: str) -> None:
    assert translate("review.line", lang, reviewed="1 Mai" if lang == "cy" else "1 May", due="x",
                     owner=name).startswith(expected)


def test_a_kept_slot_gets_the_words_before_the_name() -> None:
    template, names = place_names(MESSAGES["check.lookalike.advice"]["cy"], "cy", {"contact": TEAM},
                                  keep=frozenset({"contact"}))
    assert template.endswith("Rhowch wybod i'r {contact}.") and names == {"contact": "Tîm Cyfathrebu"}


def test_every_welsh_message_with_a_name_uses_a_word_from_the_trigger_table() -> None:
    names = {"owner": TEAM, "team": TEAM, "comms": TEAM, "contact": TEAM}
    for key, entry in MESSAGES.items():
        slots = {slot for slot in names if "{" + slot + "}" in entry["cy"]}
        if slots:
            place_names(entry["cy"], "cy", {slot: names[slot] for slot in slots})  # raises on an unknown word


def test_an_election_takes_the_article_unless_its_welsh_name_has_one() -> None:
    from macros.core.organisation import Election

    dates = {"pre_election_starts": "2027-03-29", "polling_day": "2027-05-06"}
    assert Election(name="local elections", name_cy="etholiadau lleol", **dates).phrase("cy") == "yr etholiadau lleol"
    assert Election(name="town council elections", name_cy="etholiadau'r cyngor tref", definite_cy=False,
                    **dates).phrase("cy") == "etholiadau'r cyngor tref"
    with pytest.raises(ValueError, match="definite_cy"):
        Election(name="town council elections", name_cy="etholiadau'r cyngor tref", **dates)
