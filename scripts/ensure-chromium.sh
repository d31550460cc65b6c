#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a downloaded browser). Install it when we can;
# otherwise stop with the exact command to run. Never skip the browser tests silently.
# CHROME_PATH picks another browser, for the tests, `npm start` and `npm run bench` alike.
set -euo pipefail

chromium_path="${CHROME_PATH:-/usr/bin/chromium}"
have_french() { [ -e /usr/lib/chromium/locales/fr.pak ] || dpkg -s chromium-l10n >/dev/null 2>&1; }
# The binary must start, not merely exist: a half-installed package or a broken link fails here.
runs() { [ -x "$chromium_path" ] && "$chromium_path" --version >/dev/null 2>&1; }

if runs && { [ -n "${CHROME_PATH:-}" ] || have_french; }; then
  exit 0
fi

if [ -z "${CHROME_PATH:-}" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium and chromium-l10n for the browser tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-l10n >/dev/null
  if runs && have_french; then
    echo "Installed: $("$chromium_path" --version)"
    exit 0
  fi
  echo "Installed chromium and chromium-l10n, but $chromium_path does not run or has no French locale." >&2
  exit 1
fi

cat >&2 <<MSG
The browser tests need Chromium with its French locale ($chromium_path does not run or lacks it),
and this script cannot install them here.
Run:
  sudo apt-get update && sudo apt-get install -y chromium chromium-l10n
or point CHROME_PATH at a Chromium build that can load unpacked extensions.
MSG
exit 1
