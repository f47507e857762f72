// value_array.py (beside this file): four processes increment a Value and every
// element of an Array under their locks; no update is lost.
import { Array as SharedArray, Process, PyList, PyTuple, Value, floatValue, runModule, slice } from "py2ts-mp/runtime";
import { print } from "./support.js";

const whole = slice(null, null, null);

export function add(v: any, a: any, n: any): void {
  for (let i = 0; i < n; i++) {
    const vl = v.get_lock();
    vl.__enter__();
    try {
      v.value = v.value + 1;
    } finally {
      vl.__exit__(null, null, null);
    }
    const al = a.get_lock();
    al.__enter__();
    try {
      for (let k = 0; k < a.__len__(); k++) a.__setitem__(k, floatValue(a.__getitem__(k)) + 1);
    } finally {
      al.__exit__(null, null, null);
    }
  }
}

function moduleBody(): void {
  const v: any = Value("i", 0);
  const a: any = SharedArray("d", 4);
  const ps = PyList.of(...[0, 1, 2, 3].map(() => new Process({ target: add, args: PyTuple.of(v, a, 2000) })));
  for (const p of ps) p.start();
  for (const p of ps) p.join();
  print(v.value, PyList.of(...a.__getitem__(whole)), PyList.of(...ps.map((p) => p.exitcode)));
}

runModule(import.meta.url, moduleBody, { dialect: "py3", processes: true });
