#!/bin/sh
# Figures for notifications: time from a request filed to its message accepted by the local
# LINE WORKS stand-in, p50/p99 over 500 requests, in a release build. Prints one line.
#   Scripts/notify-benchmark.sh [COUNT] [SCRATCH-PATH]
set -eu
cd "$(dirname "$0")/.."
count=${1:-500}
scratch=${2:-.build}
COUNTERPART_NOTIFY_BENCHMARK=$count swift test -c release -Xswiftc -enable-testing --scratch-path "$scratch" \
    --filter NotifyLatencyBenchmark 2>&1 | grep -E "notify latency|error|failed" || true
