// When the hub replaces the spare a start took (no Python twin; architecture.md
// §5). With a spare still left, the replacement waits while the program is busy:
// with SPARE_CASE=busy the child and the parent each compute for 0.4 s (two
// cores' worth of demand: even on a loaded machine well over the half core the
// hub looks for); with SPARE_CASE=idle both sleep instead. Then the parent asks
// the hub how many workers it has created. It starts with two warm spares.
import { Process, PyTuple, runModule, time } from "py2ts-mp/runtime";
import { hubStats } from "../../../src/runtime/internal/hubClient.js";
import { print } from "./support.js";

export function work(busy: boolean, seconds: number): void {
  if (!busy) {
    time.sleep(seconds);
    return;
  }
  for (const until = performance.now() + seconds * 1000; performance.now() < until; );
}

function moduleBody(): void {
  const busy = process.env["SPARE_CASE"] === "busy";
  const child = new Process({ target: work, args: PyTuple.of<any>(busy, 0.4) });
  const before = process.cpuUsage();
  const wallStart = performance.now();
  child.start();
  work(busy, 0.4);
  // How many cores the program really got: on a machine loaded by others it is not "busy".
  const usage = process.cpuUsage(before);
  print("busy cores", ((usage.user + usage.system) / 1000 / (performance.now() - wallStart)).toFixed(2));
  print("workers created", hubStats().spawned);
  child.join();
}

runModule(import.meta.url, moduleBody, { dialect: "py3", processes: true });
