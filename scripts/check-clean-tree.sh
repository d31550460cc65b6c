#!/usr/bin/env bash
# Fails when the working tree differs from git: a changed package-lock.json after `npm ci`, a generated
# file that is stale, or a test output that is not git-ignored. Prints what changed.
# Usage: bash scripts/check-clean-tree.sh "<when>"
set -euo pipefail
cd "$(dirname "$0")/.."
changes="$(git status --porcelain --untracked-files=all)"
if [ -n "$changes" ]; then
  printf 'The tree changed %s; git status --porcelain:\n%s\n' "${1:-}" "$changes"
  git --no-pager diff --stat
  exit 1
fi
echo "Clean ${1:-}."
