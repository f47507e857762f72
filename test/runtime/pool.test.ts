// Whole pool programs (test/runtime/pool/*.py) through `py2ts-mp run`, in
// leak-check mode (each must end with no worker thread or port left), with new
// workers and with reused ones. Programs CPython runs to the end must print what
// it printed (<name>.out, <name>.err without traceback frames: record.sh); where
// CPython would wait forever (a dead worker's task, an inherited pool) the
// expected output is py2ts-mp's documented departure, written here.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { programsSource, tracebackSkeleton } from "./harness.js";

const poolPrograms = join(programsSource, "..", "pool");
const cli = join(programsSource, "..", "..", "..", "bin", "py2ts-mp.js");

interface PoolCase {
  readonly name: string;
  readonly what: string;
  /** Expected stdout when CPython cannot give it (else <name>.out). */
  readonly stdout?: string;
  /** The run must end within this many ms (a terminated pool does not wait for its tasks). */
  readonly withinMs?: number;
}

const cases: readonly PoolCase[] = [
  { name: "callback_error", what: "a callback's exception ends result delivery; terminate() then asserts" },
  { name: "callback_error_py2", what: "Python 2: the same, with 2.7's thread report and bare AssertionError" },
  { name: "callback_keyerror", what: "a callback's KeyError is swallowed; that result never reads as ready" },
  { name: "big_messages", what: "arguments and results longer than the rings stream through them" },
  { name: "idle_workers", what: "tasks arriving one by one run in parallel on the idle workers" },
  { name: "value_types", what: "values keep their Python types through tasks and results, packed number chunks included" },
  { name: "infinite_imap", what: "imap over an endless generator makes tasks as workers take them" },
  { name: "exit_without_join", what: "at program end a running pool is terminated, its tasks never finish", withinMs: 4000 },
  { name: "exit_without_join_py2", what: "Python 2: the same", withinMs: 4000 },
  { name: "pool_in_child", what: "a child process owns a pool; a pool worker may not make one" },
  { name: "executor_broken", what: "a terminated executor worker breaks the executor: BrokenProcessPool for every pending future" },
  {
    name: "worker_death",
    what: "a worker that dies running a task is replaced and the task fails (CPython waits forever)",
    stdout: "ProcessError True\n[0, 1, 4, 9, 16] 2\nProcessError True\nProcessError True\n[0, 1, 4] 2\nend\n",
  },
  {
    name: "inherited_pool",
    what: "a child's copy of the parent's pool and results: finished values kept, the rest a clear error",
    stdout: "finished result: 49\npool: Pool not running\npending result: NotImplementedError\nend 0\n",
  },
];

function run(name: string, env: Record<string, string>): { stdout: string; stderr: string; status: number | null; ms: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, "run", join(poolPrograms, `${name}.py`)], {
    env: { ...process.env, PY2TS_LEAK_CHECK: "1", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status, ms: performance.now() - started };
}

function recorded(name: string, ext: "out" | "err"): string {
  const path = join(poolPrograms, `${name}.${ext}`);
  return existsSync(path) ? readFileSync(path, "utf8") : "";
}

for (const reuse of [false, true]) {
  describe(`pool programs${reuse ? " (workers reused)" : ""}`, { concurrency: 2 }, () => {
    for (const c of cases) {
      test(`${c.name}: ${c.what}`, () => {
        const result = run(c.name, reuse ? { PY2TS_REUSE_WORKERS: "1" } : {});
        assert.equal(result.stdout, c.stdout ?? recorded(c.name, "out"), `stderr:\n${result.stderr}`);
        assert.equal(tracebackSkeleton(result.stderr), c.stdout === undefined ? recorded(c.name, "err") : "");
        assert.equal(result.status, 0);
        if (c.withinMs !== undefined) assert.ok(result.ms < c.withinMs, `took ${Math.round(result.ms)} ms`);
      });
    }
  });
}
