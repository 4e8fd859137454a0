#!/usr/bin/env bash
# Times each step of the incident walk-through of Docs/operations.md on the shipped data
# (Data/ehime/roster.xml and the Nankai drill), with a built `counterpart`:
#
#   Scripts/walkthrough-timings.sh PATH/TO/counterpart [RUNS]
#
# The whole walk-through runs RUNS times (default 3), each time in a fresh temporary folder
# with a new database; for each step the best (lowest) wall time is printed, in
# milliseconds, one line per step: `step-name  ms`. Wall time includes starting the
# process, as a person at the keyboard sees it. The clock and the user are fixed
# (COUNTERPART_NOW, USER), as in the project's tests, so every run does the same work.
# A step that fails stops the script (exit 1) with its output on standard error.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 PATH/TO/counterpart [RUNS]" >&2
  exit 2
fi
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
runs=${2:-3}
[ -x "$binary" ] || { echo "$0: $1 is not an executable" >&2; exit 2; }
data=$(cd "$(dirname "$0")/../Data/ehime" && pwd)

export COUNTERPART_NOW=2026-11-02T00:00:00Z
export USER=kencho
unset COUNTERPART_DB

# The steps, in order: name, then the arguments after `counterpart` (a tab between them).
steps=(
  "roster-import	roster import $data/roster.xml"
  "incident-open-from-scenario	incident open --from-scenario $data/drill-nankai-quake.xml"
  "request-add	request add --incident I1 --municipality 宇和島市 --category shelter --headcount 3 --from 2027-01-18 --to 2027-01-31 --priority critical --note 本庁舎3階に集合"
  "request-list	request list --incident I1"
  "incident-plan	incident plan I1"
  "assignment-confirm	assignment confirm A1"
  "assignment-decline	assignment decline A2 --reason 本人の体調不良"
  "assignment-dispatched	assignment dispatched A1"
  "assignment-returned	assignment returned A1"
  "assignment-list	assignment list --incident I1"
  "ack	ack R1 --member hq-1"
  "followup	followup --incident I1"
  "notice-post	notice post --title 燃料確保 --body 給油所の営業情報を共有します --group A --incident I1"
  "sitrep-text	sitrep --incident I1"
  "sitrep-json	sitrep --incident I1 --format json"
  "sitrep-markdown	sitrep --incident I1 --format markdown"
  "sitrep-html	sitrep --incident I1 --format html -o sitrep.html"
  "incident-show	incident show I1"
  "incident-plan-again	incident plan I1"
  "incident-close	incident close I1"
)

declare -A best
for ((run = 1; run <= runs; run++)); do
  folder=$(mktemp -d "${TMPDIR:-/tmp}/counterpart-walkthrough-XXXXXX")
  trap 'rm -rf "$folder"' EXIT
  for step in "${steps[@]}"; do
    name=${step%%$'\t'*}
    read -r -a arguments <<< "${step#*$'\t'}"
    start=$(date +%s%N)
    status=0
    (cd "$folder" && "$binary" "${arguments[@]}" --db "$folder/counterpart.sqlite") \
      > "$folder/out" 2> "$folder/err" || status=$?
    end=$(date +%s%N)
    if [ "$status" -ne 0 ]; then
      echo "$0: step $name failed (exit $status) in run $run: counterpart ${arguments[*]}" >&2
      cat "$folder/err" >&2
      exit 1
    fi
    ms=$(( (end - start) / 1000000 ))
    if [ -z "${best[$name]:-}" ] || [ "$ms" -lt "${best[$name]}" ]; then best[$name]=$ms; fi
  done
  rm -rf "$folder"
  trap - EXIT
done

for step in "${steps[@]}"; do
  name=${step%%$'\t'*}
  printf '%-28s  %s\n' "$name" "${best[$name]}"
done
