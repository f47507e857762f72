// bench/process: the process runtime against CPython 3.11's fork, in the same run.
// workload.py and workload.ts (its hand-lowered twin, run on the runtime bundle
// like `py2ts-mp run`'s output) time four cases: Process
// start+join, an uncontended Lock, a Lock two processes fight over, and
// `with v.get_lock(): v.value += 1` in two processes. Each case runs several
// times; medians are reported with the ratio CPython / py2ts-mp (> 1: we are
// faster). Not a test: numbers only (the machine is shared, expect noise).

import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { cpython311, median, repoRoot, report } from "../support.js";

const workloadPy = join(repoRoot, "bench", "process", "workload.py");
const workloadJs = bundled(join(repoRoot, "dist", "bench", "process", "workload.js"));

/**
 * workload.js with its runtime import pointed at the runtime bundle, as `py2ts-mp
 * run` does for emitted code: a worker then boots the way a user's program does.
 */
function bundled(path: string): string {
  const bundle = pathToFileURL(join(repoRoot, "dist", "runtime", "runtime.bundle.js")).href;
  const out = path.replace(/\.js$/, ".bundled.js");
  writeFileSync(out, readFileSync(path, "utf8").replace(/from "py2ts-mp\/runtime"/g, `from ${JSON.stringify(bundle)}`));
  return out;
}

interface Result {
  readonly ns_per_op?: number;
  readonly samples_ms?: number[];
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Result {
  const result = spawnSync(command, args, { env: { ...process.env, ...env }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Result;
}

const python = (kind: string, n: number): Result => run(cpython311(), [workloadPy, kind, String(n)]);
const ours = (kind: string, n: number, env: NodeJS.ProcessEnv = {}): Result => run(process.execPath, [workloadJs, kind, String(n)], env);

/** Median ns/op over `runs` runs of each side, alternating so load drifts hit both. */
function perOp(kind: string, n: number, runs: number): [number, number] {
  const py: number[] = [];
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    py.push(python(kind, n).ns_per_op!);
    ts.push(ours(kind, n).ns_per_op!);
  }
  return [median(py), median(ts)];
}

/** Start+join samples after the first two (the steady state of a loop), pooled over runs. */
function startJoin(runs: number, env?: NodeJS.ProcessEnv): { first: number; steady: number } {
  const first: number[] = [];
  const steady: number[] = [];
  for (let i = 0; i < runs; i++) {
    const samples = (env ? ours("start_join", 30, env) : python("start_join", 30)).samples_ms!;
    first.push(...samples.slice(0, 2));
    steady.push(...samples.slice(2));
  }
  return { first: median(first), steady: median(steady) };
}

const ms = (x: number): string => `${x.toFixed(2)} ms`;
const ns = (x: number): string => `${x.toFixed(0)} ns`;
const ratio = (cpython: number, ourValue: number): string => `${(cpython / ourValue).toFixed(2)}x`;

export async function benchProcess(): Promise<void> {
  const cpy = startJoin(3);
  const fresh = startJoin(3, {});
  const reused = startJoin(3, { PY2TS_REUSE_WORKERS: "1" });
  const [pyLock, tsLock] = perOp("uncontended", 1_000_000, 3);
  const [pyFight, tsFight] = perOp("contended", 500_000, 3);
  const [pyValue, tsValue] = perOp("value", 500_000, 3);
  report("process", [
    ["Process start+join, CPython fork (median of 28 x 3 in a loop)", ms(cpy.steady)],
    ["  py2ts-mp, first two starts (warm spares)", `${ms(fresh.first)}  (${ratio(cpy.steady, fresh.first)})`],
    ["  py2ts-mp, in a loop, a new worker each", `${ms(fresh.steady)}  (${ratio(cpy.steady, fresh.steady)})`],
    ["  py2ts-mp, in a loop, reused workers", `${ms(reused.steady)}  (${ratio(cpy.steady, reused.steady)})`],
    ["Lock acquire+release, uncontended: CPython / py2ts-mp", `${ns(pyLock)} / ${ns(tsLock)}  (${ratio(pyLock, tsLock)})`],
    ["Lock acquire+release, 2 processes: CPython / py2ts-mp", `${ns(pyFight)} / ${ns(tsFight)}  (${ratio(pyFight, tsFight)})`],
    ["`with v.get_lock(): v.value += 1`, 2 processes", `${ns(pyValue)} / ${ns(tsValue)}  (${ratio(pyValue, tsValue)})`],
  ]);
}
