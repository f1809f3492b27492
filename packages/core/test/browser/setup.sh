#!/usr/bin/env bash
# Installs what the report's browser test needs, outside the repo's tracked files: Debian's
# chromium, and playwright-core and axe-core from npm into .cache/browser (git-ignored).
# Idempotent; exits 3 when an install is impossible here.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
cache="${NEGOLINT_BROWSER_CACHE:-$root/.cache/browser}"
mkdir -p "$cache"
# Run from a pnpm script, the npm_* variables describe pnpm; the npm install below needs a clean slate.
while IFS= read -r name; do unset "$name"; done < <(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p')

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then echo "browser setup: need root for apt-get install chromium" >&2; exit 3; fi
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || { echo "browser setup: apt-get install chromium failed" >&2; exit 3; }
fi

if [ ! -d "$cache/node_modules/playwright-core" ] || [ ! -d "$cache/node_modules/axe-core" ]; then
  (cd "$cache" && { [ -f package.json ] || npm init -y >/dev/null; } && npm install --no-audit --no-fund playwright-core@1 axe-core@4 >/dev/null) \
    || { echo "browser setup: npm install playwright-core axe-core failed" >&2; exit 3; }
fi
echo "browser setup: ready in $cache"
