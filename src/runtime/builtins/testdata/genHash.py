# Generates hash.expected.json: values (JSON-encoded as in genOrder.py) with their
# hash() under CPython 2.7 and 3.11. hash.test.ts checks pyHash64 against them.
# Python 3 randomises str hashes, so strings are checked under Python 2 only.
#   python3 genHash.py
import json
import os
import random
import struct
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PY2 = os.path.expanduser("~/.pyenv/versions/2.7.18/bin/python")
PY3 = os.path.expanduser("~/.pyenv/versions/3.11.7/bin/python3")
rng = random.Random(7)

RUNNER = r'''
import json, sys
def decode(v):
    if sys.version_info[0] == 2 and isinstance(v, unicode):
        return v.encode("utf-8")
    if isinstance(v, dict):
        if "big" in v: return int(v["big"])
        if "float" in v: return float.fromhex(v["float"])
        if "tuple" in v: return tuple(decode(x) for x in v["tuple"])
        if "frozenset" in v: return frozenset(decode(x) for x in v["frozenset"])
    return v
print(json.dumps([str(hash(decode(v))) for v in json.load(open(sys.argv[1]))]))
'''


def enc(v):
    if isinstance(v, bool) or isinstance(v, str):
        return v
    if isinstance(v, int):
        return v if abs(v) <= 2**53 - 1 else {"big": str(v)}
    if isinstance(v, float):
        return {"float": v.hex()}
    if isinstance(v, tuple):
        return {"tuple": [enc(x) for x in v]}
    if isinstance(v, frozenset):
        return {"frozenset": [enc(x) for x in v]}
    raise TypeError(v)


def ints():
    out = [0, 1, -1, -2, 2**31 - 1, 2**31, 2**32, -(2**32), 2**53 - 1, 2**53, 2**53 + 1, 2**61 - 2, 2**61 - 1, 2**61,
           -(2**61 - 1), 2**62, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 2**64 - 2, 2**64 - 1, 2**64, -(2**64 - 1),
           2**65 - 2, 2**100, -(2**100) + 3, 3 * (2**61 - 1), 2**128 - 1, True, False]
    for _ in range(150):
        bits = rng.choice([8, 31, 40, 53, 60, 63, 64, 70, 128])
        out.append(rng.choice([1, -1]) * rng.getrandbits(bits))
    return out


def floats():
    out = [0.0, -0.0, 0.5, -0.5, 1.5, 2.0, -2.25, 1e-3, 1e20, 2.0**70, 1e300, 5e-324, 2.2250738585072014e-308,
           float("inf"), float("-inf"), 123456.789, 0.1, 1.0 / 3, 2.0**52 + 0.5, -(2.0**62) - 2048]
    for _ in range(150):
        kind = rng.random()
        if kind < 0.4:
            out.append(rng.uniform(-1e6, 1e6))
        elif kind < 0.7:
            out.append(struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64) & 0x7FEFFFFFFFFFFFFF))[0] * rng.choice([1, -1]))
        else:
            out.append(float(rng.getrandbits(rng.choice([10, 53, 62, 64, 90]))) * rng.choice([1, -1, 0.5]))
    return out


def strings():
    out = ["", "a", "ab", "abc", "hello world", "h\u00e9llo", "\u4e2d\u6587", "x" * 100, "\U0001f600"]
    for _ in range(100):
        out.append("".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789_ -") for _ in range(rng.randint(1, 24))))
    return out


def tuples(with_strings):
    out = [(), (1,), (1, 2), (1, (2, 3)), (0.5, -1), (2**64, 1.5), ((),)]
    pool = ints()[:60] + floats()[:40] + (strings()[:40] if with_strings else [])
    for _ in range(80):
        t = tuple(rng.choice(pool) for _ in range(rng.randint(0, 5)))
        if rng.random() < 0.3:
            t = (t, rng.choice(pool))
        out.append(t)
    return out


def frozensets():
    out = [frozenset(), frozenset([1]), frozenset([1, 2, 3]), frozenset([-1, -2]), frozenset([0.5, (1, 2)])]
    for _ in range(40):
        out.append(frozenset(rng.choice(ints()[:50]) for _ in range(rng.randint(0, 9))))
    return out


def run(exe, values):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump([enc(v) for v in values], f)
        path = f.name
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(RUNNER)
        runner = f.name
    out = json.loads(subprocess.check_output([exe, runner, path]))
    os.unlink(path)
    os.unlink(runner)
    return out


both = ints() + floats() + tuples(False) + frozensets()
py2only = strings() + tuples(True) + [frozenset(["a", "bc", "d"])]
records = []
for values, dialects in ((both, ("py2", "py3")), (py2only, ("py2",))):
    results = {d: run(PY2 if d == "py2" else PY3, values) for d in dialects}
    for i, v in enumerate(values):
        records.append({"value": enc(v), "expected": {d: results[d][i] for d in dialects}})
with open(os.path.join(HERE, "hash.expected.json"), "w") as f:
    json.dump(records, f, separators=(",", ":"))
print("wrote %d values" % len(records))
