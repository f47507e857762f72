// attributes.py (beside this file), lowered by hand in the emitted module shape:
// every Process attribute, names and identities of children and grandchildren, a
// Process subclass, daemon, join with a timeout, terminate and kill.
import { Process, PyList, PyTuple, active_children, current_process, os, parent_process, runModule, time } from "py2ts-mp/runtime";
import { print, repr } from "./support.js";

export function show(): void {
  const me: any = current_process();
  print("child", me.name, me._identity, me === current_process(), parent_process()!.name,
    parent_process()!.pid === os.getppid(), me.pid === os.getpid(), me.daemon, me.is_alive());
}

export function nested(): void {
  show();
  const q = new Process({ target: show });
  print("nested made", q.name);
  q.start();
  q.join();
  print("nested exit", q.exitcode);
}

export function sleeper(): void {
  time.sleep(5);
}

export function norm(text: any, p: any): any {
  if (p.pid !== null) text = text.replaceAll(String(p.pid), "PID");
  return text.replaceAll(String(os.getpid()), "PARENT");
}

export class Worker extends Process {
  declare n: any;
  declare items: any;

  override __init__(n: any): null {
    super.__init__();
    this.n = n;
    this.items = PyList.of(1, 2);
    return null;
  }

  override run(): void {
    this.items.append(this.n);
    print("worker run", this.name, this.n, this.items, current_process() === this);
  }
}

function moduleBody(): void {
  const me = current_process();
  print(me.name, repr(me), parent_process(), me.daemon, me.is_alive());
  const p = new Process({ target: show });
  print(p.name, norm(repr(p), p), p.pid, p.exitcode, p.ident, p.daemon, p.is_alive());
  p.start();
  p.join();
  print(norm(repr(p), p), p.exitcode, p.is_alive(), p.pid !== os.getpid(), p.pid === p.ident);
  const n = new Process({ target: nested, name: "outer" });
  n.start();
  n.join();
  print("outer exit", n.exitcode);
  const w: any = new Worker(7);
  w.start();
  w.join();
  print("worker parent view", w.items, w.exitcode, w.name);
  const d = new Process({ target: show, daemon: true });
  print(norm(repr(d), d));
  d.start();
  d.join();
  const s = new Process({ target: sleeper });
  s.start();
  print("alive", s.is_alive(), s.exitcode, PyList.of(...active_children().map((c) => c.name)));
  s.join(0.1);
  print("after join timeout", s.is_alive(), s.exitcode);
  s.terminate();
  s.join();
  print("terminated", s.exitcode, s.is_alive(), norm(repr(s), s), PyList.of(...active_children()));
  const k = new Process({ target: sleeper });
  k.start();
  k.kill();
  k.join();
  print("killed", k.exitcode, norm(repr(k), k));
  void PyTuple;
}

runModule(import.meta.url, moduleBody, { dialect: "py3", processes: true });
