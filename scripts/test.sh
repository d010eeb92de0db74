#!/usr/bin/env bash
# Install everything (including Chromium for the browser tests), then run every test.
# Extra arguments go to pytest, for example: bash scripts/test.sh -k registry
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh --with-browser
export NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true
exec .venv/bin/python -m pytest "$@"
