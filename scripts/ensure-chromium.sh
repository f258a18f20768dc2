#!/usr/bin/env bash
# Find a Chromium for the browser tests, or install Debian's when we can (root with apt).
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
for name in chromium chromium-browser; do
	if command -v "$name" >/dev/null 2>&1; then exit 0; fi
done
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
	echo "Installing Debian's chromium for the browser tests…"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	command -v chromium >/dev/null && exit 0
fi
cat >&2 <<'MSG'
The browser tests need Chromium, and none was found.
  Debian/Ubuntu:  sudo apt-get install chromium
  Elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium
(playwright-core drives it; the tests never download a browser of their own.)
MSG
exit 1
