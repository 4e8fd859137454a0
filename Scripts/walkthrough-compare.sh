#!/usr/bin/env bash
# Runs the incident walk-through of Docs/operations.md on the shipped data with two builds of
# `counterpart` and compares what each step prints (standard output, standard error, exit
# status), byte for byte: once with text output, once with `--format json` where a command
# takes it, then a few refusals. Use it to show that a change kept the CLI's outputs.
#
#   Scripts/walkthrough-compare.sh OLD-BINARY NEW-BINARY
#
# Prints one line per difference and `N steps compared, N differ`; exits 1 when any differ.
set -uo pipefail
old=$1 new=$2
data=$(cd "$(dirname "$0")/../Data/ehime" && pwd)
export COUNTERPART_NOW=2026-11-02T00:00:00Z USER=kencho
unset COUNTERPART_DB LANG LC_ALL LC_MESSAGES

steps=(
  "roster import $data/roster.xml"
  "incident open --from-scenario $data/drill-nankai-quake.xml"
  "request add --incident I1 --municipality 宇和島市 --category shelter --headcount 3 --from 2027-01-18 --to 2027-01-31 --priority critical --note 本庁舎3階に集合"
  "request list --incident I1"
  "incident plan I1"
  "assignment confirm A1"
  "assignment decline A2 --reason 本人の体調不良"
  "assignment dispatched A1"
  "assignment returned A1"
  "assignment list --incident I1"
  "assignment list --incident I1 --all"
  "ack R1 --member hq-1"
  "ack R1 --member hq-1"
  "followup --incident I1"
  "followup"
  "notice post --title 燃料確保 --body 給油所の営業情報を共有します --group A --incident I1"
  "request change R2 --headcount 1"
  "request cancel R3 --reason 解消"
  "incident show I1"
  "incident plan I1"
  "incident list"
  "assignment returned A1"
  "ack R1 --member nobody"
  "incident show I9"
  "request add --incident I1 --municipality 松山市 --category shelter --headcount 1 --from 2027-01-18 --to 2027-01-19"
  "incident close I1"
  "request add --incident I1 --municipality 宇和島市 --category shelter --headcount 1 --from 2027-01-18 --to 2027-01-19"
)
json_commands="incident request assignment ack followup notice"
compared=0 differing=0
root=$(mktemp -d "${TMPDIR:-/tmp}/counterpart-compare-XXXXXX")
trap 'rm -rf "$root"' EXIT
# Both builds run in the same folder, one after the other, so paths they print agree.
folder=$root/work
for pass in text json; do
  for binary in old new; do
    rm -rf "$folder" "$root/$binary"
    mkdir -p "$folder/out"
    index=0
    for step in "${steps[@]}"; do
      read -r -a arguments <<< "$step"
      [ "$pass" = json ] && [[ " $json_commands " == *" ${arguments[0]} "* ]] && arguments+=(--format json)
      path=${!binary}
      (cd "$folder" && "$path" "${arguments[@]}" --db "$folder/counterpart.sqlite") > "$folder/out/$index.stdout" 2> "$folder/out/$index.stderr"
      echo $? > "$folder/out/$index.status"
      index=$((index + 1))
    done
    mv "$folder/out" "$root/$binary"
  done
  for ((index = 0; index < ${#steps[@]}; index++)); do
    compared=$((compared + 1))
    for part in stdout stderr status; do
      if ! cmp -s "$root/old/$index.$part" "$root/new/$index.$part"; then
        differing=$((differing + 1))
        echo "differs ($pass, $part): counterpart ${steps[$index]}"
        diff "$root/old/$index.$part" "$root/new/$index.$part" | head -10
        break
      fi
    done
  done
done
echo "$compared steps compared, $differing differ"
[ "$differing" -eq 0 ]
