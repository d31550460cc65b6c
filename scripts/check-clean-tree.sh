#!/usr/bin/env bash
# Fails when the working tree differs from git: a package-lock.json that `npm ci` or `npm install` rewrote,
# a generated file that is stale, or a test output that is not git-ignored. Prints what changed.
# Usage: bash scripts/check-clean-tree.sh "<when>" [<file holding an earlier `git status --porcelain`>]
# With the file, only changes since then count (npm test on a tree with work in progress); CI starts
# from a clean clone, so there it means the tree is clean.
set -euo pipefail
cd "$(dirname "$0")/.."
now="$(git status --porcelain --untracked-files=all)"
before="$([ -n "${2:-}" ] && cat "$2" || true)"
if [ "$now" != "$before" ]; then
  printf 'The tree changed %s. git status --porcelain:\n%s\n' "${1:-}" "$now"
  [ -n "$before" ] && printf 'It was, before:\n%s\n' "$before"
  git --no-pager diff --stat
  exit 1
fi
echo "Tree unchanged ${1:-}."
