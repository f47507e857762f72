// TEMPORARY stand-in written on branch values-obj so its containers can print;
// values-num owns the real repr()/str() dispatch and replaces this file (same
// exported names). Covers only None, bool, int, float, str and objects with
// __repr__/__str__, plus CPython's Py_ReprEnter/Py_ReprLeave recursion guard.

import { PyFloat } from "./float.js";
import { isPy2 } from "./dialect.js";
import { addressOf } from "./object.js";
import { isTypeObject, typeRepr, typeStr } from "./types.js";

export function repr(v: unknown): string {
  if (v === null || v === undefined) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : floatRepr(v);
  if (typeof v === "bigint") return String(v);
  if (typeof v === "string") return strRepr(v);
  if (v instanceof PyFloat) return floatRepr(v.value);
  if (typeof v === "function") return isTypeObject(v) ? typeRepr(v) : `<function ${v.name} at ${addressOf(v)}>`;
  if (typeof (v as any).__repr__ === "function") return (v as any).__repr__();
  return String(v);
}

export function str(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "function" && isTypeObject(v)) return typeStr(v);
  if (v !== null && typeof v === "object" && typeof (v as any).__str__ === "function") return (v as any).__str__();
  return repr(v);
}

function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (Object.is(x, -0)) return "-0.0";
  if (x === 0) return "0.0";
  const abs = Math.abs(x);
  if (abs >= 1e16 || abs < 1e-4) {
    const [mantissa, exponent] = x.toExponential().split("e");
    const e = Number(exponent);
    return `${mantissa}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  const s = String(x);
  return Number.isInteger(x) ? s + ".0" : s;
}

function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = "";
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += "\\x" + code.toString(16).padStart(2, "0");
    else out += ch;
  }
  return (isPy2() && /[^\x00-\x7f]/.test(s) ? "u" : "") + quote + out + quote;
}

const reprInProgress = new Set<object>();

/** CPython's Py_ReprEnter: false when `obj` is already being repr'd further up the stack. */
export function reprEnter(obj: object): boolean {
  if (reprInProgress.has(obj)) return false;
  reprInProgress.add(obj);
  return true;
}

export function reprLeave(obj: object): void {
  reprInProgress.delete(obj);
}
