"""The edition the tests run against: the repository's own data, or another council's.

Set HANDBOOK_EDITION to a folder holding data/organisation.yml, data/accounts/ and a logo (for
example tests/fixtures/editions/example-borough) to run the site tests against that edition: the
session builds a copy of the repository adopted with it, as ADOPTING.md describes. Without it,
the tests use the repository as it is, which in a council's own fork is that council's edition.
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import tempfile
from pathlib import Path

from macros.core.handbook import Handbook, load
from tools.sitebuild import ROOT, edition_project

VARIABLE = "HANDBOOK_EDITION"


def chosen_edition() -> Path | None:
    value = os.environ.get(VARIABLE, "").strip()
    if not value:
        return None
    folder = (ROOT / value).resolve()
    if not (folder / "data" / "organisation.yml").is_file():
        raise RuntimeError(f"{VARIABLE}={value}: there is no data/organisation.yml in {folder}")
    return folder


@functools.cache
def edition_root() -> Path:
    """The handbook folder under test: the repository, or a prepared copy adopted by the chosen edition."""
    edition = chosen_edition()
    if edition is None:
        return ROOT
    scratch = Path(tempfile.mkdtemp(prefix="handbook-edition-"))
    atexit.register(shutil.rmtree, scratch, ignore_errors=True)
    return edition_project(edition, scratch / "project")


@functools.cache
def edition() -> Handbook:
    """The checked data of the edition under test."""
    return load(edition_root())
