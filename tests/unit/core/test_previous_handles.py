"""Renames in the registry (previous_handles): each bad entry names its file, line and field,
and a good one reaches the account, oldest first."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from macros.core.registry_files import load_registry
from tests.unit.core.test_data_errors import FIXTURES, make_root, run_check

CASES = [
    ("previous-handle-bad", 15, "accounts[1].previous_handles[1].handle", "Instagram does not allow: space, '!'"),
    ("previous-handle-current", 15, "accounts[1].previous_handles[1].handle", "the account's current handle"),
    ("previous-handle-order", 18, "accounts[1].previous_handles[2].changed", "oldest first"),
    ("previous-handle-no-date", 15, "accounts[1].previous_handles.0.changed", "missing"),
]


@pytest.mark.parametrize(("fixture", "line", "field", "words"), CASES, ids=[case[0] for case in CASES])
def test_each_bad_rename_names_file_line_and_field(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   fixture: str, line: int, field: str, words: str) -> None:
    root = make_root(tmp_path)
    shutil.copy(FIXTURES / f"{fixture}.yml", root / "data" / "accounts" / "parks.yml")
    code, output = run_check(root, capsys)
    assert code == 1
    assert f"data/accounts/parks.yml:{line}: {field}: " in output, output
    assert words in output and "how to fix:" in output and "Traceback" not in output


def test_a_good_rename_reaches_the_account_normalised(tmp_path: Path) -> None:
    folder = tmp_path / "accounts"
    folder.mkdir()
    text = (FIXTURES / "previous-handle-order.yml").read_text("utf-8")
    (folder / "parks.yml").write_text(text.replace("2023-05-01", "2021-01-01").replace("monmouthparks", "\"@MonmouthParks\""),
                                      "utf-8")
    account = load_registry(folder, None, date(2026, 1, 1)).accounts[0]
    assert account.previous_handles == (("monmouthparks", date(2021, 1, 1)), ("parksmonmouth", date(2021, 5, 1)))
