#!/usr/bin/env bash
# Find a Chromium for the browser tests, or install Debian's when we can (root with apt).
set -uo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
found() {
	for name in chromium chromium-browser google-chrome; do
		command -v "$name" >/dev/null 2>&1 && return 0
	done
	return 1
}
found && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
	echo "Installing Debian's chromium for the browser tests…"
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	found && exit 0
fi
cat >&2 <<'MSG'
The browser tests need Chromium, and none was found (nor could Debian's package be installed).
  Debian:         sudo apt-get install chromium
  Elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium
(playwright-core drives it; the tests never download a browser of their own.)
MSG
exit 1
