// terminate_blocked.py (beside this file): terminate() ends a child blocked in
// Lock.acquire, Event.wait or a Condition wait; the primitives stay usable. A
// daemonic child may not start children.
import { Condition, Event, Lock, Process, PyList, PyTuple, runModule, time } from "py2ts-mp/runtime";
import { print } from "./support.js";

export function take(lock: any): void {
  lock.acquire();
  print("never printed");
}

export function wait_event(ev: any): void {
  ev.wait();
}

export function wait_cond(cond: any): void {
  cond.__enter__();
  try {
    cond.wait();
  } finally {
    cond.__exit__(null, null, null);
  }
}

export function try_child(): void {
  new Process({ target: wait_event }).start();
}

function moduleBody(): void {
  const [lock, ev, cond] = [new Lock(), new Event(), new Condition()];
  lock.acquire();
  const ps = PyList.of(
    new Process({ target: take, args: PyTuple.of(lock) }),
    new Process({ target: wait_event, args: PyTuple.of(ev) }),
    new Process({ target: wait_cond, args: PyTuple.of(cond) }),
  );
  for (const p of ps) p.start();
  time.sleep(0.3);
  for (const p of ps) p.terminate();
  for (const p of ps) p.join();
  print("exit codes", PyList.of(...ps.map((p) => p.exitcode)));
  lock.release();
  print("lock usable", lock.acquire(undefined, 1));
  const d = new Process({ target: try_child, daemon: true });
  d.start();
  d.join();
  print("daemon exit", d.exitcode);
}

runModule(import.meta.url, moduleBody, { dialect: "py3", processes: true });
