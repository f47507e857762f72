// semaphore.py (beside this file): Semaphore(3) lets at most three of eight processes in at once.
import { Process, PyList, PyTuple, Semaphore, Value, runModule, time } from "py2ts-mp/runtime";
import { print } from "./support.js";

export function worker(sem: any, inside: any, peak: any): void {
  sem.__enter__();
  try {
    const lock = inside.get_lock();
    lock.__enter__();
    try {
      inside.value = inside.value + 1;
      if (inside.value > peak.value) peak.value = inside.value;
    } finally {
      lock.__exit__(null, null, null);
    }
    time.sleep(0.3);
    lock.__enter__();
    try {
      inside.value = inside.value - 1;
    } finally {
      lock.__exit__(null, null, null);
    }
  } finally {
    sem.__exit__(null, null, null);
  }
}

function moduleBody(): void {
  const sem = new Semaphore({ value: 3 });
  const inside: any = Value("i", 0);
  const peak: any = Value("i", 0);
  const ps = PyList.of(...Array.from({ length: 8 }, () => new Process({ target: worker, args: PyTuple.of(sem, inside, peak) })));
  for (const p of ps) p.start();
  for (const p of ps) p.join();
  print("peak", peak.value, "inside", inside.value, "sem", sem.get_value(), PyList.of(...ps.map((p) => p.exitcode)));
}

runModule(import.meta.url, moduleBody, { dialect: "py3", processes: true });
