#!/usr/bin/env bash
# Serves a real WordPress (Debian's package) on 127.0.0.1:PORT in the foreground, with its own
# MariaDB, for e2e/wordpress.spec.ts. Each POST=ADDRESS argument becomes a published post whose
# only content is an embed block with that address, as an author pasting a link makes it; the
# briefing's servers must already be serving, since WordPress fetches them while publishing.
# Everything lives in a temporary directory, removed on exit; nothing system-wide is touched.
# Needs Debian's wordpress, mariadb-server and php-cli (scripts/ensure-system-packages.sh).
set -euo pipefail
port="${1:?usage: serve-wordpress.sh PORT [POST=ADDRESS ...]}"
shift
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d /tmp/bd-ru-wordpress.XXXXXX)"
pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT
trap 'exit 143' TERM INT

# A private MariaDB: its own data directory and socket, no TCP port.
mariadb-install-db --no-defaults --datadir="$work/db" --user="$(id -un)" \
  --auth-root-authentication-method=normal --skip-test-db >"$work/db-install.log" 2>&1
mariadbd --no-defaults --datadir="$work/db" --socket="$work/db.sock" --skip-networking \
  --user="$(id -un)" --pid-file="$work/db.pid" --log-error="$work/db.log" &
pids+=($!)
for _ in $(seq 200); do [ -S "$work/db.sock" ] && break; sleep 0.1; done
mariadb --no-defaults --socket="$work/db.sock" -uroot -e 'CREATE DATABASE wordpress'

# WordPress resolves its own directory through symbolic links, so it gets a copy of the tree
# with a wp-config.php of its own (Debian's reads /etc/wordpress).
cp -r /usr/share/wordpress "$work/site"
sed -e "s|@SOCKET@|$work/db.sock|" -e "s|@HOME@|http://127.0.0.1:$port|" \
  "$here/wp-config.php" >"$work/site/wp-config.php"
mkdir -p "$work/site/wp-content/mu-plugins"
cp "$here/allow-test-servers.php" "$work/site/wp-content/mu-plugins/"
php "$here/install.php" "$work/site" "$@"

# Several workers: a page and its scripts load in parallel, as from a real server.
PHP_CLI_SERVER_WORKERS=4 php -S "127.0.0.1:$port" -t "$work/site" 2>"$work/php.log" &
pids+=($!)
wait "${pids[-1]}"
