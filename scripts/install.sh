#!/usr/bin/env bash
# Install everything the handbook needs into .venv, from the hashed lockfile requirements.txt.
# Usage: bash scripts/install.sh [--with-browser]
#   --with-browser also installs Chromium and poppler-utils (for browser and PDF tests) with apt.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "error: the handbook needs Python 3.11 or newer ($PYTHON is $("$PYTHON" --version 2>&1))." >&2
  echo "       On Debian or Ubuntu: sudo apt-get install python3 python3-venv" >&2
  exit 1
fi

# apt-get as root, or with sudo when there is one; otherwise say exactly what to install.
apt_install() {
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "error: please install these Debian/Ubuntu packages, then run this again: $*" >&2; exit 1
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

if [ ! -x .venv/bin/python ]; then
  if ! "$PYTHON" -m venv .venv 2>/dev/null; then
    rm -rf .venv
    apt_install python3-venv
    "$PYTHON" -m venv .venv
  fi
fi

# Reinstall only when the lockfile has changed since the last install.
stamp=.venv/.requirements.sha256
wanted=$(sha256sum requirements.txt | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
  echo "Installing Python packages from requirements.txt (hash-checked)..."
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.txt
  echo "$wanted" > "$stamp"
fi

if [ "${1:-}" = "--with-browser" ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  [ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} with apt..."
    apt_install "${missing[@]}"
  fi
fi
