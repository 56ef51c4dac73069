#!/usr/bin/env bash
# Creates .venv (once) and installs the package. Idempotent; nothing but PyPI and Debian's packages.
#   bash scripts/setup.sh          the package with the batch extra (what scripts/demo.sh needs)
#   bash scripts/setup.sh --test   the test extras too, plus the PostgreSQL server and Chromium
#                                  that the database and browser tests start (scripts/test.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=batch
[ "${1:-}" = "--test" ] && mode=test
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.vnreport-installed-$mode
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip >/dev/null 2>&1 || true
  .venv/bin/python -m pip install --quiet -e ".[$mode]" 2>&1 | grep -v "^WARNING: Location" || true
  .venv/bin/python -c "import vnreport_extract, spacy, underthesea" # fail loudly if the install broke
  touch "$stamp"
fi
[ "$mode" = test ] || exit 0

# PostgreSQL server binaries for the database tests (tests/test_stores.py starts a throwaway server
# on 127.0.0.1). Installed from Debian's packages when missing; never fails the setup: without them
# the PostgreSQL tests skip with a loud reason.
have_pg() {
  command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1 && return 0
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1
}
if ! have_pg; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "setup: installing PostgreSQL (apt-get install postgresql) for the database tests" >&2
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }; then
      echo "!!! WARNING: apt-get install postgresql failed; the PostgreSQL tests will be SKIPPED" >&2
    fi
  else
    echo "!!! WARNING: PostgreSQL binaries (initdb, pg_ctl) not found and apt-get is not usable here" \
         "(not root or no apt); the PostgreSQL tests will be SKIPPED. Install the 'postgresql' package." >&2
  fi
fi

# Debian's chromium for the review-page browser test (tests/test_browser.py); never fails the setup.
bash scripts/setup_browser.sh || true
