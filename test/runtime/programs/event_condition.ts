// event_condition.py (beside this file): Event releases every waiter at once;
// Condition hands items to consumers.
import { Condition, Event, Lock, Process, PyList, PyTuple, Value, runModule, time } from "py2ts-mp/runtime";
import { print } from "./support.js";

export function waiter(ev: any, lock: any, n: any): void {
  ev.wait();
  lock.__enter__();
  try {
    print("released", n);
  } finally {
    lock.__exit__(null, null, null);
  }
}

export function consumer(cond: any, items: any, n: any): void {
  cond.__enter__();
  try {
    cond.wait_for(() => items.value > 0);
    items.value = items.value - 1;
    print("consumed by", n);
  } finally {
    cond.__exit__(null, null, null);
  }
}

function moduleBody(): void {
  const ev = new Event();
  const lock = new Lock();
  const ws = PyList.of(...[0, 1, 2].map((i) => new Process({ target: waiter, args: PyTuple.of<any>(ev, lock, i) })));
  for (const w of ws) w.start();
  time.sleep(0.2);
  print("setting");
  ev.set();
  for (const w of ws) w.join();
  const cond = new Condition();
  const items: any = Value("i", 0, { lock: false });
  const cs = PyList.of(...[0, 1, 2].map((i) => new Process({ target: consumer, args: PyTuple.of<any>(cond, items, i) })));
  for (const c of cs) c.start();
  for (let k = 0; k < 3; k++) {
    time.sleep(0.05);
    cond.__enter__();
    try {
      items.value = items.value + 1;
      cond.notify();
    } finally {
      cond.__exit__(null, null, null);
    }
  }
  for (const c of cs) c.join();
  print("left", items.value, PyList.of(...cs.map((c) => c.exitcode)));
}

runModule(import.meta.url, moduleBody, { dialect: "py3", processes: true });
