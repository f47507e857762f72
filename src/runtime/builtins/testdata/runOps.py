# Replays dict/set operation programs (see genOrder.py) in the running CPython and
# prints, as JSON, what each "check" observed: repr() of the container's items in
# iteration order, and the results of pop()/popitem(). Runs under 2.7 and 3.x.
from __future__ import print_function
import json
import sys


def decode(v):
    if sys.version_info[0] == 2 and isinstance(v, unicode):
        return v.encode("utf-8")
    if isinstance(v, dict):
        if "big" in v:
            return int(v["big"])
        if "tuple" in v:
            return tuple(decode(x) for x in v["tuple"])
        if "float" in v:
            return float(v["float"])
        if "frozenset" in v:
            return frozenset(decode(x) for x in v["frozenset"])
    return v


def literal_source(items):
    if not items:
        return "set()"
    return "{" + ", ".join(repr(decode(x)) for x in items) + ("," if len(items) == 1 else "") + "}"


def run_dict(ops):
    out = []
    d = {}
    for op in ops:
        name = op[0]
        if name == "set":
            d[decode(op[1])] = op[2]
        elif name == "del":
            if decode(op[1]) in d:
                del d[decode(op[1])]
        elif name == "pop":
            out.append(repr(d.pop(decode(op[1]), "missing")))
        elif name == "popitem":
            out.append(repr(d.popitem()) if d else "empty")
        elif name == "setdefault":
            d.setdefault(decode(op[1]), op[2])
        elif name == "update":
            other = {}
            for k, v in op[1]:
                other[decode(k)] = v
            d.update(other)
        elif name == "updatepairs":
            d.update([(decode(k), v) for k, v in op[1]])
        elif name == "literal":
            src = "{" + ", ".join("%r: %r" % (decode(k), v) for k, v in op[1]) + "}"
            d = eval(src)
        elif name == "fromkeys":
            d = dict.fromkeys([decode(k) for k in op[1]], 0)
        elif name == "copy":
            d = d.copy()
        elif name == "dict":
            d = dict(d)
        elif name == "clear":
            d.clear()
        elif name == "check":
            out.append(repr(list(d.items())))
    return out


def run_set(ops):
    out = []
    s = set()
    for op in ops:
        name = op[0]
        args = [decode(x) for x in op[1]] if len(op) > 1 and isinstance(op[1], list) else None
        if name == "add":
            s.add(decode(op[1]))
        elif name == "discard":
            s.discard(decode(op[1]))
        elif name == "pop":
            out.append(repr(s.pop()) if s else "empty")
        elif name == "update":
            s.update(args)
        elif name == "updateset":
            s.update(set(args))
        elif name == "literal":
            s = eval(literal_source(op[1]))
        elif name == "iterconst":
            out.append(repr(eval("[x for x in %s]" % literal_source(op[1]))))
        elif name == "fromlist":
            s = set(args)
        elif name == "copy":
            s = s.copy()
        elif name == "or":
            s = s | set(args)
        elif name == "ror":
            s = set(args) | s
        elif name == "and":
            s = s & set(args)
        elif name == "rand":
            s = set(args) & s
        elif name == "sub":
            s = s - set(args)
        elif name == "rsub":
            s = set(args) - s
        elif name == "xor":
            s = s ^ set(args)
        elif name == "ior":
            s |= set(args)
        elif name == "iand":
            s &= set(args)
        elif name == "isub":
            s -= set(args)
        elif name == "ixor":
            s ^= set(args)
        elif name == "difference_update":
            s.difference_update(args)
        elif name == "intersection":
            s = s.intersection(args)
        elif name == "difference":
            s = s.difference(args)
        elif name == "symmetric_difference_update":
            s.symmetric_difference_update(args)
        elif name == "clear":
            s.clear()
        elif name == "frozen":
            s = set(frozenset(s))
        elif name == "check":
            out.append(repr(list(s)))
    return out


def main():
    programs = json.load(open(sys.argv[1]))
    results = []
    for program in programs:
        runner = run_dict if program["kind"] == "dict" else run_set
        try:
            results.append(runner(program["ops"]))
        except Exception as e:
            results.append(["error %s: %s" % (type(e).__name__, e)])
    json.dump(results, sys.stdout)


main()
