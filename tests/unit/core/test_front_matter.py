"""Every front-matter key the site reads has a rule (core/front_matter.py): a hostile value for
each one is refused by `macros check` with the page, the line and the key. The same table
(tests/front_matter_cases.py) is built as a site in tests/site/test_editor_input.py, which finds
the same problems in the build and shows the valid values rendered."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from macros.__main__ import main as cli
from macros.core.front_matter import BUILD_KEYS, NOT_USED, PageMeta, SearchSettings
from tests.front_matter_cases import HOSTILE, VALID, VALID_BODY, front_matter_page
from tools.sitebuild import ROOT

MINIMAL = ROOT / "tests" / "fixtures" / "sites" / "minimal"


def edition(tmp_path: Path) -> Path:
    root = tmp_path / "edition"
    for name in ("data", "docs", "CHANGELOG.yml"):
        source = MINIMAL / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, root / name)
    return root


def check(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli(["check", "--root", str(root)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize(("key", "lines", "field", "words"), HOSTILE, ids=[row[0] for row in HOSTILE])
def test_a_hostile_value_is_refused_with_page_line_and_key(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                           key: str, lines: str, field: str, words: str) -> None:
    root = edition(tmp_path)
    text, line = front_matter_page(key, lines)
    (root / "docs" / "hostile.md").write_text(text, encoding="utf-8")
    code, output = check(root, capsys)
    assert code == 1 and "Traceback" not in output
    assert f"docs/hostile.md:{line}: {field}: " in output, output
    assert words in output, output
    assert "how to fix:" in output


def test_every_key_the_site_reads_is_in_the_table() -> None:
    tested = {row[0] for row in HOSTILE}
    keys = set(PageMeta.model_fields) | {f"search.{name}" for name in SearchSettings.model_fields}
    assert keys - tested == set(), "add a hostile value for each new front-matter key to HOSTILE"
    assert set(BUILD_KEYS) | set(NOT_USED) <= tested
    assert {line.split(":")[0] for line in VALID} == set(PageMeta.model_fields) - {"translation_of"}


def test_contributing_lists_every_key() -> None:
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert [key for key in PageMeta.model_fields if f"\n| `{key}` |" not in guide] == []


def test_valid_values_of_every_key_pass(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # control
    root = edition(tmp_path)
    (root / "docs" / "valid.md").write_text("---\n" + "\n".join(VALID) + "\n---\n\n# Valid\n" + VALID_BODY, encoding="utf-8")
    (root / "docs" / "valid.cy.md").write_text("---\n" + "\n".join(VALID) + "\ntranslation_of: pending\n---\n\n# Dilys\n" + VALID_BODY,
                                               encoding="utf-8")
    code, output = check(root, capsys)
    assert code == 0, output


def test_a_misspelt_key_gets_a_suggestion(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = edition(tmp_path)
    for misspelt, meant in (("descripton", "description"), ("review_interval", "review_interval_months"),
                            ("subtitel", "subtitle")):
        (root / "docs" / f"{misspelt}.md").write_text(front_matter_page(misspelt, f"{misspelt}: x")[0],
                                                      encoding="utf-8")
    output = check(root, capsys)[1]
    for misspelt, meant in (("descripton", "description"), ("review_interval", "review_interval_months"),
                            ("subtitel", "subtitle")):
        assert f"'{misspelt}' is not a front matter key we know\n    how to fix: Did you mean '{meant}'?" in output


def test_boost_written_at_the_top_level_is_pointed_under_search(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    root = edition(tmp_path)
    (root / "docs" / "boost.md").write_text(front_matter_page("boost", "boost: 1.5")[0], encoding="utf-8")
    assert "docs/boost.md:6: boost: 'boost' belongs under 'search:'" in check(root, capsys)[1]


@pytest.mark.parametrize("name", ["draft.markdown", "draft.mkd"])
def test_a_page_mkdocs_would_build_unchecked_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        name: str) -> None:
    root = edition(tmp_path)
    (root / "docs" / name).write_text(front_matter_page("subtitle", "subtitle: <b>")[0], encoding="utf-8")
    assert f"docs/{name}:1: file: pages end in .md" in check(root, capsys)[1]
