// A worker thread for poolChannel.test.ts: sends every task message back as a
// result message, until a message of kind 0.
import { workerData } from "node:worker_threads";
import { frameBody, frameIndex, frameJob, frameKind, message, PoolChannel, putResult, takeTask } from "./poolChannel.js";

const [ctrl, tasks, results, workers] = workerData as SharedArrayBuffer[];
const channel = new PoolChannel(ctrl!, tasks!, results!, workers!);
for (;;) {
  const payload = takeTask(channel, 77);
  if (frameKind(payload) === 0) break;
  putResult(channel, 77, message(1, frameJob(payload), frameIndex(payload), frameBody(payload).slice()));
}
