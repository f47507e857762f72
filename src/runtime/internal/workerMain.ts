// What every child process's worker thread runs (its entry: workerEntry.ts, or the bundle). A new worker loads the runtime
// and the user module (which only registers itself: a child never runs the module
// body), then waits, warm, for its start message. Then it becomes the Python
// process: restores what fork would have copied (runtime fork state, the module
// globals, the Process object), runs _bootstrap(), publishes its exit code into
// its process cell and ends its thread, unless the program reuses workers, in
// which case it resets itself and waits for its next start message.

import { parentPort } from "node:worker_threads";
// The whole multiprocessing module: its shareable types register their rebuilders.
import "../multiprocessing/index.js";
import "../os/index.js";
import { becomeChild, _ParentProcess, type Process } from "../multiprocessing/process.js";
import type { StartPayload } from "../multiprocessing/spawn.js";
import { decode } from "./codec.js";
import { writeAll } from "./fdWrite.js";
import { resetProcessState, restoreForkState } from "./forkState.js";
import { notifyReady, notifyReusable, notifyStarted, setHubConnection } from "./hubClient.js";
import { setIdentity } from "./identity.js";
import { rehearseMessagePath } from "./messageRehearsal.js";
import { registeredModule, setModuleExports } from "./module.js";
import { publishExit } from "./processCell.js";
import { configureProgram } from "./program.js";
import type { StartMessage, WorkerData } from "./protocol.js";

/** Becomes a warm spare, then each process it is given, until it ends (its exit code ends the thread). */
export async function runWorker(data: WorkerData): Promise<void> {
  configureProgram(data.program);
  if (data.sourceMaps) process.setSourceMapsEnabled(true);
  setHubConnection(data.hub);
  setModuleExports((await import(data.moduleUrl)) as Record<string, unknown>);
  notifyReady();
  // While the spare waits (a start message that arrives meanwhile waits ~1 ms more).
  rehearseMessagePath();
  for (let served = 1; ; served++) {
    const start = await new Promise<StartMessage>((resolve) => parentPort!.once("message", resolve));
    const cell = new Int32Array(start.cell);
    const { exitCode, globalNames } = runChild(start, cell);
    publishExit(cell, exitCode);
    const reuse = reuseWorkers() && exitCode === 0 && served < kMaxProcesses;
    if (!reuse) process.exit(exitCode);
    await becomeReusable(data, served, globalNames);
  }
}

/** A reused worker retires after this many processes (each leaves a module instance behind). */
const kMaxProcesses = 50;


/** The program's choice, or PY2TS_REUSE_WORKERS=1 (tests and benchmarks run programs both ways). */
function reuseWorkers(): boolean {
  return registeredModule()?.options.reuseWorkers === true || process.env["PY2TS_REUSE_WORKERS"] === "1";
}

function runChild(start: StartMessage, cell: Int32Array): { exitCode: number; globalNames: string[] } {
  setIdentity(start.pid, start.ppid);
  let payload: StartPayload;
  try {
    payload = decode(start.payload, start.buffers) as StartPayload;
  } catch (error) {
    writeAll(2, `py2ts-mp: process ${start.pid} could not receive its start data: ${String(error)}\n`);
    return { exitCode: 1, globalNames: [] };
  }
  restoreForkState(payload.fork);
  registeredModule()?.options.globals?.set(payload.globals);
  const parent = new _ParentProcess(start.parentName, start.ppid, start.parentCell ? new Int32Array(start.parentCell) : null);
  becomeChild(payload.process as Process, cell, parent);
  notifyStarted();
  return { exitCode: payload.process._bootstrap(), globalNames: Object.keys(payload.globals) };
}

/**
 * Turns this worker back into a spare: the runtime's per-process state is reset
 * and a fresh instance of the module is loaded (new globals, functions, classes),
 * so the next process starts as it would in a new worker. The old instance's
 * globals are cleared so what the ended process built can be collected.
 */
async function becomeReusable(data: WorkerData, served: number, globalNames: readonly string[]): Promise<void> {
  registeredModule()?.options.globals?.set(Object.fromEntries(globalNames.map((name) => [name, undefined])));
  resetProcessState();
  setModuleExports((await import(`${data.moduleUrl}?process=${served}`)) as Record<string, unknown>);
  notifyReusable();
}
