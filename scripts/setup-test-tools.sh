#!/usr/bin/env bash
# Installs the Debian packages the full test run (`npx --yes pnpm@10.34.8 test`) needs beyond
# Node.js, so that no test installs system packages itself:
#   chromium                  the report's browser test and the VS Code end-to-end test
#   neovim                    the Neovim LSP client test (packages/lsp/test/neovim.test.ts)
#   pre-commit                the pre-commit hook tests (cli-precommit, cli-install)
#   build-essential pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev
#                             code-server's native modules, built once by the VS Code test's setup
# Debian or Ubuntu, as root; `pnpm test` runs it first. Idempotent: installs only what is missing.
# Exit 0 when everything is installed (or, without root, after saying what is missing), 1 when an
# install failed or NEGOLINT_REQUIRE_TEST_TOOLS=1 and something is missing.
# The npm-installed tools (code-server, Node 24 for it, playwright-core, axe-core) go to the
# git-ignored .cache/ folder; the browser tests' own setup.sh scripts fetch them on first use.
set -euo pipefail
packages=(chromium neovim pre-commit build-essential pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "setup-test-tools: everything is installed (${packages[*]})"
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  # Without root (or apt) the tests that need these tools say so and are skipped, unless
  # NEGOLINT_REQUIRE_TEST_TOOLS=1 asks for a failure instead.
  echo "setup-test-tools: missing ${missing[*]}; install them as root (sudo $0) or the tests that need them are skipped" >&2
  [ "${NEGOLINT_REQUIRE_TEST_TOOLS:-}" = 1 ] && exit 1
  exit 0
fi
echo "setup-test-tools: installing ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
echo "setup-test-tools: done"
