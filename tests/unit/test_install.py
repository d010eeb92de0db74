"""The install works with whatever pip a machine has, fails in two clear lines, and the lockfiles
stay honest (every package pinned, extras included)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tools import lockfile

ROOT = Path(__file__).resolve().parents[2]
INSTALL_FILES = ("scripts/install.sh", "requirements.txt", "requirements-bootstrap.txt")


def copy_install_files(target: Path) -> None:
    for name in INSTALL_FILES:
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, target / name)


def run_install(where: Path) -> subprocess.CompletedProcess[str]:
    # The machine's own python3, so its venv gets the machine's own (possibly old) pip.
    system_python = shutil.which("python3", path="/usr/local/bin:/usr/bin:/bin") or "python3"
    return subprocess.run(["bash", "scripts/install.sh"], cwd=where, capture_output=True, text=True,
                          env={"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(Path.home()),
                               "PYTHON": system_python}, timeout=900)


@pytest.mark.slow
def test_a_new_venv_with_the_machines_own_pip_installs_everything(tmp_path: Path) -> None:
    copy_install_files(tmp_path)
    result = run_install(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    python = tmp_path / ".venv" / "bin" / "python"
    imported = subprocess.run([str(python), "-c", "import mkdocs, material, weasyprint, pagefind, uv"],
                              capture_output=True, text=True)
    assert imported.returncode == 0, imported.stderr
    # A second run with nothing changed installs nothing.
    again = run_install(tmp_path)
    assert again.returncode == 0 and "Installing" not in again.stdout


@pytest.mark.slow
def test_a_failed_install_says_which_package_in_two_lines(tmp_path: Path) -> None:
    copy_install_files(tmp_path)
    lock = tmp_path / "requirements.txt"
    # A hash that no release of babel has: the install must stop and name the package.
    text = re.sub(r"(?m)^(babel==\S+ \\\n)(    --hash=sha256:[0-9a-f]{64}.*\n)+",
                  r"\1    --hash=sha256:" + "0" * 64 + "\n", lock.read_text(encoding="utf-8"))
    assert text != lock.read_text(encoding="utf-8")  # negative control: the lock was changed
    lock.write_text(text, encoding="utf-8")
    result = run_install(tmp_path)
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert 1 <= len(errors) <= 3, result.stderr
    assert "babel" in errors[0] and "Traceback" not in result.stderr
    assert ".venv/install.log" in result.stderr


def test_the_lockfiles_pin_every_package_they_need() -> None:
    result = subprocess.run([sys.executable, "-m", "tools.lockfile"], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr


def test_the_lockfile_check_finds_an_unpinned_extra() -> None:
    lock = "fonttools==4.0 \\\n    --hash=sha256:aa\n"
    requires = {"fonttools": ["brotli>=1; extra == 'woff'"]}.get
    wanted = lockfile.read_wanted("fonttools[woff]>=3\n")
    found = lockfile.problems("requirements.txt", lock, wanted, lambda name: [
        lockfile.Requirement(text) for text in requires(name, [])], lambda name: "4.0")
    assert found == ["requirements.txt: brotli is needed (required by fonttools) but not pinned."]
    # Negative control: without the extra, brotli is not needed.
    plain = lockfile.problems("requirements.txt", lock, lockfile.read_wanted("fonttools>=3\n"),
                              lambda name: [lockfile.Requirement(text) for text in requires(name, [])],
                              lambda name: "4.0")
    assert plain == []


def test_the_lockfile_check_finds_a_pin_outside_its_range_and_a_missing_hash() -> None:
    lock = "mkdocs==2.0\n"
    found = lockfile.problems("requirements.txt", lock, lockfile.read_wanted("mkdocs==1.6.1\n"),
                              lambda name: [], lambda name: "2.0")
    assert "requirements.txt:1: mkdocs==2.0 is outside '==1.6.1' (listed in the .in file)." in found
    assert "requirements.txt:1: mkdocs==2.0 has no hash." in found


def test_the_lockfile_check_finds_an_environment_out_of_step() -> None:
    lock = "mkdocs==1.6.1 \\\n    --hash=sha256:aa\n"
    found = lockfile.problems("requirements.txt", lock, [], lambda name: [], lambda name: "1.5.0")
    assert found == ["requirements.txt:1: mkdocs is pinned at 1.6.1 but 1.5.0 is installed: "
                     "run bash scripts/install.sh."]
