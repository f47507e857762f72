// Dict views in messages (Queue, Pipe, Pool and manager traffic): pickle refuses
// them with their CPython type name until the process has used a manager, whose
// module registers a reducer that sends them as lists (m.dict(d.items()) raised
// "cannot pickle 'PyDictItems' object"). Its own file: the switch stays on.

import assert from "node:assert/strict";
import { test } from "node:test";
import { PyDict } from "../builtins/dict.js";
import { PyDictItems, PyDictKeys, PyDictValues } from "../builtins/dictViews.js";
import { TypeError } from "../builtins/exceptions.js";
import { PyList } from "../builtins/list.js";
import { repr } from "../builtins/repr.js";
import { decodeMessage, encodeMessage } from "./codec.js";
import { reduceDictViewsAsLists } from "./codecRegistry.js";

const dict = (): PyDict => {
  const d = new PyDict();
  d.__setitem__("a", 1);
  d.__setitem__("b", 2);
  return d;
};

const roundTrip = (value: unknown): string => repr(decodeMessage(encodeMessage(value)));

test("before a manager, pickle refuses a dict view and names its type", () => {
  assert.throws(() => encodeMessage(new PyDictItems(dict())), (e) => e instanceof TypeError && (e as Error).message.includes("cannot pickle 'dict_items' object"));
  assert.throws(() => encodeMessage(new PyDictKeys(dict())), (e) => e instanceof TypeError && (e as Error).message.includes("cannot pickle 'dict_keys' object"));
});

test("after a manager, dict views travel as lists, inside other values too", () => {
  reduceDictViewsAsLists();
  assert.equal(roundTrip(new PyDictItems(dict())), "[('a', 1), ('b', 2)]");
  assert.equal(roundTrip(new PyDictValues(dict())), "[1, 2]");
  const d = dict();
  assert.equal(roundTrip(PyList.fromIterable([new PyDictKeys(d), new PyDictKeys(d)])), "[['a', 'b'], ['a', 'b']]");
});
