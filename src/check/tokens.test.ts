// tokenizeLine: numbers become fields with shapes; the rest is the skeleton.

import assert from "node:assert/strict";
import { test } from "node:test";
import { showSkeleton, tokenizeLine } from "./tokens.js";

test("ints, decimals, exponents and hex addresses are fields", () => {
  const line = tokenizeLine("Process-3 took 2.05 s, 1.5e-05, at 0x7f3a9c, x=-4");
  assert.equal(showSkeleton(line.skeleton), "Process-# took # s, #, at #, x=#");
  assert.deepEqual(
    line.fields.map((f) => [f.text, f.value, f.shape, f.decimals]),
    [
      ["3", 3, "int", 0],
      ["2.05", 2.05, "dec", 2],
      ["1.5e-05", 1.5e-5, "exp", 1],
      ["0x7f3a9c", 0x7f3a9c, "hex", 0],
      ["-4", -4, "int", 0],
    ],
  );
});

test("the shape is part of the skeleton, so 2 and 2.0 never align", () => {
  assert.notEqual(tokenizeLine("took 2 s").skeleton, tokenizeLine("took 2.0 s").skeleton);
  assert.equal(tokenizeLine("took 2.5 s").skeleton, tokenizeLine("took 10.25 s").skeleton);
});

test("digits inside words are fields; a hyphen after a word is not a sign", () => {
  assert.deepEqual(tokenizeLine("PoolWorker-12 worker_3").fields.map((f) => f.text), ["12", "3"]);
  assert.deepEqual(tokenizeLine("(-1, 3-2)").fields.map((f) => f.text), ["-1", "3", "2"]);
});
