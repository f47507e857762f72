// The correctly rounded libm against 70-digit decimal references
// (random/testdata/genLibmCases.py): every result must be the correctly rounded
// double. The same file records glibc's results; the test reports how often
// glibc (what CPython calls) differs, which bounds how often a libm-based random
// distribution can differ from CPython in its last bit.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { acos, cos, exp, log, pow, sin } from "./index.js";

const cases: Record<string, string[][]> = JSON.parse(
  readFileSync(new URL("../../../../../src/runtime/random/testdata/libm.expected.json", import.meta.url), "utf8"),
);

function fromBits(hex: string): number {
  return Buffer.from(hex, "hex").readDoubleLE(0);
}

function toBits(x: number): string {
  const b = Buffer.alloc(8);
  b.writeDoubleLE(x);
  return b.toString("hex");
}

const unary: Record<string, (x: number) => number> = { log, exp, sin, cos, acos };

for (const [name, fn] of Object.entries(unary)) {
  test(`${name} is correctly rounded`, (t) => {
    let glibcDiffers = 0;
    for (const [arg, correct, glibc] of cases[name]!) {
      const x = fromBits(arg!);
      assert.equal(toBits(fn(x)), correct, `${name}(${x})`);
      if (glibc !== correct) glibcDiffers++;
    }
    t.diagnostic(`glibc differs from the correctly rounded ${name} in ${glibcDiffers} of ${cases[name]!.length} cases`);
  });
}

test("pow is correctly rounded", (t) => {
  let glibcDiffers = 0;
  for (const [xb, yb, correct, glibc] of cases["pow"]!) {
    const x = fromBits(xb!);
    const y = fromBits(yb!);
    assert.equal(toBits(pow(x, y)), correct, `pow(${x}, ${y})`);
    if (glibc !== correct) glibcDiffers++;
  }
  t.diagnostic(`glibc differs from the correctly rounded pow in ${glibcDiffers} of ${cases["pow"]!.length} cases`);
});

test("C99 special cases of pow", () => {
  const table: Array<[number, number, number]> = [
    [NaN, 0, 1], [1, NaN, 1], [0, -3, Infinity], [-0, -3, -Infinity], [-0, -2, Infinity], [-0, 3, -0], [-0, 2, 0],
    [-1, Infinity, 1], [0.5, -Infinity, Infinity], [2, -Infinity, 0], [-Infinity, -3, -0], [-Infinity, 3, -Infinity],
    [-Infinity, 2, Infinity], [Infinity, -1, 0], [-8, 1 / 3, NaN], [-2, 3, -8], [-2, 2, 4],
  ];
  for (const [x, y, want] of table) assert.ok(Object.is(pow(x, y), want), `pow(${x}, ${y})`);
});
