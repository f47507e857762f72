// The entry of a child process's worker thread in the unbundled runtime (the
// bundle starts workers itself).

import { workerData } from "node:worker_threads";
import type { WorkerData } from "./protocol.js";
import { runWorker } from "./workerMain.js";

await runWorker(workerData as WorkerData);
