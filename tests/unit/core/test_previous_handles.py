"""Renames in the registry (previous_handles): a good one reaches the account, normalised and
oldest first. Each kind of bad one is a case in test_data_errors.py."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from macros.core.registry_files import load_registry
from tests.unit.core.test_data_errors import FIXTURES


def test_a_good_rename_reaches_the_account_normalised(tmp_path: Path) -> None:
    folder = tmp_path / "accounts"
    folder.mkdir()
    text = (FIXTURES / "previous-handle-order.yml").read_text("utf-8")
    (folder / "parks.yml").write_text(text.replace("2023-05-01", "2021-01-01").replace("monmouthparks", "\"@MonmouthParks\""),
                                      "utf-8")
    account = load_registry(folder, None, date(2026, 1, 1)).accounts[0]
    assert account.previous_handles == (("monmouthparks", date(2021, 1, 1)), ("parksmonmouth", date(2021, 5, 1)))
