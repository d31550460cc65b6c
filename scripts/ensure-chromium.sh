#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a downloaded browser). Install it when we can;
# otherwise stop with the exact command to run. Never skip the browser tests silently.
set -euo pipefail

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
have_french() { [ -e /usr/lib/chromium/locales/fr.pak ] || dpkg -s chromium-l10n >/dev/null 2>&1; }

if [ -x "$chromium_path" ] && { [ -n "${CHROMIUM_PATH:-}" ] || have_french; }; then
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium and chromium-l10n for the browser tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-l10n >/dev/null
  exit 0
fi

cat >&2 <<MSG
The browser tests need Chromium with its French locale, and this script cannot install them here.
Run:
  sudo apt-get update && sudo apt-get install -y chromium chromium-l10n
or point CHROMIUM_PATH at a Chromium build that can load unpacked extensions.
MSG
exit 1
