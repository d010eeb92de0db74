#!/usr/bin/env bash
# Install everything the handbook needs into .venv, from the hashed lockfile requirements.txt.
# Usage: bash scripts/install.sh [--with-browser]
#   --with-browser also installs Chromium and poppler-utils (for browser and PDF tests) with apt.
#
# Two steps, so the install never depends on the pip a machine happens to have:
#   1. the machine's own pip installs one pinned installer, uv, checked against the hashes in
#      requirements-bootstrap.txt (one wheel with no dependencies: any pip can do that);
#   2. uv installs requirements.txt in hash-checking mode.
# Everything comes from the package registry (PyPI); nothing else is downloaded.
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

# When an install step fails, say in two lines what failed and what to do; keep the full log.
log=.venv/install.log
explain_failure() {
  local step=$1 first cause
  first=$(grep -m1 -E '^(error|ERROR)[: ]' "$log" || tail -n 1 "$log")
  cause=$(grep -m1 -E '^ +(cause|Caused by):' "$log" | sed -E 's/^ +//' || true)
  echo "error: $step failed: ${first#error: }${cause:+ ($cause)}" >&2
  if grep -q -i 'hash mismatch' "$log"; then
    echo "       The file on the registry does not match the lockfile's hash: compile the lockfile again" >&2
    echo "       (CONTRIBUTING.md, \"Updating dependencies\"). Full log: $log" >&2
  else
    echo "       Check that this machine can reach pypi.org and run the command again; if it fails" >&2
    echo "       the same way, compile the lockfile again (see CONTRIBUTING.md). Full log: $log" >&2
  fi
  exit 1
}

if [ ! -x .venv/bin/python ]; then
  if ! "$PYTHON" -m venv .venv 2>/dev/null; then
    rm -rf .venv
    apt_install python3-venv
    "$PYTHON" -m venv .venv
  fi
fi

# Reinstall only when a lockfile has changed since the last install.
stamp=.venv/.requirements.sha256
wanted=$(cat requirements-bootstrap.txt requirements.txt | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
  echo "Installing the installer (uv) from requirements-bootstrap.txt (hash-checked)..."
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-input \
    --require-hashes --no-deps -r requirements-bootstrap.txt >"$log" 2>&1 \
    || explain_failure "installing uv from requirements-bootstrap.txt"
  echo "Installing Python packages from requirements.txt (hash-checked)..."
  # UV_PYTHON_DOWNLOADS=never: use the virtual environment's Python, never fetch another.
  # UV_NATIVE_TLS: trust the certificates the machine trusts (a council proxy's, for example).
  # --compile-bytecode: every later build and test starts from compiled modules.
  UV_PYTHON_DOWNLOADS=never UV_NATIVE_TLS=true .venv/bin/uv pip install --quiet --color never --no-progress \
    --python .venv/bin/python --require-hashes --compile-bytecode -r requirements.txt >"$log" 2>&1 \
    || explain_failure "installing requirements.txt"
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
