#!/bin/sh
# A throw-away PostgreSQL cluster for scripts and trying things by hand (the tests start their own).
#   Scripts/postgres-cluster.sh start FOLDER PORT   initdb (as the postgres user when run as root),
#                                                   start on 127.0.0.1:PORT, create database counterpart
#   Scripts/postgres-cluster.sh stop FOLDER          stop at once and remove FOLDER
# Connect with postgres://counterpart@127.0.0.1:PORT/counterpart.
set -eu
action=${1:?start or stop}
folder=${2:?folder}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$action" in
start)
    port=${3:?port}
    mkdir -p "$folder"
    [ "$(id -u)" = 0 ] && chown postgres "$folder"
    as_owner "$bin/initdb" -D "$folder/data" -A trust -U counterpart --locale=C -E UTF8 --no-sync >/dev/null
    as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/log" -w -t 60 \
        -o "-p $port -k $folder -c listen_addresses=127.0.0.1 -c max_connections=400 ${POSTGRES_OPTIONS:-}" start >/dev/null
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U counterpart counterpart
    echo "postgres://counterpart@127.0.0.1:$port/counterpart"
    ;;
stop)
    as_owner "$bin/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$folder"
    ;;
esac
