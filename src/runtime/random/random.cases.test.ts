// Replays the random-module scenarios recorded from CPython 2.7 and 3.11
// (testdata/genRandomCases.py -> testdata/random.expected.json): every call's
// result or exception must equal CPython's, value for value and bit for bit,
// except where glibc's libm is not correctly rounded: there the call carries the
// result of CPython's own random.py run with correctly rounded libm ("cr"), which
// is what the runtime computes.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { isPy2, PyBytes, PyDict, PyFloat, PyList, PySet, PyTuple, range, setDialect, xrange } from "../builtins/index.js";
import type { Dialect } from "../internal/types.js";
import * as randomModule from "./index.js";
import { Random } from "./random.js";

type Encoded = null | string | { [tag: string]: any };

interface Call {
  readonly m: string;
  readonly args: Encoded[];
  readonly kw: Record<string, Encoded>;
  readonly mutates?: boolean;
  readonly result: Encoded;
  readonly cr?: Encoded;
}

interface Scenario {
  readonly head: { readonly seed: Encoded; readonly version?: number };
  readonly calls: Call[];
}

interface DialectData {
  readonly module: Record<string, Encoded>;
  readonly scenarios: Scenario[];
}

const expected: Record<Dialect, DialectData> = JSON.parse(
  readFileSync(new URL("../../../../src/runtime/random/testdata/random.expected.json", import.meta.url), "utf8"),
);

function decode(v: Encoded): unknown {
  if (v === null || typeof v === "string") return v;
  if ("b" in v) return v["b"];
  if ("i" in v) {
    const b = BigInt(v["i"]);
    return b >= -(2n ** 53n) + 1n && b <= 2n ** 53n - 1n ? Number(b) : b;
  }
  if ("f" in v) {
    const text = v["f"] as string;
    const d = text === "inf" ? Infinity : text === "-inf" ? -Infinity : text === "nan" ? NaN : Number(text);
    return Number.isInteger(d) ? new PyFloat(d) : d;
  }
  if ("l" in v) return PyList.fromIterable((v["l"] as Encoded[]).map(decode));
  if ("t" in v) return PyTuple.fromIterable((v["t"] as Encoded[]).map(decode));
  if ("y" in v) return new PyBytes(v["y"] as number[]);
  if ("r" in v) return (isPy2() ? xrange : range)(...(v["r"] as number[]));
  if ("d" in v) return PyDict.of(...(v["d"] as Encoded[][]).map(([k, x]) => [decode(k!), decode(x!)] as const));
  if ("s" in v) return PySet.of(...(v["s"] as Encoded[]).map(decode));
  throw new Error(`cannot decode ${JSON.stringify(v)}`);
}

function floatRepr(d: number): string {
  if (Number.isNaN(d)) return "nan";
  if (!Number.isFinite(d)) return d > 0 ? "inf" : "-inf";
  return d.toString();
}

/** Encodes a runtime value like the generator encodes Python values. */
function encode(v: unknown): Encoded {
  if (v === null) return null;
  if (typeof v === "boolean") return { b: v };
  if (typeof v === "bigint") return { i: v.toString() };
  if (typeof v === "number") return Number.isInteger(v) ? { i: String(v) } : { f: floatRepr(v) };
  if (v instanceof PyFloat) return { f: floatRepr(v.value) };
  if (typeof v === "string") return v;
  if (v instanceof PyList) return { l: v.map(encode) };
  if (v instanceof PyTuple) return { t: v.map(encode) };
  if (v instanceof PyBytes) return { y: [...v.data] };
  throw new Error(`cannot encode ${String(v)}`);
}

/** The floats' repr differs between JavaScript and Python only in exponent spelling. */
function normaliseFloats(v: Encoded): Encoded {
  if (v === null || typeof v === "string") return v;
  if ("f" in v) return { f: floatRepr(Number(v["f"] === "inf" ? Infinity : v["f"] === "-inf" ? -Infinity : v["f"])) };
  if ("l" in v) return { l: (v["l"] as Encoded[]).map(normaliseFloats) };
  if ("t" in v) return { t: (v["t"] as Encoded[]).map(normaliseFloats) };
  return v;
}

function exceptionText(error: unknown): Encoded {
  const e = error as { constructor: { __name__?: string; name: string }; args?: unknown[]; __str__?: () => string; message: string };
  const name = e.constructor.__name__ ?? e.constructor.name;
  let text: string;
  if (typeof e.__str__ === "function") text = e.__str__();
  else if (e.args && e.args.length !== 1) text = `(${e.args.map((a) => (typeof a === "string" ? `'${a}'` : String(a))).join(", ")})`;
  else text = String(e.args ? e.args[0] : e.message);
  return { e: [name, text] };
}

function replay(target: any, call: Call): Encoded {
  const args = call.args.map(decode);
  const kwargs = Object.fromEntries(Object.entries(call.kw).map(([k, v]) => [k, decode(v)]));
  const passed = Object.keys(kwargs).length > 0 ? [...args, kwargs] : args;
  try {
    const result = target[call.m](...passed);
    return encode(call.mutates ? args[0] : result);
  } catch (error) {
    if (error instanceof assert.AssertionError) throw error;
    return exceptionText(error);
  }
}

for (const dialect of ["py2", "py3"] as const) {
  const data = expected[dialect];
  data.scenarios.forEach((scenario, index) => {
    const { seed, version } = scenario.head;
    test(`${dialect} scenario ${index}: seed ${JSON.stringify(seed)}${version ? ` version ${version}` : ""}`, () => {
      setDialect(dialect);
      const r = new Random();
      if (version !== undefined) r.seed(decode(seed), version);
      else r.seed(decode(seed));
      scenario.calls.forEach((call, i) => {
        const actual = replay(r, call);
        const wanted = call.cr !== undefined ? call.cr : call.result;
        assert.deepEqual(actual, normaliseFloats(wanted), `call ${i}: ${call.m}(${JSON.stringify(call.args)}, ${JSON.stringify(call.kw)})`);
      });
    });
  });

  test(`${dialect} module functions share one generator; getstate/setstate round-trip`, () => {
    setDialect(dialect);
    randomModule.seed(42);
    const first = PyList.fromIterable([randomModule.random(), randomModule.random(), randomModule.random()]);
    const state = randomModule.getstate();
    const after = PyList.fromIterable([randomModule.random(), randomModule.random(), randomModule.random()]);
    randomModule.setstate(state);
    const again = PyList.fromIterable([randomModule.random(), randomModule.random(), randomModule.random()]);
    assert.deepEqual(encode(first), normaliseFloats(data.module["first"]!));
    assert.deepEqual(encode(state), normaliseFloats(data.module["state"]!));
    assert.deepEqual(encode(after), normaliseFloats(data.module["after"]!));
    assert.deepEqual(encode(again), normaliseFloats(data.module["again"]!));
  });
}
