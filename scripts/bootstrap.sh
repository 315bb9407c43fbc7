#!/usr/bin/env bash
# One command for a fresh machine: make sure a Chromium (and, for the tests, a Firefox)
# exists, install the npm packages, then run the demo or every test.
#   bash scripts/bootstrap.sh demo [-- --screenshots DIR]
#   bash scripts/bootstrap.sh test
set -euo pipefail
cd "$(dirname "$0")/.."

# Node.js: WXT 0.21 declares `>=22`; Vite 8 and Rolldown need `^20.19 || >=22.12`. So 22.12 or
# newer is what every tool supports; 20.19+ builds too (npm warns EBADENGINE for wxt). Anything
# older fails deep inside the build with errors that do not say why, so stop here and say so.
check_node() {
  if ! command -v node >/dev/null 2>&1; then
    echo "Node.js is not installed. Install Node.js 22.12 or newer (22 LTS), then run this again." >&2
    exit 1
  fi
  local version major minor
  version="$(node -p 'process.versions.node')"
  major="${version%%.*}"
  minor="$(echo "$version" | cut -d. -f2)"
  if [ "$major" -gt 22 ] || { [ "$major" -eq 22 ] && [ "$minor" -ge 12 ]; }; then
    return 0
  fi
  if [ "$major" -eq 20 ] && [ "$minor" -ge 19 ]; then
    echo "Node.js $version: works, but WXT 0.21 asks for Node.js 22 (npm will warn EBADENGINE)." >&2
    echo "Node.js 22.12 or newer is recommended." >&2
    return 0
  fi
  echo "Node.js $version is too old for this project." >&2
  echo "It needs Node.js 22.12 or newer (WXT 0.21 declares >=22; Vite 8 needs 20.19+ or 22.12+)." >&2
  echo "Install Node.js 22 LTS (for example with nvm: nvm install 22), then run this again." >&2
  exit 1
}
check_node

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
