// The interval arithmetic behind loop versioning, checked against brute force: every
// result of Python's operator over small operand ranges must lie inside the computed
// interval (a bound that is too tight would let the fast copy of a loop pass 2**53).

import assert from "node:assert/strict";
import { test } from "node:test";
import * as iv from "./intervals.js";

function pyFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

function pyMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? r + b : r;
}

const ranges: iv.Interval[] = [];
for (let lo = -7n; lo <= 7n; lo += 2n) for (let hi = lo; hi <= 9n; hi += 3n) ranges.push({ lo, hi });

const operations: Array<[string, (a: iv.Interval, b: iv.Interval) => iv.Interval, (a: bigint, b: bigint) => bigint, boolean]> = [
  ["add", iv.add, (a, b) => a + b, false],
  ["sub", iv.sub, (a, b) => a - b, false],
  ["mul", iv.mul, (a, b) => a * b, false],
  ["floorDiv", iv.floorDiv, pyFloorDiv, true],
  ["mod", iv.mod, pyMod, true],
];

for (const [name, bound, exact, needsNonZeroDivisor] of operations) {
  test(`${name}: every result over small ranges lies within the computed interval`, () => {
    let checked = 0;
    for (const a of ranges) {
      for (const b of ranges) {
        if (needsNonZeroDivisor && iv.containsZero(b)) continue;
        const result = bound(a, b);
        for (let x = a.lo; x <= a.hi; x++) {
          for (let y = b.lo; y <= b.hi; y++) {
            const value = exact(x, y);
            assert.ok(value >= result.lo && value <= result.hi, `${name}(${x}, ${y}) = ${value} outside [${result.lo}, ${result.hi}] for ${a.lo}..${a.hi}, ${b.lo}..${b.hi}`);
            checked++;
          }
        }
      }
    }
    assert.ok(checked > 1000);
  });
}

test("accumulated: n steps in [lo, hi] move a value by at most n*lo .. n*hi (and 0 when the step keeps one sign)", () => {
  assert.deepEqual(iv.accumulated({ lo: 0n, hi: 6n }, 10n), { lo: 0n, hi: 60n });
  assert.deepEqual(iv.accumulated({ lo: -3n, hi: 3n }, 4n), { lo: -12n, hi: 12n });
  assert.deepEqual(iv.accumulated({ lo: -5n, hi: -1n }, 2n), { lo: -10n, hi: 0n });
});

test("isSafe holds exactly up to Number.MAX_SAFE_INTEGER in magnitude", () => {
  assert.ok(iv.isSafe({ lo: -iv.MAX_SAFE, hi: iv.MAX_SAFE }));
  assert.ok(!iv.isSafe({ lo: 0n, hi: iv.MAX_SAFE + 1n }));
  assert.ok(!iv.isSafe({ lo: -iv.MAX_SAFE - 1n, hi: 0n }));
  assert.ok(!iv.isSafe(null));
});
