# Generates random dict/set operation programs, runs them under CPython 2.7 and
# 3.11 (runOps.py) and writes order.expected.json: the programs plus what each
# interpreter printed at every check. dictOrder.test.ts replays the programs on
# PyDict/PySet and compares. Re-run to regenerate; never edit the output by hand.
#   python3 genOrder.py
import json
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PY2 = os.path.expanduser("~/.pyenv/versions/2.7.18/bin/python")
PY3 = os.path.expanduser("~/.pyenv/versions/3.11.7/bin/python3")
rng = random.Random(20240611)


def enc(v):
    if isinstance(v, bool) or isinstance(v, str):
        return v
    if isinstance(v, int):
        return v if abs(v) <= 2**53 - 1 else {"big": str(v)}
    if isinstance(v, float):
        return {"float": v}
    if isinstance(v, tuple):
        return {"tuple": [enc(x) for x in v]}
    raise TypeError(v)


def small_int():
    return rng.randint(-12, 48)


def spaced_int():
    return rng.choice([8, 16, 32, 64, 1024, 4096]) * rng.randint(-6, 12)


def big_int():
    base = rng.choice([2**31, 2**32, 2**53, 2**61, 2**62, 2**63, 2**64, 2**65, 2**100])
    return rng.choice([1, -1]) * (base + rng.randint(-3, 3))


def a_str():
    return "".join(rng.choice("abcxyz019") for _ in range(rng.randint(0, 6)))


def a_float():
    return rng.choice([0.5, 1.5, -2.25, 1e-3, 3.0, 1e20, 2.0**70, float(rng.randint(0, 20))])


def make_key(kinds):
    kind = rng.choice(kinds)
    if kind == "small":
        return small_int()
    if kind == "spaced":
        return spaced_int()
    if kind == "big":
        return big_int()
    if kind == "str":
        return a_str()
    if kind == "float":
        return a_float()
    if kind == "tuple":
        return (small_int(), rng.choice([small_int(), a_str()]) if "str" in kinds else small_int())
    if kind == "bool":
        return rng.choice([True, False])
    raise ValueError(kind)


def dict_program(kinds, length, big=False):
    keys = []
    ops = []
    for _ in range(length):
        r = rng.random()
        if r < 0.45 or not keys:
            k = make_key(kinds)
            keys.append(k)
            ops.append(["set", enc(k), rng.randint(0, 99)])
        elif r < 0.55:
            k = keys.pop(rng.randrange(len(keys)))
            ops.append(["del", enc(k)])
            keys = [x for x in keys if x != k]
        elif r < 0.58:
            k = keys.pop(rng.randrange(len(keys)))
            ops.append(["pop", enc(k)])
            keys = [x for x in keys if x != k]
        elif r < 0.61:
            ops.append(["popitem"])
            ops.append(["check"])
            keys = None
        elif r < 0.65:
            k = make_key(kinds)
            keys.append(k)
            ops.append(["setdefault", enc(k), 7])
        elif r < 0.68:
            pairs = [(make_key(kinds), rng.randint(0, 9)) for _ in range(rng.randint(0, 12))]
            keys.extend(k for k, _ in pairs)
            ops.append([rng.choice(["update", "updatepairs"]), [[enc(k), v] for k, v in pairs]])
        elif r < 0.71:
            pairs = [(make_key(kinds), rng.randint(0, 9)) for _ in range(rng.randint(0, 14))]
            keys = [k for k, _ in pairs]
            ops.append(["literal", [[enc(k), v] for k, v in pairs]])
        elif r < 0.73:
            ks = [make_key(kinds) for _ in range(rng.randint(0, 14))]
            keys = list(ks)
            ops.append(["fromkeys", [enc(k) for k in ks]])
        elif r < 0.76:
            ops.append([rng.choice(["copy", "dict"])])
        elif r < 0.77:
            ops.append(["clear"])
            keys = []
        else:
            if not big or rng.random() < 0.05:
                ops.append(["check"])
        if keys is None:
            # popitem removed an unknown key: stop deleting known ones until the next check.
            ops.append(["check"])
            keys = []
    ops.append(["check"])
    return {"kind": "dict", "ops": ops}


def set_program(kinds, length, big=False):
    ops = []
    items = lambda n: [enc(make_key(kinds)) for _ in range(rng.randint(0, n))]
    known = []
    for _ in range(length):
        r = rng.random()
        if r < 0.4:
            k = make_key(kinds)
            known.append(k)
            ops.append(["add", enc(k)])
        elif r < 0.5 and known:
            ops.append(["discard", enc(rng.choice(known))])
        elif r < 0.53:
            ops.append(["pop"])
            ops.append(["check"])
        elif r < 0.58:
            ops.append([rng.choice(["update", "updateset"]), items(12)])
        elif r < 0.62:
            lit = [make_key([k for k in kinds if k != "tuple"] or ["small"]) for _ in range(rng.randint(0, 14))]
            known = list(lit)
            ops.append(["literal", [enc(k) for k in lit]])
        elif r < 0.65:
            lst = [make_key(kinds) for _ in range(rng.randint(0, 20))]
            known = list(lst)
            ops.append(["fromlist", [enc(k) for k in lst]])
        elif r < 0.78:
            name = rng.choice(["or", "ror", "and", "rand", "sub", "rsub", "xor", "ior", "iand", "isub", "ixor",
                               "difference_update", "intersection", "difference", "symmetric_difference_update"])
            pool = known + [make_key(kinds) for _ in range(4)]
            ops.append([name, [enc(rng.choice(pool)) for _ in range(rng.randint(0, 16))]])
        elif r < 0.81:
            ops.append([rng.choice(["copy", "frozen"])])
        elif r < 0.82:
            ops.append(["clear"])
        else:
            if not big or rng.random() < 0.05:
                ops.append(["check"])
    ops.append(["check"])
    return {"kind": "set", "ops": ops}


def churn_program(kind, kinds, rounds):
    """Many deletions between additions, so probe chains run through dummies."""
    ops = []
    live = []
    for _ in range(rounds):
        for _ in range(rng.randint(1, 12)):
            k = make_key(kinds)
            live.append(k)
            ops.append(["set", enc(k), 1] if kind == "dict" else ["add", enc(k)])
        for _ in range(rng.randint(0, len(live))):
            if not live:
                break
            k = live.pop(rng.randrange(len(live)))
            ops.append(["del", enc(k)] if kind == "dict" else ["discard", enc(k)])
            live = [x for x in live if x != k]
        ops.append(["check"])
        if rng.random() < 0.2:
            ops.append(["popitem"] if kind == "dict" else ["pop"])
            ops.append(["check"])
            live = []
    return {"kind": kind, "ops": ops}


def dummy_chain_program(kind):
    """A run of dummies, then keys whose probe paths cross it (which dummy gets reused)."""
    n = rng.choice([6, 12, 20, 40, 90])
    ops = [["set", i, 1] if kind == "dict" else ["add", i] for i in range(n)]
    lo = rng.randint(0, n // 2)
    hi = rng.randint(lo, n)
    ops += [["del", i] if kind == "dict" else ["discard", i] for i in range(lo, hi)]
    ops.append(["check"])
    for _ in range(rng.randint(1, 8)):
        k = rng.randint(lo, hi + 1) + rng.choice([8, 16, 32, 64, 128, 256]) * rng.randint(1, 5)
        ops.append(["set", k, 2] if kind == "dict" else ["add", k])
        ops.append(["check"])
    return {"kind": kind, "ops": ops}


def constant_program(kinds):
    """Displays of constants, as a set and iterated: 3.x folds `{...}` of three or more
    constants into a frozenset constant that it merges into an empty set, and iterates
    `for x in {...}` (any size) over that constant itself; 2.7 adds item by item."""
    ops = []
    for _ in range(rng.randint(1, 6)):
        lit = [enc(make_key(kinds)) for _ in range(rng.randint(1, 14))]
        ops += [["literal", lit], ["check"], ["iterconst", lit]]
    return {"kind": "set", "ops": ops}


def main():
    programs = []
    dict_kinds = [["small"], ["small", "spaced"], ["str"], ["str", "small"], ["big", "small"], ["tuple", "small"],
                  ["float", "small", "bool"], ["str", "tuple", "spaced", "big"]]
    set_kinds_any = [["small"], ["small", "spaced"], ["big", "small"], ["tuple", "small"], ["float", "small", "bool"]]
    set_kinds_py2 = [["str"], ["str", "small"], ["str", "tuple", "spaced"]]
    for i in range(240):
        programs.append(dict(dict_program(dict_kinds[i % len(dict_kinds)], rng.randint(5, 70)), dialects=["py2", "py3"]))
    for i in range(240):
        programs.append(dict(set_program(set_kinds_any[i % len(set_kinds_any)], rng.randint(5, 70)), dialects=["py2", "py3"]))
    for i in range(120):
        programs.append(dict(set_program(set_kinds_py2[i % len(set_kinds_py2)], rng.randint(5, 70)), dialects=["py2"]))
    for i in range(8):
        programs.append(dict(dict_program(dict_kinds[i % len(dict_kinds)], rng.randint(400, 1500), big=True), dialects=["py2", "py3"]))
        programs.append(dict(set_program(set_kinds_any[i % len(set_kinds_any)], rng.randint(400, 1500), big=True), dialects=["py2", "py3"]))
    churn_kinds = [["small"], ["spaced"], ["small", "spaced"], ["big"], ["tuple"]]
    for i in range(100):
        programs.append(dict(churn_program("set", churn_kinds[i % len(churn_kinds)], rng.randint(3, 25)), dialects=["py2", "py3"]))
        programs.append(dict(churn_program("dict", churn_kinds[i % len(churn_kinds)] + ["str"], rng.randint(3, 25)), dialects=["py2", "py3"]))
    for i in range(40):
        programs.append(dict(churn_program("set", [["str"], ["str", "small"]][i % 2], rng.randint(3, 25)), dialects=["py2"]))
    for i in range(60):
        programs.append(dict(dummy_chain_program(["set", "dict"][i % 2]), dialects=["py2", "py3"]))
    for i in range(120):
        programs.append(dict(constant_program(set_kinds_any[i % len(set_kinds_any)]), dialects=["py2", "py3"]))
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(programs, f)
        path = f.name
    expected = {}
    for dialect, exe in (("py2", PY2), ("py3", PY3)):
        expected[dialect] = json.loads(subprocess.check_output([exe, os.path.join(HERE, "runOps.py"), path]))
    os.unlink(path)
    for i, program in enumerate(programs):
        program["expected"] = {d: expected[d][i] for d in program["dialects"]}
    with open(os.path.join(HERE, "order.expected.json"), "w") as f:
        json.dump(programs, f, separators=(",", ":"))
    print("wrote %d programs" % len(programs))


main()
