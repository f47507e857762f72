// lock16.py (beside this file): 16 processes print under one Lock; each line is whole and every
// process prints all of its lines.
//
//   from multiprocessing import Process, Lock
//   import os
//   lock = Lock()
//   def work(n):
//       for i in range(5):
//           lock.acquire()
//           try:
//               print('worker', n, 'line', i)
//           finally:
//               lock.release()
//   if __name__ == '__main__':
//       ps = [Process(target=work, args=(n,)) for n in range(16)]
//       for p in ps: p.start()
//       for p in ps: p.join()
//       print('done', [p.exitcode for p in ps])
import { Lock, Process, PyList, PyTuple, runModule } from "py2ts-mp/runtime";
import { print } from "./support.js";

let lock: any;

export function work(n: any): void {
  for (let i = 0; i < 5; i++) {
    lock.acquire();
    try {
      print("worker", n, "line", i);
    } finally {
      lock.release();
    }
  }
}

function moduleBody(): void {
  lock = new Lock();
  const ps = PyList.of(...Array.from({ length: 16 }, (_, n) => new Process({ target: work, args: PyTuple.of(n) })));
  for (const p of ps) p.start();
  for (const p of ps) p.join();
  print("done", PyList.of(...ps.map((p) => p.exitcode)));
}

runModule(import.meta.url, moduleBody, {
  dialect: "py3", processes: true,
  globals: { get: () => ({ lock }), set: (values: Record<string, any>) => ({ lock } = values) },
});
