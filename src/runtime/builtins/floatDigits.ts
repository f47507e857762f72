// Decimal digits of a double, as CPython's dtoa produces them: the shortest
// round-trip digits (repr), or the exact value rounded half-even to a number of
// significant digits or of places after the point (%e, %f, %g, format, round).
// Digits use dtoa's convention: |x| = 0.d1d2...dn × 10**decpt, no trailing zeros.

export interface Digits {
  /** Significant digits without trailing zeros; "0" for zero. */
  readonly digits: string;
  /** Position of the decimal point relative to the first digit. */
  readonly decpt: number;
}

const ZERO: Digits = { digits: "0", decpt: 1 };

// Below this a double has fewer than 53 significant bits (subnormal).
const MIN_NORMAL = 2 ** -1022;

/** Shortest digits that round-trip to |x| (finite x), like repr(). */
export function shortestDigits(x: number): Digits {
  if (x === 0) return ZERO;
  // V8's Number#toString yields the shortest round-trip digits, choosing the
  // closest candidate, as David Gay's mode 0 does.
  const s = String(Math.abs(x));
  const e = s.indexOf("e");
  const mantissa = e < 0 ? s : s.slice(0, e);
  const exp10 = e < 0 ? 0 : Number(s.slice(e + 1));
  const dot = mantissa.indexOf(".");
  const intPart = dot < 0 ? mantissa : mantissa.slice(0, dot);
  const all = dot < 0 ? mantissa : intPart + mantissa.slice(dot + 1);
  // Strip leading zeros (0.00123) while moving the point, then trailing zeros.
  let lead = 0;
  while (lead < all.length - 1 && all[lead] === "0") lead++;
  const digits = stripTrailingZeros(all.slice(lead));
  return { digits, decpt: intPart.length - lead + exp10 };
}

function stripTrailingZeros(s: string): string {
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
  return s.slice(0, end);
}

/** The exact decimal expansion of |x| (finite x). A double is m·2**e exactly. */
export function exactDigits(x: number): Digits {
  if (x === 0) return ZERO;
  const { mantissa, exponent } = decompose(Math.abs(x));
  if (exponent >= 0) {
    const s = (mantissa << BigInt(exponent)).toString();
    return { digits: stripTrailingZeros(s), decpt: s.length };
  }
  // m·2**-k = m·5**k / 10**k.
  const k = -exponent;
  const s = (mantissa * 5n ** BigInt(k)).toString();
  return { digits: stripTrailingZeros(s), decpt: s.length - k };
}

const scratch = new DataView(new ArrayBuffer(8));

/** Splits a positive finite double into an integer mantissa and binary exponent. */
export function decompose(x: number): { mantissa: bigint; exponent: number } {
  scratch.setFloat64(0, x);
  const hi = scratch.getUint32(0);
  const lo = scratch.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const fraction = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mantissa: fraction, exponent: -1074 };
  return { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}

/**
 * Rounds digits half-even to keep `keep` digits (keep may be <= 0, meaning the
 * value rounds at or above its first digit).
 */
export function roundDigits(d: Digits, keep: number): Digits {
  const { digits, decpt } = d;
  if (keep >= digits.length) return d;
  if (keep < 0) return ZERO;
  // Decide whether to round up from the first dropped digit and what follows it.
  const first = digits.charCodeAt(keep) - 48;
  let up: boolean;
  if (first !== 5) up = first > 5;
  else if (keep + 1 < digits.length) up = true; // digits has no trailing zeros, so the rest is nonzero
  else up = keep > 0 && (digits.charCodeAt(keep - 1) - 48) % 2 === 1; // exact tie: to even (0 is even)
  let kept = digits.slice(0, keep);
  if (!up) return kept === "" ? ZERO : { digits: stripTrailingZeros(kept), decpt };
  // Add one unit in the last kept place, carrying through nines.
  let i = keep - 1;
  while (i >= 0 && kept.charCodeAt(i) === 57) i--;
  if (i < 0) return { digits: "1", decpt: decpt + 1 };
  kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
  return { digits: kept, decpt };
}

/** Python 2's round() rounds exact ties away from zero instead of to even. */
export function roundDigitsHalfUp(d: Digits, keep: number): Digits {
  const { digits, decpt } = d;
  if (keep >= digits.length) return d;
  if (keep < 0) return ZERO;
  if (digits.charCodeAt(keep) - 48 >= 5) {
    let i = keep - 1;
    while (i >= 0 && digits.charCodeAt(i) === 57) i--;
    if (i < 0) return { digits: "1", decpt: decpt + 1 };
    return { digits: digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1), decpt };
  }
  const kept = digits.slice(0, keep);
  return kept === "" ? ZERO : { digits: stripTrailingZeros(kept), decpt };
}

/** |x| rounded half-even to `sig` significant digits (sig >= 1). */
export function significantDigits(x: number, sig: number): Digits {
  if (x === 0) return ZERO;
  // Shortest digits are the correctly rounded result when they fit: they lie
  // within half an ulp of x, far inside half a unit of the 15th digit.
  if (sig <= 15 && Math.abs(x) >= MIN_NORMAL) {
    const short = shortestDigits(x);
    if (short.digits.length <= sig) return short;
  }
  return roundDigits(exactDigits(x), sig);
}

/** |x| rounded half-even to `places` digits after the decimal point (places may be negative). */
export function fixedDigits(x: number, places: number): Digits {
  if (x === 0) return ZERO;
  const abs = Math.abs(x);
  // The same shortcut when the shortest digits end before the rounding place and
  // an ulp of x is far below a unit there (ulp <= |x|·2**-52).
  if (places >= 0 && places <= 22 && abs < 2 ** 52 / 10 ** places) {
    const short = shortestDigits(abs);
    if (short.digits.length - short.decpt <= places) return short;
  }
  const exact = exactDigits(abs);
  return roundDigits(exact, exact.decpt + places);
}
