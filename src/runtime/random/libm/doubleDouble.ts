// Double-double arithmetic: an unevaluated sum hi + lo of two doubles carries
// about 106 significant bits. The libm functions here evaluate in it and round
// once at the end, which gives the correctly rounded double that glibc's libm
// (what CPython calls) returns. Algorithms: Dekker's and Knuth's error-free
// transformations (TwoSum, TwoProduct via Veltkamp splitting).

export interface DD {
  readonly hi: number;
  readonly lo: number;
}

export function dd(hi: number, lo = 0): DD {
  return { hi, lo };
}

/** a + b exactly, as hi + lo (Knuth's TwoSum). */
export function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return { hi: s, lo: a - (s - bb) + (b - bb) };
}

/** a + b exactly, when |a| >= |b| or a is 0. */
function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return { hi: s, lo: b - (s - a) };
}

const SPLITTER = 134217729; // 2^27 + 1

/** a * b exactly, as hi + lo (Dekker's product; valid while |a|, |b| < 2^996). */
export function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return { hi: p, lo: ah * bh - p + ah * bl + al * bh + al * bl };
}

export function add(a: DD, b: DD): DD {
  const s = twoSum(a.hi, b.hi);
  const t = twoSum(a.lo, b.lo);
  let r = quickTwoSum(s.hi, s.lo + t.hi);
  r = quickTwoSum(r.hi, r.lo + t.lo);
  return r;
}

export function neg(a: DD): DD {
  return { hi: -a.hi, lo: -a.lo };
}

export function sub(a: DD, b: DD): DD {
  return add(a, neg(b));
}

export function mul(a: DD, b: DD): DD {
  const p = twoProd(a.hi, b.hi);
  return quickTwoSum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

export function mulNumber(a: DD, b: number): DD {
  const p = twoProd(a.hi, b);
  return quickTwoSum(p.hi, p.lo + a.lo * b);
}

export function div(a: DD, b: DD): DD {
  // Long division in two steps, each remainder exact enough for ~106 bits.
  const q1 = a.hi / b.hi;
  let r = sub(a, mulNumber(b, q1));
  const q2 = r.hi / b.hi;
  r = sub(r, mulNumber(b, q2));
  const q3 = r.hi / b.hi;
  const q = quickTwoSum(q1, q2);
  return add(q, dd(q3));
}

/** Multiplies by a power of two (exact while no overflow or underflow). */
export function scale(a: DD, powerOfTwo: number): DD {
  return { hi: a.hi * powerOfTwo, lo: a.lo * powerOfTwo };
}

export function sqrt(a: DD): DD {
  if (a.hi <= 0) return dd(Math.sqrt(a.hi));
  // One Newton step from the double square root doubles its precision.
  const s = Math.sqrt(a.hi);
  const r = sub(a, twoProd(s, s));
  return quickTwoSum(s, r.hi / (2 * s));
}

/** The double nearest to hi + lo (hi is already that double after normalisation). */
export function toNumber(a: DD): number {
  return a.hi + a.lo;
}

/** Evaluates c[0] + x*(c[1] + x*(c[2] + ...)) by Horner's rule. */
export function horner(x: DD, coefficients: readonly DD[]): DD {
  let acc = coefficients[coefficients.length - 1]!;
  for (let i = coefficients.length - 2; i >= 0; i--) acc = add(mul(acc, x), coefficients[i]!);
  return acc;
}

/** 1/n as a double-double. */
export function reciprocal(n: number): DD {
  return div(dd(1), dd(n));
}

/** Coefficients for hornerInto: hi, lo pairs, constant term first. */
export function packCoefficients(coefficients: readonly DD[]): Float64Array {
  const packed = new Float64Array(coefficients.length * 2);
  coefficients.forEach((c, i) => {
    packed[2 * i] = c.hi;
    packed[2 * i + 1] = c.lo;
  });
  return packed;
}

/**
 * horner() without allocation, for the hot series: evaluates the packed
 * polynomial at xh + xl and leaves the double-double result in out[0], out[1].
 * The arithmetic is mul() and add() written out.
 */
export function hornerInto(xh: number, xl: number, packed: Float64Array, out: Float64Array): void {
  let t = SPLITTER * xh;
  const xhh = t - (t - xh);
  const xhl = xh - xhh;
  let n = packed.length - 2;
  let ah = packed[n]!;
  let al = packed[n + 1]!;
  for (n -= 2; n >= 0; n -= 2) {
    // (ah + al) * (xh + xl), exact high product by Dekker's splitting.
    const p = ah * xh;
    t = SPLITTER * ah;
    const ahh = t - (t - ah);
    const ahl = ah - ahh;
    const perr = ahh * xhh - p + ahh * xhl + ahl * xhh + ahl * xhl + (ah * xl + al * xh);
    const ph = p + perr;
    const pl = perr - (ph - p);
    // + (ch + cl), TwoSum on the high parts.
    const ch = packed[n]!;
    const s = ph + ch;
    const bb = s - ph;
    const e = ph - (s - bb) + (ch - bb) + pl + packed[n + 1]!;
    ah = s + e;
    al = e - (ah - s);
  }
  out[0] = ah;
  out[1] = al;
}
