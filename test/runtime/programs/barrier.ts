// barrier.py (beside this file): a Barrier of four parties, two rounds; the
// action runs once per round, in the last process to arrive.
import { Barrier, Lock, Process, PyList, PyTuple, runModule } from "py2ts-mp/runtime";
import { print } from "./support.js";

export function report(): void {
  print("action");
}

export function worker(barrier: any, lock: any, n: any): void {
  barrier.wait();
  lock.__enter__();
  try {
    print("passed", n);
  } finally {
    lock.__exit__(null, null, null);
  }
  barrier.wait();
}

function moduleBody(): void {
  const b = new Barrier({ parties: 4, action: report });
  const lock = new Lock();
  const ps = PyList.of(...[0, 1, 2].map((i) => new Process({ target: worker, args: PyTuple.of<any>(b, lock, i) })));
  for (const p of ps) p.start();
  b.wait();
  b.wait();
  for (const p of ps) p.join();
  print("done", b.broken, b.n_waiting, PyList.of(...ps.map((p) => p.exitcode)));
}

runModule(import.meta.url, moduleBody, { dialect: "py3", processes: true });
