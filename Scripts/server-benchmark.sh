#!/usr/bin/env bash
# The hotline server under load, measured in one run (figures printed, nothing asserted):
#   1. GET /api/v1/incidents/I1 of the Nankai drill with 200 concurrent clients (wrk), next to
#      nginx serving the same JSON bytes as a static file;
#   2. POST /api/v1/acks with 200 concurrent clients;
#   3. one change reaching 1,000 connected event streams.
# Usage: Scripts/server-benchmark.sh [BINARY] (default: a release build, made if missing).
# Installs Debian's nginx-light and wrk when they are missing (needs root or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-}
if [ -z "$binary" ]; then
  swift build -c release --product counterpart >/dev/null
  binary=.build/release/counterpart
fi
binary=$(realpath "$binary")
missing=()
command -v wrk >/dev/null || missing+=(wrk)
[ -x /usr/sbin/nginx ] || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
  sudo_if_needed=()
  [ "$(id -u)" -ne 0 ] && sudo_if_needed=(sudo)
  "${sudo_if_needed[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_if_needed[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi
ulimit -n 65536 2>/dev/null || ulimit -n 4096

work=$(mktemp -d)
server_pid=""
nginx_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
db="$work/bench.sqlite"
"$binary" roster import Data/ehime/roster.xml --db "$db" >/dev/null
"$binary" incident open --from-scenario Data/ehime/drill-nankai-quake.xml --db "$db" >/dev/null
"$binary" incident plan I1 --db "$db" >/dev/null
token=$("$binary" account token hq-1 --label benchmark --format json --db "$db" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(free_port)
"$binary" serve --db "$db" --port "$port" >"$work/serve.out" 2>/dev/null &
server_pid=$!
for _ in $(seq 1 300); do grep -q "listening on" "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
base="http://127.0.0.1:$port"
url="$base/api/v1/incidents/I1"
curl -sf -H "Authorization: Bearer $token" "$url" >"$work/incident.json"
echo "GET /api/v1/incidents/I1: $(wc -c <"$work/incident.json") bytes of JSON; $(nproc) cores"

# nginx serving the same bytes.
nginx_port=$(free_port)
mkdir -p "$work/nginx/logs" "$work/www"
cp "$work/incident.json" "$work/www/incident.json"
chmod 755 "$work" "$work/www" && chmod 644 "$work/www/incident.json"  # nginx workers run as nobody
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  default_type application/json;
  server { listen 127.0.0.1:$nginx_port; root $work/www; }
}
CONF
/usr/sbin/nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
sleep 1

figures() { # wrk output -> "N req/s, p50 X, p99 Y"
  awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF}
       END {printf "%8.0f req/s   p50 %8s   p99 %8s%s\n", rps, p50, p99, (bad ? "   non-2xx " bad : "")}'
}
duration=${COUNTERPART_BENCH_SECONDS:-10}
printf '%-44s ' "counterpart GET incident (200 clients)"
wrk -t2 -c200 -d"${duration}s" --latency -H "Authorization: Bearer $token" "$url" | figures
printf '%-44s ' "nginx static file, same bytes (200 clients)"
wrk -t2 -c200 -d"${duration}s" --latency "http://127.0.0.1:$nginx_port/incident.json" | figures
echo "  [anchors: p99 under 50 ms; counterpart at least a third of nginx's requests per second]"

items=$(curl -sf -H "Authorization: Bearer $token" "$base/api/v1/me/unread" |
  python3 -c 'import json,sys; print(",".join(i["item"] for i in json.load(sys.stdin)))')
printf '%-44s ' "counterpart POST acks (200 clients)"
ITEMS="$items" TOKEN="$token" wrk -t2 -c200 -d"${duration}s" --latency -s Scripts/bench/acks.lua "$base" | figures
echo "  [anchor: p99 under 50 ms] (each request one item of hq-1's $(echo "$items" | tr ',' '\n' | wc -l), round and round)"

python3 Scripts/bench/sse_fanout.py "$base" "$token" 1000 I1
