#!/usr/bin/env bash
# The Firefox end-to-end tests drive Debian's firefox-esr (never a downloaded browser) with its French
# language pack, which extension messages need for French. Install them when we can; otherwise stop
# with the exact command to run. Never skip the Firefox tests silently.
set -euo pipefail

firefox_path="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
have_french() { dpkg -s firefox-esr-l10n-fr >/dev/null 2>&1; }
runs() { "$firefox_path" --version >/dev/null 2>&1; }

if [ -x "$firefox_path" ] && runs && { [ -n "${FIREFOX_PATH:-}" ] || have_french; }; then
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1 && [ -z "${FIREFOX_PATH:-}" ]; then
  echo "Installing Debian's firefox-esr and firefox-esr-l10n-fr for the Firefox tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends firefox-esr firefox-esr-l10n-fr >/dev/null
  if ! runs; then
    echo "firefox-esr was installed but '$firefox_path --version' fails." >&2
    exit 1
  fi
  exit 0
fi

cat >&2 <<MSG
The Firefox tests need Debian's firefox-esr with its French language pack, and this script cannot
install them here. Run:
  sudo apt-get update && sudo apt-get install -y --no-install-recommends firefox-esr firefox-esr-l10n-fr
or point FIREFOX_PATH at a Firefox (128 or newer) that runs, with a French language pack.
MSG
exit 1
