// Child program for logging.test.ts: three worker threads (Python processes in
// the runtime) each log 200 long records to fd 2 at once through their own copy
// of the logging module. Every record must arrive as one intact line.

import { isMainThread, Worker, workerData } from "node:worker_threads";

if (isMainThread) {
  const workers = [1, 2, 3].map((n) => new Worker(new URL(import.meta.url), { workerData: n }));
  await Promise.all(workers.map((w) => new Promise((resolve, reject) => w.on("exit", resolve).on("error", reject))));
} else {
  const logging = await import("../index.js");
  const log = logging.getLogger(`worker-${workerData as number}`);
  logging.basicConfig();
  for (let i = 0; i < 200; i++) log.warning("%d %s", i, "x".repeat(3000));
}
