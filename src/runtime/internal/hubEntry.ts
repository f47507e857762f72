// The hub thread's entry in the unbundled runtime (the bundle starts it itself).
import { workerData } from "node:worker_threads";
import { startHub } from "./hub.js";
import type { HubData } from "./protocol.js";

startHub(workerData as HubData);
