// Methods of int, bool and float values (`n.bit_length()`, `x.is_integer()`,
// `x.hex()`), called through callMethod when the receiver's type is unknown at
// compile time, or directly by emitted code.

import { isPy2 } from "./dialect.js";
import { OverflowError, ValueError } from "./exceptions.js";
import { toFloat, type PyFloat } from "./float.js";
import { decompose } from "./floatDigits.js";
import { PyBytes } from "./bytes.js";
import { intBitLength, normBig, toBigInt, type Int } from "./int.js";
import { indexValue } from "./numberConvert.js";
import { PyTuple } from "./tuple.js";

/** int.bit_count(): the number of one bits in |n| (Python 3.10+). */
export function intBitCount(n: Int): number {
  let v = typeof n === "bigint" ? (n < 0n ? -n : n) : BigInt(Math.abs(n));
  let count = 0;
  while (v > 0n) {
    count += Number(v & 1n);
    v >>= 1n;
  }
  return count;
}

/** float.hex(): '0x1.8000000000000p+0' */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x < 0 ? "-inf" : "inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (x === 0) return sign + "0x0.0p+0";
  const { mantissa, exponent } = decompose(Math.abs(x));
  const subnormal = mantissa < 1n << 52n;
  const fraction = (mantissa & ((1n << 52n) - 1n)).toString(16).padStart(13, "0");
  const e = subnormal ? -1022 : exponent + 52;
  return `${sign}0x${subnormal ? 0 : 1}.${fraction}p${e < 0 ? "-" : "+"}${Math.abs(e)}`;
}

/** float.as_integer_ratio(): the exact value as a reduced fraction. */
export function floatAsIntegerRatio(x: number): PyTuple<Int> {
  if (Number.isNaN(x)) throw new ValueError(isPy2() ? "Cannot pass NaN to float.as_integer_ratio." : "cannot convert NaN to integer ratio");
  if (!Number.isFinite(x)) {
    throw new OverflowError(isPy2() ? "Cannot pass infinity to float.as_integer_ratio." : "cannot convert Infinity to integer ratio");
  }
  if (x === 0) return PyTuple.of<Int>(0, 1);
  let { mantissa, exponent } = decompose(Math.abs(x));
  while (exponent < 0 && (mantissa & 1n) === 0n) {
    mantissa >>= 1n;
    exponent++;
  }
  const numerator = exponent >= 0 ? mantissa << BigInt(exponent) : mantissa;
  const denominator = exponent >= 0 ? 1n : 1n << BigInt(-exponent);
  return PyTuple.of(normBig(x < 0 ? -numerator : numerator), normBig(denominator));
}

type Method = (self: any, ...args: any[]) => unknown;

/** int (and bool) methods by Python name. */
export const intMethods: Record<string, Method> = {
  bit_length: (n: Int) => intBitLength(n),
  conjugate: (n: Int) => n,
  __index__: (n: Int) => n,
  __int__: (n: Int) => n,
};

/** Methods that exist only in Python 3 (and since which version, all <= 3.11). */
export const intMethodsPy3: Record<string, Method> = {
  bit_count: (n: Int) => intBitCount(n),
  as_integer_ratio: (n: Int) => PyTuple.of(n, 1),
  to_bytes: intToBytes,
};

/** int.to_bytes(length=1, byteorder='big', *, signed=False) */
export function intToBytes(n: Int, length: unknown = 1, byteorder: unknown = "big", signed: unknown = false): PyBytes {
  const size = Number(indexValue(length));
  if (size < 0) throw new ValueError("length argument must be non-negative");
  if (byteorder !== "big" && byteorder !== "little") throw new ValueError("byteorder must be either 'little' or 'big'");
  let v = toBigInt(n);
  if (v < 0n) {
    if (signed !== true) throw new OverflowError("can't convert negative int to unsigned");
    v += 1n << BigInt(8 * size);
  }
  const fits = signed === true ? toBigInt(n) >= -(1n << BigInt(8 * size - 1)) && toBigInt(n) < 1n << BigInt(8 * size - 1) : v < 1n << BigInt(8 * size);
  if (!fits || v < 0n) throw new OverflowError("int too big to convert");
  const bytes = new Array<number>(size);
  for (let i = size - 1; i >= 0; i--) {
    bytes[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return PyBytes.ofArray(byteorder === "big" ? bytes : bytes.reverse());
}

/** float methods by Python name. */
export const floatMethods: Record<string, Method> = {
  is_integer: (x: number) => Number.isInteger(x),
  hex: (x: number) => floatHex(x),
  as_integer_ratio: (x: number) => floatAsIntegerRatio(x),
  conjugate: (x: number): number | PyFloat => toFloat(x),
  __float__: (x: number): number | PyFloat => toFloat(x),
};

/** The int method of this name in the running dialect, or undefined. */
export function intMethod(name: string): Method | undefined {
  if (Object.prototype.hasOwnProperty.call(intMethods, name)) return intMethods[name];
  if (!isPy2() && Object.prototype.hasOwnProperty.call(intMethodsPy3, name)) return intMethodsPy3[name];
  return undefined;
}

export function floatMethod(name: string): Method | undefined {
  return Object.prototype.hasOwnProperty.call(floatMethods, name) ? floatMethods[name] : undefined;
}
