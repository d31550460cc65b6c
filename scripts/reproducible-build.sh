#!/usr/bin/env bash
# AMO's reviewers rebuild the add-on from the sources zip and diff it against the upload: it must be the
# same. This clones the committed tree (what the sources zip holds) into a temp folder, installs with
# `npm ci`, runs `npm run zip:firefox` twice from a clean .output (in two time zones), and compares both
# zips (the add-on and the sources) byte for byte.
# Usage: bash scripts/reproducible-build.sh [--fresh-install]   (exit 1 when the two builds differ)
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d "${TMPDIR:-/tmp}/been-there-amo.XXXXXX")"
trap 'rm -rf "$work"' EXIT

repo="$(pwd)"
git clone --quiet --no-hardlinks . "$work/src"
cd "$work/src"
if [ "${1:-}" = "--fresh-install" ]; then
  # What AMO's reviewers do: a clean install from package-lock.json (minutes on a busy machine).
  npm ci --prefer-offline --no-audit --no-fund --loglevel=error >/dev/null
else
  # npm test's quick form: the clone uses this checkout's node_modules, which .ci/run installed with
  # `npm ci` from the same package-lock.json, so only the sources come from the clean clone.
  ln -s "$repo/node_modules" node_modules
  npx wxt prepare >/dev/null 2>&1
fi

build() {
  rm -rf .output
  # The second build runs in another time zone: zip dates must not follow the builder's clock.
  TZ="$2" npm run --silent zip:firefox >/dev/null 2>&1
  mkdir -p "$work/$1"
  cp .output/*.zip "$work/$1/"
}
build first UTC
build second Pacific/Auckland

status=0
for zip in "$work"/first/*.zip; do
  name="$(basename "$zip")"
  if cmp -s "$zip" "$work/second/$name"; then
    printf 'same bytes: %s (%s bytes)\n' "$name" "$(wc -c <"$zip")"
  else
    printf 'DIFFERENT: %s\n' "$name"
    status=1
  fi
done
[ "$(ls "$work"/first/*.zip | wc -l)" -ge 2 ] || { echo 'expected the add-on zip and the sources zip'; status=1; }
exit "$status"
