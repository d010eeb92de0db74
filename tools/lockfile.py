"""Is the hashed lockfile still honest? Run: .venv/bin/python -m tools.lockfile

It checks, without the network, that:
- every requirement in requirements.in is pinned in requirements.txt, inside its range;
- every pinned package carries hashes;
- every dependency of every pinned package, extras included, is itself pinned and in range
  (read from the installed packages' own metadata), so no installer ever has to pick a version;
- the virtual environment holds exactly the pinned versions.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?==([^ \\;]+)")


@dataclass(frozen=True)
class Pin:
    version: str
    hashes: int
    line: int


def read_lock(text: str) -> dict[str, Pin]:
    """Map each pinned package (canonical name) to its version, hash count and line."""
    pins: dict[str, Pin] = {}
    current = None
    for number, line in enumerate(text.splitlines(), start=1):
        match = PIN.match(line)
        if match:
            current = canonicalize_name(match.group(1))
            pins[current] = Pin(match.group(3), 0, number)
        elif current and "--hash=" in line:
            pin = pins[current]
            pins[current] = Pin(pin.version, pin.hashes + line.count("--hash="), pin.line)
    return pins


def read_wanted(text: str) -> list[Requirement]:
    """The requirements of a .in file, comments and blank lines left out."""
    wanted = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            wanted.append(Requirement(line))
    return wanted


def installed_requires(name: str) -> list[Requirement]:
    try:
        return [Requirement(text) for text in metadata.requires(name) or []]
    except metadata.PackageNotFoundError:
        return []


def problems(lock_name: str, lock_text: str, wanted: list[Requirement], requires=installed_requires,
             installed_version=metadata.version) -> list[str]:
    """Everything wrong with a lockfile, each as `file:line: message`."""
    pins = read_lock(lock_text)
    found: list[str] = []

    def pinned(requirement: Requirement, why: str) -> None:
        name = canonicalize_name(requirement.name)
        pin = pins.get(name)
        if pin is None:
            found.append(f"{lock_name}: {requirement.name} is needed ({why}) but not pinned.")
        elif not requirement.specifier.contains(pin.version, prereleases=True):
            found.append(f"{lock_name}:{pin.line}: {name}=={pin.version} is outside "
                         f"'{requirement.specifier}' ({why}).")

    # Which extras each package is asked for, by the .in file or by another package.
    extras: dict[str, set[str]] = {name: set() for name in pins}
    for requirement in wanted:
        pinned(requirement, "listed in the .in file")
        extras.setdefault(canonicalize_name(requirement.name), set()).update(requirement.extras)
    environment = default_environment()
    pending = list(pins)
    while pending:
        name = pending.pop()
        for requirement in requires(name):
            asked = extras.get(name, set()) | {""}
            if requirement.marker and not any(
                    requirement.marker.evaluate({**environment, "extra": extra}) for extra in asked):
                continue
            pinned(requirement, f"required by {name}")
            target = canonicalize_name(requirement.name)
            new = set(requirement.extras) - extras.setdefault(target, set())
            if new:
                extras[target] |= new
                pending.append(target)
    for name, pin in pins.items():
        if pin.hashes == 0:
            found.append(f"{lock_name}:{pin.line}: {name}=={pin.version} has no hash.")
        try:
            have = installed_version(name)
        except metadata.PackageNotFoundError:
            have = None
        if have is not None and have != pin.version:
            found.append(f"{lock_name}:{pin.line}: {name} is pinned at {pin.version} but "
                         f"{have} is installed: run bash scripts/install.sh.")
    return sorted(set(found))


def main() -> int:
    found = []
    for stem in ("requirements-bootstrap", "requirements"):
        lock = ROOT / f"{stem}.txt"
        wanted = read_wanted((ROOT / f"{stem}.in").read_text(encoding="utf-8"))
        found += problems(lock.name, lock.read_text(encoding="utf-8"), wanted)
    for line in found:
        print(line, file=sys.stderr)
    if found:
        print("how to fix: compile the lockfile again with the command at the top of it, then "
              "run bash scripts/install.sh.", file=sys.stderr)
        return 1
    print("The lockfiles pin every package they need, extras included.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
