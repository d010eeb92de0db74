"""Shared fixtures: the real handbook is built once per test session, with --strict."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.sitebuild import ROOT, Build, build


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Build:
    result = build(ROOT, tmp_path_factory.mktemp("site") / "site")
    assert result.returncode == 0, f"the handbook did not build:\n{result.output}"
    return result


@pytest.fixture(scope="session")
def project_root() -> Path:
    return ROOT
