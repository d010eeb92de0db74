#!/usr/bin/env bash
# Install everything (including Chromium for the browser tests), then run every test.
# Extra arguments go to pytest, for example: bash scripts/test.sh -k registry
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh --with-browser
export NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true
# The handbook's own modules compiled once, so no build or command compiles them again.
.venv/bin/python -m compileall -q macros tools >/dev/null
# The tests' scratch files (fixture sites, browser profiles) in memory where Linux offers it:
# on some disks each new file costs more than writing it, and the tests write tens of thousands.
# Removed when the run ends. A TMPDIR you set yourself is kept.
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
  TMPDIR="$(mktemp -d /dev/shm/handbook-tests.XXXXXX)"
  export TMPDIR
  trap 'rm -rf "$TMPDIR"' EXIT
fi
# The builds' cache (compiled templates, the Welsh word table) in the same scratch folder: the
# fixture sites' pages would otherwise leave thousands of files in your own cache folder.
export HANDBOOK_CACHE="${HANDBOOK_CACHE:-${TMPDIR:-/tmp}/handbook-cache}"
# One worker per core; each test file's tests stay on one worker, so a file's fixture site is
# built once, except the few listed in SPREAD (tests/conftest.py). HANDBOOK_TEST_WORKERS=1 runs
# everything in one process.
.venv/bin/python -m pytest -n "${HANDBOOK_TEST_WORKERS:-auto}" --dist loadscope "$@"
