"""Build a copy of the handbook with a generated registry, for benchmarks (not imported from tests/)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.generate_registry import generate
from tools.sitebuild import copy_project as copy_handbook

ROOT = Path(__file__).resolve().parents[1]
SEARCH_LINE = re.compile(r"Search index: .* in ([\d.]+) s")


@dataclass(frozen=True)
class TimedBuild:
    site: Path
    seconds: float
    index_seconds: float
    output: str


def copy_project(target: Path, accounts: int | None = None) -> Path:
    """A copy of the handbook; with `accounts`, that many generated accounts join the sample ones
    (which the chapters' listings need)."""
    copy_handbook(target)
    if accounts:
        generate(target / "data" / "accounts", accounts)
    return target


def build(project: Path) -> TimedBuild:
    """`mkdocs build --strict` without PDFs or git dates; how long it took, and its search indexing."""
    site = project / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true",
           "HANDBOOK_PDF": "false", "HANDBOOK_GIT_DATES": "false"}
    start = time.perf_counter()
    command = [sys.executable, "-m", "mkdocs", "build", "--strict",
               "-f", str(project / "mkdocs.yml"), "-d", str(site)]
    result = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=3600)
    seconds = time.perf_counter() - start
    output = result.stdout + result.stderr
    if result.returncode != 0:
        raise RuntimeError(f"the build failed:\n{output}")
    found = SEARCH_LINE.search(output)
    return TimedBuild(site, seconds, float(found.group(1)) if found else float("nan"), output)
