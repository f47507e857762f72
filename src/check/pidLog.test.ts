// parsePidLog: records in any order, duplicates, and malformed logs.

import assert from "node:assert/strict";
import { test } from "node:test";
import { parsePidLog } from "./pidLog.js";

test("roles are read in any order; children are deduplicated and sorted", () => {
  assert.deepEqual(parsePidLog("child 12\nmain 10\nparent 9\nchild 11\nchild 12\n"), { main: 10, parent: 9, children: [11, 12] });
  assert.deepEqual(parsePidLog("main 10\n"), { main: 10, parent: null, children: [] });
});

test("a log without main, with two mains or with garbage is an error", () => {
  assert.throws(() => parsePidLog("child 3\n"), /no main record/);
  assert.throws(() => parsePidLog("main 1\nmain 2\n"), /a second main pid 2/);
  assert.throws(() => parsePidLog("main 1\n42\n"), /pid log line 2/);
});
