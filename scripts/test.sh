#!/usr/bin/env bash
# Every test, in the order that fails fastest: types, lint, unit, builds, then the real browser.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

# What git sees now: at the end, the run must have changed nothing (CI starts from a clean clone).
tree_before="$(mktemp)"
trap 'rm -f "$tree_before"' EXIT
git status --porcelain --untracked-files=all >"$tree_before"

step "Chromium for the browser tests"
bash scripts/ensure-chromium.sh

step "Firefox for the browser tests"
bash scripts/ensure-firefox.sh

step "Typecheck"
npx tsc --noEmit

step "Lint and format"
npx eslint .
npx prettier --check .

step "Unit and component tests"
npx vitest run

if [ -f ../shared/tools/check-numbers.mjs ]; then
  step "Every phone number is a verified one"
  node ../shared/tools/check-numbers.mjs .
fi

step "Firefox build and web-ext lint"
npx wxt build -b firefox --mv3
npx web-ext lint --source-dir .output/firefox-mv3 --self-hosted

step "Chrome build"
npx wxt build

step "AMO: two Firefox builds from a clean clone give the same bytes"
bash scripts/reproducible-build.sh

step "End-to-end tests in Chromium and Firefox"
npx vitest run --config vitest.e2e.config.ts

step "The tests left the tree as git has it (outputs are git-ignored)"
bash scripts/check-clean-tree.sh "during the test run" "$tree_before"
