#!/bin/sh
# Figures for PostgreSQL, each next to its anchor, measured in one run on a throw-away cluster
# with PostgreSQL's durable defaults (fsync and synchronous commit on):
#   1. `roster import` of a synthetic roster of STAFF people (1,000,000 by default) into a new
#      PostgreSQL database, next to the same import into a new SQLite file (goal: at most 2x);
#   2. acknowledgements per second through `counterpart serve` with CLIENTS at once (200 by
#      default), each a new acknowledgement, next to `pgbench -N` with as many clients on the
#      same cluster (goal: at least half).
#   Scripts/postgres-benchmark.sh [COUNTERPART-BINARY] [STAFF] [CLIENTS]
# Build first: swift build -c release (the default binary is .build/release/counterpart).
set -eu
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-.build/release/counterpart}")
staff=${2:-1000000}
clients=${3:-200}
work=$(mktemp -d /tmp/counterpart-postgres-benchmark-XXXXXX)
chmod 755 "$work"
port=$((20000 + $$ % 12000))   # below the ports Linux gives outgoing connections
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null || true
    Scripts/postgres-cluster.sh stop "$work/cluster"
    rm -rf "$work"
}
trap cleanup EXIT
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
now() { date +%s.%N; }
seconds() { echo "$2 - $1" | bc; }
base=$(Scripts/postgres-cluster.sh start "$work/cluster" "$port" | sed 's|/counterpart$||')
database() { as_owner "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U counterpart "$1"; echo "$base/$1"; }

# 1. Import.
"$bin" generate roster --seed 2026 --municipalities 1741 --staff "$staff" -o "$work/roster.xml" >/dev/null
start=$(now); "$bin" roster import "$work/roster.xml" --db "$work/roster.sqlite" >/dev/null; end=$(now)
sqlite=$(seconds "$start" "$end")
target=$(database imported)
start=$(now); "$bin" roster import "$work/roster.xml" --db "$target" >/dev/null; end=$(now)
postgres=$(seconds "$start" "$end")
echo "import of $staff staff: PostgreSQL $postgres s, SQLite $sqlite s, ratio $(echo "scale=2; $postgres / $sqlite" | bc)x (goal: at most 2x)"

# 2. Acknowledgements through the server, each one new: notices to everyone, every member
# acknowledging each notice once.
acks=$(database acks)
"$bin" roster import Data/ehime/roster.xml --db "$acks" >/dev/null
members=$(grep -o '<member id="[^"]*"' Data/ehime/roster.xml | sed 's/.*id="//; s/"$//')
count=$(echo "$members" | wc -l)
notices=$(( (clients * 50 + count - 1) / count ))
i=0
while [ $i -lt "$notices" ]; do
    i=$((i + 1))
    "$bin" notice post --title "訓練 $i" --body "計測用の周知" --db "$acks" >/dev/null
done
for member in $members; do
    "$bin" account token "$member" --label benchmark --format json --db "$acks" |
        sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p' > "$work/token-$member"
done
"$bin" serve --db "$acks" --port 0 > "$work/serve.out" 2> "$work/serve.err" &
server=$!
for _ in $(seq 1 100); do grep -q '^listening on ' "$work/serve.out" && break; sleep 0.1; done
address=$(sed -n 's/^listening on //p' "$work/serve.out")
config="$work/acks.curl"
: > "$config"
first=yes
i=0
while [ $i -lt "$notices" ]; do
    i=$((i + 1))
    for member in $members; do
        [ $first = yes ] || echo next >> "$config"
        first=no
        printf 'url = "%s/api/v1/acks"\nrequest = "POST"\nheader = "Authorization: Bearer %s"\nheader = "Content-Type: application/json"\ndata-binary = "{\\"items\\":[\\"N%s\\"]}"\noutput = "/dev/null"\nwrite-out = "%%{http_code}\\n"\n' \
            "$address" "$(cat "$work/token-$member")" "$i" >> "$config"
    done
done
start=$(now)
curl -s --parallel --parallel-immediate --parallel-max "$clients" -K "$config" > "$work/acks.out"
end=$(now)
ok=$(grep -c '^200$' "$work/acks.out" || true)
total=$(wc -l < "$work/acks.out")
elapsed=$(seconds "$start" "$end")
ours=$(echo "scale=1; $ok / $elapsed" | bc)
kill "$server"; server=""

database bench >/dev/null
as_owner "$pgbin/pgbench" -h 127.0.0.1 -p "$port" -U counterpart -i -s 10 -q bench >/dev/null 2>&1
reference=$(as_owner "$pgbin/pgbench" -h 127.0.0.1 -p "$port" -U counterpart -N -c "$clients" -j 2 -T 20 bench 2>/dev/null |
    sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -n 1)
echo "acknowledgements at $clients clients: $ours/s ($ok of $total answered 200 in $elapsed s); pgbench -N: $reference tps; ratio $(echo "scale=2; $ours / $reference" | bc) (goal: at least 0.5)"
