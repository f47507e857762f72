// A runtime module namespace seen as a Python module (CPython 3.11.7 and 2.7.18
// print these; corpus/semantics/library/modules_as_values*.py records them).

import assert from "node:assert/strict";
import { test } from "node:test";
import * as sys from "../sys/index.js";
import * as time from "../time/index.js";
import * as os from "../os/index.js";
import { getattr, isinstance, repr, type } from "./index.js";

test("type() of a module is module; repr of a built-in or frozen module is CPython's", () => {
  assert.equal(type(os).__name__, "module");
  assert.equal(isinstance(time, type(sys)), true);
  assert.equal(repr(time), "<module 'time' (built-in)>");
  assert.equal(repr(os), "<module 'os' (frozen)>");
  assert.equal(repr(os.path), "<module 'posixpath' (frozen)>");
});

test("a missing attribute names the module (Python 2 says 'module' object)", () => {
  assert.throws(() => getattr(sys, "nothing"), /module 'sys' has no attribute 'nothing'/);
});
