#!/bin/sh
# Records what CPython prints for each Python twin in this folder: <name>.out is
# stdout, <name>.err is stderr without traceback frames (lines starting with two
# spaces), the exit status goes in cases.ts. A twin whose first line is
# "# Python 2" runs under 2.7.18, every other one under 3.11.7; stdout is
# line-buffered as on a terminal (linebuffered.py).
# Usage: sh record.sh [name...]
cd "$(dirname "$0")" || exit 1
PY3="$HOME/.pyenv/versions/3.11.7/bin/python3"
PY2="$HOME/.pyenv/versions/2.7.18/bin/python"
names="$*"
[ -n "$names" ] || names=$(ls *.py | grep -v '^linebuffered' | sed 's/\.py$//')
for name in $names; do
  if head -1 "$name.py" | grep -q '^# Python 2'; then py="$PY2"; else py="$PY3"; fi
  env -u PYTHONUNBUFFERED "$py" linebuffered.py "$name.py" > "$name.out" 2> "$name.err.full"
  echo "$name: exit $?"
  grep -v '^  ' "$name.err.full" > "$name.err"
  rm -f "$name.err.full"
done
