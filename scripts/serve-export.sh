#!/usr/bin/env bash
# Serves out/ with nginx and deploy/nginx/site.conf on 127.0.0.1:PORT, in the foreground,
# for the end-to-end tests and the benchmark, over plain HTTP. Needs nginx (Debian's package).
# deploy/nginx/nginx.conf is the HTTPS deployment (scripts/check-observatory.sh runs it).
set -euo pipefail
port="${1:?usage: serve-export.sh PORT [EXPORT_DIR]}"
export_dir="${2:-out}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
nginx_bin="${NGINX_PATH:-$(command -v nginx || echo /usr/sbin/nginx)}"
if [ ! -x "$nginx_bin" ]; then
  echo "nginx not found: run 'sudo apt-get install nginx' or set NGINX_PATH." >&2
  exit 1
fi
if [ ! -f "$repo/$export_dir/index.html" ]; then
  echo "$export_dir/ has no export: run 'npm run export' first." >&2
  exit 1
fi
# site.conf's brotli_static needs nginx's Brotli module, loaded as deploy/nginx/nginx.conf does.
brotli_module="$(sed -n 's/^load_module \(.*\);$/\1/p' "$repo/deploy/nginx/nginx.conf" | head -1)"
if [ ! -f "$brotli_module" ]; then
  echo "nginx's Brotli module ($brotli_module) is missing: run 'sudo apt-get install libnginx-mod-http-brotli-static'." >&2
  exit 1
fi
work="$(mktemp -d /tmp/bd-ru-nginx.XXXXXX)"
trap 'rm -rf "$work"' EXIT
# Relative includes resolve beside the main config, so the site's files go there too.
cp "$repo"/deploy/nginx/site.conf "$repo"/deploy/nginx/http.conf "$repo"/deploy/nginx/security-headers-*.conf "$work"/
mime="/etc/nginx/mime.types"
cat > "$work/nginx.conf" <<CONF
load_module $brotli_module;
worker_processes auto;
daemon off;
error_log stderr warn;
pid $work/nginx.pid;
events { worker_connections 1024; }
http {
  include $mime;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  client_body_temp_path $work/body;
  proxy_temp_path $work/proxy;
  fastcgi_temp_path $work/fastcgi;
  uwsgi_temp_path $work/uwsgi;
  scgi_temp_path $work/scgi;
  include $repo/$export_dir/_page-csp.conf;
  include http.conf;
  server {
    listen 127.0.0.1:$port;
    root $repo/$export_dir;
    include site.conf;
  }
}
CONF
"$nginx_bin" -t -q -c "$work/nginx.conf" -p "$work"
exec "$nginx_bin" -c "$work/nginx.conf" -p "$work"
