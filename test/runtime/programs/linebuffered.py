# Runs a twin the way the corpus recordings run scripts: stdout line-buffered, as
# on a terminal (print writes each line whole), whatever PYTHONUNBUFFERED says.
# Usage: python linebuffered.py script.py
import os
import runpy
import sys

if sys.version_info[0] >= 3:
    sys.stdout.reconfigure(line_buffering=True)
else:
    sys.stdout = os.fdopen(sys.stdout.fileno(), 'w', 1)
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name='__main__')
