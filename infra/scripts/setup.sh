#!/usr/bin/env bash
# Installs what a fresh machine lacks: redis-server and chromium (Debian), the npm packages, the embedded
# FerretDB launcher built with Go from the Go module proxy, and schemathesis (PyPI) in .venv for
# the API's contract test. Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v redis-server >/dev/null 2>&1; then
  echo "setup: installing redis-server"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq redis-server >/dev/null
  # Debian starts a system-wide instance; ours run on their own ports and data dirs.
  ($SUDO systemctl disable --now redis-server >/dev/null 2>&1 || $SUDO service redis-server stop >/dev/null 2>&1) || true
fi

# The browser tests (tests/browser) drive Debian's Chromium with playwright-core: no browser download.
if [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing chromium"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-liberation >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages"
  # Not `npm ci`: these machines set omit-lockfile-registry-resolved, and npm 11 then writes lock
  # files that its own `npm ci` rejects (other platforms' optional packages left out). `npm install`
  # installs the exact versions of package-lock.json all the same, and leaves it unchanged.
  npm install --no-fund --no-audit --loglevel=error
fi

launcher=.bin/ferretdb-embedded
if [ ! -x "$launcher" ] || [ -n "$(find infra/ferretdb -newer "$launcher" -type f 2>/dev/null)" ]; then
  echo "setup: building the embedded FerretDB launcher (first time: a few minutes)"
  mkdir -p .bin
  (cd infra/ferretdb && CGO_ENABLED=0 go build -trimpath -o "../../$launcher" .)
fi

# Schemathesis checks the API against its own OpenAPI document (tests/e2e/schemathesis.test.ts).
# Pinned: its command-line options change between releases.
schemathesis_version=4.32.5
if [ ! -x .venv/bin/schemathesis ] || ! .venv/bin/schemathesis --version 2>/dev/null | grep -q " $schemathesis_version\$"; then
  echo "setup: installing schemathesis $schemathesis_version in .venv"
  python=$(command -v python3.11 || command -v python3)
  [ -d .venv ] || "$python" -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check "schemathesis==$schemathesis_version"
fi

# The web app, built again when its sources (or the domain labels it imports) changed since the last build.
web=services/web
if [ -f "$web/index.html" ] && { [ ! -f "$web/dist/index.html" ] ||
  [ -n "$(find "$web/index.html" "$web/vite.config.ts" "$web/src" shared/domain package-lock.json -newer "$web/dist/index.html" -type f 2>/dev/null | head -1)" ]; }; then
  echo "setup: building the web app"
  npm run --silent web:build >/dev/null
fi
