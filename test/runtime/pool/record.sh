#!/bin/sh
# Records what CPython prints for the pool programs that CPython can run to the
# end (worker_death and inherited_pool cannot: CPython waits forever there; their
# expected output is in pool.test.ts): <name>.out is stdout, <name>.err is stderr
# without traceback frames (lines starting with two spaces). *_py2.py runs under
# 2.7.18, the rest under 3.11.7, run directly (the programs print from one process
# at a time; runpy-based wrappers change what forked pool workers see of __main__).
# Usage: sh record.sh [name...]
cd "$(dirname "$0")" || exit 1
PY3="$HOME/.pyenv/versions/3.11.7/bin/python3"
PY2="$HOME/.pyenv/versions/2.7.18/bin/python"
names="$*"
[ -n "$names" ] || names=$(ls *.py | grep -v '^worker_death\|^inherited_pool' | sed 's/\.py$//')
for name in $names; do
  case "$name" in *_py2) py="$PY2" ;; *) py="$PY3" ;; esac
  env -u PYTHONUNBUFFERED timeout 60 "$py" "$name.py" > "$name.out" 2> "$name.err.full"
  echo "$name: exit $?"
  grep -v '^  ' "$name.err.full" > "$name.err"
  rm -f "$name.err.full"
done
