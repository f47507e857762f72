// exitcodes2.py (beside this file, Python 2): sys.exit() in a child is exit code
// 1 there, and Process reprs have the 2.7 shape.
import { Process, PyList, PyTuple, current_process, runModule, sys, time } from "py2ts-mp/runtime";
import { ValueError } from "../../../src/runtime/builtins/exceptions.js";
import { print, repr } from "./support.js";

export function leave(code: any): void {
  sys.exit(code);
}

export function bare_exit(): void {
  sys.exit();
}

export function sleeper(): void {
  time.sleep(5);
}

export function boom(): void {
  throw new ValueError("v");
}

function moduleBody(): void {
  print(repr(current_process()));
  for (const code of PyList.of<any>(null, 0, 4)) {
    const p = new Process({ target: leave, args: PyTuple.of(code) });
    p.start();
    p.join();
    print("exit", repr(code), p.exitcode);
  }
  const p = new Process({ target: bare_exit });
  print(repr(p));
  p.start();
  p.join();
  print("bare exit", p.exitcode, repr(p));
  const s = new Process({ target: sleeper, name: "sleepy" });
  s.daemon = true;
  s.start();
  print(repr(s));
  s.terminate();
  s.join();
  print(repr(s));
  const q = new Process({ target: boom });
  q.start();
  q.join();
  print(repr(q));
}

runModule(import.meta.url, moduleBody, { dialect: "py2", processes: true });
