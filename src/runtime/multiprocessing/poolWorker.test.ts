// How a pool worker turns one starmap item into call arguments.

import assert from "node:assert/strict";
import { test } from "node:test";
import { TypeError } from "../builtins/exceptions.js";
import { PyList } from "../builtins/list.js";
import { PyTuple } from "../builtins/tuple.js";
import { starmapArguments } from "./poolWorker.js";

test("a starmap item that is any iterable spreads into arguments", () => {
  const tuple = PyTuple.of(1, 2);
  assert.equal(starmapArguments(tuple), tuple);
  assert.deepEqual([...starmapArguments(PyList.of(3, 4))], [3, 4]);
  assert.deepEqual([...starmapArguments("ab")], ["a", "b"]);
});

test("a non-iterable starmap item fails as itertools.starmap does, not as a call's *args", () => {
  for (const [item, name] of [[5, "int"], [null, "NoneType"], [1.5, "float"]] as const) {
    assert.throws(
      () => starmapArguments(item),
      (error: unknown) => error instanceof TypeError && String((error as TypeError).args[0]) === `'${name}' object is not iterable`,
    );
  }
});
