"""What the guides tell editors to run exists: commands, scripts and files (issue 13).

CONTRIBUTING.md once told editors to run tools/draft_check.py, which did not exist, and
`python -m macros.check` after the commands moved to `python -m macros check`.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from macros.__main__ import COMMANDS
from tests.edition import edition_root
from tools.sitebuild import ROOT, copy_project, run_command

GUIDES = [ROOT / name for name in ("README.md", "CONTRIBUTING.md", "ADOPTING.md")]
RUNNERS = [*sorted((ROOT / "scripts").glob("*.sh")), *sorted((ROOT / ".github" / "workflows").glob("*.yml")),
           ROOT / "data" / "published-urls.txt", ROOT / ".ci" / "run"]
MACROS_COMMAND = re.compile(r"-m macros([. ])([a-z_]+)")
# Repository files a guide names, such as scripts/serve.sh or data/organisation.yml (not inside a web address).
NAMED_FILE = re.compile(r"(?<![\w/.-])((?:scripts|tools|tests|macros|data|docs|benchmarks|\.github)/[\w./-]*\w\."
                        r"(?:py|sh|yml|md|svg))(?![\w/-])")


@pytest.mark.parametrize("path", GUIDES + RUNNERS, ids=lambda path: path.relative_to(ROOT).as_posix())
def test_every_macros_command_named_exists(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for separator, name in MACROS_COMMAND.findall(text):
        assert separator == " ", f"`-m macros.{name}` is the old form: write `-m macros {name}`"
        assert name in COMMANDS, f"`python -m macros {name}` is not a command: use one of {', '.join(COMMANDS)}"


# An edition's own files (service files, logo) are examples: each council has its own.
EDITION_FILES = ("data/accounts/", "docs/assets/images/")


@pytest.mark.parametrize("path", GUIDES, ids=lambda path: path.name)
def test_every_file_a_guide_names_exists(path: Path) -> None:
    missing = sorted({name for name in NAMED_FILE.findall(path.read_text(encoding="utf-8"))
                      if not name.startswith(EDITION_FILES) and not (ROOT / name).exists()})
    assert not missing, f"{path.name} names files that do not exist: {missing}"


def test_the_file_check_catches_a_missing_script() -> None:
    # Negative control: the example is caught.
    assert "tools/draft_check.py" in NAMED_FILE.findall("run `tools/draft_check.py docs/faqs.md`")
    assert not (ROOT / "tools" / "draft_check.py").exists()


def test_generate_check_names_each_stale_file_and_the_command(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    shutil.copytree(ROOT / ".github", project / ".github")
    assert run_command(project, "generate", "--check").returncode == 0
    deleted = sorted((project / "data" / "accounts").glob("*.yml"))[0]
    deleted.unlink()  # a service file deleted
    stale = run_command(project, "generate", "--check")
    assert stale.returncode == 1
    assert ".github/CODEOWNERS is out of date: run `.venv/bin/python -m macros generate`" in stale.stderr
    assert run_command(project, "generate").returncode == 0
    assert deleted.name not in (project / ".github" / "CODEOWNERS").read_text(encoding="utf-8")
    assert run_command(project, "generate", "--check").returncode == 0


def test_every_generated_file_in_the_repository_is_current() -> None:
    current = run_command(edition_root(), "generate", "--check")
    assert current.returncode == 0, current.stderr  # names each stale file and the command to run
