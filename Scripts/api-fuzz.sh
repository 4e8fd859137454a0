#!/usr/bin/env bash
# Fuzzes the HTTP API against its OpenAPI document (Docs/api/openapi.json, served at
# /api/v1/openapi.json) with schemathesis 4.x, as headquarters (hq-1) with a bearer token.
#
#   Scripts/api-fuzz.sh BINARY
#
# BINARY is a built `counterpart` (e.g. .build/release/counterpart). The script imports the
# shipped roster into a temporary database, issues a token for hq-1, opens one incident,
# starts `BINARY serve` on a free port of 127.0.0.1 and runs schemathesis against it with a
# fixed seed and a bounded number of examples. The server is stopped and the temporary
# folder removed however the script ends. Exit status: schemathesis's (non-zero when a check
# failed), or 1 when the server could not be set up.
#
# Environment: COUNTERPART_VENV, the virtual environment for schemathesis (default
# .venv-fuzz, created when missing); COUNTERPART_FUZZ_SEED (default 20180707);
# COUNTERPART_FUZZ_EXAMPLES (default 25); COUNTERPART_FUZZ_REPORT, a folder for a JUnit
# report (none by default).
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 BINARY   (a built counterpart, e.g. .build/release/counterpart)" >&2
    exit 2
fi
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
if [[ ! -x $binary ]]; then
    echo "$0: $1 is not an executable counterpart" >&2
    exit 2
fi
repository=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repository"

venv=${COUNTERPART_VENV:-.venv-fuzz}
seed=${COUNTERPART_FUZZ_SEED:-20180707}
examples=${COUNTERPART_FUZZ_EXAMPLES:-25}
roster=Data/ehime/roster.xml
member=hq-1 # 県災害対策本部 (hq-disaster) in the shipped roster: may do everything

scratch=$(mktemp -d "${TMPDIR:-/tmp}/counterpart-fuzz.XXXXXX")
database=$scratch/fuzz.sqlite
server_log=$scratch/serve.log
server_pid=""

# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail() {
    echo "api-fuzz: $*" >&2
    if [[ -s $server_log ]]; then
        echo "--- server output (last 40 lines) ---" >&2
        tail -n 40 "$server_log" >&2
    fi
    exit 1
}

# 1. A database with the shipped roster, a token for headquarters and one open incident.
"$binary" roster import "$roster" --db "$database" >/dev/null || fail "could not import $roster"
token=$("$binary" account token "$member" --label fuzz --format json --db "$database" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])') || fail "could not issue a token for $member"
"$binary" incident open --name "API fuzz 訓練" --start "$(date -u +%F)" --affected 382035 --drill \
    --format json --db "$database" >/dev/null || fail "could not open an incident"

# 2. The server on a free port.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base=http://127.0.0.1:$port
"$binary" serve --db "$database" --host 127.0.0.1 --port "$port" >"$server_log" 2>&1 &
server_pid=$!

deadline=$((SECONDS + 30))
until curl --silent --fail --max-time 2 --output /dev/null "$base/healthz"; do
    kill -0 "$server_pid" 2>/dev/null || fail "the server stopped before it answered"
    ((SECONDS < deadline)) || fail "no answer from $base/healthz within 30 s"
    sleep 0.2
done
echo "api-fuzz: server up at $base (pid $server_pid)"

# 3. schemathesis (4.x: the flags below changed names since 3.x).
if ! "$venv/bin/schemathesis" --version 2>/dev/null | grep -q 'version 4\.'; then
    echo "api-fuzz: installing schemathesis 4 into $venv"
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check 'schemathesis>=4.32,<5'
fi
echo "api-fuzz: $("$venv/bin/schemathesis" --version)"

arguments=(
    run "$base/api/v1/openapi.json"
    --url "$base"
    --header "Authorization: Bearer $token"
    --checks 'not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance'
    --seed "$seed"
    --max-examples "$examples"
    --workers 1
    --generation-database none
    --generation-with-security-parameters false
    --exclude-operation-id streamEvents
    --exclude-operation-id signOut
    --request-timeout 10
    --output-sanitize true
    --no-color
)
if [[ -n ${COUNTERPART_FUZZ_REPORT:-} ]]; then
    mkdir -p "$COUNTERPART_FUZZ_REPORT"
    arguments+=(--report junit --report-dir "$COUNTERPART_FUZZ_REPORT")
fi

status=0
"$venv/bin/schemathesis" "${arguments[@]}" || status=$?

kill -0 "$server_pid" 2>/dev/null || fail "the server died during the run (schemathesis exit status $status)"
echo
if [[ $status -eq 0 ]]; then
    echo "api-fuzz: passed (seed $seed, at most $examples examples per operation; /api/v1/events and DELETE /api/v1/session left out)"
else
    echo "api-fuzz: FAILED with schemathesis exit status $status (seed $seed); reproduce with COUNTERPART_FUZZ_SEED=$seed $0 $1" >&2
    echo "--- server output (last 40 lines) ---" >&2
    tail -n 40 "$server_log" >&2 || true
fi
exit "$status"
