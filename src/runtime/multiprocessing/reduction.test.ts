// Which functions can travel to another process by name, as pickle finds them:
// the runtime's built-in and library functions under their Python module names,
// and not a closure.

import assert from "node:assert/strict";
import { test } from "node:test";
import * as builtins from "../builtins/index.js";
import { runtimeClass, runtimeClassName } from "../internal/codecRegistry.js";
import * as math from "../math/index.js";
import * as os from "../os/index.js";
import * as sys from "../sys/index.js";
import * as time from "../time/index.js";
import { cpu_count } from "./context.js";
import { active_children, current_process, parent_process } from "./process.js";
import { canTravel, unpicklableFunction } from "./reduction.js";

test("built-in and library functions are registered under pickle's module and name", () => {
  const cases: Array<[Function, string]> = [
    [builtins.abs, "builtins.abs"],
    [time.sleep, "time.sleep"],
    [os.getpid, "os.getpid"],
    [os.path.basename, "posixpath.basename"],
    [math.sqrt, "math.sqrt"],
    [sys.exit, "sys.exit"],
    [cpu_count, "multiprocessing.cpu_count"],
    [current_process, "multiprocessing.current_process"],
    [parent_process, "multiprocessing.parent_process"],
    [active_children, "multiprocessing.active_children"],
  ];
  for (const [fn, name] of cases) {
    assert.equal(runtimeClassName(fn), name);
    assert.equal(runtimeClass(name), fn);
    assert.equal(canTravel(fn), true, name);
    assert.equal(unpicklableFunction(fn), null, name);
  }
});

test("a closure cannot travel", () => {
  const local = (x: number) => x;
  assert.equal(canTravel(local), false);
  assert.notEqual(unpicklableFunction(local), null);
});
