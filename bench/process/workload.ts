// The py2ts-mp side of bench/process: workload.py lowered by hand in the emitted
// module shape. Run as: node workload.js <case> <n>; prints one JSON line.
import { Event, Lock, Process, PyTuple, Value, runModule, time } from "py2ts-mp/runtime";
import { writeSync } from "node:fs";

export function noop(): void {}

export function lock_loop(go: any, lock: any, n: any): void {
  go.wait();
  for (let i = 0; i < n; i++) {
    lock.acquire();
    lock.release();
  }
}

export function value_loop(go: any, v: any, n: any): void {
  go.wait();
  for (let i = 0; i < n; i++) {
    const lock = v.get_lock();
    lock.__enter__();
    try {
      v.value = v.value + 1;
    } finally {
      lock.__exit__(null, null, null);
    }
  }
}

function seconds(): number {
  return Number(time.perf_counter());
}

function startJoin(n: number): object {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = new Process({ target: noop });
    const t0 = seconds();
    p.start();
    p.join();
    samples.push((seconds() - t0) * 1000);
  }
  return { samples_ms: samples };
}

function uncontended(n: number): object {
  const lock = new Lock();
  const t0 = seconds();
  for (let i = 0; i < n; i++) {
    lock.acquire();
    lock.release();
  }
  return { ns_per_op: ((seconds() - t0) / n) * 1e9 };
}

function twoProcesses(target: Function, shared: unknown, n: number): number {
  // Both children start, then wait for `go`: only the loops are timed.
  const go = new Event();
  const ps = [0, 1].map(() => new Process({ target, args: PyTuple.of<unknown>(go, shared, n) }));
  for (const p of ps) p.start();
  time.sleep(0.2);
  const t0 = seconds();
  go.set();
  for (const p of ps) p.join();
  return seconds() - t0;
}

function moduleBody(): void {
  const [kind, count] = [process.argv[2]!, Number(process.argv[3])];
  let result: object;
  if (kind === "start_join") result = startJoin(count);
  else if (kind === "uncontended") result = uncontended(count);
  else if (kind === "contended") result = { ns_per_op: (twoProcesses(lock_loop, new Lock(), count) / (2 * count)) * 1e9 };
  else {
    const v: any = Value("i", 0);
    result = { ns_per_op: (twoProcesses(value_loop, v, count) / (2 * count)) * 1e9, final: v.value };
  }
  writeSync(1, JSON.stringify(result) + "\n");
}

// bench/process runs it with and without PY2TS_REUSE_WORKERS=1.
runModule(import.meta.url, moduleBody, { dialect: "py3", processes: true });
