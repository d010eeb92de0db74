"""The preview (`mkdocs serve`, run by scripts/serve.sh) keeps CONTRIBUTING's promise: it rebuilds
when anything an editor changes is saved, and it hides what it does not build."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
import yaml
from mkdocs.config import load_config

from macros.core.handbook import load
from tools.sitebuild import ENV, MKDOCS, ROOT, build, copy_project

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


def test_a_build_without_the_printing_step_hides_the_pdf_link(tmp_path: Path) -> None:
    # The site build never prints: printing is its own step (scripts/build.sh). A preview or any
    # build without that step links to no PDF.
    result = build(copy_project(tmp_path / "project"))
    assert result.returncode == 0, result.output
    actions = result.page("faqs/").select_one(".handbook-page-actions").get_text(" ")
    assert "Report a problem with this page" in actions
    assert "PDF" not in actions and not (result.site / "handbook.pdf").exists()
    assert "HANDBOOK_PDF" not in (ROOT / "scripts" / "serve.sh").read_text(encoding="utf-8")
    assert "macros pdf site.new" in (ROOT / "scripts" / "build.sh").read_text(encoding="utf-8")


# ---- the preview really rebuilds -------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url: str, text: str, timeout: float = 180) -> str:
    """The page at `url` once it contains `text`; fails after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    body = ""
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - a local preview
                body = response.read().decode("utf-8")
            if text in body:
                return body
        except OSError:
            pass
        time.sleep(1)
    raise AssertionError(f"{url} did not show {text!r} within {timeout:.0f} s")


def test_the_preview_shows_saved_changes_to_data_changelog_and_overrides(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    name = load(project).organisation.name
    port = free_port()
    server = subprocess.Popen([*MKDOCS, "serve", "-f", str(project / "mkdocs.yml"), "-a", f"127.0.0.1:{port}"],
                              cwd=project, env={**ENV, "HANDBOOK_PDF": "false", "HANDBOOK_GIT_DATES": "false"},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}/"
        wait_for(base, name)
        organisation = project / "data" / "organisation.yml"
        organisation.write_text(organisation.read_text(encoding="utf-8").replace(f"name: {name}",
                                                                                   "name: Preview Test Council"),
                                encoding="utf-8")
        wait_for(base, "Preview Test Council")
        changelog = project / "CHANGELOG.yml"
        summary = yaml.safe_load(changelog.read_text(encoding="utf-8"))[0]["summary"]
        changelog.write_text(changelog.read_text(encoding="utf-8").replace(summary, "A change seen in the preview."),
                             encoding="utf-8")
        wait_for(base + "whats-changed/", "A change seen in the preview.")
        footer = project / "overrides" / "partials" / "copyright.html"
        footer.write_text(footer.read_text(encoding="utf-8") + "<!-- a theme change seen in the preview -->\n",
                          encoding="utf-8")
        wait_for(base, "a theme change seen in the preview")
    finally:
        server.terminate()
        server.wait(timeout=30)
