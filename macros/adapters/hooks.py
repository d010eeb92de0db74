"""The one entry point MkDocs knows (mkdocs.yml, `hooks:`): every event goes to one HandbookPlugin.

MkDocs loads this file by its path, not as part of the `macros` package, so it first puts the
project's folder on Python's path; then the rest is ordinary package code. MkDocs loads the
file once a process, so `mkdocs serve` uses one object for every rebuild: it forgets a build's
state when the build ends, or fails (HandbookPlugin._forget).
"""

import sys
from pathlib import Path

_PROJECT = str(Path(__file__).resolve().parents[2])
if _PROJECT not in sys.path:
    sys.path.insert(0, _PROJECT)

from macros.adapters.plugin import HandbookPlugin  # noqa: E402

_build = HandbookPlugin()
on_config = _build.on_config
on_pre_build = _build.on_pre_build
on_files = _build.on_files
on_env = _build.on_env
on_page_markdown = _build.on_page_markdown
on_page_content = _build.on_page_content
on_post_build = _build.on_post_build
on_build_error = _build.on_build_error
