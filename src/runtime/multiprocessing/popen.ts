// The parent's handle on a started child (CPython's popen_fork.Popen): the process
// cell in shared memory (internal/processCell.ts) plus the pid. poll/wait read the
// exit code the child or the hub publishes; terminate/kill ask the hub. A Popen
// travels to a child inside an inherited Process object as a shared handle.

import { expectCodec, kShare, registerShareable, type ShareState } from "../internal/codecRegistry.js";
import { registerProcessReset } from "../internal/forkState.js";
import { hubRequest } from "../internal/hubClient.js";
import { pollExit, waitExit } from "../internal/processCell.js";
import { deadlineAfter } from "../internal/wait.js";

export const SIGTERM = 15;
export const SIGKILL = 9;

/** Sentinels look like CPython's (small fds); each maps to its process cell. */
let nextSentinel = 5;
const cellsBySentinel = new Map<number, Int32Array>();

registerProcessReset("multiprocessing.popen", () => {
  nextSentinel = 5;
  cellsBySentinel.clear();
});

/** The process cell behind a sentinel (multiprocessing.connection.wait uses it). */
export function sentinelCell(sentinel: number): Int32Array | undefined {
  return cellsBySentinel.get(sentinel);
}

export class Popen {
  readonly sentinel: number;

  constructor(
    readonly cell: Int32Array,
    readonly pid: number,
  ) {
    this.sentinel = nextSentinel++;
    cellsBySentinel.set(this.sentinel, cell);
  }

  /** The exit code, or null while the child runs. */
  poll(): number | null {
    return pollExit(this.cell);
  }

  /** Waits up to `timeout` seconds (null: forever); the exit code or null. */
  wait(timeout: number | null): number | null {
    return waitExit(this.cell, deadlineAfter(timeout));
  }

  terminate(): void {
    this._signal(SIGTERM);
  }

  kill(): void {
    this._signal(SIGKILL);
  }

  private _signal(signal: number): void {
    if (this.poll() === null) hubRequest({ type: "terminate", pid: this.pid, signal });
  }

  close(): void {
    cellsBySentinel.delete(this.sentinel);
  }

  [kShare](): ShareState {
    return { kind: "Popen", typeName: "Popen", buffers: [this.cell.buffer as SharedArrayBuffer], state: this.pid };
  }
}

registerShareable("Popen", (buffers, state) => {
  expectCodec(buffers.length === 1 && typeof state === "number", "Popen handle");
  return new Popen(new Int32Array(buffers[0]!), state);
});
