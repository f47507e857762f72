// The manager wire format (wire.ts): values written inline (None, booleans, int32,
// floats, UTF-8 strings, omitted arguments) and through the codec (everything else)
// come back with their Python types; a message larger than the channel grows its
// buffer; truncated or corrupt messages are CodecError, never a wrong value.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { PyDict } from "../../builtins/dict.js";
import { PyFloat } from "../../builtins/float.js";
import { PyList } from "../../builtins/list.js";
import { repr } from "../../builtins/repr.js";
import { PyTuple } from "../../builtins/tuple.js";
import { CodecError } from "../../internal/codecRegistry.js";
import { kMgrChanHeaderBytes } from "../../internal/symbols.js";
import { createChannelBuffer } from "./transport.js";
import { WireReader, WireWriter } from "./wire.js";

function roundTrip(values: unknown[], kwargs: Record<string, unknown> | null = null): { values: unknown[]; kwargs: Record<string, unknown> | null; buffer: SharedArrayBuffer } {
  const buffer = createChannelBuffer();
  const writer = new WireWriter(buffer).begin();
  writer.values(values);
  writer.kwargs(kwargs);
  const reader = new WireReader(buffer).begin(writer.length);
  return { values: reader.values(), kwargs: reader.kwargs(), buffer };
}

describe("manager wire format", () => {
  test("inline values keep their JavaScript identity and sign", () => {
    const inline = [null, true, false, 0, -1, 2 ** 31 - 1, -(2 ** 31), 0.25, NaN, Infinity, "", "ascii", "中文 ✓ 𝄞", undefined];
    const back = roundTrip(inline).values;
    assert.equal(back.length, inline.length);
    inline.forEach((v, i) => assert.ok(Object.is(back[i], v), `value ${i}: ${String(v)} came back as ${String(back[i])}`));
  });

  test("values outside the inline tags go through the codec with their Python types", () => {
    const values = [2 ** 31, 2n ** 70n, PyTuple.of(1, "a"), PyList.of(1, PyList.of(2)), new PyFloat(3), new PyFloat(-0), "\ud800 lone surrogate"];
    const back = roundTrip(values).values;
    assert.deepEqual(back.map((v) => repr(v)), values.map((v) => repr(v)));
    assert.ok(back[2] instanceof PyTuple && back[3] instanceof PyList && back[4] instanceof PyFloat);
  });

  test("keyword arguments keep their names and order; none is null", () => {
    const { kwargs } = roundTrip([], { key: 1, reverse: true, __proto__x: "p" });
    assert.deepEqual(Object.entries(kwargs ?? {}), [["key", 1], ["reverse", true], ["__proto__x", "p"]]);
    assert.equal(roundTrip([]).kwargs, null);
  });

  test("a message larger than the channel grows the shared buffer", () => {
    const big = "x".repeat(100_000);
    const dict = new PyDict();
    for (let i = 0; i < 2000; i++) dict.__setitem__(`k${i}`, i);
    const { values, buffer } = roundTrip([big, dict]);
    assert.equal(values[0], big);
    assert.equal(repr(values[1]), repr(dict));
    assert.ok(buffer.byteLength > 100_000);
  });

  test("a truncated or corrupt message is a CodecError", () => {
    const buffer = createChannelBuffer();
    const writer = new WireWriter(buffer).begin();
    writer.values(["hello", 12345, PyList.of(1, 2, 3)]);
    const full = writer.length;
    for (let cut = 0; cut < full; cut++) {
      assert.throws(() => new WireReader(buffer).begin(cut).values(), CodecError, `cut at ${cut}`);
    }
    const bytes = new Uint8Array(buffer);
    const reader = new WireReader(buffer);
    const tagAt = kMgrChanHeaderBytes + 1; // after the count: the Str tag of "hello"
    assert.equal(bytes[tagAt], 5);
    bytes[tagAt] = 99;
    assert.throws(() => reader.begin(full).values(), CodecError);
    assert.throws(() => reader.begin(buffer.byteLength + 1), CodecError);
  });
});
