// Python's hash() and the key rules dicts and sets use. Hashes are CPython's
// 64-bit values for the running dialect (Python 2.7: string hash over the UTF-8
// bytes, long hash mod 2**64-1, the old tuple hash; Python 3.11: ints mod
// 2**61-1, xxHash-style tuples), because dict/set iteration order follows them.
// Python 3 randomises str/bytes hashes, so any deterministic value is faithful.

import { longValue, PyLong } from "./long.js";

/** A Python 2 unicode value (unicode.ts), recognised without importing it. */
function isUnicodeBox(v: unknown): v is { readonly text: string } {
  return (v as { isUnicode?: unknown }).isUnicode === true;
}
import { isPy2 } from "./dialect.js";
import { BaseException, TypeError } from "./exceptions.js";
import { PyFloat } from "./float.js";
import { id, PyObject } from "./object.js";
import { eq } from "./compare.js";
import { typeName } from "./types.js";

/** A 64-bit hash as two unsigned 32-bit halves (the probe sequence needs all 64 bits). */
export interface Hash64 {
  readonly hi: number;
  readonly lo: number;
}

const TWO_32 = 4294967296;
const U64 = (1n << 64n) - 1n;

export function hashFromBigInt(h: bigint): Hash64 {
  const u = BigInt.asUintN(64, h);
  return { hi: Number(u >> 32n), lo: Number(u & 0xffffffffn) };
}

export function hashToBigInt(h: Hash64): bigint {
  return BigInt.asIntN(64, (BigInt(h.hi) << 32n) | BigInt(h.lo));
}

/** A safe integer as a two's complement 64-bit hash. */
function hashFromSafeInt(v: number): Hash64 {
  return { hi: Math.floor(v / TWO_32) >>> 0, lo: v >>> 0 };
}

/** Python's hash(): a signed 64-bit int (a number when it is a safe integer). */
export function hash(value: unknown): number | bigint {
  const h = hashToBigInt(pyHash64(value));
  return h >= BigInt(Number.MIN_SAFE_INTEGER) && h <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(h) : h;
}

/** The dialect's hash of a Python value; TypeError "unhashable type: 'list'". */
export function pyHash64(value: unknown): Hash64 {
  switch (typeof value) {
    case "number":
      return Number.isInteger(value) ? intHash(value) : floatHash(value);
    case "string":
      return stringHash(value);
    case "boolean":
      return hashFromSafeInt(value ? 1 : 0);
    case "bigint":
      return bigIntHash(value);
    case "undefined":
      return identityHash(null);
    case "function":
      return identityHash(value);
  }
  if (value === null) return identityHash(null);
  if (value instanceof PyFloat) return floatHash(value.value);
  if (value instanceof PyLong) return pyHash64(longValue(value));
  if (isUnicodeBox(value)) return stringHash(value.text);
  const method = (value as any).__hash__;
  if (method === null || method === undefined || (value instanceof PyObject && !isPy2() && definesEqWithoutHash(value))) {
    throw new TypeError(`unhashable type: '${typeName(value)}'`);
  }
  return intResultHash(method.call(value));
}

/** A `__hash__` result (any Python int) reduced the way CPython reduces it. */
function intResultHash(h: unknown): Hash64 {
  if (typeof h === "number" && Number.isInteger(h)) return intHash(h);
  if (typeof h === "bigint") {
    if (h >= -(1n << 63n) && h < 1n << 63n) return hashFromBigInt(h === -1n ? -2n : h);
    return bigIntHash(h);
  }
  if (typeof h === "boolean") return hashFromSafeInt(h ? 1 : 0);
  throw new TypeError(isPy2() ? "__hash__() should return an int" : "__hash__ method should return an integer");
}

function intHash(v: number): Hash64 {
  return hashFromSafeInt(v === -1 ? -2 : v);
}

/**
 * An int beyond the safe range. Python 3: sign * (|v| mod 2**61-1). Python 2: ints
 * up to sys.maxint hash to themselves and longs to |v| mod 2**64-1 with the sign
 * applied (CPython 2.7 long_hash); both come out of the same formula.
 */
function bigIntHash(v: bigint): Hash64 {
  const negative = v < 0n;
  const magnitude = negative ? -v : v;
  if (isPy2()) {
    // long_hash's loop keeps x in [1, 2**64-1] for a non-zero value.
    let x = magnitude % U64;
    if (x === 0n && magnitude !== 0n) x = U64;
    if (negative) x = -x;
    let u = BigInt.asUintN(64, x);
    if (u === U64) u = U64 - 1n;
    return hashFromBigInt(u);
  }
  let x = magnitude % MODULUS;
  if (negative) x = -x;
  if (x === -1n) x = -2n;
  return hashFromBigInt(x);
}

const MODULUS = (1n << 61n) - 1n;
const HASH_BITS = 61n;

/** CPython _Py_HashDouble: an integral float hashes like the equal int. */
function floatHash(x: number): Hash64 {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return hashFromSafeInt(0);
    return hashFromSafeInt(x > 0 ? 314159 : isPy2() ? -271828 : -314159);
  }
  if (Number.isInteger(x)) {
    return Number.isSafeInteger(x) ? intHash(x === 0 ? 0 : x) : bigIntHash(BigInt(x));
  }
  return isPy2() ? floatHash2(x) : floatHash3(x);
}

/** Python 2.7: the top 31 bits, the next 31 bits and the exponent, added. */
function floatHash2(x: number): Hash64 {
  const [mantissa, exponent] = frexp(x);
  let v = mantissa * 2147483648;
  const hipart = Math.trunc(v);
  v = (v - hipart) * 2147483648;
  const h = hipart + Math.trunc(v) + exponent * 32768;
  return hashFromSafeInt(h === -1 ? -2 : h);
}

/** Python 3: the float's exact value reduced modulo 2**61-1. */
function floatHash3(value: number): Hash64 {
  let [m, e] = frexp(value);
  let sign = 1n;
  if (m < 0) {
    sign = -1n;
    m = -m;
  }
  let x = 0n;
  while (m !== 0) {
    x = ((x << 28n) & MODULUS) | (x >> (HASH_BITS - 28n));
    m *= 268435456;
    e -= 28;
    const y = Math.trunc(m);
    m -= y;
    x += BigInt(y);
    if (x >= MODULUS) x -= MODULUS;
  }
  const shift = BigInt(e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61));
  x = ((x << shift) & MODULUS) | (x >> (HASH_BITS - shift));
  x = x * sign;
  if (x === -1n) x = -2n;
  return hashFromBigInt(x);
}

const frexpView = new DataView(new ArrayBuffer(8));

/** C frexp: x = m * 2**e with 0.5 <= |m| < 1 (x finite and non-zero). */
export function frexp(x: number): [number, number] {
  frexpView.setFloat64(0, x);
  let biased = (frexpView.getUint16(0) >>> 4) & 0x7ff;
  let scale = 0;
  if (biased === 0) {
    // Subnormal: scale into the normal range first.
    frexpView.setFloat64(0, x * 2 ** 64);
    biased = (frexpView.getUint16(0) >>> 4) & 0x7ff;
    scale = 64;
  }
  const e = biased - 1022 - scale;
  return [x / 2 ** e, e];
}

const utf8 = new TextEncoder();

/** CPython 2.7 string_hash (hash randomisation off) over the str's bytes (UTF-8). */
function stringHash(s: string): Hash64 {
  if (s.length === 0) return { hi: 0, lo: 0 };
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) return bytesHash(s, s.length, (i) => s.charCodeAt(i));
  // Python 2: a str is bytes (one char each) and unicode hashes its code points the same way.
  if (isPy2()) {
    const units = Array.from(s, (ch) => ch.codePointAt(0)!);
    return bytesHash(units, units.length, (i) => units[i]!);
  }
  return bytesHashOf(utf8.encode(s));
}

/** The same hash over raw bytes (PyBytes; Python 3 randomises it anyway). */
export function bytesHashOf(bytes: Uint8Array): Hash64 {
  if (bytes.length === 0) return { hi: 0, lo: 0 };
  return bytesHash(bytes, bytes.length, (i) => bytes[i]!);
}

/** x = (1000003 * x) ^ byte over 64-bit x, in 32-bit halves (lo * 1000003 < 2**53 is exact). */
function bytesHash(_source: unknown, length: number, byteAt: (i: number) => number): Hash64 {
  let hi = 0;
  let lo = (byteAt(0) << 7) >>> 0;
  for (let i = 0; i < length; i++) {
    const product = lo * 1000003;
    const carry = Math.floor(product / TWO_32);
    hi = (Math.imul(hi, 1000003) + carry) >>> 0;
    lo = (product >>> 0) ^ byteAt(i);
    lo >>>= 0;
  }
  lo = (lo ^ length) >>> 0;
  if (hi === 0xffffffff && lo === 0xffffffff) lo = 0xfffffffe;
  return { hi, lo };
}

function identityHash(value: unknown): Hash64 {
  return hashFromSafeInt(Math.floor(id(value) / 16));
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** Tuple hash: CPython 2.7 tuplehash, or 3.11's xxHash-based one. */
export function tupleHash(items: ArrayLike<unknown>): bigint {
  const n = items.length;
  if (isPy2()) {
    let x = 0x345678n;
    let mult = 1000003n;
    for (let i = 0; i < n; i++) {
      const y = hashToBigInt(pyHash64(items[i]));
      x = BigInt.asIntN(64, (x ^ y) * mult);
      mult = BigInt.asIntN(64, mult + 82520n + BigInt(2 * (n - 1 - i)));
    }
    x = BigInt.asIntN(64, x + 97531n);
    return x === -1n ? -2n : x;
  }
  let acc = XXPRIME_5;
  for (let i = 0; i < n; i++) {
    const lane = BigInt.asUintN(64, hashToBigInt(pyHash64(items[i])));
    acc = BigInt.asUintN(64, acc + lane * XXPRIME_2);
    acc = BigInt.asUintN(64, (acc << 31n) | (acc >> 33n));
    acc = BigInt.asUintN(64, acc * XXPRIME_1);
  }
  acc = BigInt.asUintN(64, acc + (BigInt(n) ^ (XXPRIME_5 ^ 3527539n)));
  if (acc === U64) return 1546275796n;
  return BigInt.asIntN(64, acc);
}

/** frozenset hash from its entries' hashes (CPython 2.7 / 3.11 frozenset_hash). */
export function frozensetHash(entryHashes: Iterable<Hash64>, size: number): bigint {
  if (isPy2()) {
    let h = BigInt.asIntN(64, 1927868237n * BigInt(size + 1));
    for (const entry of entryHashes) {
      const e = hashToBigInt(entry);
      h = BigInt.asIntN(64, h ^ BigInt.asIntN(64, (e ^ BigInt.asIntN(64, e << 16n) ^ 89869747n) * 3644798167n));
    }
    h = BigInt.asIntN(64, h * 69069n + 907133923n);
    return h === -1n ? 590923713n : h;
  }
  let h = 0n;
  for (const entry of entryHashes) {
    const e = BigInt.asUintN(64, hashToBigInt(entry));
    h ^= BigInt.asUintN(64, (e ^ 89869747n ^ BigInt.asUintN(64, e << 16n)) * 3644798167n);
  }
  h ^= BigInt.asUintN(64, (BigInt(size) + 1n) * 1927868237n);
  h ^= (h >> 11n) ^ (h >> 25n);
  h = BigInt.asUintN(64, h * 69069n + 907133923n);
  if (h === U64) h = 590923713n;
  return BigInt.asIntN(64, h);
}

/** Marks a key that must be found by hash and equality (tuples, frozensets, objects with `__eq__`). */
export const HASHED_KEY: unique symbol = Symbol("hashed key");

/**
 * The JavaScript Map key standing for a Python dict/set key whose equality is
 * plain value equality: `1`, `1.0` and `True` all give `1`; objects compared by
 * identity give themselves. Anything else gives HASHED_KEY: the caller hashes it
 * (which raises TypeError "unhashable type" for lists, dicts, sets).
 */
export function simpleKey(value: unknown): unknown {
  switch (typeof value) {
    case "string":
    case "number":
    case "bigint":
    case "function":
      return value;
    case "boolean":
      return value ? 1 : 0;
    case "undefined":
      return null;
  }
  if (value === null) return null;
  if (value instanceof PyLong) return longValue(value);
  // u'abc' is the key 'abc'; non-ASCII unicode never equals a byte string (U+FFFF marks it).
  if (isUnicodeBox(value)) return /^[\x00-\x7f]*$/.test(value.text) ? value.text : "\uffff" + value.text;
  if (value instanceof PyFloat) {
    const v = value.value;
    return Number.isSafeInteger(v) || !Number.isFinite(v) ? v + 0 : BigInt(v);
  }
  if (hasIdentityEquality(value as object)) return value;
  // The caller computes pyHash64, which raises TypeError for unhashable values.
  return HASHED_KEY;
}

/** True when the object keeps object's (or BaseException's) __eq__ and __hash__: identity is its equality. */
function hasIdentityEquality(value: object): boolean {
  const v = value as any;
  const base = value instanceof PyObject ? PyObject : value instanceof BaseException ? BaseException : null;
  return base !== null && v.__eq__ === base.prototype.__eq__ && v.__hash__ === base.prototype.__hash__;
}

/**
 * Python 3 sets `__hash__ = None` in a class that defines `__eq__` without
 * `__hash__`, so its instances (and its subclasses' that define neither) are
 * unhashable: the nearer definition along the class chain decides.
 */
function definesEqWithoutHash(value: object): boolean {
  for (let p = Object.getPrototypeOf(value); p !== null; p = Object.getPrototypeOf(p)) {
    if (Object.prototype.hasOwnProperty.call(p, "__hash__")) return false;
    if (Object.prototype.hasOwnProperty.call(p, "__eq__")) return true;
  }
  return false;
}

/** Key equality in dicts and sets: identity first, then `==` (CPython PyObject_RichCompareBool). */
export function keysEqual(a: unknown, b: unknown): boolean {
  return a === b || eq(a, b);
}
