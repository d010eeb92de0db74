"""The preview (`mkdocs serve`, run by scripts/serve.sh) keeps CONTRIBUTING's promise: it rebuilds
when anything an editor changes is saved, and it hides what it does not build."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config

from tools.sitebuild import ROOT, Build, build, copy_project

# Files editors change, each of which must rebuild the preview.
EDITED = ["docs/faqs.md", "data/organisation.yml", "data/accounts/corporate.yml", "CHANGELOG.yml",
          "overrides/main.html", "overrides/partials/page-actions.html", "mkdocs.yml"]


def watched_paths() -> list[Path]:
    config = load_config(str(ROOT / "mkdocs.yml"))
    # What `mkdocs serve` watches without --watch-theme: the pages, this file and the watch list.
    return [Path(config.docs_dir), Path(config.config_file_path), *(Path(item) for item in config.watch)]


@pytest.mark.parametrize("edited", EDITED)
def test_the_preview_rebuilds_when_an_editor_saves(edited: str) -> None:
    path = (ROOT / edited).resolve()
    assert path.exists(), f"{edited} is not in the repository: update this list"
    assert any(path == watched.resolve() or path.is_relative_to(watched.resolve()) for watched in watched_paths())


def test_the_watch_list_catches_an_unwatched_file() -> None:
    # Negative control: the tests folder is not part of the site, so the preview ignores it.
    path = (ROOT / "tests" / "conftest.py").resolve()
    assert not any(path.is_relative_to(watched.resolve()) for watched in watched_paths())


def test_a_quick_build_hides_the_pdf_link(tmp_path: Path) -> None:
    # scripts/serve.sh sets HANDBOOK_PDF=false: no PDFs are printed, so none is linked.
    result = build(copy_project(tmp_path / "project"), env={"HANDBOOK_PDF": "false"})
    assert result.returncode == 0, result.output
    actions = result.page("faqs/").select_one(".handbook-page-actions").get_text(" ")
    assert "Report a problem with this page" in actions
    assert "PDF" not in actions and not (result.site / "handbook.pdf").exists()
    assert "HANDBOOK_PDF=${HANDBOOK_PDF:-false}" in (ROOT / "scripts" / "serve.sh").read_text(encoding="utf-8")
