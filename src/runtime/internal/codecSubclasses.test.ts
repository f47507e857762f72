// Instances of a script's list and dict subclasses travel (fork snapshots and
// messages) as pickle's protocol 2 sends them: made without __init__, the items,
// then the instance's own attributes; in messages the class's own __setitem__
// (and, in Python 3, extend) fill it, as pickle's SETITEMS/APPENDS call them.
// Before, both were "subclasses of built-in containers are not supported yet".

import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { dict, list } from "../builtins/conversions.js";
import { setDialect } from "../builtins/dialect.js";
import { PyDict } from "../builtins/dict.js";
import { PyList } from "../builtins/list.js";
import { decode, decodeMessage, encode, encodeMessage } from "./codec.js";
import { setModuleExports } from "./module.js";

afterEach(() => setDialect("py3"));

const calls: string[] = [];
class Registry extends dict {
  override __setitem__(key: unknown, value: unknown): null {
    calls.push(`set ${String(key)}`);
    return super.__setitem__(key, value);
  }
}
class Stack extends list {
  override __init__(): null {
    calls.push("init");
    return null;
  }
  override extend(items: unknown): null {
    calls.push("extend");
    return super.extend(items);
  }
}
setModuleExports({ Registry, Stack });

const messageRoundTrip = (value: unknown): unknown => decodeMessage(encodeMessage(value).slice());
const forkRoundTrip = (value: unknown): unknown => {
  const { bytes, buffers } = encode(value, "inheritance");
  return decode(bytes, buffers);
};

function registry(): Registry {
  const r = Reflect.construct(PyDict, [], Registry) as Registry;
  PyDict.prototype.__setitem__.call(r, "a", 1);
  (r as unknown as Record<string, unknown>)["owner"] = "me";
  return r;
}

test("a dict subclass keeps its class, items and attributes; a message fills it through its __setitem__", () => {
  calls.length = 0;
  const out = messageRoundTrip(registry()) as PyDict & Record<string, unknown>;
  assert.ok(out instanceof Registry);
  assert.equal(out.__getitem__("a"), 1);
  assert.equal(out["owner"], "me");
  assert.deepEqual(Object.keys(out).filter((k) => !k.startsWith("_")), ["owner"]);
  assert.deepEqual(calls, ["set a"]);
  calls.length = 0;
  assert.ok(forkRoundTrip(registry()) instanceof Registry);
  assert.deepEqual(calls, []);
});

test("a list subclass is made without __init__; Python 3 messages call its extend, Python 2's and fork's do not; self-references survive", () => {
  const s = Reflect.construct(PyList, [], Stack) as Stack & unknown[];
  s.push(1, 2);
  s.push(s);
  (s as unknown as Record<string, unknown>)["label"] = "stk";
  calls.length = 0;
  const out = messageRoundTrip(s) as unknown[] & Record<string, unknown>;
  assert.ok(out instanceof Stack);
  assert.equal(out.length, 3);
  assert.equal(out[2], out);
  assert.equal(out["label"], "stk");
  assert.deepEqual(calls, ["extend"]);
  calls.length = 0;
  setDialect("py2");
  assert.equal((messageRoundTrip(s) as unknown[]).length, 3);
  assert.equal((forkRoundTrip(s) as unknown[])[0], 1);
  assert.deepEqual(calls, []);
});
