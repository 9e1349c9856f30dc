#!/usr/bin/env bash
# The end-to-end tests need Debian's Chromium (Playwright cannot download its own here).
# Installs it when we are root with apt-get; otherwise stops with one line saying how.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1 && [ "$chromium_path" = /usr/bin/chromium ]; then
  echo "Chromium not found: installing Debian's chromium package with apt-get." >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium not found at $chromium_path: run 'sudo apt-get install chromium' or set CHROMIUM_PATH to a Chromium binary." >&2
exit 1
