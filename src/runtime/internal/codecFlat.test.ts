// The codec's short way for flat messages: it writes exactly the bytes of the
// general encoder, reads back exactly what the general decoder would, leaves
// every other value and every malformed input to the general codec (which then
// rejects it with a CodecError); encodeMessageParts and decodeMessage (what Queue
// and Pipe call) give the general codec's results whichever way they take.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { PyDict } from "../builtins/dict.js";
import { PyFloat } from "../builtins/float.js";
import { PyList } from "../builtins/list.js";
import { PyTuple } from "../builtins/tuple.js";
import { CodecError, decode, decodeMessage, decodeMessageAt, encode, encodeMessageParts } from "./codec.js";
import { ByteWriter } from "./codecBytes.js";
import { kNotFlat, readFlatMessage, readFlatMessageAt, writeFlatMessage } from "./codecFlat.js";

class Pair extends PyTuple {}

const ascii = (length: number): string => "abcdefghij".repeat(13).slice(0, length);

const flatScalars: unknown[] = [
  null,
  true,
  false,
  0,
  1,
  -1,
  2 ** 31 - 1,
  -(2 ** 31),
  1.5,
  -0.25,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  new PyFloat(2),
  new PyFloat(-0),
  "",
  "x",
  ascii(63),
  ascii(64),
  ascii(127),
];

const flatValues: unknown[] = [
  ...flatScalars,
  PyTuple.of(),
  PyList.of(),
  PyTuple.of(1, "x", 1.5),
  PyList.of(...flatScalars),
  PyTuple.of(...Array.from({ length: 127 }, (_, i) => i)),
];

/** Floats the general encoder writes (as IntegralFloat): the short way reads them, it does not write them. */
const integralFloats: unknown[] = [2 ** 53 + 2, 1e300, -0];

const otherValues: unknown[] = [
  2 ** 31,
  -(2 ** 31) - 1,
  12345678901234567890n,
  "é",
  "\u{1F600}",
  ascii(128),
  PyTuple.of(...Array.from({ length: 128 }, (_, i) => i)),
  PyTuple.of(1, PyTuple.of(2)),
  PyList.of(1, 2 ** 40),
  PyTuple.of("ok", "ü"),
  PyDict.of<unknown, unknown>([1, 2]),
  [1, 2],
  undefined,
];

function flatBytes(value: unknown): Uint8Array | null {
  const writer = new ByteWriter();
  return writeFlatMessage(writer, value) ? writer.view().slice() : null;
}

/** Values compared through the general encoder: the bytes carry every Python type (tuple/list, int/float). */
function sameValue(actual: unknown, expected: unknown, message: string): void {
  assert.deepEqual(encode(actual, "message").bytes, encode(expected, "message").bytes, message);
}

describe("flat messages: writing", () => {
  test("a flat value is written byte for byte as the general encoder writes it", () => {
    for (const value of flatValues) {
      const bytes = flatBytes(value);
      assert.ok(bytes, `not taken the short way: ${String(value)}`);
      assert.deepEqual(bytes, encode(value, "message").bytes, String(value));
    }
  });

  test("any other value is left to the general encoder", () => {
    for (const value of [...integralFloats, ...otherValues]) assert.equal(flatBytes(value), null, String(value));
    // A tuple subclass is the general encoder's to refuse.
    const pair = new Pair();
    pair[0] = 1;
    assert.equal(flatBytes(pair), null);
  });

  test("encodeMessageParts gives the general encoder's bytes whichever way it takes", () => {
    for (const value of [...flatValues, ...integralFloats, ...otherValues]) {
      const { bytes, splices } = encodeMessageParts(value);
      assert.equal(splices.length, 0);
      assert.deepEqual(bytes, encode(value, "message").bytes, String(value));
    }
  });
});

describe("flat messages: reading", () => {
  test("a flat message reads back as the general decoder reads it, types kept", () => {
    for (const value of [...flatValues, ...integralFloats]) {
      const bytes = encode(value, "message").bytes;
      const flat = readFlatMessage(bytes);
      assert.notEqual(flat, kNotFlat, String(value));
      sameValue(flat, decode(bytes, []), String(value));
    }
    for (const value of flatValues) {
      assert.equal((readFlatMessage(encode(value, "message").bytes) as object | null)?.constructor, (value as object | null)?.constructor);
    }
    assert.ok(readFlatMessage(encode(1e300, "message").bytes) instanceof PyFloat);
    const tuple = readFlatMessage(encode(PyTuple.of(new PyFloat(2), 2), "message").bytes) as PyTuple;
    assert.ok(tuple instanceof PyTuple && tuple[0] instanceof PyFloat && tuple[1] === 2);
  });

  test("a message is read in place from inside a larger buffer (a ring), and only within its bounds", () => {
    for (const value of [...flatValues, ...otherValues.slice(0, 6)]) {
      const bytes = encode(value, "message").bytes;
      // Bytes that would be read as more of the message if the bounds were not kept.
      const ring = new Uint8Array(bytes.length + 10).fill(0x02);
      ring.set(bytes, 5);
      const end = 5 + bytes.length;
      assert.equal(readFlatMessageAt(ring, 5, end) === kNotFlat, readFlatMessage(bytes) === kNotFlat, String(value));
      sameValue(decodeMessageAt(ring, 5, end), decode(bytes, []), String(value));
      if (bytes.length > 3) assert.throws(() => decodeMessageAt(ring, 5, end - 1), CodecError, String(value));
    }
  });

  test("any other message is left to the general decoder", () => {
    for (const value of otherValues) assert.equal(readFlatMessage(encode(value, "message").bytes), kNotFlat, String(value));
  });

  test("malformed flat messages are left to the general decoder, which rejects them", () => {
    const header = [0x70, 1];
    const cases: number[][] = [
      [],
      [0x70],
      [0x71, 1, 0],
      [0x70, 2, 0],
      [...header, 0, 0], // trailing byte
      [...header, 12, 2, 0], // tuple shorter than its count
      [...header, 4, 1, 2, 3], // int32 cut short
      [...header, 7, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f], // a Float holding the integral 1.0
      [...header, 8, 0, 0, 0, 0, 0, 0, 0xf8, 0x3f], // an IntegralFloat holding 1.5
      [...header, 9, 1, 0xc3], // non-ASCII byte in a str
      [...header, 9, 3, 0x61], // str cut short
      [...header, 12, 1, 99], // unknown tag inside a tuple
    ];
    for (const bytes of cases) {
      const payload = Uint8Array.from(bytes);
      assert.equal(readFlatMessage(payload), kNotFlat, bytes.join(","));
      assert.throws(() => decodeMessage(payload), CodecError, bytes.join(","));
    }
  });

  test("fuzz: decodeMessage agrees with the general decoder on every truncation and byte flip", () => {
    let seed = 2024;
    const next = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed / 0x80000000;
    };
    for (const value of flatValues) {
      const bytes = encode(value, "message").bytes;
      const variants: Uint8Array[] = [];
      for (let cut = 0; cut < bytes.length; cut++) variants.push(bytes.slice(0, cut));
      for (let flip = 0; flip < 30; flip++) {
        const corrupt = bytes.slice();
        corrupt[Math.floor(next() * corrupt.length)] = Math.floor(next() * 256);
        variants.push(corrupt);
      }
      for (const variant of variants) {
        let expected: unknown;
        try {
          expected = decode(variant, []);
        } catch (error) {
          assert.ok(error instanceof CodecError);
          assert.throws(() => decodeMessage(variant), CodecError);
          continue;
        }
        sameValue(decodeMessage(variant), expected, Buffer.from(variant).toString("hex"));
      }
    }
  });
});
