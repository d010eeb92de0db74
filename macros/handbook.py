"""Load the organisation file and the registry once, and reuse them until a data file changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .organisation import Organisation, load_organisation
from .problems import DataError
from .registry import Registry, load_registry
from .render import Renderer

ORGANISATION_FILE = Path("data/organisation.yml")
REGISTRY_FOLDER = Path("data/accounts")


@dataclass(frozen=True)
class Handbook:
    organisation: Organisation
    registry: Registry
    renderer: Renderer


_cache: dict[tuple[object, ...], Handbook] = {}


def _fingerprint(root: Path, today: date) -> tuple[object, ...]:
    files = [root / ORGANISATION_FILE, *sorted((root / REGISTRY_FOLDER).glob("*.y*ml"))]
    return (str(root), today, *((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files if f.exists()))


def load_handbook(root: Path, docs_dir: Path | None = None, today: date | None = None) -> Handbook:
    """Check both data files, reporting every problem in either of them. Raises DataError."""
    today = today or date.today()
    key = _fingerprint(root, today)
    if key in _cache:
        return _cache[key]
    problems = []
    organisation = None
    try:
        organisation = load_organisation(root / ORGANISATION_FILE, docs_dir, shown=str(ORGANISATION_FILE))
    except DataError as error:
        problems += error.problems
    email_domain = organisation.email_domain if organisation else None
    try:
        registry = load_registry(root / REGISTRY_FOLDER, email_domain, today, root=root)
    except DataError as error:
        problems += error.problems
    if problems or organisation is None:
        raise DataError(problems)
    handbook = Handbook(organisation, registry, Renderer(registry, organisation))
    _cache.clear()  # only the latest data matters, for example while `mkdocs serve` reloads
    _cache[key] = handbook
    return handbook
