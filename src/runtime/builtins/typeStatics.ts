// Static and class methods of the primitive builtin types, read from the type:
// `str.maketrans(...)`, `int.from_bytes(...)`, `float.fromhex(...)`. Found by
// callMethod.ts's builtinTypeAttribute; messages are CPython 3.11's (and 2.7's
// where Python 2 has the method).

import { ByteSequence } from "./bytes.js";
import { isPy2 } from "./dialect.js";
import { OverflowError, TypeError, ValueError } from "./exceptions.js";
import { toFloat, type PyFloat } from "./float.js";
import { normBig, type Int } from "./int.js";
import { isKwargs } from "./kwargs.js";
import { PyDict } from "./dict.js";
import { pyIterator } from "./iterProtocol.js";
import { strLen } from "./strIndex.js";
import { typeName } from "./types.js";
import { objectSetattr } from "./attributes.js";
import { PyUnicode } from "./unicode.js";

type Static = (...args: unknown[]) => unknown;

/** The static method `name` of the primitive type `type` in the running dialect, or undefined. */
export function primitiveStatic(type: string, name: string): Static | undefined {
  if (name === "fromhex" && type === "float") return floatFromhex;
  if (name === "__setattr__" && type === "object") return objectSetattr;
  if (isPy2()) return undefined;
  if (name === "maketrans" && type === "str") return maketrans;
  if (name === "from_bytes" && type === "int") return intFromBytes;
  if (name === "from_bytes" && type === "bool") return (...args: unknown[]) => intFromBytes(...args) !== 0;
  return undefined;
}

/** str.maketrans(x[, y[, z]]): a dict from ordinals to ordinals, strs or None. */
export function maketrans(...args: unknown[]): PyDict {
  if (args.length === 0) throw new TypeError("maketrans expected at least 1 argument, got 0");
  if (args.length > 3) throw new TypeError(`maketrans expected at most 3 arguments, got ${args.length}`);
  const [x, y, z] = args;
  const table = new PyDict();
  if (args.length === 1) {
    if (!(x instanceof PyDict)) throw new TypeError("if you give only one argument to maketrans it must be a dict");
    for (const key of x.keys()) {
      const value = x.__getitem__(key);
      if (typeof key === "string") {
        if (strLen(key) !== 1) throw new ValueError("string keys in translate table must be of length 1");
        table.__setitem__(key.codePointAt(0)!, value);
      } else if (typeof key === "number" && Number.isInteger(key)) {
        table.__setitem__(key, value);
      } else {
        throw new TypeError("keys in translate table must be strings or integers");
      }
    }
    return table;
  }
  if (typeof y !== "string") throw new TypeError(`maketrans() argument 2 must be str, not ${typeName(y)}`);
  if (args.length === 3 && typeof z !== "string") throw new TypeError(`maketrans() argument 3 must be str, not ${typeName(z)}`);
  if (typeof x !== "string") throw new TypeError("first maketrans argument must be a string if there is a second argument");
  const from = Array.from(x);
  const to = Array.from(y);
  if (from.length !== to.length) throw new ValueError("the first two maketrans arguments must have equal length");
  for (let i = 0; i < from.length; i++) table.__setitem__(from[i]!.codePointAt(0)!, to[i]!.codePointAt(0)!);
  if (typeof z === "string") for (const ch of z) table.__setitem__(ch.codePointAt(0)!, null);
  return table;
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False) */
export function intFromBytes(...args: unknown[]): Int {
  const kwargs = args.length > 0 && isKwargs(args[args.length - 1]) ? (args.pop() as Record<string, unknown>) : {};
  const data = args[0] !== undefined ? args[0] : kwargs["bytes"];
  const byteorder = args[1] !== undefined ? args[1] : kwargs["byteorder"] ?? "big";
  const signed = kwargs["signed"] === true;
  if (data === undefined) throw new TypeError("from_bytes() missing required argument 'bytes' (pos 1)");
  if (byteorder !== "big" && byteorder !== "little") {
    if (typeof byteorder !== "string") throw new TypeError(`from_bytes() argument 'byteorder' must be str, not ${typeName(byteorder)}`);
    throw new ValueError("byteorder must be either 'little' or 'big'");
  }
  const bytes = bytesOf(data);
  let v = 0n;
  for (let i = 0; i < bytes.length; i++) v = (v << 8n) | BigInt(bytes[byteorder === "big" ? i : bytes.length - 1 - i]!);
  if (signed && bytes.length > 0 && v >= 1n << BigInt(8 * bytes.length - 1)) v -= 1n << BigInt(8 * bytes.length);
  return normBig(v);
}

function bytesOf(data: unknown): ArrayLike<number> {
  if (data instanceof ByteSequence) return data.data;
  if (typeof data === "string" || typeof data !== "object" || data === null) {
    throw new TypeError(`cannot convert '${typeName(data)}' object to bytes`);
  }
  const out: number[] = [];
  const it = pyIterator(data);
  for (let r = it.next(); !r.done; r = it.next()) {
    const v = r.value as unknown;
    if (typeof v !== "number" || !Number.isInteger(v)) throw new TypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
    if (v < 0 || v > 255) throw new ValueError("bytes must be in range(0, 256)");
    out.push(v);
  }
  return out;
}

const HEX_FLOAT = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?$/;
const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/** float.fromhex(s): the hexadecimal string's exact value, correctly rounded (half to even). */
export function floatFromhex(s: unknown): number | PyFloat {
  const text = s instanceof PyUnicode ? s.text : s;
  if (typeof text !== "string") {
    throw new TypeError(isPy2() ? `expected string or Unicode object, ${typeName(s)} found` : "bad argument type for built-in operation");
  }
  const trimmed = text.replace(/^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g, "");
  const special = SPECIAL.exec(trimmed);
  if (special) {
    const value = special[2]!.toLowerCase() === "nan" ? NaN : Infinity;
    return toFloat(special[1] === "-" ? -value : value);
  }
  const m = HEX_FLOAT.exec(trimmed);
  const whole = m?.[2] ?? "";
  const fraction = m?.[3] ?? "";
  if (!m || whole.length + fraction.length === 0) throw new ValueError("invalid hexadecimal floating-point string");
  const negative = m[1] === "-";
  const mantissa = BigInt("0x" + whole + fraction);
  if (mantissa === 0n) return toFloat(negative ? -0 : 0);
  // value = mantissa * 2**exponent, exactly.
  const exponent = BigInt(m[4] ?? "0") - 4n * BigInt(fraction.length);
  const bits = BigInt(mantissa.toString(2).length);
  const top = bits + exponent; // 2**(top-1) <= value < 2**top
  if (top > 1024n) throw new OverflowError("hexadecimal value too large to represent as a float");
  if (top < -1075n) return toFloat(negative ? -0 : 0);
  // The value's last representable bit: 53 significant bits, or 2**-1074 for subnormals.
  const quantum = top - 53n > -1074n ? top - 53n : -1074n;
  let scaled: bigint;
  if (exponent >= quantum) {
    scaled = mantissa << (exponent - quantum);
  } else {
    const drop = quantum - exponent;
    scaled = mantissa >> drop;
    const rest = mantissa - (scaled << drop);
    const half = 1n << (drop - 1n);
    if (rest > half || (rest === half && (scaled & 1n) === 1n)) scaled += 1n;
  }
  const value = Number(scaled) * 2 ** Number(quantum);
  if (!Number.isFinite(value)) throw new OverflowError("hexadecimal value too large to represent as a float");
  return toFloat(negative ? -value : value);
}
