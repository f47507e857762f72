// The codec's two modes find functions by name differently: a fork (inheritance)
// also passes Python 2 bound methods and module-level lambdas, pickle (messages)
// does not.

import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { getattr } from "../builtins/attributes.js";
import { setDialect } from "../builtins/dialect.js";
import { PyObject } from "../builtins/object.js";
import * as time from "../time/index.js";
import "../multiprocessing/reduction.js"; // registers the runtime's functions by name
import { setModuleExports } from "./module.js";
import { moduleLambda } from "./moduleLambdas.js";
import { travelsByName } from "./travelsByName.js";

afterEach(() => setDialect("py3"));

class Worker extends PyObject {
  run(): number {
    return 1;
  }
}
function task(): number {
  return 2;
}
setModuleExports({ Worker, task });

test("module functions and the runtime's functions travel in both modes; a closure in neither", () => {
  for (const mode of ["message", "inheritance"] as const) {
    assert.equal(travelsByName(task, mode), true);
    assert.equal(travelsByName(time.sleep, mode), true);
    assert.equal(travelsByName(() => 3, mode), false);
  }
});

test("a module-level lambda travels only by fork", () => {
  const square = moduleLambda("square_lambda_travel", (x: number) => x * x);
  assert.equal(travelsByName(square, "inheritance"), true);
  assert.equal(travelsByName(square, "message"), false);
});

test("a bound method travels by fork in both dialects, by pickle only in Python 3", () => {
  const bound = getattr(new Worker(), "run") as Function;
  assert.equal(travelsByName(bound, "message"), true);
  setDialect("py2");
  assert.equal(travelsByName(bound, "message"), false);
  assert.equal(travelsByName(bound, "inheritance"), true);
});
