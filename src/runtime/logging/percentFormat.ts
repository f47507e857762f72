// TEMPORARY stand-in for values-num's builtins/percentFormat.ts (same export),
// which replaces it when it lands: `fmt % values` for the conversions logging
// formats use (s r d i f F %, flags, width, precision, `%(key)s` mappings).
// Anything else is a clear NotImplementedError rather than different output.

import { NotImplementedError, TypeError, ValueError } from "../builtins/exceptions.js";
import { PyFloat } from "../builtins/float.js";
import { repr, str } from "../builtins/repr.js";
import { PyTuple } from "../builtins/tuple.js";
import { typeName } from "../builtins/types.js";

const SPEC = /%(?:\(([^)]*)\))?([#0\- +]*)(\d+|\*)?(?:\.(\d+))?([a-zA-Z%])?/g;

function isMapping(v: unknown): boolean {
  return v !== null && typeof v === "object" && !(v instanceof PyTuple) && !(v instanceof PyFloat) && typeof (v as { __getitem__?: unknown }).__getitem__ === "function" && !Array.isArray(v);
}

function numberOf(v: unknown, code: string): number | bigint {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyFloat) return v.value;
  throw new TypeError(`%${code} format: a real number is required, not ${typeName(v)}`);
}

function pad(text: string, flags: string, width: number, numeric: boolean): string {
  if (text.length >= width) return text;
  if (flags.includes("-")) return text.padEnd(width);
  if (numeric && flags.includes("0")) {
    const sign = text[0] === "-" || text[0] === "+" || text[0] === " " ? text[0] : "";
    return sign + text.slice(sign.length).padStart(width - sign.length, "0");
  }
  return text.padStart(width);
}

function convert(v: unknown, code: string, flags: string, precision: number | null): string {
  switch (code) {
    case "s":
    case "r": {
      const text = code === "s" ? str(v) : repr(v);
      return precision === null ? text : text.slice(0, precision);
    }
    case "d":
    case "i": {
      const n = numberOf(v, code);
      const whole = typeof n === "bigint" ? n.toString() : String(Math.trunc(n));
      return (flags.includes("+") && !whole.startsWith("-") ? "+" : "") + whole;
    }
    case "f":
    case "F": {
      const n = Number(numberOf(v, code));
      if (!Number.isFinite(n) || Math.abs(n) >= 1e21) throw new NotImplementedError("py2ts-mp's interim %-formatting does not support this float");
      const text = n.toFixed(precision ?? 6);
      return (flags.includes("+") && n >= 0 ? "+" : "") + text;
    }
    default:
      throw new NotImplementedError(`py2ts-mp's interim %-formatting does not support %${code}`);
  }
}

/** `fmt % values`: a tuple supplies the arguments, a mapping the `%(key)s` lookups, anything else is one argument. */
export function percentFormat(fmt: string, values: unknown): string {
  const tuple = values instanceof PyTuple ? values : null;
  const mapping = tuple === null && isMapping(values) ? (values as { __getitem__(k: unknown): unknown }) : null;
  const args: readonly unknown[] = tuple ?? [values];
  let next = 0;
  const out = fmt.replace(SPEC, (whole, key: string | undefined, flags: string, width: string | undefined, precision: string | undefined, code: string | undefined) => {
    if (code === undefined) throw new ValueError("incomplete format");
    if (code === "%" && key === undefined) return "%";
    if (width === "*") throw new NotImplementedError("py2ts-mp's interim %-formatting does not support '*' widths");
    let value: unknown;
    if (key !== undefined) {
      if (mapping === null) throw new TypeError("format requires a mapping");
      value = mapping.__getitem__(key);
    } else {
      if (next >= args.length) throw new TypeError("not enough arguments for format string");
      value = args[next++];
    }
    void whole;
    const text = convert(value, code, flags, precision === undefined ? null : Number(precision));
    return pad(text, flags, width === undefined ? 0 : Number(width), code !== "s" && code !== "r");
  });
  if (mapping === null && next < args.length) throw new TypeError("not all arguments converted during string formatting");
  return out;
}
