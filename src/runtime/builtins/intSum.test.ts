// IntSum, the exact accumulator of versioned loops: every sequence of steps must give
// the exact bigint sum (folding parts into the total as they near 2**53), from a
// number or bigint start, with negative steps and products, and never -0.

import assert from "node:assert/strict";
import { test } from "node:test";
import { IntSum } from "./intSum.js";

/** A deterministic generator (xorshift), so a failure reproduces. */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

const norm = (v: number | bigint): bigint => BigInt(v);

test("add: many steps within ±2**51 sum exactly across folds", () => {
  const next = random(7);
  for (const start of [0, -5, 2 ** 53 - 1, -(2n ** 70n)] as const) {
    const sum = new IntSum(start, 1);
    let exact = norm(start);
    for (let i = 0; i < 20000; i++) {
      const step = Math.floor((next() * 2 - 1) * 2 ** 51);
      sum.add(step);
      exact += BigInt(step);
    }
    assert.equal(norm(sum.value()), exact);
  }
});

test("addProduct: products past 2**53 split at the given scale sum exactly", () => {
  const next = random(11);
  for (const [scale, aMax, bMax] of [
    [2 ** 21, 2 ** 42, 2 ** 21],
    [2 ** 26, 2 ** 52, 2 ** 25],
    [2 ** 10, 2 ** 20, 2 ** 40],
  ] as const) {
    const sum = new IntSum(0, scale);
    let exact = 0n;
    for (let i = 0; i < 20000; i++) {
      const a = Math.floor((next() * 2 - 1) * aMax);
      const b = Math.floor((next() * 2 - 1) * bMax);
      sum.addProduct(a, b);
      exact += BigInt(a) * BigInt(b);
    }
    assert.equal(norm(sum.value()), exact, `scale ${scale}`);
  }
});

test("a result in the safe range is a number, never -0; value() can be read more than once", () => {
  const sum = new IntSum(0, 2 ** 21);
  sum.addProduct(0, -5);
  sum.add(-0);
  const zero = sum.value();
  assert.ok(typeof zero === "number" && Object.is(zero, 0));
  sum.addProduct(2 ** 40, 2 ** 20);
  assert.equal(sum.value(), 2n ** 60n);
  sum.addProduct(2 ** 40, -(2 ** 20));
  assert.ok(Object.is(sum.value(), 0));
});
