// exitcodes.py (beside this file): exit codes of children that raise or call sys.exit.
import { Process, PyList, PyTuple, runModule, sys } from "py2ts-mp/runtime";
import { ValueError } from "../../../src/runtime/builtins/exceptions.js";
import { print, repr } from "./support.js";

export function boom(): void {
  throw new ValueError("boom");
}

export function leave(code: any): void {
  sys.exit(code);
}

export function bare_exit(): void {
  sys.exit();
}

function moduleBody(): void {
  for (const code of PyList.of<any>(null, 0, 3, 300, -1, "bye", true)) {
    const p = new Process({ target: leave, args: PyTuple.of(code) });
    p.start();
    p.join();
    print("exit", repr(code), p.exitcode);
  }
  let p = new Process({ target: bare_exit });
  p.start();
  p.join();
  print("bare exit", p.exitcode);
  p = new Process({ target: boom, name: "Boomer" });
  p.start();
  p.join();
  print("boom", p.exitcode);
}

runModule(import.meta.url, moduleBody, { dialect: "py3", processes: true });
