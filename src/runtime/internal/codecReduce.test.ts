// A script class's __reduce__ / __reduce_ex__ decide how its instances travel in
// messages, as pickle's save_reduce/REDUCE do: the callable is called with the
// args on the receiving side, then the state goes to __setstate__ or the
// attributes. Before, the instance travelled with all its attributes (a class
// whose __reduce__ doubled a field arrived unchanged). Fork snapshots still copy
// the attributes, as fork does.

import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { PyDict } from "../builtins/dict.js";
import { setDialect } from "../builtins/dialect.js";
import { PyObject } from "../builtins/object.js";
import { PyTuple } from "../builtins/tuple.js";
import { abs } from "../builtins/index.js";
import { Tag } from "./codecFormat.js";
import "../multiprocessing/reduction.js";
import { decode, decodeMessage, encode, encodeMessage } from "./codec.js";
import { setModuleExports } from "./module.js";
import { PicklingError } from "./pickleErrors.js";

afterEach(() => setDialect("py3"));

class Doubled extends PyObject {
  declare a: number;
  constructor(a?: number) {
    super();
    if (a !== undefined) this.a = a;
  }
  __reduce__(): PyTuple {
    return PyTuple.of<unknown>(Doubled, PyTuple.of(this.a * 2));
  }
}
function makeRecord(name: unknown): PyDict {
  return PyDict.of<unknown, unknown>(["name", name]);
}
class ByFactory extends PyObject {
  __reduce__(): PyTuple {
    return PyTuple.of<unknown>(makeRecord, PyTuple.of(this["name"]), null);
  }
}
class WithState extends PyObject {
  __reduce__(): PyTuple {
    return PyTuple.of<unknown>(WithState, PyTuple.of(), PyDict.of<unknown, unknown>(["kept", this["kept"]]));
  }
}
class Protocol extends PyObject {
  __reduce_ex__(protocol: number): PyTuple {
    return PyTuple.of<unknown>(makeRecord, PyTuple.of(protocol));
  }
}
class Inherits extends Doubled {}
class NotATuple extends PyObject {
  __reduce__(): unknown {
    return 42;
  }
}
class ShortTuple extends PyObject {
  __reduce__(): unknown {
    return PyTuple.of<unknown>(ShortTuple);
  }
}
/** __setstate__ without __getstate__: BUILD gets the __dict__. */
class SetStateOnly extends PyObject {
  __setstate__(state: unknown): null {
    this["seen"] = state instanceof PyDict ? state.__len__() : state;
    return null;
  }
}
/** A library function (registered to travel by name) as the callable: the receiver would run it while decoding. */
class ByLibrary extends PyObject {
  __reduce__(): PyTuple {
    return PyTuple.of<unknown>(abs, PyTuple.of(-3));
  }
}
setModuleExports({ Doubled, makeRecord, ByFactory, WithState, Protocol, Inherits, NotATuple, ShortTuple, SetStateOnly, ByLibrary });

const roundTrip = (value: unknown): unknown => decodeMessage(encodeMessage(value).slice());

test("the receiver calls what __reduce__ returns; shared references stay one object", () => {
  const out = roundTrip(new Doubled(4)) as Doubled;
  assert.ok(out instanceof Doubled);
  assert.equal(out.a, 8);
  const d = new Doubled(1);
  const pair = roundTrip(PyTuple.of(d, d)) as PyTuple<Doubled>;
  assert.equal(pair[0], pair[1]);
  assert.equal((roundTrip(new Inherits(3)) as Doubled).constructor, Doubled);
  const record = roundTrip(Object.assign(new ByFactory(), { name: "db" })) as PyDict;
  assert.ok(record instanceof PyDict);
  assert.equal(record.__getitem__("name"), "db");
});

test("a state is BUILD's: set as attributes; __reduce_ex__ gets the dialect's protocol", () => {
  const out = roundTrip(Object.assign(new WithState(), { kept: 7, dropped: 1 })) as Record<string, unknown>;
  assert.deepEqual({ ...out }, { kept: 7 });
  assert.equal((roundTrip(new Protocol()) as PyDict).__getitem__("name"), 4);
  setDialect("py2");
  assert.equal((roundTrip(new Protocol()) as PyDict).__getitem__("name"), 2);
});

test("fork inheritance copies the attributes; malformed results are pickle's PicklingError", () => {
  const { bytes, buffers } = encode(new Doubled(4), "inheritance");
  assert.equal((decode(bytes, buffers) as Doubled).a, 4);
  assert.throws(() => encodeMessage(new NotATuple()), (e: unknown) => e instanceof PicklingError && (e as Error).message === "__reduce__ must return a string or tuple");
  assert.throws(() => encodeMessage(new ShortTuple()), { message: "tuple returned by __reduce__ must contain 2 through 6 elements" });
  setDialect("py2");
  assert.throws(() => encodeMessage(new NotATuple()), (e: unknown) => /^Value returned by <built-in method __reduce_ex__ of NotATuple object at 0x[0-9a-f]+> must be string or tuple$/.test((e as Error).message));
});

test("a class with __setstate__ but no __getstate__ gets its __dict__ (Python 3: none when empty, Python 2: always)", () => {
  const filled = roundTrip(Object.assign(new SetStateOnly(), { a: 1, b: 2 })) as Record<string, unknown>;
  assert.deepEqual({ ...filled }, { seen: 2 });
  assert.deepEqual({ ...(roundTrip(new SetStateOnly()) as object) }, {});
  setDialect("py2");
  assert.deepEqual({ ...(roundTrip(new SetStateOnly()) as object) }, { seen: 0 });
});

test("only the script's module-level functions and classes are called: a library callable is refused when sent and when read", () => {
  assert.throws(() => encodeMessage(new ByLibrary()), /py2ts-mp: __reduce__ returning .* is not supported: only a function or class defined at module level/);
  // A message naming a library function as the callable (as corrupt input could) is refused unread.
  const good = encodeMessage(new Doubled(1)).slice();
  const at = good.indexOf(Tag.ReduceCall);
  assert.equal(good[at + 1], Tag.ModuleClass);
  const forged = good.slice();
  forged[at + 1] = Tag.RuntimeClass;
  assert.throws(() => decodeMessage(forged), /a reduce call of something not defined by the script/);
});
