// bench/pool: multiprocessing.Pool under py2ts-mp against CPython 3.11's, in the
// same run. workload.py is run by CPython and, converted, by py2ts-mp (the code a
// user's script becomes); each case runs several times, alternating the two sides
// so load drifts hit both, and medians are reported with the ratio (> 1: py2ts-mp
// is faster). Not a test: numbers only (the machine is shared, expect noise).

import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { binPath, cpython311, median, repoRoot, report } from "../support.js";

const workload = join(repoRoot, "bench", "pool", "workload.py");

interface Result {
  readonly seconds: number;
  readonly check: number;
}

function run(command: string, args: string[], poolCase: string, n: number): Result {
  const env = { ...process.env, POOL_CASE: poolCase, POOL_N: String(n) };
  const result = spawnSync(command, args, { env, encoding: "utf8", timeout: 600_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} (${poolCase} ${n}) failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Result;
}

const python = (poolCase: string, n: number): Result => run(cpython311(), [workload], poolCase, n);
const ours = (poolCase: string, n: number): Result => run(process.execPath, [binPath, "run", workload], poolCase, n);

/** Median seconds of each side; the two must compute the same check value. */
function seconds(poolCase: string, nPython: number, nOurs: number, runs: number): [number, number] {
  const py: number[] = [];
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const theirs = python(poolCase, nPython);
    const mine = ours(poolCase, nOurs);
    if (nPython === nOurs && theirs.check !== mine.check) throw new Error(`${poolCase}: check ${mine.check}, CPython ${theirs.check}`);
    py.push(theirs.seconds);
    ts.push(mine.seconds);
  }
  return [median(py), median(ts)];
}

const rate = (n: number, s: number): string => (n / s >= 1e6 ? `${(n / s / 1e6).toFixed(2)} M/s` : `${(n / s / 1e3).toFixed(1)} k/s`);
const ratio = (slow: number, fast: number): string => `${(slow / fast).toFixed(1)}x`;

export async function benchPool(): Promise<void> {
  // Compile once so the py2ts-mp runs start from the cache.
  ours("apply", 10);
  const runs = Number(process.env["POOL_BENCH_RUNS"] ?? 3);
  const cpuN = 2_000_000;
  const [pyCpu, tsCpu] = seconds("cpu", cpuN, cpuN, runs);
  const mapN = 1_000_000;
  const [pyMap, tsMap] = seconds("map", mapN, mapN, runs);
  const [pyAsync, tsAsync] = seconds("apply_async", 20_000, 100_000, runs);
  const [pyApply, tsApply] = seconds("apply", 5_000, 20_000, runs);
  report("pool", [
    [`Pool(2).map, 8 CPU-bound tasks of ${cpuN / 1e6} M loop steps: CPython / py2ts-mp`, `${pyCpu.toFixed(3)} s / ${tsCpu.toFixed(3)} s  (${ratio(pyCpu, tsCpu)})`],
    [`Pool(2).map of ${mapN / 1e6} M tiny tasks, default chunks`, `${rate(mapN, pyMap)} / ${rate(mapN, tsMap)}  (${ratio(pyMap, tsMap)})`],
    ["apply_async, then every get(): tasks per second", `${rate(20_000, pyAsync)} / ${rate(100_000, tsAsync)}  (${ratio(100_000 / tsAsync, 20_000 / pyAsync)})`],
    ["apply round trip", `${((pyApply / 5_000) * 1e6).toFixed(1)} us / ${((tsApply / 20_000) * 1e6).toFixed(1)} us  (${ratio(pyApply / 5_000, tsApply / 20_000)})`],
  ]);
}
