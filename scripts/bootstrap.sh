#!/usr/bin/env bash
# One command for a fresh machine: make sure a Chromium exists, install the npm packages,
# then run the demo or every test.
#   bash scripts/bootstrap.sh demo [-- --screenshots DIR]
#   bash scripts/bootstrap.sh test
set -euo pipefail
cd "$(dirname "$0")/.."

what="${1:-}"
shift || true
[ "${1:-}" = "--" ] && shift

have_chromium() {
  [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ] && return 0
  [ -x /usr/lib/chromium/chromium ] || [ -x /usr/bin/chromium ]
}

if ! have_chromium; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "Installing Debian's chromium package…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1; then
    echo "Installing Debian's chromium package (sudo)…"
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "No Chromium found and apt-get is not available." >&2
    echo "Install Chromium, or run 'npx playwright install chromium', or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi

npm ci --no-audit --no-fund

case "$what" in
  demo) npm run demo -- "$@" ;;
  test) npm test ;;
  *) echo "usage: bash scripts/bootstrap.sh demo|test" >&2; exit 2 ;;
esac
