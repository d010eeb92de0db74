"""Shared fixtures: the handbook under test is built once per session, with --strict.

That is the repository as it is, or, with HANDBOOK_EDITION set, a copy adopted by that edition
(see tests/edition.py). Copies are built without the PDFs, which take most of a build's time.
"""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path

# One date for the whole run, fixed before any build and passed on to the workers: a run that
# goes past midnight must not compare a book printed on one day with a date read on the next, or
# two builds made either side of it. A test that needs another day sets HANDBOOK_TODAY itself.
os.environ.setdefault("HANDBOOK_TODAY", date.today().isoformat())  # the handbook's own "today"
os.environ.setdefault("SOURCE_DATE_EPOCH", str(int(time.time())))  # MkDocs's (the sitemap's dates)

import pytest  # noqa: E402

from tests.edition import edition_root  # noqa: E402
from tools.sitebuild import Build, build  # noqa: E402


def run_date() -> date:
    """The day every build in this run is made as (HANDBOOK_TODAY)."""
    return date.fromisoformat(os.environ["HANDBOOK_TODAY"])


# Tests slow enough alone (axe over every page) to be worth a worker of their own: each of their
# parameters may run on either worker, apart from the rest of its file.
SPREAD = frozenset({"tests/browser/test_accessibility.py::test_every_page_passes_axe_and_logs_no_error"})


def scope(nodeid: str) -> str:
    """Which worker's queue a test joins: its file's, or its own if it is in SPREAD."""
    return nodeid if nodeid.split("[")[0] in SPREAD else nodeid.split("::")[0]


# Files with few tests but a long fixture (a 10,000-account site, printed books, a fresh
# virtual environment), longest first: xdist would hand them out last, as it puts the files with
# most tests first.
LONG = ("tests/site/test_scale.py", "tests/site/test_editions.py", "tests/unit/outputs/test_print_book.py",
        "tests/unit/test_install.py", "tests/site/test_preview.py", "tests/site/test_properdocs.py")


def handing_out_order(scopes: list[str]) -> list[str]:
    """The order the queues are handed out: the longest first, the many short unit tests last,
    where they fill the time until the other worker finishes. The SPREAD tests start; browser
    tests wait for the browser a third of the time, so browser and other queues alternate, and a
    worker waiting for the browser leaves its core to a worker that computes. (xdist's own order,
    most tests first, left the long single tests to the end, and a worker idle meanwhile.)"""
    browser = sorted((name for name in scopes if name.startswith("tests/browser/")),
                     key=lambda name: name.split("[")[0] not in SPREAD)
    other = sorted((name for name in scopes if not name.startswith("tests/browser/")),
                   key=lambda name: (LONG.index(name) if name in LONG else len(LONG), name.startswith("tests/unit/")))
    alternating = [name for pair in zip(browser, other) for name in pair]
    shorter = min(len(browser), len(other))
    return alternating + browser[shorter:] + other[shorter:]


def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
    """pytest-xdist sends each test file's tests to one worker, so a file's fixture sites are built
    once (its own `loadgroup` marks do nothing under pytest 9, which keeps a test's id elsewhere)."""
    from xdist.scheduler import LoadScopeScheduling

    class ByFile(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return scope(nodeid)

        def _assign_work_unit(self, node: object) -> None:
            if not getattr(self, "ordered", False):  # once, before the first queue is handed out
                self.ordered = True
                for name in reversed(handing_out_order(list(self.workqueue))):
                    self.workqueue.move_to_end(name, last=False)
            super()._assign_work_unit(node)

    return ByFile(config, log)


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Build:
    result = build(edition_root(), tmp_path_factory.mktemp("site") / "site")
    assert result.returncode == 0, f"the handbook did not build:\n{result.output}"
    return result


@pytest.fixture(scope="session")
def project_root() -> Path:
    return edition_root()
