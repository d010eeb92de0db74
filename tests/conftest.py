"""Shared fixtures: the handbook under test is built once per session, with --strict.

That is the repository as it is, or, with HANDBOOK_EDITION set, a copy adopted by that edition
(see tests/edition.py). Copies are built without the PDFs, which take most of a build's time.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.edition import edition_root
from tools.sitebuild import Build, build


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Build:
    result = build(edition_root(), tmp_path_factory.mktemp("site") / "site")
    assert result.returncode == 0, f"the handbook did not build:\n{result.output}"
    return result


@pytest.fixture(scope="session")
def project_root() -> Path:
    return edition_root()
