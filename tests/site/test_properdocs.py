"""ProperDocs (the maintained continuation of MkDocs 1.x) builds the same handbook: the same files,
byte for byte, apart from the generator's name in each page's head. A council can switch by
running `properdocs` where the scripts run `mkdocs` (macros/adapters/README.md)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from tools.sitebuild import ENV, Build, build_env

GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def files(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in site.rglob("*") if path.is_file()}


def same(name: str, ours: bytes, theirs: bytes) -> bool:
    if name.endswith(".json"):  # Pagefind writes the same languages in either order
        return json.loads(ours) == json.loads(theirs)
    return GENERATOR.sub(b"", ours) == GENERATOR.sub(b"", theirs)


def test_properdocs_builds_the_same_site(site: Build, tmp_path: Path) -> None:
    other = tmp_path / "properdocs"
    result = subprocess.run([sys.executable, "-m", "properdocs", "build", "--strict", "-f", str(site.project / "mkdocs.yml"),
                             "-d", str(other)], cwd=site.project, env={**ENV, **build_env(site.project)},
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    ours, theirs = files(site.site), files(other)
    assert sorted(ours) == sorted(theirs)
    assert [name for name in ours if not same(name, ours[name], theirs[name])] == []
    assert b"ProperDocs" in theirs["index.html"] and b"ProperDocs" not in ours["index.html"]  # it really ran
