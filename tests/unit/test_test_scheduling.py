"""The test suite's own scheduling (tests/conftest.py): a file's tests stay on one worker."""

from __future__ import annotations

import os
from pathlib import Path

from tests.conftest import LONG, SPREAD, handing_out_order, run_date, scope
from tools.sitebuild import ENV, ROOT, build_env


def test_a_files_tests_share_one_scope_and_the_slow_ones_have_their_own() -> None:
    same_file = {scope(nodeid) for nodeid in (
        "tests/site/test_editions.py::test_welsh_can_be_turned_off_as_the_guide_says",
        "tests/site/test_editions.py::test_the_fictional_site_names_its_own_council",
        "tests/site/test_editions.py::TestSomething::test_method[en]")}
    assert same_file == {"tests/site/test_editions.py"}
    slow = sorted(SPREAD)[0]
    spread = {scope(f"{slow}[{width}-{language}]") for width in ("desktop", "phone")
              for language in ("en", "cy")}
    assert len(spread) == 4  # each one may go to either worker


def test_every_spread_test_and_long_file_exists() -> None:
    """A renamed test would silently fall back to its file's worker; a renamed file, to the end."""
    import importlib

    for nodeid in SPREAD:
        path, name = nodeid.split("::")
        module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
        assert callable(getattr(module, name)), nodeid
    for path in LONG:
        assert (ROOT / path).is_file(), path


def test_browser_and_other_queues_alternate_and_the_longest_start_first() -> None:
    slow = sorted(SPREAD)[0]
    queues = ["tests/site/test_site.py", "tests/unit/core/test_accounts.py", f"{slow}[desktop-en]",
              "tests/browser/test_search.py", f"{slow}[phone-cy]", "tests/unit/test_serve.py"]
    assert handing_out_order(queues) == [
        f"{slow}[desktop-en]", "tests/site/test_site.py", f"{slow}[phone-cy]", "tests/unit/core/test_accounts.py",
        "tests/browser/test_search.py", "tests/unit/test_serve.py"]
    assert sorted(handing_out_order(queues)) == sorted(queues)  # nothing lost or repeated


def test_long_files_come_before_site_files_and_unit_tests_come_last() -> None:
    slow = sorted(SPREAD)[0]
    queues = ["tests/unit/core/test_accounts.py", "tests/site/test_site.py", "tests/unit/test_install.py",
              "tests/browser/test_search.py", "tests/site/test_scale.py", f"{slow}[desktop-en]",
              "tests/unit/test_serve.py", "tests/browser/test_phone.py"]
    assert handing_out_order(queues) == [
        f"{slow}[desktop-en]", "tests/site/test_scale.py", "tests/browser/test_search.py", "tests/unit/test_install.py",
        "tests/browser/test_phone.py", "tests/site/test_site.py", "tests/unit/core/test_accounts.py",
        "tests/unit/test_serve.py"]


def test_every_build_in_a_run_is_made_on_the_same_day() -> None:
    """A run that passes midnight compared a book printed on 7 December with the 8th: the run's
    date is fixed once, for the handbook (HANDBOOK_TODAY) and for MkDocs (SOURCE_DATE_EPOCH),
    and every build and command a test starts is given it."""
    assert run_date().isoformat() == os.environ["HANDBOOK_TODAY"]
    assert int(os.environ["SOURCE_DATE_EPOCH"]) > 0
    started = {**ENV, **build_env(Path("elsewhere"))}
    assert started["HANDBOOK_TODAY"] == os.environ["HANDBOOK_TODAY"]
    assert started["SOURCE_DATE_EPOCH"] == os.environ["SOURCE_DATE_EPOCH"]
