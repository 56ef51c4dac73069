#!/usr/bin/env bash
# Installs Debian's chromium for the browser test (tests/test_browser.py) and scripts/screenshot.py.
# Idempotent: does nothing when a chromium is already there. Never fails the caller: if it cannot
# install (no root, no apt, no network) it says so on stderr and exits 0; the browser test then skips
# with that reason.
set -u
for exe in /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -x "$exe" ]; then
    exit 0
  fi
done
if [ -n "${VNREPORT_SKIP_BROWSER:-}" ]; then
  echo "!!! WARNING setup_browser: VNREPORT_SKIP_BROWSER is set; not installing chromium" >&2
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "!!! WARNING setup_browser: no apt-get here; install chromium yourself to run the browser test" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
  else
    echo "!!! WARNING setup_browser: not root and no password-less sudo; chromium not installed" >&2
    exit 0
  fi
fi
export DEBIAN_FRONTEND=noninteractive
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core; } >/tmp/vnreport-setup-browser.log 2>&1; then
  echo "!!! WARNING setup_browser: apt-get could not install chromium (see /tmp/vnreport-setup-browser.log); the browser test (tests/test_browser.py) will be SKIPPED" >&2
fi
exit 0
