// Replays dict/set operation programs (the format of
// src/runtime/builtins/testdata/genOrder.py) on PyDict/PySet, printing at each
// "check" what runOps.py prints under CPython.

import { isPy2 } from "../../src/runtime/builtins/dialect.js";
import { PyDict } from "../../src/runtime/builtins/dict.js";
import { PyFloat } from "../../src/runtime/builtins/float.js";
import { PyList } from "../../src/runtime/builtins/list.js";
import { repr } from "../../src/runtime/builtins/repr.js";
import { PyFrozenSet, PySet } from "../../src/runtime/builtins/set.js";
import { PyTuple } from "../../src/runtime/builtins/tuple.js";

export function decode(v: any): unknown {
  if (v !== null && typeof v === "object") {
    if ("big" in v) {
      const n = BigInt(v.big);
      return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
    }
    if ("tuple" in v) return PyTuple.fromArray(v.tuple.map(decode));
    if ("float" in v) return Number.isInteger(v.float) ? new PyFloat(v.float) : v.float;
  }
  return v;
}

function isConstant(v: unknown): boolean {
  return typeof v !== "object" || v === null || v instanceof PyFloat || (v instanceof PyTuple && v.every(isConstant));
}

export function runDict(ops: any[][]): string[] {
  const out: string[] = [];
  let d = new PyDict();
  for (const op of ops) {
    switch (op[0]) {
      case "set": d.__setitem__(decode(op[1]), op[2]); break;
      case "del": if (d.__contains__(decode(op[1]))) d.__delitem__(decode(op[1])); break;
      case "pop": out.push(repr(d.pop(decode(op[1]), "missing"))); break;
      case "popitem": out.push(d.__len__() > 0 ? repr(d.popitem()) : "empty"); break;
      case "setdefault": d.setdefault(decode(op[1]), op[2]); break;
      case "update": {
        const other = new PyDict();
        for (const [k, v] of op[1]) other.__setitem__(decode(k), v);
        d.update(other);
        break;
      }
      case "updatepairs": d.update(PyList.fromArray(op[1].map(([k, v]: any[]) => PyTuple.of(decode(k), v)))); break;
      case "literal": d = PyDict.of(...op[1].map(([k, v]: any[]) => [decode(k), v] as const)); break;
      case "fromkeys": d = PyDict.fromkeys(PyList.fromArray(op[1].map(decode)), 0); break;
      case "copy": d = d.copy(); break;
      case "dict": d = d.copy(); break;
      case "clear": d.clear(); break;
      case "check": out.push(repr(PyList.fromArray(d.itemArray()))); break;
      default: throw new Error(`unknown op ${op[0]}`);
    }
  }
  return out;
}

export function runSet(ops: any[][]): string[] {
  const out: string[] = [];
  let s: any = new PySet();
  const items = (op: any[]) => PyList.fromArray(op[1].map(decode));
  const asSet = (op: any[]) => PySet.fromIterable(items(op));
  for (const op of ops) {
    switch (op[0]) {
      case "add": s.add(decode(op[1])); break;
      case "discard": s.discard(decode(op[1])); break;
      case "pop": out.push(s.__len__() > 0 ? repr(s.pop()) : "empty"); break;
      case "update": s.update(items(op)); break;
      case "updateset": s.update(asSet(op)); break;
      case "literal": {
        const elements = op[1].map(decode);
        s = elements.every(isConstant) ? PySet.ofConstants(...elements) : PySet.of(...elements);
        break;
      }
      case "iterconst": {
        // `[x for x in {...}]`: 3.x iterates the frozenset constant, 2.7 a set built item by item.
        const elements = op[1].map(decode);
        const iterated = isPy2() ? PySet.of(...elements) : PyFrozenSet.ofConstants(...elements);
        out.push(repr(PyList.fromArray(iterated.elementArray())));
        break;
      }
      case "fromlist": s = PySet.fromIterable(items(op)); break;
      case "copy": s = s.copy(); break;
      case "or": s = s.__or__(asSet(op)); break;
      case "ror": s = asSet(op).__or__(s); break;
      case "and": s = s.__and__(asSet(op)); break;
      case "rand": s = asSet(op).__and__(s); break;
      case "sub": s = s.__sub__(asSet(op)); break;
      case "rsub": s = asSet(op).__sub__(s); break;
      case "xor": s = s.__xor__(asSet(op)); break;
      case "ior": s = s.__ior__(asSet(op)); break;
      case "iand": s = s.__iand__(asSet(op)); break;
      case "isub": s = s.__isub__(asSet(op)); break;
      case "ixor": s = s.__ixor__(asSet(op)); break;
      case "difference_update": s.difference_update(items(op)); break;
      case "intersection": s = s.intersection(items(op)); break;
      case "difference": s = s.difference(items(op)); break;
      case "symmetric_difference_update": s.symmetric_difference_update(items(op)); break;
      case "clear": s.clear(); break;
      case "frozen": s = PySet.fromIterable(PyFrozenSet.fromIterable(s)); break;
      case "check": out.push(repr(PyList.fromArray(s.elementArray()))); break;
      default: throw new Error(`unknown op ${op[0]}`);
    }
  }
  return out;
}

