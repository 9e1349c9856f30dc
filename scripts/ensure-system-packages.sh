#!/usr/bin/env bash
# The end-to-end tests need Debian's Chromium (Playwright cannot download its own here) and
# nginx with its Brotli module (to serve the static export), Debian's python3-feedparser (the feed reader the
# feed tests read /feed.xml with) and WordPress with MariaDB and PHP (the embed tests' host). Installs what is missing when we are root with apt-get;
# otherwise stops with one line saying how.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
nginx_path="${NGINX_PATH:-$(command -v nginx || echo /usr/sbin/nginx)}"

missing=()
[ -x "$chromium_path" ] || missing+=(chromium)
[ -x "$nginx_path" ] || missing+=(nginx)
# Its Brotli module, for the export's precompressed .br files, where deploy/nginx/nginx.conf loads it.
brotli_module="$(sed -n 's/^load_module \(.*\);$/\1/p' "$(dirname "$0")/../deploy/nginx/nginx.conf" | head -1)"
[ -f "$brotli_module" ] || missing+=(libnginx-mod-http-brotli-static)
/usr/bin/python3 -c "import feedparser" 2>/dev/null || missing+=(python3-feedparser)
# pandas and openpyxl read the spreadsheets back (e2e/spreadsheet-reader.ts).
/usr/bin/python3 -c "import pandas" 2>/dev/null || missing+=(python3-pandas)
/usr/bin/python3 -c "import openpyxl" 2>/dev/null || missing+=(python3-openpyxl)
# LibreOffice Calc opens the workbooks (e2e/libreoffice-reader.ts).
[ -x "${SOFFICE_PATH:-/usr/bin/soffice}" ] || missing+=(libreoffice-calc-nogui)
# Java for the Nu HTML Checker (npm vnu-jar; scripts/check-html.sh).
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
# A real WordPress for the embed tests (e2e/wordpress/serve-wordpress.sh).
[ -f /usr/share/wordpress/wp-includes/embed.php ] || missing+=(wordpress)
command -v mariadbd >/dev/null 2>&1 || missing+=(mariadb-server)
command -v php >/dev/null 2>&1 || missing+=(php-cli)
# A self-signed certificate for the Observatory's HTTPS scan (scripts/check-observatory.sh).
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages the tests need: ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "Missing ${missing[*]}: run 'sudo apt-get install ${missing[*]}' (or set CHROMIUM_PATH / NGINX_PATH)." >&2
exit 1
