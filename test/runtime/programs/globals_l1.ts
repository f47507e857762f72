// globals_l1.py (beside this file, Python 2): the article's L1 example; each child
// changes its own copy of the module global, the parent's stays [1, 2, 3].
import { Process, PyList, PyTuple, runModule } from "py2ts-mp/runtime";
import { print } from "./support.js";

let L1: any;

export function add(a: any, b: any): void {
  L1.extend(PyList.fromIterable(Array.from({ length: b - a }, (_, i) => a + i)));
  print(L1);
}

function moduleBody(): void {
  L1 = PyList.of(1, 2, 3);
  const p1 = new Process({ target: add, args: PyTuple.of(20, 30) });
  const p2 = new Process({ target: add, args: PyTuple.of(30, 40) });
  p1.start();
  p2.start();
  p1.join();
  p2.join();
  print(L1);
}

runModule(import.meta.url, moduleBody, {
  dialect: "py2", processes: true,
  globals: { get: () => ({ L1 }), set: (values: Record<string, any>) => ({ L1 } = values) },
});
