"""The council's own rules (the policy: section) and the list of withdrawn sources: both are
checked like every other data file, with file:line errors, and pages are checked against them."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.core.i18n import count_phrase
from macros.core.policy import Policy, policy_keys
from macros.core.sources import cited_addresses, normalised
from tests.unit.core.test_data_errors import make_root, run_check

WITHDRAWN = """- address: https://www.gov.uk/old-guidance
  title: Old guidance
  replaced_by:
    title: New guidance
    address: https://www.gov.uk/new-guidance
  why: It was replaced by new guidance.
  listed: 2026-12-07
"""


def add_policy(root: Path, lines: str) -> None:
    org = root / "data" / "organisation.yml"
    org.write_text(org.read_text(encoding="utf-8") + "\npolicy:\n" + lines, encoding="utf-8")


def assert_data_error(output: str, code: int, path: str, field: str, words: str) -> None:
    assert code == 1
    assert f"{path}:" in output and f": {field}: " in output, output
    assert words in output and "Traceback" not in output, output


def add_page(root: Path, body: str) -> int:
    page = root / "docs" / "index.md"
    page.write_text(page.read_text(encoding="utf-8") + body, encoding="utf-8")
    return len(page.read_text(encoding="utf-8").splitlines())


# ---- policy ---------------------------------------------------------------------------------

def test_policy_is_optional_with_the_handbooks_values() -> None:
    rules = Policy()
    assert rules.block_review_months == 3 and rules.new_account_approver == "comms"
    assert rules.months("block_review_months", "en") == "3 months"
    assert rules.months("block_review_months", "cy") == "3 mis"
    assert count_phrase("months", 1, "en") == "1 month"
    assert "block_review_months" in policy_keys()


def test_the_real_organisation_file_sets_every_policy() -> None:
    text = (Path(__file__).resolve().parents[3] / "data" / "organisation.yml").read_text(encoding="utf-8")
    assert all(f"  {key}:" in text for key in policy_keys()), "document every key in the organisation file"


@pytest.mark.parametrize(("lines", "field", "words"), [
    ("  block_review_months: 0\n", "policy.block_review_months", "greater than or equal to 1"),
    ("  block_review_months: soon\n", "policy.block_review_months", "whole number"),
    ("  retention_years: 2\n", "policy.retention_years", "not a field we know"),
    ("  new_account_approver: mayor\n", "policy.new_account_approver", "there is no contact 'mayor'"),
    # the weekly report's "silent" (3 months unless set) must not outlast the review the policy asks for
    ("  dormant_review_months: 2\n", "account_health.silent_after_months", "longer than policy.dormant_review_months (2)"),
])
def test_bad_policy_values_are_data_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           lines: str, field: str, words: str) -> None:
    root = make_root(tmp_path)
    add_policy(root, lines)
    code, output = run_check(root, capsys)
    assert_data_error(output, code, "data/organisation.yml", field, words)


def test_a_good_policy_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_root(tmp_path)
    add_policy(root, "  block_review_months: 6\n  new_account_approver: comms\n")
    code, output = run_check(root, capsys)
    assert "policy" not in output, output  # negative control for the cases above


def test_a_page_asking_for_an_unknown_policy_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_root(tmp_path)
    line = add_page(root, '\nWe review blocks after {{ policy("block_reveiw_months") }}.\n')
    code, output = run_check(root, capsys)
    assert code == 1
    assert f"docs/index.md:{line}: policy: unknown policy 'block_reveiw_months'" in output, output


# ---- withdrawn sources ----------------------------------------------------------------------

def test_a_page_citing_a_withdrawn_source_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_root(tmp_path)
    (root / "data" / "withdrawn-sources.yml").write_text(WITHDRAWN, encoding="utf-8")
    line = add_page(root, "\n- [Old guidance](https://gov.uk/old-guidance/#part-2): still cited.\n")
    code, output = run_check(root, capsys)
    assert code == 1
    assert f"docs/index.md:{line}: link: cites a withdrawn source: Old guidance" in output, output
    assert "Cite New guidance instead." in output


def test_a_page_citing_the_replacement_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_root(tmp_path)  # negative control
    (root / "data" / "withdrawn-sources.yml").write_text(WITHDRAWN, encoding="utf-8")
    add_page(root, "\n- [New guidance](https://www.gov.uk/new-guidance).\n")
    code, output = run_check(root, capsys)
    assert "withdrawn" not in output, output


@pytest.mark.parametrize(("old", "new", "field", "words"), [
    ("address: https://www.gov.uk/old-guidance", "address: ftp://old", "[1].address", "http:// or https://"),
    ("  listed: 2026-12-07", "  listed: last week", "[1].listed", "date"),
    ("  why: It was replaced by new guidance.\n", "", "[1].why", "missing"),
    ("    address: https://www.gov.uk/new-guidance", "    address: http://www.gov.uk/new", "[1].replaced_by.address",
     "https://"),
])
def test_bad_withdrawn_entries_are_data_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               old: str, new: str, field: str, words: str) -> None:
    root = make_root(tmp_path)
    assert old in WITHDRAWN
    (root / "data" / "withdrawn-sources.yml").write_text(WITHDRAWN.replace(old, new), encoding="utf-8")
    code, output = run_check(root, capsys)
    assert_data_error(output, code, "data/withdrawn-sources.yml", field, words)


def test_a_source_listed_twice_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_root(tmp_path)
    (root / "data" / "withdrawn-sources.yml").write_text(WITHDRAWN + "\n" + WITHDRAWN, encoding="utf-8")
    code, output = run_check(root, capsys)
    assert code == 1 and "data/withdrawn-sources.yml:9: [2].address: this address is already listed" in output


def test_addresses_are_found_and_compared_loosely() -> None:
    body = "See [the Act](https://www.legislation.gov.uk/ukpga/2010/15/section/149) and <https://ico.org.uk/>.\n" \
           "A [page](accounts.md) and [mail](mailto:a@b.org) are not external."
    assert list(cited_addresses(body, 10)) == [(10, "https://www.legislation.gov.uk/ukpga/2010/15/section/149"),
                                               (10, "https://ico.org.uk/")]
    assert normalised("http://WWW.gov.uk/a/#x") == normalised("https://gov.uk/a")
    assert normalised("https://gov.uk/a") != normalised("https://gov.uk/b")
