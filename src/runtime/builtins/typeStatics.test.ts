// float.fromhex against float.hex over doubles of every binade (normal, subnormal,
// both signs): fromhex(hex(x)) must give x back bit for bit; and rounding of hex
// strings with more digits than a double holds, checked against neighbouring
// doubles. CPython's own outputs for the edge cases are in the corpus
// (corpus/semantics/numbers/type_static_methods.py).

import assert from "node:assert/strict";
import { test } from "node:test";
import { floatHex } from "./numberMethods.js";
import { floatFromhex, intFromBytes } from "./typeStatics.js";
import { PyFloat } from "./float.js";
import { PyBytes } from "./bytes.js";

function plain(v: number | PyFloat): number {
  return v instanceof PyFloat ? v.value : v;
}

function bits(x: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0);
}

function fromBits(b: bigint): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, b);
  return view.getFloat64(0);
}

test("fromhex(hex(x)) is x for doubles across all exponents", () => {
  let seed = 12345n;
  for (let i = 0; i < 20000; i++) {
    seed = (seed * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n);
    const x = fromBits(seed);
    if (!Number.isFinite(x)) continue;
    assert.equal(bits(plain(floatFromhex(floatHex(x)))), bits(x), floatHex(x));
  }
});

test("a hex string between two doubles rounds to the nearer, ties to even", () => {
  // 1 + 2**-53 is halfway between 1 and 1 + 2**-52: ties go to the even mantissa (1).
  assert.equal(plain(floatFromhex("0x1.00000000000008p0")), 1);
  assert.equal(plain(floatFromhex("0x1.00000000000018p0")), 1 + 2 * 2 ** -52);
  assert.equal(plain(floatFromhex("0x1.000000000000080000001p0")), 1 + 2 ** -52);
  // Subnormals: half the smallest subnormal rounds to zero, anything above it up.
  assert.equal(plain(floatFromhex("0x1p-1075")), 0);
  assert.equal(plain(floatFromhex("0x1.0000001p-1075")), 2 ** -1074);
});

test("int.from_bytes reads big- and little-endian, signed and unsigned", () => {
  const data = PyBytes.ofArray([0xff, 0x00, 0x01]);
  assert.equal(intFromBytes(data, "big"), 0xff0001);
  assert.equal(intFromBytes(data, "little"), 0x0100ff);
  assert.equal(intFromBytes(data, "big", { signed: true }), 0xff0001 - 0x1000000);
  assert.equal(intFromBytes(PyBytes.ofArray(new Array(9).fill(0xff)), "big"), 2n ** 72n - 1n);
});
