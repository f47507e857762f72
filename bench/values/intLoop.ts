// The int fast path: a loop of runtime operator calls within 2**53 against the
// same loop in plain JavaScript and in CPython 3.11.

import { spawnSync } from "node:child_process";
import { add, iadd, lt, mod, mul } from "../../src/runtime/index.js";
import { cpython311, median, report } from "../support.js";

const N = 20_000_000;

// total += (i * i) % 7 for i < N, through the runtime's generic operators.
function runtimeLoop(n: number): unknown {
  let total: any = 0;
  for (let i: any = 0; lt(i, n); i = add(i, 1)) total = iadd(total, mod(mul(i, i), 7));
  return total;
}

function plainLoop(n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += (i * i) % 7;
  return total;
}

function ms(run: () => unknown): number {
  const samples: number[] = [];
  for (let k = 0; k < 5; k++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function benchIntLoop(): Promise<void> {
  const runtime = ms(() => runtimeLoop(N));
  const plain = ms(() => plainLoop(N));
  const script = `import time\nt=time.perf_counter()\ntotal=0\nfor i in range(${N}):\n    total += (i * i) % 7\nprint((time.perf_counter()-t)*1000)`;
  const cpython = Number(spawnSync(cpython311(), ["-c", script], { encoding: "utf8" }).stdout.trim());
  report("intLoop", [
    [`runtime operators, ${N} iterations`, `${runtime.toFixed(0)} ms`],
    ["plain JavaScript", `${plain.toFixed(0)} ms`],
    ["CPython 3.11 (for loop over range)", `${cpython.toFixed(0)} ms`],
    ["CPython / runtime", `${(cpython / runtime).toFixed(1)}x`],
  ]);
}
