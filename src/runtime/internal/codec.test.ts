// The codec: values survive a round trip with their Python types (tuple vs list,
// int vs float, bigint, shared references, cycles, instances by class name,
// exceptions, handles); unencodable values are clear errors; and corrupt input,
// truncated, bit-flipped or random, only ever raises CodecError (a seeded fuzz).

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { bytearray, PyByteArray } from "../builtins/bytearray.js";
import { PyBytes } from "../builtins/bytes.js";
import { PyDict } from "../builtins/dict.js";
import { PyFloat } from "../builtins/float.js";
import { repr, str } from "../builtins/repr.js";
import { PyFrozenSet, PySet } from "../builtins/set.js";
import { PyList } from "../builtins/list.js";
import { PyTuple } from "../builtins/tuple.js";
import { Event, Lock, RLock, Semaphore, Value, Array as SharedArray, RawValue, RawArray, Barrier, Condition } from "../multiprocessing/index.js";
import { CodecError, decode, encode, kMaxDepth, type CodecMode } from "./codec.js";
import { kReduce, registerReducible, registerRuntimeClass } from "./codecRegistry.js";
import { setModuleExports } from "./module.js";
import { setDialect } from "../builtins/dialect.js";
import { Exception, KeyError, RecursionError, RuntimeError, SystemExit, TypeError as PyTypeError, ValueError, type BaseException } from "../builtins/exceptions.js";
import { OSError } from "../builtins/osErrors.js";
import "../builtins/py2Codec.js";
import { u } from "../builtins/unicode.js";
import * as builtins from "../builtins/index.js";

class Point {
  declare x: unknown;
  declare y: unknown;

  constructor() {
    // Decoding must never run a constructor.
    throw new Error("constructor ran");
  }

  norm(): number {
    return 0;
  }

  get tock(): never {
    throw new Error("getter ran");
  }
}

class Oops extends ValueError {}

/** A runtime class whose state is not attributes (like random.Random's generator). */
class Tally {
  readonly counts = new Uint32Array(2);

  [kReduce](): { kind: string; state: unknown } {
    return { kind: "test.Tally", state: PyTuple.of(this.counts[0]!, this.counts[1]!) };
  }
}
registerRuntimeClass("test.Tally", Tally);
registerReducible("test.Tally", (obj, state) => {
  if (!(state instanceof PyTuple) || state.length !== 2) throw new Error("bad Tally state");
  Object.defineProperty(obj, "counts", { value: Uint32Array.from(state as number[]) });
});

class MyTally extends Tally {}

function moduleFunction(): void {}

setModuleExports({ Point, Oops, moduleFunction, MyTally });

function point(x: unknown, y: unknown): Point {
  const p = Object.create(Point.prototype) as Point;
  p.x = x;
  p.y = y;
  return p;
}

function roundTrip<T>(value: T, mode: CodecMode = "message"): T {
  const { bytes, buffers } = encode(value, mode);
  return decode(bytes, buffers) as T;
}

/** Structural equality that also checks Python types (list/tuple, int/float boxes, classes). */
function same(a: unknown, b: unknown, seen = new Map<unknown, unknown>()): boolean {
  if (typeof a !== typeof b) return false;
  if (typeof a === "number") return Object.is(a, b);
  if (typeof a !== "object" || a === null || b === null) return a === b;
  if (seen.has(a)) return seen.get(a) === b;
  seen.set(a, b);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof PyFloat) return Object.is(a.value, (b as PyFloat).value);
  if (a instanceof Error && a.message !== (b as Error).message) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b as object).length) return false;
  return keys.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], seen));
}

describe("codec round trips", () => {
  const values: Array<[string, unknown]> = [
    ["None", null],
    ["bools", PyTuple.of(true, false)],
    ["ints", PyList.of(0, -1, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER)],
    ["bigints", PyList.of(2n ** 64n, -(2n ** 100n), 2n ** 53n)],
    ["floats", PyList.of(0.5, -1e-300, NaN, Infinity, -Infinity, 2 ** 52 + 0.5)],
    ["integral floats", PyList.of(new PyFloat(2), new PyFloat(-0), new PyFloat(1e16))],
    ["strings", PyList.of<string>("", "abc", "héllo wörld", "日本語", "emoji 🎉", "lone \ud800 surrogate", "nul\0byte")],
    ["empty and single tuples", PyTuple.of<unknown>(PyTuple.of(), PyTuple.of(1), PyList.of())],
    ["nested", PyList.of<unknown>(PyTuple.of<unknown>(1, PyList.of<unknown>("a", PyTuple.of<unknown>(null, 2.5))), { key: PyList.of(3) })],
    ["records", { a: 1, "with space": "x", __proto__x: 2 }],
    ["instances by class", PyList.of(point(1, PyList.of(2)), point("a", null))],
    ["exceptions", PyList.of(new ValueError("bad value"), new Oops("mine", 3), new RuntimeError())],
  ];
  for (const [name, value] of values) {
    test(name, () => assert.ok(same(value, roundTrip(value)), `${name} changed`));
  }

  test("decoded values keep their Python types", () => {
    const out = roundTrip(PyList.of<unknown>(PyTuple.of(1), new PyFloat(3), 4, 2n ** 70n));
    assert.ok(out instanceof PyList);
    assert.ok(out[0] instanceof PyTuple);
    assert.ok(out[1] instanceof PyFloat);
    assert.equal(out[2], 4);
    assert.equal(out[3], 2n ** 70n);
  });

  test("an unboxed integral number beyond 2^53 can only be a float: it arrives boxed", () => {
    const out: unknown = roundTrip<unknown>(1.5e300);
    assert.ok(out instanceof PyFloat);
    assert.equal((out as PyFloat).value, 1.5e300);
  });

  test("dict (key types kept), set, frozenset and bytes", () => {
    const key = PyTuple.of<unknown>(1, "a");
    const value = PyDict.of<unknown, unknown>([1, "int key"], ["1", "str key"], [key, PySet.of(1, 2)], [new PyFloat(2), PyFrozenSet.fromIterable([3])]);
    const out = roundTrip(PyList.of<unknown>(value, new PyBytes([0, 104, 255])));
    assert.equal(repr(out), repr(PyList.of<unknown>(value, new PyBytes([0, 104, 255]))));
    const dict = out[0] as PyDict;
    assert.ok(dict.__getitem__(PyTuple.of<unknown>(1, "a")) instanceof PySet);
    assert.equal(dict.__getitem__(1), "int key");
    assert.equal(dict.__getitem__("1"), "str key");
  });

  test("bytearray stays a bytearray, one object where it was one, and a copy of the sender's", () => {
    const sent = bytearray(new PyBytes([0, 104, 255]));
    const out = roundTrip(PyList.of<unknown>(sent, sent, new PyBytes([1])));
    assert.ok(out[0] instanceof PyByteArray);
    assert.equal(out[1], out[0]);
    assert.ok(out[2] instanceof PyBytes);
    assert.equal(repr(out), "[bytearray(b'\\x00h\\xff'), bytearray(b'\\x00h\\xff'), b'\\x01']");
    (out[0] as PyByteArray).append(1);
    assert.equal(sent.length, 3);
  });

  test("Python 2 exceptions whose one argument is not a str (their message is that argument)", () => {
    setDialect("py2");
    try {
      const sent = PyList.of<unknown>(
        new KeyError(3),
        new ValueError(3),
        new KeyError(PyTuple.of(1, 2)),
        new KeyError(null),
        new OSError(1),
        new OSError(2, "No such", "f"),
        new SystemExit(2),
        new Exception(u("abc")),
        new Exception(PyList.of(1)),
        new Exception(),
      );
      const out = roundTrip(sent);
      assert.equal(repr(out), repr(sent));
      assert.equal(
        repr(out),
        "[KeyError(3,), ValueError(3,), KeyError((1, 2),), KeyError(None,), OSError(1,), OSError(2, 'No such'), " +
          "SystemExit(2,), Exception(u'abc',), Exception([1],), Exception()]",
      );
      assert.equal((out[0] as BaseException).message, 3);
      assert.equal(str(out[5]), "[Errno 2] No such: 'f'");
      assert.equal((out[6] as SystemExit).code, 2);
    } finally {
      setDialect("py3");
    }
  });

  test("an exception's message assigned by the program travels as an attribute", () => {
    const sent = new ValueError("x");
    sent.message = "mine";
    assert.equal(roundTrip(sent).message, "mine");
  });

  test("a dict that contains itself", () => {
    const d = new PyDict();
    d.__setitem__("self", d);
    const out = roundTrip(d);
    assert.equal(out.__getitem__("self"), out);
  });

  test("subclasses of tuple and set are refused clearly; a list subclass must be a module-level class", () => {
    class Mine extends PyList {}
    assert.throws(() => encode(new Mine(), "message"), (e) => e instanceof PyTypeError && /Mine object to another process: its class is not defined at module level/.test(String(e.args[0])));
    class MySet extends PySet {}
    assert.throws(() => encode(new MySet(), "message"), (e) => e instanceof PyTypeError && /subclasses of built-in containers/.test(String(e.args[0])));
  });

  test("runtime objects with a reduce (state, not attributes) and a script's subclass of one", () => {
    const tally = new MyTally();
    tally.counts[1] = 7;
    const out = roundTrip(PyTuple.of<unknown>(new Tally(), tally));
    assert.ok(out[0] instanceof Tally && !(out[0] instanceof MyTally));
    assert.ok(out[1] instanceof MyTally);
    assert.deepEqual([...(out[1] as Tally).counts], [0, 7]);
    const bytes = Buffer.from(encode(new Tally(), "message").bytes);
    // A corrupt state (the tuple's length byte changed) is a CodecError, not the restore's own error.
    const corrupt = Buffer.from(bytes.toString("latin1").replace("test.Tally\x0c\x02", "test.Tally\x0c\x01"), "latin1");
    assert.throws(() => decode(corrupt, []), CodecError);
  });

  test("shared references and cycles survive", () => {
    const shared = PyList.of(1);
    const cyclic = PyList.of<unknown>("head");
    cyclic.push(cyclic);
    const out = roundTrip(PyTuple.of<unknown>(shared, shared, cyclic));
    assert.equal(out[0], out[1]);
    assert.equal((out[2] as unknown as unknown[])[1], out[2]);
  });

  test("module functions and bound methods travel by name", () => {
    const p = point(1, 2);
    const bound = Object.assign(() => p.norm(), { __self__: p, __func__: Point.prototype.norm });
    const [fn, method] = roundTrip(PyTuple.of<unknown>(moduleFunction, bound));
    assert.equal(fn, moduleFunction);
    assert.ok((method as { __self__: unknown }).__self__ instanceof Point);
    assert.equal((method as () => number)(), 0);
  });

  test("a method read from a builtin type travels as the type and its name (pool.map(str.upper, words))", () => {
    const upper = builtins.getattr(builtins.str, "upper") as (s: string) => string;
    const fromkeys = builtins.getattr(builtins.dict, "fromkeys") as Function;
    const [sent, sentFromkeys] = roundTrip(PyTuple.of<unknown>(upper, fromkeys)) as unknown as [(s: string) => string, Function];
    assert.equal(sent("abc"), "ABC");
    assert.equal(repr(sent), "<method 'upper' of 'str' objects>");
    assert.equal(repr(sentFromkeys("ab")), "{'a': None, 'b': None}");
  });

  test("synchronization objects travel as handles in inheritance mode and share their memory", () => {
    const lock = new Lock();
    const [copy, sameAgain] = roundTrip(PyTuple.of(lock, lock), "inheritance");
    assert.ok(copy instanceof Lock);
    assert.equal(copy, sameAgain);
    lock.acquire();
    assert.equal(copy.acquire(false), false);
    lock.release();
    assert.equal(copy.acquire(false), true);
    const v = Value("i", 41) as { value: unknown };
    const vCopy = roundTrip(v, "inheritance");
    vCopy.value = 42;
    assert.equal(v.value, 42);
    for (const obj of [new RLock(), new Semaphore({ value: 2 }), new Event(), new Condition(), new Barrier({ parties: 2 }), SharedArray("d", 3), RawValue("i", 1)]) {
      assert.equal(roundTrip(obj, "inheritance").constructor, obj.constructor);
    }
  });

  test("synchronization objects are refused in message mode with CPython's errors", () => {
    const refused = (value: unknown): string => {
      try {
        encode(value, "message");
        return "encoded";
      } catch (error) {
        return `${(error as Error).name}: ${(error as Error).message}`;
      }
    };
    assert.equal(refused(new Lock()), "RuntimeError: Lock objects should only be shared between processes through inheritance");
    assert.equal(refused(new Event()), "RuntimeError: Condition objects should only be shared between processes through inheritance");
    assert.equal(refused(Value("i", 1)), "RuntimeError: Synchronized objects should only be shared between processes through inheritance");
    assert.equal(refused(SharedArray("i", 2)), "RuntimeError: SynchronizedArray objects should only be shared between processes through inheritance");
    // Python 3's ForkingPickler has reduce_ctype for raw ctypes objects: the same RuntimeError.
    assert.equal(refused(RawValue("i", 1)), "RuntimeError: c_int objects should only be shared between processes through inheritance");
    assert.equal(refused(RawArray("d", 2)), "RuntimeError: c_double_Array_2 objects should only be shared between processes through inheritance");
  });
});

describe("codec refuses what cannot travel", () => {
  test("a nested function, a lambda and an instance of a local class", () => {
    // Inheritance mode (start payloads) says why; message mode raises CPython's pickling errors (codecMessages.test.ts).
    assert.throws(() => encode(() => 1, "inheritance"), (e) => e instanceof PyTypeError && /only module-level functions/.test(String(e.args[0])));
    class Local {}
    assert.throws(() => encode(new Local(), "inheritance"), (e) => e instanceof PyTypeError && /Local object.*not defined at module level/.test(String(e.args[0])));
    assert.throws(() => encode(Symbol("s"), "message"), PyTypeError);
  });

  test("nesting deeper than the limit", () => {
    let deep: unknown = null;
    for (let i = 0; i < kMaxDepth + 10; i++) deep = PyList.of(deep);
    assert.throws(() => encode(deep, "message"), RuntimeError);
    assert.throws(() => encode(deep, "inheritance"), RuntimeError);
  });

  test("messages nest as deep as pickle's recursion limit allows: 496 lists, 993 tuples (fork copies 2000 levels)", () => {
    const nested = (n: number, wrap: (x: unknown) => unknown): unknown => {
      let x: unknown = null;
      for (let i = 0; i < n; i++) x = wrap(x);
      return x;
    };
    const list = (x: unknown) => PyList.of(x);
    const tuple = (x: unknown) => PyTuple.of(x);
    assert.doesNotThrow(() => encode(nested(496, list), "message"));
    const tooDeep = (e: unknown) => e instanceof RecursionError && String(e.args[0]) === "maximum recursion depth exceeded while pickling an object";
    assert.throws(() => encode(nested(497, list), "message"), tooDeep);
    assert.doesNotThrow(() => encode(nested(993, tuple), "message"));
    assert.throws(() => encode(nested(994, tuple), "message"), tooDeep);
    assert.doesNotThrow(() => encode(nested(1990, list), "inheritance"));
  });
});

/** A small deterministic generator (mulberry32), so a failing fuzz case can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomValue(next: () => number, depth: number): unknown {
  const pick = Math.floor(next() * (depth > 3 ? 7 : 11));
  switch (pick) {
    case 0: return null;
    case 1: return next() < 0.5;
    case 2: return Math.floor((next() - 0.5) * 2 ** 40);
    case 3: return next() - 0.5;
    case 4: return BigInt(Math.floor(next() * 2 ** 30)) ** 3n;
    case 5: return String.fromCharCode(...Array.from({ length: Math.floor(next() * 8) }, () => Math.floor(next() * 0xd000)));
    case 6: return new PyFloat(Math.floor(next() * 100));
    case 7: return PyList.of(...Array.from({ length: Math.floor(next() * 4) }, () => randomValue(next, depth + 1)));
    case 8: return PyTuple.of(...Array.from({ length: Math.floor(next() * 4) }, () => randomValue(next, depth + 1)));
    case 9: return point(randomValue(next, depth + 1), PyDict.of<unknown, unknown>([Math.floor(next() * 5), randomValue(next, depth + 1)], ["k", new PyBytes([1, 2])], ["b", bytearray(new PyBytes([3]))]));
    default: return PyTuple.of<unknown>(new Lock(), new Event(), Value("d", next()));
  }
}

/** Decoding must end in a value or a CodecError: never another exception, never a hang. */
function decodesOrRejects(bytes: Uint8Array, buffers: readonly SharedArrayBuffer[]): void {
  try {
    decode(bytes, buffers);
  } catch (error) {
    if (!(error instanceof CodecError)) throw new assert.AssertionError({ message: `decode threw ${String(error)} for ${Buffer.from(bytes).toString("hex")}` });
  }
}

describe("codec fuzz", () => {
  test("random values round trip", () => {
    const next = random(1234);
    for (let i = 0; i < 500; i++) {
      const value = randomValue(next, 0);
      const { bytes, buffers } = encode(value, "inheritance");
      const out = decode(bytes, buffers);
      assert.equal(encode(out, "inheritance").bytes.length, bytes.length, `case ${i}`);
    }
  });

  test("every truncation, and random byte flips, of valid encodings are rejected cleanly", () => {
    const next = random(99);
    for (let i = 0; i < 200; i++) {
      const { bytes, buffers } = encode(randomValue(next, 0), "inheritance");
      for (let cut = 0; cut < bytes.length; cut++) {
        assert.throws(() => decode(bytes.subarray(0, cut), buffers), CodecError);
      }
      for (let flip = 0; flip < 20; flip++) {
        const corrupt = bytes.slice();
        corrupt[Math.floor(next() * corrupt.length)] = Math.floor(next() * 256);
        decodesOrRejects(corrupt, next() < 0.5 ? buffers : []);
      }
    }
  });

  test("random bytes after a valid header are rejected cleanly", () => {
    const next = random(7);
    for (let i = 0; i < 2000; i++) {
      const bytes = new Uint8Array(2 + Math.floor(next() * 40));
      bytes[0] = 0x70;
      bytes[1] = 1;
      for (let k = 2; k < bytes.length; k++) bytes[k] = Math.floor(next() * 24);
      decodesOrRejects(bytes, []);
    }
  });

  test("decoding runs neither a constructor nor a getter", () => {
    const p = point(1, 2);
    const { bytes } = encode(PyTuple.of(p), "message");
    assert.ok(decode(bytes, []));
    // A bound method renamed (in the bytes) to a getter is refused without calling it.
    const forged = encode(Object.assign(() => 0, { __self__: p, __func__: Point.prototype.norm }), "message").bytes;
    const renamed = Buffer.from(Buffer.from(forged).toString("latin1").replace("norm", "tock"), "latin1");
    assert.throws(() => decode(renamed, []), CodecError);
  });
});
