// bench/manager: manager proxies against CPython 3.11's Manager, in the same run.
// workload.py and workload.ts (its hand-lowered twin) time four cases: dict
// set+get from a child and from the manager's own process, list.append from 4
// children at once, and Queue put+get from a child. Each case runs several times,
// the two sides alternating so load drifts hit both; medians of ops/s are reported
// with the ratio py2ts-mp / CPython (> 1: we are faster). Numbers only, no verdict.

import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { cpython311, median, repoRoot, report } from "../support.js";

const workloadPy = join(repoRoot, "bench", "manager", "workload.py");
const workloadJs = join(repoRoot, "dist", "bench", "manager", "workload.js");

interface Result {
  readonly ops_per_s: number;
  readonly length?: number;
}

function run(command: string, args: string[]): Result {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 300_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Result;
}

/** Median ops/s of CPython and of py2ts-mp over `runs` alternating runs. */
function opsPerSecond(kind: string, pyN: number, tsN: number, runs: number): [number, number] {
  const py: number[] = [];
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    py.push(run(cpython311(), [workloadPy, kind, String(pyN)]).ops_per_s);
    const ours = run(process.execPath, [workloadJs, kind, String(tsN)]);
    if (kind === "list_append" && ours.length !== 4 * tsN) throw new Error(`list_append lost items: ${ours.length}`);
    ts.push(ours.ops_per_s);
  }
  return [median(py), median(ts)];
}

const kops = (x: number): string => `${(x / 1000).toFixed(1)} k ops/s`;

export async function benchManager(): Promise<void> {
  const rows: Array<readonly [string, string]> = [];
  const cases: Array<readonly [string, string, number, number]> = [
    ["dict_child", "dict d[k] = v; d[k] from a child", 20_000, 100_000],
    ["dict_main", "dict d[k] = v; d[k] from the main process", 20_000, 100_000],
    ["list_append", "list.append from 4 children at once", 5_000, 25_000],
    ["queue_child", "Queue put+get from a child", 10_000, 50_000],
  ];
  for (const [kind, label, pyN, tsN] of cases) {
    const [py, ts] = opsPerSecond(kind, pyN, tsN, 3);
    rows.push([`${label}: CPython / py2ts-mp`, `${kops(py)} / ${kops(ts)}  (${(ts / py).toFixed(2)}x)`]);
  }
  report("manager", rows);
}
