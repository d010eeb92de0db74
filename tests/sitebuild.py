"""Helpers to build the handbook, or a small variant of it, into a temporary folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
MKDOCS = [sys.executable, "-m", "mkdocs"]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


@dataclass
class Build:
    project: Path
    site: Path
    returncode: int
    output: str

    def page(self, url_path: str) -> BeautifulSoup:
        """Parse a built page: 'accounts/' or 'cy/accounts/' or '' for the home page."""
        html = (self.site / url_path / "index.html").read_text(encoding="utf-8")
        return BeautifulSoup(html, "html.parser")


def copy_project(target: Path) -> Path:
    """Copy what a build needs (not tests or .git) so a test can change data or pages safely."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "CHANGELOG.yml", "docs", "data", "overrides", "macros", "language"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / name)
    return target


def build(project: Path, site: Path | None = None, env: dict[str, str] | None = None) -> Build:
    site = site or project / "site"
    if project != ROOT:  # copies have no git history for the "last updated" dates
        env = {"HANDBOOK_GIT_DATES": "false", "HANDBOOK_PDF": "false", **(env or {})}
    result = subprocess.run([*MKDOCS, "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
                            cwd=project, env={**ENV, **(env or {})}, capture_output=True, text=True, timeout=1800)
    return Build(project, site, result.returncode, result.stdout + result.stderr)


def check_data(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "macros.check", "--root", str(root)], cwd=ROOT, env=ENV,
                          capture_output=True, text=True, timeout=300)
