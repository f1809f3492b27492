#!/bin/sh
# The pre-commit framework's entry for negolint (see .pre-commit-hooks.yaml at the
# repo root, `language: script`). pre-commit clones this repository into its cache
# and runs this file with the staged Markdown files as arguments, from the root of
# the repository being committed to.
#
# The first run in a clone builds the CLI: one bundled file with its warm-start data,
# started by packages/core/dist/negolint.mjs (needs Node.js >= 20.11 and the npm registry,
# about half a minute). Every later run starts that file directly.
set -eu

repo=$(CDPATH='' cd -- "$(dirname -- "$0")/../../../.." && pwd)
bin="$repo/packages/core/dist/negolint.mjs"

if [ ! -f "$bin" ]; then
  lock="$repo/.negolint-build.lock"
  # Two commits at once (two terminals, an editor) must not build in the same clone twice.
  waited=0
  while ! mkdir "$lock" 2>/dev/null; do
    [ -f "$bin" ] && break
    waited=$((waited + 1))
    if [ "$waited" -gt 600 ]; then rm -rf "$lock"; fi
    sleep 1
  done
  if [ ! -f "$bin" ]; then
    trap 'rm -rf "$lock"' EXIT
    echo "negolint: first run in this clone: building the CLI..." >&2
    (
      cd "$repo"
      if [ ! -d packages/core/node_modules/esbuild ]; then
        # Only the CLI's own dependencies, without lifecycle scripts (they build the editor packages too).
        npx --yes pnpm@10.34.8 install --frozen-lockfile --ignore-scripts --filter @negolint/core
      fi
      cd packages/core && node scripts/bundle.mjs
    ) >&2
    rm -rf "$lock"
    trap - EXIT
  fi
fi

exec node "$bin" "$@"
