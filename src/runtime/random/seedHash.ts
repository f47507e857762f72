// The hash() values CPython's seed() falls back on for non-int seeds: Python 2's
// str hash (unrandomised FNV-style, Objects/stringobject.c) and float hash, and
// Python 3's float hash (modulo 2**61 - 1, Python/pyhash.c). Results are the C
// value as an unsigned 64-bit integer, which is what seed() uses.

const MASK64 = (1n << 64n) - 1n;

/** A signed 64-bit hash -1 becomes -2 in C; the result is taken unsigned. */
function unsigned(x: bigint): bigint {
  x = BigInt.asIntN(64, x);
  if (x === -1n) x = -2n;
  return x & MASK64;
}

/** Python 2.7 string_hash over the bytes of a str (hash randomisation off, the default). */
export function py2StringHash(bytes: Uint8Array): bigint {
  if (bytes.length === 0) return 0n;
  let x = BigInt(bytes[0]!) << 7n;
  for (const b of bytes) x = BigInt.asIntN(64, (1000003n * x) ^ BigInt(b));
  x ^= BigInt(bytes.length);
  return unsigned(x);
}

/** Python 2.7 long_hash: |v| modulo 2**64 - 1, with v's sign. */
function py2LongHash(v: bigint): bigint {
  const magnitude = (v < 0n ? -v : v) % MASK64;
  return unsigned(v < 0n ? -magnitude : magnitude);
}

/** Python 2.7 _Py_HashDouble. */
export function py2FloatHash(v: number): bigint {
  if (!Number.isFinite(v)) return unsigned(Number.isNaN(v) ? 0n : v < 0 ? -271828n : 314159n);
  if (Number.isInteger(v)) {
    // Integral floats hash like the equal int (a C long, or a Python long beyond LONG_MAX/2).
    if (Math.abs(v) > 2 ** 62) return py2LongHash(BigInt(v));
    return unsigned(BigInt(v));
  }
  const { mantissa, exponent } = frexp(v);
  let m = mantissa * 2147483648;
  const hipart = Math.trunc(m);
  m = (m - hipart) * 2147483648;
  return unsigned(BigInt(hipart) + BigInt(Math.trunc(m)) + (BigInt(exponent) << 15n));
}

const MODULUS = (1n << 61n) - 1n;

/** Python 3 float hash: |v| as a fraction reduced modulo 2**61 - 1, with v's sign (finite v). */
export function py3FloatHash(v: number): bigint {
  if (v === Infinity) return 314159n;
  if (v === -Infinity) return unsigned(-314159n);
  const { mantissa, exponent } = frexp(Math.abs(v));
  // |v| = n * 2**(exponent - 53) with n a 53-bit integer; 2**61 = 1 (mod 2**61 - 1).
  const n = BigInt(mantissa * 2 ** 53);
  let e = (exponent - 53) % 61;
  if (e < 0) e += 61;
  const x = ((n % MODULUS) << BigInt(e)) % MODULUS;
  return unsigned(v < 0 ? -x : x);
}

/** C's frexp for finite non-zero v: v = mantissa * 2**exponent, 0.5 <= |mantissa| < 1. */
function frexp(v: number): { mantissa: number; exponent: number } {
  if (v === 0) return { mantissa: v, exponent: 0 };
  if (Math.abs(v) < 2 ** -1000) {
    const scaled = frexp(v * 2 ** 64);
    return { mantissa: scaled.mantissa, exponent: scaled.exponent - 64 };
  }
  let exponent = Math.floor(Math.log2(Math.abs(v))) + 1;
  let mantissa = v * 2 ** -exponent;
  // log2 can be off by one near powers of two; settle it exactly.
  while (Math.abs(mantissa) < 0.5) {
    mantissa *= 2;
    exponent -= 1;
  }
  while (Math.abs(mantissa) >= 1) {
    mantissa /= 2;
    exponent += 1;
  }
  return { mantissa, exponent };
}
