// Proves the leak check can fail (no twin): the program leaves a timer running, so
// its process cannot end by itself; the check must report it and exit 99.
import { Process, runModule } from "py2ts-mp/runtime";
import { print } from "./support.js";

export function ok(): void {}

function moduleBody(): void {
  const p = new Process({ target: ok });
  p.start();
  p.join();
  setInterval(() => {}, 1000);
  print("leaving a timer behind");
}

runModule(import.meta.url, moduleBody, { dialect: "py3", processes: true });
