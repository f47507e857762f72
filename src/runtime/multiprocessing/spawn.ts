// The parent's half of starting a process (CPython's popen_fork._launch): take
// what a forked child would inherit (the Process object, the module globals, the
// runtime's fork state), encode it in inheritance mode, and ask the hub to hand it
// to a warm worker. The child's half is internal/workerEntry.ts.

import { encode } from "../internal/codec.js";
import { runtimeClassName } from "../internal/codecRegistry.js";
import { snapshotForkState } from "../internal/forkState.js";
import { hubRequest } from "../internal/hubClient.js";
import { getPid } from "../internal/identity.js";
import { moduleExports, registeredModule } from "../internal/module.js";
import { createCell } from "../internal/processCell.js";
import { travelsByName } from "../internal/travelsByName.js";
import { NotImplementedError } from "../builtins/exceptions.js";
import { kCellPid, kCellState, kProcessRunning } from "../internal/symbols.js";
import { Popen } from "./popen.js";
import type { BaseProcess, Process } from "./process.js";

/** What the child decodes from the start payload. */
export interface StartPayload {
  readonly process: Process;
  readonly globals: Record<string, unknown>;
  readonly fork: Record<string, unknown>;
}

/** Set on a Process that will live long (a pool's first workers): the hub does not replace the spare it takes. */
export const kLongLived = Symbol("py2ts.longLived");

export function startChild(process: Process, parent: BaseProcess, parentCell: Int32Array | null): Popen {
  checkFoundByName(process);
  const payload: StartPayload = {
    process,
    globals: registeredModule()?.options.globals?.get() ?? {},
    fork: snapshotForkState(),
  };
  const { bytes, buffers } = encode(payload, "inheritance");
  const cell = createCell();
  Atomics.store(cell, kCellState, kProcessRunning);
  const response = hubRequest(
    {
      type: "spawn",
      payload: bytes,
      buffers,
      cell: cell.buffer as SharedArrayBuffer,
      parentPid: getPid(),
      parentName: parent.name,
      parentCell: (parentCell?.buffer as SharedArrayBuffer | undefined) ?? null,
      replaceSpare: (process as { [kLongLived]?: boolean })[kLongLived] !== true,
    },
    [bytes.buffer as ArrayBuffer],
  );
  if (response.type !== "spawned") throw new Error(`py2ts-mp: unexpected hub answer ${response.type}`);
  Atomics.store(cell, kCellPid, response.pid);
  return new Popen(cell, response.pid);
}

/**
 * The child finds its Process class and target by name in the module's exports.
 * CPython's fork can run any callable (it copies the whole process); a thread with
 * its own heap cannot receive a closure, so that is a clear error here, at start().
 */
function checkFoundByName(process: Process): void {
  const exports = moduleExports() ?? {};
  const cls = process.constructor;
  if (runtimeClassName(cls) === undefined && exports[cls.name] !== cls) {
    throw new NotImplementedError(
      `the Process subclass ${cls.name} is not defined at module level: py2ts-mp runs a child process in its own thread, ` +
        "which finds the class by name (CPython's fork start method would copy it)",
    );
  }
  const target = process._target;
  if (typeof target !== "function") return;
  // A module function, a bound method, a class's function or staticmethod (`Cls.work`, found by
  // qualname), a module-level lambda, a shareable callable (functools.partial) or a function of
  // the runtime (`time.sleep`, `print`) travel; anything else cannot.
  if (!travelsByName(target, "inheritance")) {
    throw new NotImplementedError(
      `the target of ${process.name} (${target.name || "<lambda>"}) is not a module-level function: py2ts-mp runs a child ` +
        "process in its own thread, which finds its target by name (CPython's fork start method would copy it)",
    );
  }
}
