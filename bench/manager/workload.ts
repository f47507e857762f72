// The py2ts-mp side of bench/manager: workload.py as the converter emits it
// (`py2ts-mp convert`), with json output instead of print. Run as:
// node workload.js <case> <n>; prints one JSON line.
import { writeSync } from "node:fs";
import { dumpClientSpin } from "../../src/runtime/multiprocessing/managers/transport.js";
import { Event, Manager, Process } from "py2ts-mp/runtime/multiprocessing";
import * as time from "py2ts-mp/runtime/time";
import { enterContext, getitem, mod, PyTuple, range, runModule, setitem, len } from "py2ts-mp/runtime";

function seconds(): number {
  return Number(time.perf_counter());
}

export function dict_loop(go: any, d: any, n: any, out: any) {
  go.wait();
  const t0 = seconds();
  for (const i of range(n)) {
    setitem(d, mod(i, 100), i);
    getitem(d, mod(i, 100));
  }
  setitem(out, "dict", seconds() - t0);
  dumpClientSpin();
}

export function append_loop(go: any, l: any, n: any) {
  go.wait();
  for (const i of range(n)) {
    l.append(i);
  }
}

export function queue_loop(go: any, q: any, n: any, out: any) {
  go.wait();
  const t0 = seconds();
  for (const i of range(n)) {
    q.put(i);
    q.get();
  }
  setitem(out, "queue", seconds() - t0);
}

function inChild(manager: any, target: any, shared: any, n: number): any {
  const go = manager.Event();
  const out = manager.dict();
  const p = new Process({ target, args: PyTuple.of(go, shared, n, out) });
  p.start();
  time.sleep(0.2);
  go.set();
  p.join();
  return out.copy();
}

function moduleBody(): void {
  const [kind, n] = [process.argv[2]!, Number(process.argv[3])];
  let result: object;
  const managerContext = enterContext(Manager());
  const manager: any = managerContext.value;
  try {
    if (kind === "dict_child") {
      result = { ops_per_s: (2 * n) / getitem(inChild(manager, dict_loop, manager.dict(), n), "dict") };
    } else if (kind === "dict_main") {
      const d = manager.dict();
      const t0 = seconds();
      for (const i of range(n)) {
        setitem(d, mod(i, 100), i);
        getitem(d, mod(i, 100));
      }
      result = { ops_per_s: (2 * n) / (seconds() - t0) };
    } else if (kind === "queue_child") {
      result = { ops_per_s: (2 * n) / getitem(inChild(manager, queue_loop, manager.Queue(), n), "queue") };
    } else {
      const go = new Event();
      const l = manager.list();
      const ps = [0, 1, 2, 3].map(() => new Process({ target: append_loop, args: PyTuple.of(go, l, n) }));
      for (const p of ps) p.start();
      time.sleep(0.2);
      const t0 = seconds();
      go.set();
      for (const p of ps) p.join();
      result = { ops_per_s: (4 * n) / (seconds() - t0), length: len(l) };
    }
  } catch (error) {
    managerContext.exitWithError(error);
    throw error;
  } finally {
    managerContext.exit();
  }
  writeSync(1, JSON.stringify(result) + "\n");
}

runModule(import.meta.url, moduleBody, { dialect: "py3", processes: 5 });
