#!/bin/sh
# Run Scripts/ortools-compare.py in a virtual environment that has OR-Tools.
# The venv lives in $VENV (default ./.venv-ortools); it is made and `ortools`
# pip-installed into it on first use.
#   Scripts/ortools-compare.sh ROSTER.xml SCENARIO.xml PLAN.json
set -eu
VENV=${VENV:-./.venv-ortools}
HERE=$(cd "$(dirname "$0")" && pwd)
PYTHON=${PYTHON:-python3}
if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c 'import ortools, numpy' >/dev/null 2>&1; then
    "$VENV/bin/python" -m pip install --quiet --upgrade pip >&2
    "$VENV/bin/python" -m pip install --quiet ortools >&2
fi
exec "$VENV/bin/python" "$HERE/ortools-compare.py" "$@"
