#!/bin/sh
# Failover test: a PostgreSQL primary with a synchronous streaming standby; while 50 clients
# acknowledge notices through `counterpart serve`, the primary is killed (SIGKILL) and the
# standby promoted. Every acknowledgement answered 2xx must be on the promoted standby, and
# the same server process must answer 2xx again within 30 s.
#   Scripts/postgres-failover.sh [COUNTERPART-BINARY]   (default .build/debug/counterpart)
# Exits 0 on success, 1 with a message on failure. FAILOVER_KEEP=1 keeps the temporary folder.
set -eu

counterpart=${1:-.build/debug/counterpart}
case $counterpart in /*) ;; *) [ $# -gt 0 ] && counterpart=$PWD/$counterpart ;; esac
cd "$(dirname "$0")/.."
case $counterpart in /*) ;; *) counterpart=$PWD/$counterpart ;; esac

members=10          # members acting at once
per_member=5        # clients per member (each takes every fifth notice)
notices=100         # notices posted beforehand
before_kill=4       # seconds of acknowledging before the primary dies
after_recovery=3    # seconds of acknowledging after the server answers again
limit=30            # seconds the server may take to answer 2xx again

say() { echo "postgres-failover: $*"; }
fail() { echo "postgres-failover: FAIL: $*" >&2; exit 1; }
now() { date +%s.%N; }
seconds_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

[ -x "$counterpart" ] || fail "no counterpart binary at $counterpart (build it or pass its path)"
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pgbin" ] || fail "no PostgreSQL under /usr/lib/postgresql"
# initdb refuses root: run PostgreSQL's programs as the postgres user then.
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

started=$(now)
work=$(mktemp -d /tmp/counterpart-failover.XXXXXX)
[ "$(id -u)" = 0 ] && chown postgres "$work"
primary=$work/primary
standby=$work/standby
server_pid=
client_pids=

# On exit: stop clients, server and both clusters; show the logs on failure; remove the folder.
cleanup() {
    status=$?
    set +e
    touch "$work/stop"
    for pid in $client_pids; do kill "$pid" 2>/dev/null; done
    # SIGKILL: a server whose requests hang would not stop on SIGTERM.
    [ -n "$server_pid" ] && kill -9 "$server_pid" 2>/dev/null
    if [ "$status" != 0 ]; then
        if [ -s "$work/serve.log" ]; then
            echo "--- server log (last lines that are not 2xx answers):" >&2
            grep -v ' status=2[0-9][0-9] ' "$work/serve.log" | tail -n 25 >&2
        fi
        for log in "$work/primary.log" "$work/standby.log"; do
            [ -s "$log" ] && { echo "--- $(basename "$log") (last lines):" >&2; tail -n 10 "$log" >&2; }
        done
    fi
    for data in "$primary" "$standby"; do
        [ -f "$data/postmaster.pid" ] && as_owner "$pgbin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1
    done
    if [ -n "${FAILOVER_KEEP:-}" ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A random port in 20000–60000 that nothing answers on (curl: 7 = could not connect).
pick_port() {
    while :; do
        # Below 32768: Linux gives ports from 32768 up to outgoing connections (curl makes
        # thousands here), and one of those could hold the port by the time PostgreSQL binds it.
        p=$(( $(od -An -N2 -tu2 /dev/urandom) % 12000 + 20000 ))
        rc=0
        curl -s --max-time 1 "telnet://127.0.0.1:$p" </dev/null >/dev/null 2>&1 || rc=$?
        if [ "$rc" = 7 ] && [ "$p" != "${1:-}" ]; then echo "$p"; return; fi
    done
}
p1=$(pick_port)
p2=$(pick_port "$p1")
db="postgres://counterpart@127.0.0.1:$p1,127.0.0.1:$p2/counterpart"
psql_at() { "$pgbin/psql" -X -h 127.0.0.1 -p "$1" -U counterpart -d "$2" -Atc "$3"; }   # PORT DATABASE SQL

# --- The primary. Its replication settings go on the command line, not in postgresql.conf,
# so that the standby's base backup does not copy them (a promoted standby that waited for a
# synchronous standby of its own would never commit).
say "primary on port $p1, standby on port $p2, folder $work"
as_owner "$pgbin/initdb" -D "$primary" -A trust -U counterpart --locale=C -E UTF8 --no-sync >/dev/null
as_owner "$pgbin/pg_ctl" -D "$primary" -l "$work/primary.log" -w -t 60 -o "-p $p1 -k $work \
    -c listen_addresses=127.0.0.1 -c max_connections=200 -c wal_level=replica -c max_wal_senders=5 \
    -c synchronous_standby_names=standby1 -c synchronous_commit=remote_apply -c hot_standby=on" \
    start >/dev/null || fail "the primary did not start"

# --- The standby: a base backup of the primary, streaming as standby1.
as_owner "$pgbin/pg_basebackup" -h 127.0.0.1 -p "$p1" -U counterpart -D "$standby" -R -X stream \
    || fail "pg_basebackup failed"
echo "primary_conninfo = 'host=127.0.0.1 port=$p1 user=counterpart application_name=standby1'" \
    | as_owner tee -a "$standby/postgresql.auto.conf" >/dev/null
as_owner "$pgbin/pg_ctl" -D "$standby" -l "$work/standby.log" -w -t 60 -o "-p $p2 -k $work \
    -c listen_addresses=127.0.0.1 -c max_connections=200 -c hot_standby=on" \
    start >/dev/null || fail "the standby did not start"
state=
for _ in $(seq 1 60); do
    state=$(psql_at "$p1" postgres "SELECT sync_state FROM pg_stat_replication WHERE application_name = 'standby1'") || true
    [ "$state" = sync ] && break
    sleep 0.5
done
[ "$state" = sync ] || fail "the standby is not a synchronous standby (sync_state: '${state:-none}')"
as_owner "$pgbin/createdb" -h 127.0.0.1 -p "$p1" -U counterpart counterpart

# --- Counterpart: the roster, tokens, the server, the notices.
"$counterpart" roster import Data/ehime/roster.xml --db "$db" >/dev/null || fail "roster import failed"
token() {
    "$counterpart" account token "$1" --label failover --format json --db "$db" \
        | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p'
}
hq_token=$(token hq-1)
[ -n "$hq_token" ] || fail "no token for hq-1"
member_ids=$(grep -o 'id="m-[0-9]*-[0-9]*"' Data/ehime/roster.xml | sed 's/id="\(.*\)"/\1/' | head -n "$members")
: >"$work/tokens"
for member in $member_ids; do
    t=$(token "$member")
    [ -n "$t" ] || fail "no token for $member"
    echo "$member $t" >>"$work/tokens"
done

"$counterpart" serve --db "$db" --port 0 >"$work/serve.out" 2>"$work/serve.log" &
server_pid=$!
url=
for _ in $(seq 1 120); do
    url=$(sed -n 's/^listening on \(http:[^ ]*\).*/\1/p' "$work/serve.out")
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || fail "counterpart serve stopped at start"
    sleep 0.25
done
[ -n "$url" ] || fail "counterpart serve printed no address within 30 s"
url=${url%/}

# Notices to every member, posted by headquarters in one curl run (config: `next` between transfers).
mkdir "$work/notices"
i=1
while [ "$i" -le "$notices" ]; do
    [ "$i" -gt 1 ] && echo next
    printf '%s\n' "url = \"$url/api/v1/notices\"" \
        "header = \"Authorization: Bearer $hq_token\"" \
        'header = "Content-Type: application/json"' \
        "data = \"{\\\"title\\\":\\\"failover $i\\\",\\\"body\\\":\\\"please acknowledge\\\"}\"" \
        "output = \"$work/notices/$i.json\"" \
        'write-out = "%{http_code}\n"'
    i=$((i + 1))
done >"$work/notices.curl"
curl -s --parallel --parallel-max 4 --no-progress-meter --max-time 60 -K "$work/notices.curl" >"$work/notices.codes" || true
[ "$(grep -c '^201$' "$work/notices.codes")" = "$notices" ] || fail "posting $notices notices: answers $(sort "$work/notices.codes" | uniq -c | tr -s ' \n' ' ')"
# A fresh store numbers them N1…N100; check.
cat "$work"/notices/*.json | sed -n 's/.*"id" *: *"\(N[0-9]*\)".*/\1/p' | sort >"$work/notice-ids"
seq 1 "$notices" | sed 's/^/N/' | sort | cmp -s - "$work/notice-ids" || fail "the notices are not N1…N$notices"

# --- The clients. Each acts as one member and acknowledges every fifth notice from its own
# start, round and round, writing "ITEM MEMBER HTTP-CODE" per request (000: no answer).
client() {
    member=$1 bearer=$2 first=$3 log=$4
    n=$first
    while [ ! -e "$work/stop" ]; do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H "Authorization: Bearer $bearer" \
            -H 'Content-Type: application/json' -d "{\"items\":[\"N$n\"]}" "$url/api/v1/acks") || true
        echo "N$n $member $code" >>"$log"
        n=$((n + per_member))
        [ "$n" -le "$notices" ] || n=$first
    done
}
mkdir "$work/clients"
c=0
while read -r member t; do
    k=1
    while [ "$k" -le "$per_member" ]; do
        c=$((c + 1))
        : >"$work/clients/$c.log"
        client "$member" "$t" "$k" "$work/clients/$c.log" &
        client_pids="$client_pids $!"
        k=$((k + 1))
    done
done <"$work/tokens"
say "$c clients acknowledging through $url"
sleep "$before_kill"

# --- Kill the primary and promote the standby. Each client's line count just before and just
# after the kill tells which requests ended before it and which may have been in flight.
wc -l "$work"/clients/*.log >"$work/before-kill"
kill_time=$(now)
kill -9 "$(head -n 1 "$primary/postmaster.pid")"
wc -l "$work"/clients/*.log >"$work/at-kill"
as_owner "$pgbin/pg_ctl" -D "$standby" -w -t 60 promote >/dev/null || fail "the standby was not promoted"
say "primary killed, standby promoted after $(seconds_since "$kill_time") s"

# The server answers again when a request that began after the kill gets a 2xx: in each
# client's log, a line after the one that may have been in flight at the kill.
answered() {
    awk 'NR == FNR { done[$2] = $1; next }
         FNR > done[FILENAME] + 1 && $3 ~ /^2/ { found = 1; exit }
         END { exit !found }' "$work/at-kill" "$work"/clients/*.log
}
recovery=
while :; do
    if answered; then recovery=$(seconds_since "$kill_time"); break; fi
    awk -v a="$(seconds_since "$kill_time")" -v l="$limit" 'BEGIN { exit !(a > l) }' && break
    kill -0 "$server_pid" 2>/dev/null || fail "counterpart serve died after the kill"
    sleep 0.2
done
[ -n "$recovery" ] || fail "the server did not answer 2xx within $limit s of the kill"
wc -l "$work"/clients/*.log >"$work/at-recovery"
sleep "$after_recovery"
touch "$work/stop"
wait $client_pids
client_pids=
kill -0 "$server_pid" 2>/dev/null || fail "counterpart serve is no longer running"
health=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$url/healthz") || true
[ "$health" = 200 ] || fail "GET /healthz answers $health after the failover"

# --- Figures, by when a request began: before the kill (ended before it), in the outage
# (from the kill until the first 2xx after it, or in flight then), after.
# Code 000: no answer within curl's --max-time.
figures() {
    awk 'FILENAME == ARGV[1] { k[$2] = $1; next }
         FILENAME == ARGV[2] { r[$2] = $1; next }
         { phase = FNR <= k[FILENAME] ? "before" : FNR <= r[FILENAME] + 1 ? "outage" : "after"
           sent++
           if ($3 ~ /^2/) ok++; else { failed[phase]++; if ($3 == "000") silent[phase]++ } }
         END { printf "%d %d %d %d %d %d %d\n", sent, ok, failed["before"], failed["outage"],
               silent["outage"], failed["after"], silent["before"] + silent["outage"] + silent["after"] }' \
        "$work/before-kill" "$work/at-recovery" "$work"/clients/*.log
}
set -- $(figures)
sent=$1 ok=$2 failed_before=$3 failed_outage=$4 silent_outage=$5 failed_after=$6 silent=$7
say "acks sent: $sent; 2xx: $ok; failed during the outage: $failed_outage ($silent_outage of them no answer within 10 s)"
say "seconds from the kill until the server answered 2xx again: $recovery"
if [ "$failed_before" != 0 ] || [ "$failed_after" != 0 ]; then
    say "warning: failed before the kill: $failed_before, after the server answered again: $failed_after"
fi
if [ "$silent" != 0 ]; then
    fail "$silent requests got no answer within 10 s (all answers:$(awk '{ n[$3]++ } END { for (c in n) printf " %s×%d", c, n[c] }' "$work"/clients/*.log))"
fi

# --- Every 2xx acknowledgement must be stored on the promoted standby.
[ "$(psql_at "$p2" counterpart 'SELECT pg_is_in_recovery()')" = f ] || fail "the standby is still in recovery"
awk '$3 ~ /^2/ { print $1 " " $2 }' "$work"/clients/*.log | sort -u >"$work/acknowledged"
psql_at "$p2" counterpart "SELECT item || ' ' || member_id FROM acknowledgement WHERE acknowledged_at IS NOT NULL" \
    >"$work/stored.unsorted" || fail "cannot read the acknowledgements on the promoted standby"
sort -u "$work/stored.unsorted" >"$work/stored"
comm -23 "$work/acknowledged" "$work/stored" >"$work/missing"
if [ -s "$work/missing" ]; then
    echo "acknowledged (2xx) but not stored on the promoted standby:" >&2
    head -n 20 "$work/missing" >&2
    fail "$(wc -l <"$work/missing") of $(wc -l <"$work/acknowledged") acknowledged (item, member) pairs are lost"
fi
say "all $(wc -l <"$work/acknowledged") acknowledged (item, member) pairs are stored ($(wc -l <"$work/stored") stored in all)"

# --- SIGTERM must stop the server (requests in flight finish first).
kill -TERM "$server_pid"
stopped=
for _ in $(seq 1 50); do
    kill -0 "$server_pid" 2>/dev/null || { stopped=yes; break; }
    sleep 0.2
done
if [ -n "$stopped" ]; then
    rc=0; wait "$server_pid" || rc=$?
    server_pid=
    [ "$rc" = 0 ] || say "warning: counterpart serve exited with status $rc on SIGTERM"
else
    fail "counterpart serve did not stop within 10 s of SIGTERM (requests that never ended?)"
fi
say "passed in $(seconds_since "$started") s"
