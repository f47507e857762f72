// repr/str/truthiness/type names for the messages the process runtime formats.
// TODO(procs): builtins' repr, str, truthy and type names (branches values-num and
// values-obj) have not landed yet; these minimal versions cover the values our
// messages contain (str, int, float, None, bool, runtime objects with __repr__).
// Replace them with re-exports of builtins' functions when they land.

import { isPy2 } from "../builtins/dialect.js";
import { PyFloat } from "../builtins/float.js";
import { PyTuple } from "../builtins/tuple.js";

/** Python's repr of a str: single quotes unless it contains ' and no ". */
export function reprString(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += "\\x" + code.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + quote;
}

export function pyRepr(v: unknown): string {
  if (v === null || v === undefined) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "string") return reprString(v);
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : floatRepr(v);
  if (typeof v === "bigint") return String(v) + (isPy2() ? "L" : "");
  if (v instanceof PyFloat) return floatRepr(v.value);
  const repr = (v as { __repr__?: () => string }).__repr__;
  if (typeof repr === "function") return repr.call(v);
  if (v instanceof PyTuple) return v.length === 1 ? `(${pyRepr(v[0])},)` : `(${v.map(pyRepr).join(", ")})`;
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(", ")}]`;
  return String(v);
}

export function pyStr(v: unknown): string {
  if (typeof v === "string") return v;
  const str = (v as { __str__?: () => string } | null)?.__str__;
  if (typeof str === "function") return str.call(v);
  return pyRepr(v);
}

function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return x.toFixed(1);
  return String(x).replace(/e\+?/, "e+").replace("e+-", "e-");
}

export function truthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === 0n || v === "") return false;
  if (v instanceof PyFloat) return v.value !== 0;
  if (Array.isArray(v)) return v.length > 0;
  const bool = (v as { __bool__?: () => boolean }).__bool__;
  if (typeof bool === "function") return bool.call(v);
  const len = (v as { __len__?: () => number }).__len__;
  if (typeof len === "function") return len.call(v) !== 0;
  return true;
}

/** Python's type name of a value ("int", "str", "NoneType", ...). */
export function typeName(v: unknown): string {
  if (v === null || v === undefined) return "NoneType";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "number") return Number.isInteger(v) ? "int" : "float";
  if (typeof v === "bigint") return isPy2() ? "long" : "int";
  if (typeof v === "string") return "str";
  if (v instanceof PyFloat) return "float";
  if (typeof v === "function") return "function";
  return (v as object).constructor?.name ?? "object";
}
