#!/usr/bin/env bash
# One command for a fresh machine: make sure a Chromium (and, for the tests, a Firefox)
# exists, install the npm packages, then run the demo or every test.
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

have_firefox() {
  [ -n "${FIREFOX_PATH:-}" ] && [ -x "${FIREFOX_PATH}" ] && return 0
  [ -x /usr/bin/firefox-esr ] || [ -x /usr/bin/firefox ]
}

# Debian packages this run still needs: chromium always, firefox-esr for the tests.
missing=()
have_chromium || missing+=(chromium)
if [ "$what" = test ] && ! have_firefox; then missing+=(firefox-esr); fi

if [ "${#missing[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "Installing Debian's ${missing[*]} package(s)…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1; then
    echo "Installing Debian's ${missing[*]} package(s) (sudo)…"
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Missing: ${missing[*]}, and apt-get is not available." >&2
    echo "Install Chromium (or run 'npx playwright install chromium', or set CHROMIUM_PATH)" >&2
    echo "and Firefox (or set FIREFOX_PATH to a Firefox 142 or later)." >&2
    exit 1
  fi
fi

npm ci --no-audit --no-fund

case "$what" in
  demo) npm run demo -- "$@" ;;
  test) npm test ;;
  *) echo "usage: bash scripts/bootstrap.sh demo|test" >&2; exit 2 ;;
esac
