// main_exception.py (beside this file): an exception escapes the main module body
// while a child runs; the traceback is printed, the child is still joined, exit 1.
import { Process, runModule, time } from "py2ts-mp/runtime";
import { RuntimeError } from "../../../src/runtime/builtins/exceptions.js";
import { print } from "./support.js";

export function slow(): void {
  time.sleep(0.3);
  print("child finished");
}

function moduleBody(): void {
  const p = new Process({ target: slow });
  p.start();
  print("main raising");
  throw new RuntimeError("main failed");
}

runModule(import.meta.url, moduleBody, { dialect: "py3", processes: true });
