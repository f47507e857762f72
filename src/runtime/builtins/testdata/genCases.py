# Collects the Python snippets of every *.cases.test.ts file under src/runtime (the first argument of
# each `c("...", ...)` call, a JSON string), runs them under CPython 2.7 and 3.11
# (runCases.py) and writes cases.expected.json: snippet -> {py2, py3} results.
# Re-run after adding cases; never edit the output by hand.
#   python3 genCases.py
import glob
import json
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PY2 = os.path.expanduser("~/.pyenv/versions/2.7.18/bin/python")
PY3 = os.path.expanduser("~/.pyenv/versions/3.11.7/bin/python3")
CASE = re.compile(r'\bc\(\s*("(?:[^"\\]|\\.)*")', re.S)

snippets = []
for path in sorted(glob.glob(os.path.join(HERE, "..", "..", "**", "*.cases.test.ts"), recursive=True)):
    for match in CASE.finditer(open(path).read()):
        source = json.loads(match.group(1))
        if source not in snippets:
            snippets.append(source)
with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
    json.dump(snippets, f)
    path = f.name
results = {}
for dialect, exe in (("py2", PY2), ("py3", PY3)):
    results[dialect] = json.loads(subprocess.check_output([exe, os.path.join(HERE, "runCases.py"), path]))
os.unlink(path)
expected = {s: {"py2": results["py2"][i], "py3": results["py3"][i]} for i, s in enumerate(snippets)}
with open(os.path.join(HERE, "cases.expected.json"), "w") as f:
    json.dump(expected, f, indent=1, sort_keys=True)
print("wrote %d snippets" % len(snippets))
