"""Where a build keeps what it can reuse next time: the user's cache folder, or HANDBOOK_CACHE."""

from __future__ import annotations

import os
from pathlib import Path


def cache_folder() -> Path:
    """HANDBOOK_CACHE if set, else council-handbook in XDG_CACHE_HOME or ~/.cache. Deleting it is always safe."""
    folder = os.environ.get("HANDBOOK_CACHE")
    if folder:
        return Path(folder)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache", "council-handbook")
