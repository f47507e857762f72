// daemon_exit.py (beside this file): at the end of the main process, daemonic
// children are terminated and the others joined, without a join in the program.
import { Process, current_process, runModule, time } from "py2ts-mp/runtime";
import { print } from "./support.js";

export function forever(): void {
  print("daemon started", current_process().daemon);
  time.sleep(60);
  print("never printed");
}

export function late(): void {
  time.sleep(0.3);
  print("non-daemon finished");
}

function moduleBody(): void {
  const d = new Process({ target: forever, daemon: true });
  d.start();
  const n = new Process({ target: late });
  n.start();
  time.sleep(0.1);
  print("main ends", d.is_alive(), n.is_alive());
}

runModule(import.meta.url, moduleBody, { dialect: "py3", processes: true });
