// The entry of every child process's worker thread. A new worker loads the runtime
// and the user module (which only registers itself: a child never runs the module
// body), then waits, warm, for its start message. Then it becomes the Python
// process: restores what fork would have copied (runtime fork state, the module
// globals, the Process object), runs _bootstrap(), publishes its exit code into
// its process cell and ends its thread.

import { parentPort, workerData } from "node:worker_threads";
// The whole multiprocessing module: its shareable types register their rebuilders.
import "../multiprocessing/index.js";
import "../os/index.js";
import { becomeChild, _ParentProcess, type Process } from "../multiprocessing/process.js";
import type { StartPayload } from "../multiprocessing/spawn.js";
import { decode } from "./codec.js";
import { writeAll } from "./fdWrite.js";
import { restoreForkState } from "./forkState.js";
import { notifyReady, notifyStarted, setHubConnection } from "./hubClient.js";
import { setIdentity } from "./identity.js";
import { registeredModule, setModuleExports } from "./module.js";
import { publishExit } from "./processCell.js";
import { configureProgram } from "./program.js";
import type { StartMessage, WorkerData } from "./protocol.js";

const data = workerData as WorkerData;
configureProgram(data.program);
if (data.sourceMaps) process.setSourceMapsEnabled(true);
setHubConnection(data.hub);
setModuleExports((await import(data.moduleUrl)) as Record<string, unknown>);
notifyReady();

parentPort!.once("message", (start: StartMessage) => {
  const cell = new Int32Array(start.cell);
  const exitCode = runChild(start, cell);
  publishExit(cell, exitCode);
  process.exit(exitCode);
});

function runChild(start: StartMessage, cell: Int32Array): number {
  setIdentity(start.pid, start.ppid);
  let payload: StartPayload;
  try {
    payload = decode(start.payload, start.buffers) as StartPayload;
  } catch (error) {
    writeAll(2, `py2ts-mp: process ${start.pid} could not receive its start data: ${String(error)}\n`);
    return 1;
  }
  restoreForkState(payload.fork);
  registeredModule()?.options.globals?.set(payload.globals);
  const parent = new _ParentProcess(start.parentName, start.ppid, start.parentCell ? new Int32Array(start.parentCell) : null);
  becomeChild(payload.process as Process, cell, parent);
  notifyStarted();
  return payload.process._bootstrap();
}
