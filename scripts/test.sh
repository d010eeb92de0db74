#!/usr/bin/env bash
# Install everything (including Chromium for the browser tests), then run every test.
# Extra arguments go to pytest, for example: bash scripts/test.sh -k registry
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh --with-browser
export NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true
# The handbook's own modules compiled once, so no build or command compiles them again.
.venv/bin/python -m compileall -q macros tools >/dev/null
# One worker per core; each test file's tests stay on one worker, so a file's fixture site is
# built once, except the few listed in SPREAD (tests/conftest.py). HANDBOOK_TEST_WORKERS=1 runs
# everything in one process.
exec .venv/bin/python -m pytest -n "${HANDBOOK_TEST_WORKERS:-auto}" --dist loadscope "$@"
