// Double-double arithmetic (a value as the unevaluated sum hi + lo of two
// doubles, about 106 bits) for a correctly rounded pow(). V8's Math.pow is off
// by one ulp for about 7% of non-trivial inputs, while CPython calls the C
// library's pow, which glibc rounds correctly; computing exp(y·log x) with ~100
// bits and rounding once reproduces it.

export interface DD {
  readonly hi: number;
  readonly lo: number;
}

function dd(hi: number, lo: number): DD {
  return { hi, lo };
}

// Knuth's TwoSum: s + e == a + b exactly.
function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return dd(s, a - (s - bb) + (b - bb));
}

// Requires |a| >= |b|.
function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return dd(s, b - (s - a));
}

const SPLITTER = 134217729; // 2**27 + 1, Veltkamp's splitting constant

// Dekker's TwoProduct: p + e == a * b exactly (for |a|, |b| well below 2**996).
function twoProd(a: number, b: number): DD {
  const p = a * b;
  const ta = SPLITTER * a;
  const ah = ta - (ta - a);
  const al = a - ah;
  const tb = SPLITTER * b;
  const bh = tb - (tb - b);
  const bl = b - bh;
  return dd(p, ah * bh - p + ah * bl + al * bh + al * bl);
}

export function ddAdd(a: DD, b: DD): DD {
  const s = twoSum(a.hi, b.hi);
  const t = twoSum(a.lo, b.lo);
  const u = quickTwoSum(s.hi, s.lo + t.hi);
  return quickTwoSum(u.hi, u.lo + t.lo);
}

export function ddMul(a: DD, b: DD): DD {
  const p = twoProd(a.hi, b.hi);
  return quickTwoSum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

export function ddMulNumber(a: DD, b: number): DD {
  const p = twoProd(a.hi, b);
  return quickTwoSum(p.hi, p.lo + a.lo * b);
}

function ddDivNumber(a: DD, b: number): DD {
  const q1 = a.hi / b;
  const r = ddAdd(a, ddMulNumber(dd(q1, 0), -b));
  const q2 = r.hi / b;
  const r2 = ddAdd(r, ddMulNumber(dd(q2, 0), -b));
  return ddAdd(quickTwoSum(q1, q2), dd(r2.hi / b, 0));
}

// ln 2 to 200 bits (2·atanh(1/3)), computed once with BigInt fixed point.
function ln2(): DD {
  const scale = 200n;
  const one = 1n << scale;
  let sum = 0n;
  let power = one / 3n;
  for (let k = 1n; power > 0n; k += 2n) {
    sum += power / k;
    power /= 9n;
  }
  const value = 2n * sum;
  const hi = Number(value) * 2 ** -200;
  const lo = Number(value - BigInt(hi * 2 ** 200)) * 2 ** -200;
  return dd(hi, lo);
}

const LN2 = ln2();

// 1/n! for the Taylor series of exp.
const INVERSE_FACTORIALS: DD[] = [];
{
  let f = dd(1, 0);
  for (let n = 1; n <= 12; n++) {
    f = ddDivNumber(f, n);
    INVERSE_FACTORIALS[n] = f;
  }
}

/** e**a for a double-double a (|a.hi| < 710). */
export function ddExp(a: DD): DD {
  // a = k·ln2 + r, then e**r = (e**(r/1024))**1024 from a short Taylor series.
  const k = Math.round(a.hi / LN2.hi);
  const r = ddMulNumber(ddAdd(a, ddMulNumber(LN2, -k)), 2 ** -10);
  let term = r;
  let s = r;
  for (let n = 2; n <= 9; n++) {
    term = ddMul(term, r);
    s = ddAdd(s, ddMul(term, INVERSE_FACTORIALS[n]!));
  }
  // (1 + s)**2 - 1 = 2s + s², which keeps the small quantity precise.
  for (let i = 0; i < 10; i++) s = ddAdd(ddMulNumber(s, 2), ddMul(s, s));
  const m = ddAdd(dd(1, 0), s);
  return scale(m, k);
}

function scale(m: DD, k: number): DD {
  // Two steps so that 2**k itself neither overflows nor underflows.
  const half = Math.trunc(k / 2);
  const f1 = 2 ** half;
  const f2 = 2 ** (k - half);
  return dd(m.hi * f1 * f2, m.lo * f1 * f2);
}

/** ln(x) for a positive finite double, as a double-double. */
export function ddLog(x: number): DD {
  // x = m·2**e with m in [√½, √2), so ln(x) = ln(m) + e·ln2 with no overflow.
  let e = Math.floor(Math.log2(x));
  let m = x * 2 ** -Math.trunc(e / 2) * 2 ** -(e - Math.trunc(e / 2));
  if (m >= 2) {
    m /= 2;
    e++;
  } else if (m < 1) {
    m *= 2;
    e--;
  }
  if (m > Math.SQRT2) {
    m /= 2;
    e++;
  }
  // One Newton step from Math.log: l1 = l0 + m·e**-l0 - 1.
  const l0 = Math.log(m);
  const t = ddAdd(ddMulNumber(ddExp(dd(-l0, 0)), m), dd(-1, 0));
  return ddAdd(ddAdd(dd(l0, 0), t), ddMulNumber(LN2, e));
}

// Binary powering in double-double; undefined when an intermediate leaves the
// range where double-double products stay exact (then exp/log takes over).
function integerPow(x: number, y: number): number | undefined {
  let n = Math.abs(y);
  let base = dd(x, 0);
  let result = dd(1, 0);
  while (n > 0) {
    if (n % 2 === 1) result = ddMul(result, base);
    n = Math.floor(n / 2);
    if (n > 0) base = ddMul(base, base);
    const magnitude = Math.abs(base.hi);
    if (!(magnitude < 2 ** 900 && magnitude > 2 ** -900)) return undefined;
  }
  if (!(Math.abs(result.hi) < 2 ** 900 && Math.abs(result.hi) > 2 ** -900)) return undefined;
  if (y > 0) return result.hi + result.lo;
  const q = ddDivNumber(dd(1, 0), result.hi);
  // 1/(h + l) = (1/h)·(1 - l/h + ...), enough for a correctly rounded quotient.
  const r = ddAdd(q, dd(-q.hi * (result.lo / result.hi), 0));
  return r.hi + r.lo;
}

/** x**y for finite x > 0 and finite y, rounded once from ~100 bits. */
export function accuratePow(x: number, y: number): number {
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  if (Number.isInteger(y) && Math.abs(y) <= 64) {
    const r = integerPow(x, y);
    if (r !== undefined) return r;
  }
  const exponent = ddMulNumber(ddLog(x), y);
  if (exponent.hi > 710) return Infinity;
  if (exponent.hi < -746) return 0;
  const r = ddExp(exponent);
  return r.hi + r.lo;
}
