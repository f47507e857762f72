// parsePidLog: records in any order, duplicates, and malformed logs.

import assert from "node:assert/strict";
import { test } from "node:test";
import { parseBusyIntervals, parsePidLog } from "./pidLog.js";

test("roles are read in any order; children are deduplicated and sorted", () => {
  assert.deepEqual(parsePidLog("child 12\nmain 10\nparent 9\nchild 11\nchild 12\n"), { main: 10, parent: 9, children: [11, 12], threads: 0 });
  assert.deepEqual(parsePidLog("main 10\n"), { main: 10, parent: null, children: [], threads: 0 });
  assert.equal(parsePidLog("main 10\nthread 10\nthread 11\n").threads, 2);
});

test("a log without main, with two mains or with garbage is an error", () => {
  assert.throws(() => parsePidLog("child 3\n"), /no main record/);
  assert.throws(() => parsePidLog("main 1\nmain 2\n"), /a second main pid 2/);
  assert.throws(() => parsePidLog("main 1\n42\n"), /pid log line 2/);
});

test("busy intervals: children and threads from start to end, merged, open ones to the end", () => {
  const log = [
    "main 10",
    "parent 9",
    "child 11 1000100.5",
    "thread 11 1000101 7", // never logs its end: it ends with process 11
    "exit 11 1000150",
    "exit 11 1000152", // reaped later by the parent: the first end counts
    "thread 10 1000140 8",
    "thread-end 10 1000170 8",
    "child 12 1000300",
  ].join("\n");
  assert.deepEqual(parseBusyIntervals(log, 1000000, 500), [100.5, 170, 300, 500]);
  assert.deepEqual(parseBusyIntervals("main 10\nchild 11\n", 0, 500), [], "records without times say nothing");
});
