#!/usr/bin/env bash
# Install everything, then serve the handbook at http://127.0.0.1:8000/ (Ctrl+C to stop).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
export NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true
.venv/bin/python -m macros check
exec .venv/bin/mkdocs serve --strict -a "${HANDBOOK_ADDRESS:-127.0.0.1:8000}"
