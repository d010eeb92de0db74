"""Shared fixtures: the handbook under test is built once per session, with --strict.

That is the repository as it is, or, with HANDBOOK_EDITION set, a copy adopted by that edition
(see tests/edition.py). Copies are built without the PDFs, which take most of a build's time.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.edition import edition_root
from tools.sitebuild import Build, build


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Group each file's tests for pytest-xdist (`--dist loadgroup` in scripts/test.sh), so a file's
    fixture sites are built once, by one worker. A test marked `spread` is left out of its file's
    group: it is slow enough alone (axe over every page) to be worth a worker of its own."""
    for item in items:
        if item.get_closest_marker("spread") is None:
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::")[0]))


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Build:
    result = build(edition_root(), tmp_path_factory.mktemp("site") / "site")
    assert result.returncode == 0, f"the handbook did not build:\n{result.output}"
    return result


@pytest.fixture(scope="session")
def project_root() -> Path:
    return edition_root()
