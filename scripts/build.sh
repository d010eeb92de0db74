#!/usr/bin/env bash
# Install everything, check the data, build the handbook into site/, then print it to PDF (one
# book per language: site/handbook.pdf, site/cy/llawlyfr.pdf) as a step of its own.
# The new site is built beside the old one and swapped in only when every step succeeds, so a
# failed build never leaves you without the last good site.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
export NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true
# Set HANDBOOK_PDF=false to skip printing (the pages then show no PDF link).
export HANDBOOK_PDF=${HANDBOOK_PDF:-true}
.venv/bin/python -m macros check
rm -rf site.new
if .venv/bin/mkdocs build --strict -d site.new \
   && { [ "$HANDBOOK_PDF" != true ] || .venv/bin/python -m macros pdf site.new; }; then
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
