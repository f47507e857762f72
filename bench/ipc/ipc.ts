// bench/ipc: Queue and Pipe against CPython 3.11 in the same run. workload.py runs
// as it is under CPython and through `py2ts-mp run` (the converted script, our whole
// runtime): Queue throughput for small tuples, one producer and two (and each
// with 5x the messages: a new process's first ~20,000 run cold code);
// Pipe ping-pong round-trip latency (also over 5x the trips); a 10 MB bytes
// object through a Queue to a child and its length back. Runs alternate sides so
// load drifts hit both; medians are reported.
// Beside them the floor of a round trip on this machine: handoff.py (two CPython
// processes, one byte each way through os.pipe) and handoff.ts (two Node threads,
// Atomics.wait/notify, or both spinning), with no runtime above either.
// Not a test: numbers only (the machine is shared, expect noise).

import { spawnSync } from "node:child_process";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { binPath, cpython311, median, repoRoot, report } from "../support.js";

const workload = join(repoRoot, "bench", "ipc", "workload.py");
const handoffPy = join(repoRoot, "bench", "ipc", "handoff.py");
const handoffJs = join(repoRoot, "dist", "bench", "ipc", "handoff.js");

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr}`);
  return Number(result.stdout.trim());
}

function both(kind: string, n: number, runs: number): [number, number] {
  const py: number[] = [];
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    py.push(run(cpython311(), [workload, kind, String(n)]));
    ts.push(run(process.execPath, [binPath, "run", workload, kind, String(n)]));
  }
  return [median(py), median(ts)];
}

/** Medians of the bare round trips: CPython's os.pipe, Node's Atomics sleeping, Node's Atomics spinning. */
function floors(n: number, runs: number): [number, number, number] {
  const py: number[] = [];
  const sleep: number[] = [];
  const spin: number[] = [];
  for (let i = 0; i < runs; i++) {
    py.push(run(cpython311(), [handoffPy, String(n)]));
    sleep.push(run(process.execPath, [handoffJs, "sleep", String(n)]));
    spin.push(run(process.execPath, [handoffJs, "spin", String(n)]));
  }
  return [median(py), median(sleep), median(spin)];
}

const rate = (x: number): string => `${(x / 1000).toFixed(0)} k msg/s`;

export async function benchIpc(): Promise<void> {
  const runs = Number(process.env["BENCH_RUNS"] ?? 3);
  const [py1, ts1] = both("queue_1to1", 200_000, runs);
  const [py1Long, ts1Long] = both("queue_1to1", 1_000_000, runs);
  const [py2, ts2] = both("queue_2to1", 200_000, runs);
  const [py2Long, ts2Long] = both("queue_2to1", 1_000_000, runs);
  const [pyPing, tsPing] = both("pipe_pingpong", 20_000, runs);
  const [pyPingLong, tsPingLong] = both("pipe_pingpong", 100_000, runs);
  const [pyBig, tsBig] = both("big_object", 10, runs);
  const [pyFloor, sleepFloor, spinFloor] = floors(20_000, runs);
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
  report("ipc", [
    ["load average (1, 5, 15 min) at the end; cores", `${load}; ${availableParallelism()}`],
    ["Queue, (i, 'x', 1.5) tuples, 1 -> 1: CPython / py2ts-mp", `${rate(py1)} / ${rate(ts1)}  (${(ts1 / py1).toFixed(2)}x)`],
    ["  the same, 1 M tuples (start and warm-up weigh less)", `${rate(py1Long)} / ${rate(ts1Long)}  (${(ts1Long / py1Long).toFixed(2)}x)`],
    ["Queue, (i, 'x', 1.5) tuples, 2 -> 1: CPython / py2ts-mp", `${rate(py2)} / ${rate(ts2)}  (${(ts2 / py2).toFixed(2)}x)`],
    ["  the same, 1 M tuples", `${rate(py2Long)} / ${rate(ts2Long)}  (${(ts2Long / py2Long).toFixed(2)}x)`],
    ["Pipe ping-pong round trip: CPython / py2ts-mp", `${pyPing.toFixed(1)} us / ${tsPing.toFixed(1)} us  (${(tsPing / pyPing).toFixed(2)}x the time)`],
    ["  the same, 100,000 round trips", `${pyPingLong.toFixed(1)} us / ${tsPingLong.toFixed(1)} us  (${(tsPingLong / pyPingLong).toFixed(2)}x the time)`],
    ["10 MB bytes through a Queue, length back: CPython / py2ts-mp", `${pyBig.toFixed(1)} ms / ${tsBig.toFixed(1)} ms  (${(tsBig / pyBig).toFixed(2)}x the time)`],
    ["floor: bare round trip, CPython os.pipe / Node Atomics sleeping / spinning", `${pyFloor.toFixed(1)} us / ${sleepFloor.toFixed(1)} us / ${spinFloor.toFixed(1)} us`],
  ]);
}
