// errors.py (beside this file): CPython's exceptions and messages for Process misuse.
import { Process, PyTuple, runModule, time } from "py2ts-mp/runtime";
import { attempt, repr } from "./support.js";

export function ok(): void {}

export function sleeper(): void {
  time.sleep(5);
}

function moduleBody(): void {
  const p: any = new Process({ target: ok });
  attempt("join before start", () => p.join());
  attempt("is_alive before start", () => p.is_alive());
  attempt("terminate before start", () => p.terminate());
  attempt("exitcode before start", () => p.exitcode);
  attempt("sentinel before start", () => p.sentinel);
  const s: any = new Process({ target: sleeper });
  s.start();
  attempt("start twice", () => s.start());
  attempt("close running", () => s.close());
  attempt("set daemon after start", () => (s.daemon = true, null));
  attempt("join timeout", () => s.join(0.05));
  attempt("exitcode running", () => s.exitcode);
  s.terminate();
  attempt("join after terminate", () => s.join());
  attempt("close stopped", () => s.close());
  attempt("closed name", () => s.name);
  attempt("closed pid", () => s.pid);
  attempt("closed exitcode", () => s.exitcode);
  attempt("closed is_alive", () => s.is_alive());
  attempt("closed join", () => s.join());
  attempt("closed start", () => s.start());
  attempt("closed close", () => s.close());
  attempt("closed daemon", () => s.daemon);
  attempt("closed repr", () => repr(s).split(" parent=")[0]);
  attempt("group", () => new Process({ group: 1 as any }));
  attempt("args not iterable", () => new Process({ target: ok, args: 5 as any }));
  attempt("empty name", () => new Process({ target: ok, name: "" }).name);
  attempt("name setter", () => (p.name = 5, null));
  void PyTuple;
}

runModule(import.meta.url, moduleBody, { dialect: "py3", processes: true });
