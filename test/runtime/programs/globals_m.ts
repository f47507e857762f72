// globals_m.py (beside this file): the article's m example, plus the moment of the
// snapshot (start()) and a mutated inherited list.
import { Process, PyList, PyTuple, os, runModule, time } from "py2ts-mp/runtime";
import { print } from "./support.js";

let m: any;
let seen: any;
let PARENT: any;

export function test1(x: any): void {
  for (let i = 0; i < 3; i++) {
    time.sleep(x);
    m = m + 1;
    seen.append(m);
    print("task", x, m, seen, os.getppid() === PARENT);
  }
}

function moduleBody(): void {
  m = 1;
  seen = PyList.of();
  PARENT = os.getpid();
  const p = new Process({ target: test1, name: "task1", args: PyTuple.of(0.01) });
  p.start();
  m = 100;
  seen.append("parent");
  p.join();
  const p1 = new Process({ target: test1, name: "task2", args: PyTuple.of(0.02) });
  p1.start();
  print(p.name, p1.name);
  p1.join();
  print("parent", m, seen);
}

runModule(import.meta.url, moduleBody, {
  dialect: "py3", processes: true,
  globals: { get: () => ({ m, seen, PARENT }), set: (values: Record<string, any>) => ({ m, seen, PARENT } = values) },
});
