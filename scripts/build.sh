#!/usr/bin/env bash
# Install everything, check the data, and build the handbook into site/.
# The new site is built beside the old one and swapped in only when the build succeeds,
# so a failed build never leaves you without the last good site.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
export NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true
.venv/bin/python -m macros check
rm -rf site.new
if .venv/bin/mkdocs build --strict -d site.new; then
  rm -rf site.old
  [ -d site ] && mv site site.old
  mv site.new site
  rm -rf site.old
  echo "Built the handbook into site/."
else
  rm -rf site.new
  echo "The build failed; site/ still holds the last good build." >&2
  exit 1
fi
