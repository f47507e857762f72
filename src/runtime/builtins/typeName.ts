// The Python type name of a runtime value (`type(v).__name__`), as CPython's error
// messages spell it: 'int', 'float', 'str', 'NoneType', 'list', a class's name.
// Runtime classes declare their Python name as a static `__name__`; emitted
// classes carry the Python class name as their JavaScript name.

import { isPy2 } from "./dialect.js";
import { PyFloat } from "./float.js";
import { PyList } from "./list.js";
import { PyTuple } from "./tuple.js";

// Python 2 calls an int outside the machine word a 'long' (sys.maxint is 2**63-1).
const PY2_LONG_MIN = -(2n ** 63n);
const PY2_LONG_MAX = 2n ** 63n - 1n;

/** True when Python 2 would hold this int as a long (its repr ends in 'L'). */
export function isPy2Long(v: bigint): boolean {
  return v < PY2_LONG_MIN || v > PY2_LONG_MAX;
}

export function typeName(v: unknown): string {
  switch (typeof v) {
    case "number":
      return Number.isInteger(v) ? "int" : "float";
    case "bigint":
      return isPy2() && isPy2Long(v) ? "long" : "int";
    case "string":
      return "str";
    case "boolean":
      return "bool";
    case "function":
      return functionTypeName(v);
    case "object":
      return v === null ? "NoneType" : objectTypeName(v);
    default:
      return `<JavaScript ${typeof v}>`;
  }
}

function objectTypeName(v: object): string {
  if (v instanceof PyFloat) return "float";
  if (v instanceof PyList) return "list";
  if (v instanceof PyTuple) return "tuple";
  const ctor = (v as { constructor?: { __name__?: unknown; name?: string } }).constructor;
  if (ctor === undefined) return "object";
  if (typeof ctor.__name__ === "string") return ctor.__name__;
  return ctor.name || "object";
}

function functionTypeName(f: Function): string {
  // A class is a type; Python names the type of a class 'type' (py2 'classobj' for old-style).
  if (/^class[\s{]/.test(Function.prototype.toString.call(f))) return "type";
  return "function";
}
