// int.ts's + - * on the runtime's two int forms, checked against exact BigInt
// arithmetic: the fast paths build bigints from doubles (through a 64-bit scratch
// word), so each boundary they create is tested with every sign: results at
// ±(2**53-1), ±2**53, ±2**54, the 2**63 switch of the product path, ±2**63, zero.

import assert from "node:assert/strict";
import { test } from "node:test";
import { intAdd, intMul, intSub, normBig, type Int } from "./int.js";

const MAX = 2n ** 53n - 1n;

/** The runtime's form of an exact value: a number when safe, else the bigint. */
function expected(v: bigint): Int {
  return v >= -MAX && v <= MAX ? Number(v) : v;
}

function assertInt(actual: Int, exact: bigint, what: string): void {
  assert.ok(!Object.is(actual, -0), `${what} gave -0`);
  assert.equal(typeof actual, typeof expected(exact), `${what}: ${String(actual)} is not normalised`);
  assert.equal(actual, expected(exact), what);
}

function magnitudes(): bigint[] {
  const out = new Set<bigint>([0n, 1n, 2n, 3n, 7n]);
  for (const e of [21n, 26n, 30n, 31n, 32n, 33n, 41n, 42n, 52n, 53n, 54n, 62n, 63n, 64n, 106n]) {
    for (const d of [-1n, 0n, 1n]) out.add(2n ** e + d);
  }
  // sqrt(2**62) and sqrt(2**63): products on either side of the int64 paths.
  for (const r of [2147483648n, 3037000499n, 3037000500n]) out.add(r);
  return [...out];
}

function signed(values: bigint[]): Int[] {
  return values.flatMap((v) => [v, -v]).map((v) => normBig(v));
}

const operands = signed(magnitudes());

test("+, - and * of every pair of boundary ints are exact and normalised", () => {
  for (const a of operands) {
    for (const b of operands) {
      const x = BigInt(a);
      const y = BigInt(b);
      assertInt(intAdd(a, b), x + y, `${x} + ${y}`);
      assertInt(intSub(a, b), x - y, `${x} - ${y}`);
      assertInt(intMul(a, b), x * y, `${x} * ${y}`);
    }
  }
});

test("sums and differences landing exactly on the safe range's edges", () => {
  const max = Number(MAX);
  const cases: Array<[Int, Int]> = [
    [max, 0], [max, 1], [max - 1, 1], [max, max], [-max, -1], [-max, -max], [-max, max],
    [2 ** 52, 2 ** 52 - 1], [2 ** 52, 2 ** 52], [-(2 ** 52), -(2 ** 52)],
    [2n ** 53n, -1], [2n ** 53n, -max], [-(2n ** 53n), 1], [2n ** 54n, -max], [-(2n ** 54n), max],
    [2n ** 53n, -(2n ** 53n)], [2n ** 64n, -(2n ** 64n) + 5n],
  ];
  for (const [a, b] of cases) {
    for (const [p, q] of [[a, b], [b, a]] as const) {
      assertInt(intAdd(p, q), BigInt(p) + BigInt(q), `${p} + ${q}`);
      assertInt(intSub(p, q), BigInt(p) - BigInt(q), `${p} - ${q}`);
    }
  }
});

test("products around 2**53, 2**62 and 2**63 from safe operands", () => {
  // Factor pairs of values next to the boundaries, in all four sign combinations.
  const pairs: Array<[number, number]> = [
    [94906265, 94906266], [94906266, 94906267], // around 2**53
    [2 ** 31, 2 ** 31], [2 ** 31 + 1, 2 ** 31 - 1], [2 ** 31, 2 ** 31 + 1], // 2**62
    [3037000499, 3037000499], [3037000500, 3037000500], // just below and just past 2**63
    [60247241209, 153092023], // exactly 2**63 - 1, whose double rounds to 2**63
    [2 ** 32, 2 ** 31], [2 ** 32, 2 ** 31 - 1], // 2**63 and -2**63 with a minus sign
    [2 ** 53 - 1, 2 ** 9], [2 ** 53 - 1, 2 ** 10], [2 ** 53 - 1, 2 ** 11 - 1], [2 ** 53 - 1, 2 ** 53 - 1],
    [208063 * 208063, 208063], [208064 * 208064, 208064], // the first cube past 2**53
  ];
  for (const [a, b] of pairs) {
    for (const [p, q] of [[a, b], [-a, b], [a, -b], [-a, -b], [b, a]]) {
      assertInt(intMul(p!, q!), BigInt(p!) * BigInt(q!), `${p} * ${q}`);
    }
  }
});

test("random safe operands of every size", () => {
  // A fixed linear congruential sequence: reproducible, no Math.random.
  let state = 12345;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const randomSafe = (): number => {
    const bits = Math.floor(next() * 54);
    const v = Math.floor(next() * 2 ** bits);
    return next() < 0.5 ? -v : v;
  };
  for (let k = 0; k < 20000; k++) {
    const a = randomSafe() + 0;
    const b = randomSafe() + 0;
    const x = BigInt(a);
    const y = BigInt(b);
    assertInt(intAdd(a, b), x + y, `${a} + ${b}`);
    assertInt(intSub(a, b), x - y, `${a} - ${b}`);
    assertInt(intMul(a, b), x * y, `${a} * ${b}`);
  }
});
