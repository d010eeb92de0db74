"""What makes an edition data: the example service a page shows, and the contacts pages name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from macros.core.handbook import load
from macros.core.problems import DataError, UnknownValueError
from tests.unit.core.test_data_errors import FIXTURES, make_root, run_check

PARKS = FIXTURES.parent / "sites" / "minimal" / "data" / "accounts"


def parks_root(tmp_path: Path) -> Path:
    """A handbook folder whose registry has two services: parks (two accounts) and libraries (one)."""
    root = make_root(tmp_path)
    for path in PARKS.glob("*.yml"):
        text = path.read_text(encoding="utf-8").replace("fixture-town.example.org", "monmouthshire.gov.uk")
        (root / "data" / "accounts" / path.name).write_text(text, encoding="utf-8")
    return root


def test_the_example_service_defaults_to_the_one_with_most_accounts(tmp_path: Path) -> None:
    registry = load(parks_root(tmp_path)).registry
    counts = {slug: len(registry.by_service(slug)) for slug in registry.services}
    assert registry.example_service().slug == max(sorted(counts), key=counts.__getitem__)


def test_the_example_service_can_be_chosen_in_the_organisation_file(tmp_path: Path) -> None:
    root = parks_root(tmp_path)
    chosen = sorted(load(root).registry.services)[-1]
    organisation = root / "data" / "organisation.yml"
    organisation.write_text(organisation.read_text(encoding="utf-8") + f"example_service: {chosen}\n", "utf-8")
    handbook = load(root)
    assert handbook.registry.example_service(handbook.organisation.example_service).slug == chosen
    with pytest.raises(UnknownValueError, match="there is no service 'trees'"):
        handbook.registry.example_service("trees")


def test_an_example_service_the_registry_lacks_is_refused_at_its_line(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    root = parks_root(tmp_path)
    organisation = root / "data" / "organisation.yml"
    text = organisation.read_text(encoding="utf-8")
    organisation.write_text(text + "example_service: libararies\n", "utf-8")
    code, output = run_check(root, capsys)
    line = len(text.splitlines()) + 1
    assert code == 1
    assert f"data/organisation.yml:{line}: example_service: there is no service 'libararies'" in output, output


def test_check_names_each_contact_a_page_uses_but_the_file_lacks(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    root = parks_root(tmp_path)
    page = root / "docs" / "index.md"
    page.write_text(page.read_text(encoding="utf-8") + '\nAsk {{ contact("mayor") }} or {{ contact("comms") }}.\n',
                    "utf-8")
    line = len(page.read_text(encoding="utf-8").splitlines())
    code, output = run_check(root, capsys)
    assert code == 1
    assert re.search(rf"docs/index\.md:{line}: contact: unknown contact 'mayor'\. Contacts in "
                     r"data/organisation\.yml: comms, ", output), output
    assert "'comms'" not in output  # negative control: a contact the file has is fine
    with pytest.raises(DataError):
        load(root)
