#!/usr/bin/env bash
# Mozilla's HTTP Observatory (npm @mdn/mdn-http-observatory, the scanner behind
# developer.mozilla.org/en-US/observatory) grades both servers over HTTPS on loopback, each run
# by the nginx configuration a host would use, with a self-signed certificate for localhost:
# - the static export under deploy/nginx/nginx.conf;
# - `npm start` (server.mjs) behind deploy/nginx/next-start.conf.
# The scanner knows only ports 80 and 443, so nginx takes them for the scan: run as root, with
# nothing else on them. Fails unless both grade A+. Needs both builds, nginx and openssl.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
version=1.4.8
tool="node_modules/.cache/mdn-http-observatory-$version"
scanner="$tool/node_modules/@mdn/mdn-http-observatory/src/scan.js"
for need in .next/server/app out/_page-csp.conf; do
  [ -e "$need" ] || { echo "$need is missing: build first (npm run build, npm run export)." >&2; exit 1; }
done
if [ ! -f "$scanner" ]; then
  # Beside the project, not in it: the scanner brings a server's dependencies (fastify, pg…)
  # that are no part of the site. Its install scripts would fetch a CA bundle from the internet;
  # the scan here trusts only its own certificate.
  mkdir -p "$tool"
  echo '{ "private": true }' > "$tool/package.json"
  npm install --prefix "$tool" --ignore-scripts --no-audit --no-fund --loglevel=error \
    "@mdn/mdn-http-observatory@$version" >/dev/null
fi
# The scanner looks the host up in Chromium's HSTS preload list, which its install script
# downloads from the internet. localhost is on no such list: an empty one answers the same.
preload="$tool/node_modules/@mdn/mdn-http-observatory/conf/hsts-preload.json"
[ -f "$preload" ] || echo '{}' > "$preload"

work="$(mktemp -d /tmp/bd-ru-observatory.XXXXXX)"
next_port="${OBSERVATORY_NEXT_PORT:-3115}"
next_pid=""
stop_nginx() {
  [ -f "$work/nginx.pid" ] && nginx -q -p "$work" -c "$work/$1" -g "pid $work/nginx.pid;" -s stop 2>/dev/null || true
  sleep 0.5
}
cleanup() {
  for conf in nginx.conf next-start.conf; do [ -f "$work/$conf" ] && stop_nginx "$conf"; done
  [ -n "$next_pid" ] && kill "$next_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
  -addext subjectAltName=DNS:localhost \
  -keyout "$work/privkey.pem" -out "$work/fullchain.pem" 2>/dev/null
cp deploy/nginx/*.conf "$work/"
# The committed configuration, with its paths pointed here and its listeners on loopback.
for conf in nginx.conf next-start.conf; do
  sed -e "s#/srv/bd-ru-briefing/out#$repo/out#g" \
    -e "s#/etc/ssl/bd-ru-briefing/#$work/#g" \
    -e 's#listen 80;#listen 127.0.0.1:80;#' \
    -e 's#listen 443 #listen 127.0.0.1:443 #' \
    -e '/listen \[::\]/d' \
    -e "s#127.0.0.1:3000#127.0.0.1:$next_port#" \
    "deploy/nginx/$conf" > "$work/$conf"
done

status=0
# Scans https://localhost/ (following http://localhost/'s redirect), prints the grade and every
# test that did not pass, and fails unless the grade is A+.
scan() {
  local name="$1" report="$work/scan-$2.json"
  NODE_EXTRA_CA_CERTS="$work/fullchain.pem" node "$scanner" localhost > "$report" || true
  node -e '
    const [file, name] = process.argv.slice(1);
    const report = JSON.parse(require("node:fs").readFileSync(file, "utf8"));
    if (report.error) { console.error(`Observatory, ${name}: ${report.error}`); process.exit(1); }
    const { grade, score, testsPassed, testsQuantity, statusCode, responseHeaders } = report.scan;
    console.log(`Observatory, ${name}: ${grade} (${score}/100), ${testsPassed} of ${testsQuantity} tests passed.`);
    // A grade of an error page or of a policy without the pages own hashes would grade the wrong thing.
    if (statusCode !== 200) { console.error(`  the scanned page answered ${statusCode}, not 200`); process.exit(1); }
    const policy = Object.entries(responseHeaders).find(([key]) => key.toLowerCase() === "content-security-policy")?.[1] ?? "";
    if (!/script-src[^;]*\x27sha256-/.test(policy) || /script-src[^;]*\x27unsafe-inline/.test(policy)) {
      console.error(`  the scanned page has a script-src that is not hash-based: ${policy}`);
      process.exit(1);
    }
    for (const [test, result] of Object.entries(report.tests))
      if (!result.pass || result.scoreModifier !== 0)
        console.log(`  ${test}: ${result.result} (${result.scoreModifier > 0 ? "+" : ""}${result.scoreModifier})`);
    if (grade !== "A+") process.exit(1);
  ' "$report" "$name" || status=1
}

nginx -q -t -p "$work" -c "$work/nginx.conf" -g "pid $work/nginx.pid;"
nginx -p "$work" -c "$work/nginx.conf" -g "pid $work/nginx.pid;"
scan "the export under deploy/nginx/nginx.conf" export
stop_nginx nginx.conf

PORT="$next_port" HOSTNAME=127.0.0.1 node server.mjs > "$work/next.log" 2>&1 &
next_pid=$!
started=""
for _ in $(seq 1 60); do
  curl -sf -o /dev/null "http://127.0.0.1:$next_port/" && { started=yes; break; }
  sleep 0.5
done
if [ -z "$started" ]; then
  echo "Observatory: npm start (server.mjs) did not answer on port $next_port within 30 s:" >&2
  cat "$work/next.log" >&2
  exit 1
fi
nginx -q -t -p "$work" -c "$work/next-start.conf" -g "pid $work/nginx.pid;"
nginx -p "$work" -c "$work/next-start.conf" -g "pid $work/nginx.pid;"
scan "npm start behind deploy/nginx/next-start.conf" next
exit "$status"
