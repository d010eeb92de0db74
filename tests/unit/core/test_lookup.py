"""The check's reading and answers in Python: the reference check.js follows (see tests/browser)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from benchmarks.generate_registry import generate
from macros.core.browser_rules import browser_rules, js_pattern
from macros.core.confusable import browser_table, fold, skeleton
from macros.core.handbook import load as load_handbook
from macros.core.lookup import Checker, Kind, near, read_query
from macros.core.platform_table import PLATFORMS
from macros.core.registry_files import load_registry
from tests.lookup_cases import ANSWER_CASES, READ_CASES
from tools.sitebuild import ROOT

CHECKER = Checker(load_handbook(ROOT).registry.accounts)


@pytest.mark.parametrize(("typed", "kind", "text", "platform"), READ_CASES)
def test_reading_what_was_typed(typed: str, kind: str, text: str, platform: str | None) -> None:
    query = read_query(typed)
    assert (query.kind, query.text, query.platform) == (kind, text, platform)


def test_the_table_covers_every_platform() -> None:
    assert {platform for *_, platform in READ_CASES if platform} == set(PLATFORMS)


@pytest.mark.parametrize(("typed", "kind", "handles"), ANSWER_CASES)
def test_answers_against_the_sample_registry(typed: str, kind: str, handles: list[str]) -> None:
    answer = CHECKER.check(typed)
    assert (answer.kind.value, [account.handle for account in answer.accounts]) == (kind, handles)


def test_every_registered_address_is_official_or_closed() -> None:
    for account in CHECKER.accounts:
        answer = CHECKER.check(account.url)
        expected = Kind.CLOSED if account.status.value == "archived" else Kind.OFFICIAL
        assert answer.kind is expected and account in answer.accounts, account.url


# ---- look-alikes ------------------------------------------------------------------------------

def test_skeletons_follow_uts_39() -> None:
    assert skeleton("m") == "rn" and skeleton("I") == skeleton("l") == skeleton("1")
    assert skeleton("p\u0430ypal") == "paypal"  # Cyrillic a
    assert fold("MonLibraries") == fold("monIibraries") == fold("m\u00f6nlibraries")
    assert fold("monlibraries") != fold("monmuseums")  # negative control


def test_browser_table_has_only_ascii_targets() -> None:
    table = browser_table()
    assert table["\u0430"] == "a" and all(target.isascii() for target in table.values())


def test_near_allows_one_or_two_edits_by_length() -> None:
    assert near("monlibraries_", "monlibraries") and near("monlibrarles", "monlibraries")
    assert near("monyout", "monyouth")  # one edit on an eight-character handle
    assert not near("monyou", "monyouth")  # two edits need nine characters or more
    assert not near("ac2", "ac1")  # short handles: no edits allowed
    assert not near("monlibraries", "monlibraries")  # the same is not a look-alike


def test_numbered_accounts_are_not_look_alikes_of_each_other(tmp_path: Path) -> None:
    generate(tmp_path, 300)
    checker = Checker(load_registry(tmp_path, None, date(2026, 1, 1)).accounts)
    for typed in ("account_13", "account.12", "ac99", "account117.bsky.social", "account52@mastodon.social"):
        answer = checker.check(typed)
        assert answer.kind is Kind.OFFICIAL, typed
        assert len(answer.accounts) == 1
    assert checker.check("account_9999").kind is Kind.UNKNOWN  # a number we do not have
    assert checker.check("acc0unt_13").kind is Kind.LOOKALIKE  # but a zero for an o still is one


# ---- the rules the browser gets --------------------------------------------------------------

def test_browser_rules_describe_every_platform() -> None:
    rules = browser_rules()
    assert [platform["key"] for platform in rules["platforms"]] == list(PLATFORMS)
    x = rules["platforms"][0]
    assert x["hosts"] == ["x.com", "twitter.com"] and "mobile." in x["prefixes"]
    assert all("(?P<" not in platform["profile"] for platform in rules["platforms"])
    assert js_pattern("/(?P<h>[^/]+)") == "/(?<h>[^/]+)"
