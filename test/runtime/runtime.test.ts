// Runtime behaviour with no CPython twin: safe-point hooks, the documented
// departure for closure targets, the production exit path, the pid log, and the
// leak check itself (it must be able to fail).

import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { recordedStderr, recordedStdout } from "./cases.js";
import { runProgram, tracebackSkeleton } from "./harness.js";

describe("process runtime", { concurrency: 2 }, () => {
  test("safe-point hooks run while blocked (sleep, contended acquire, join), never nested, not after removal", () => {
    const result = runProgram("hooks");
    assert.equal(result.stderr, "");
    assert.equal(
      result.stdout,
      "sleep ran the hook True\nacquired True while the hook ran True\njoin ran the hook True never nested True\nremoved hook not called True\n",
    );
    assert.equal(result.status, 0);
  });

  test("a nested function, lambda or local class as a target is a clear error at start(); a bound method works", () => {
    const result = runProgram("closure_target");
    const lines = result.stdout.split("\n");
    assert.match(lines[0]!, /^nested function !! NotImplementedError the target of Process-1 \(inner\) is not a module-level function/);
    assert.match(lines[1]!, /^lambda !! NotImplementedError the target of Process-2 \(target\) is not a module-level function/);
    assert.match(lines[2]!, /^local Process subclass !! NotImplementedError the Process subclass Local is not defined at module level/);
    assert.deepEqual(lines.slice(3), ["hi ann", "bound method exit 0", ""]);
    assert.equal(result.status, 0);
  });

  test("the production path (process.exit at the end) gives the same output, stderr and exit code", () => {
    for (const name of ["exitcodes", "main_exception"]) {
      const result = runProgram(name, { noLeakCheck: true });
      assert.equal(result.stdout, recordedStdout(name));
      assert.equal(tracebackSkeleton(result.stderr), recordedStderr(name));
      assert.equal(result.status, name === "main_exception" ? 1 : 0);
    }
  });

  test("PY2TS_PID_LOG lists the main pid, its parent and every child, consistent with os.getpid()", () => {
    const dir = mkdtempSync(join(tmpdir(), "py2ts-pids-"));
    try {
      const log = join(dir, "pids");
      const result = runProgram("attributes", { env: { PY2TS_PID_LOG: log } });
      assert.equal(result.status, 0);
      const records = readFileSync(log, "utf8").trim().split("\n").map((line) => line.split(" "));
      assert.deepEqual(records.map(([role]) => role), ["main", "parent", ...Array(7).fill("child")]);
      const main = Number(records[0]![1]);
      // Children are numbered main pid + 1, + 2, ... in start order (grandchildren included).
      assert.deepEqual(records.slice(2).map(([, pid]) => Number(pid) - main), [1, 2, 3, 4, 5, 6, 7]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("reused workers really are reused (fewer workers than processes) and still start fresh", () => {
    const reused = runProgram("fresh_state", { env: { PY2TS_REUSE_WORKERS: "1", PY2TS_HUB_STATS: "1", PY2TS_WARM_SPARES: "2" } });
    assert.equal(reused.stdout, recordedStdout("fresh_state"));
    const created = Number(/py2ts-mp hub: (\d+) workers created/.exec(reused.stderr)?.[1]);
    const fresh = runProgram("fresh_state", { env: { PY2TS_HUB_STATS: "1", PY2TS_WARM_SPARES: "2" } });
    const createdFresh = Number(/py2ts-mp hub: (\d+) workers created/.exec(fresh.stderr)?.[1]);
    // Eight processes (four children, four grandchildren): a new worker each, or reuse.
    assert.ok(createdFresh >= 8, `without reuse ${createdFresh} workers`);
    assert.ok(created < createdFresh, `with reuse ${created} workers, without ${createdFresh}`);
  });

  test("with a spare left, the spare a start took is replaced only once the program is not busy", (t) => {
    const run = (spareCase: string): { workers: number; busyCores: number } => {
      const result = runProgram("spare_replacement", { env: { SPARE_CASE: spareCase, PY2TS_WARM_SPARES: "2" } });
      assert.equal(result.status, 0, result.stderr);
      return { workers: Number(/^workers created (\d+)$/m.exec(result.stdout)?.[1]), busyCores: Number(/^busy cores ([\d.]+)$/m.exec(result.stdout)?.[1]) };
    };
    // Two warm spares; the child took one. While both slept 0.4 s the hub replaced
    // it; while both computed, it waited (up to 1 s).
    assert.equal(run("idle").workers, 3);
    const busy = run("busy");
    // The hub decides from the CPU the program gets: only a program that had most of
    // the two cores (not a machine loaded by other jobs) is busy in every 30 ms window.
    if (busy.busyCores >= 1.5) assert.equal(busy.workers, 2, `busy cores ${busy.busyCores}`);
    else t.diagnostic(`busy case not checked: the program got ${busy.busyCores} cores`);
  });

  test("the leak check reports a process that cannot end by itself", () => {
    const result = runProgram("leak_canary", { timeoutMs: 30_000 });
    assert.equal(result.stdout, "leaving a timer behind\n");
    assert.match(result.stderr, /^py2ts-mp: leak: still alive after the program ended: .*Timeout/);
    assert.equal(result.status, 99);
  });
});
