"""Build the handbook, or a small fixture site, into a temporary folder.

A fixture site is a folder of minimal files (data/, docs/, CHANGELOG.yml and nav.yml); it is
built with the repository's own mkdocs.yml, macros/ and overrides/, so it tests the real code.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
MKDOCS = [sys.executable, "-m", "mkdocs"]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
MACHINERY = ("macros", "overrides", "language")  # linked into fixture projects: the code under test
EDITION = ("data", "docs", "CHANGELOG.yml")  # what an edition of the handbook is made of


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

    def html(self, url_path: str) -> str:
        return (self.site / url_path / "index.html").read_text(encoding="utf-8")


# ---- mkdocs.yml, read and written with its tags kept as they are ----------------------------

class _Tagged:
    def __init__(self, tag: str, value: Any) -> None:
        self.tag, self.value = tag, value


class _Loader(yaml.SafeLoader):
    pass


class _Dumper(yaml.SafeDumper):
    pass


def _keep_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> _Tagged:
    value = (loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode)
             else loader.construct_scalar(node))
    return _Tagged(node.tag, value)


_Loader.add_multi_constructor("!", _keep_tag)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _keep_tag)
_Dumper.add_representer(_Tagged, lambda dumper, data: (
    dumper.represent_sequence(data.tag, data.value) if isinstance(data.value, list)
    else dumper.represent_scalar(data.tag, data.value)))


def read_config(path: Path) -> dict[str, Any]:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)


def write_config(config: dict[str, Any], path: Path) -> None:
    path.write_text(yaml.dump(config, Dumper=_Dumper, sort_keys=False, allow_unicode=True), encoding="utf-8")


# ---- projects ------------------------------------------------------------------------------

def copy_project(target: Path) -> Path:
    """A copy of the real handbook (not tests or .git), for tests that change its data or pages."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", *EDITION, *MACHINERY):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name)  # compiled modules too: they stay valid (same times)
        else:
            shutil.copy2(source, target / name)
    return target


def edition_project(edition: Path, target: Path, source: Path = ROOT) -> Path:
    """A copy of the handbook adopted by another council, the way ADOPTING.md says to do it:
    copy the repository, replace the organisation file and the registry, replace the logo, and
    regenerate CODEOWNERS and the other files made from the data."""
    copy_project(target)
    shutil.copytree(source / ".github", target / ".github", dirs_exist_ok=True)
    old_logo = yaml.safe_load((source / "data" / "organisation.yml").read_text(encoding="utf-8"))["logo"]
    (target / "docs" / old_logo).unlink(missing_ok=True)
    (target / "data" / "organisation.yml").unlink()
    shutil.rmtree(target / "data" / "accounts")
    shutil.copy2(edition / "data" / "organisation.yml", target / "data" / "organisation.yml")
    shutil.copytree(edition / "data" / "accounts", target / "data" / "accounts")
    # The activity snapshot describes the source's accounts: an edition starts without one.
    (target / "data" / "health" / "snapshot.json").unlink(missing_ok=True)
    if (edition / "docs").is_dir():  # the logo, and any other image the organisation file names
        shutil.copytree(edition / "docs", target / "docs", dirs_exist_ok=True)
    generated = run_command(target, "generate")
    if generated.returncode != 0:
        raise RuntimeError(f"`python -m macros generate` failed for {edition}:\n{generated.stderr}")
    return target


def fixture_project(fixture: Path, target: Path) -> Path:
    """A project from a fixture folder: its own edition files, the repository's code and theme."""
    target.mkdir(parents=True, exist_ok=True)
    for name in MACHINERY:
        (target / name).symlink_to(ROOT / name, target_is_directory=True)
    shutil.copytree(ROOT / "docs" / "assets", target / "docs" / "assets")
    for name in EDITION:
        source = fixture / name
        if source.is_dir():
            shutil.copytree(source, target / name, dirs_exist_ok=True)
        elif source.is_file():
            shutil.copy2(source, target / name)
    config = read_config(ROOT / "mkdocs.yml")
    config["nav"] = yaml.safe_load((fixture / "nav.yml").read_text(encoding="utf-8"))
    pages = {path.relative_to(target / "docs").as_posix() for path in (target / "docs").rglob("*.md")}
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "redirects" in plugin:  # keep redirects to pages the fixture has
            maps = plugin["redirects"]["redirect_maps"]
            plugin["redirects"]["redirect_maps"] = {old: new for old, new in maps.items() if new in pages}
    write_config(config, target / "mkdocs.yml")
    return target


def build_env(project: Path, pdf: bool = False) -> dict[str, str]:
    """The settings a build of `project` runs with (any generator: tests build with ProperDocs too)."""
    env = {"HANDBOOK_PDF": "true" if pdf else "false"}
    if project != ROOT:  # copies have no git history for the "last updated" dates
        env["HANDBOOK_GIT_DATES"] = "false"
    return env


def build(project: Path, site: Path | None = None, env: dict[str, str] | None = None, pdf: bool = False) -> Build:
    """`mkdocs build --strict`; with `pdf`, then the printing step, as scripts/build.sh does."""
    site = site or project / "site"
    env = {**build_env(project, pdf), **(env or {})}
    result = subprocess.run([*MKDOCS, "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
                            cwd=project, env={**ENV, **env}, capture_output=True, text=True, timeout=1800)
    output = result.stdout + result.stderr
    if result.returncode == 0 and pdf:
        printed = run_command(project, "pdf", str(site), env=env)
        return Build(project, site, printed.returncode, output + printed.stdout + printed.stderr)
    return Build(project, site, result.returncode, output)


def run_command(root: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m macros ARGS --root ROOT`, as an editor would run it."""
    return subprocess.run([sys.executable, "-m", "macros", *args, "--root", str(root)], cwd=ROOT,
                          env={**ENV, **(env or {})}, capture_output=True, text=True, timeout=300)
