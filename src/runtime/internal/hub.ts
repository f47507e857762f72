// The hub: one thread per program that never blocks. It creates every child
// process's worker thread (keeping warm spares that have already loaded the runtime
// and the user module), hands a spare its start message, watches `exit` events and
// publishes exit codes into the process cells (so join() works while the parent is
// blocked in Atomics.wait), terminates and kills on request, and at program end
// stops every worker before it ends itself. Its requests come from processes over
// MessagePorts (protocol.ts); each answer is posted, then signalled on the
// requester's flag (kHubAnswered) with Atomics.notify.

import { MessageChannel, Worker, workerData } from "node:worker_threads";
import { writeAll } from "./fdWrite.js";
import { logPid } from "./pidLog.js";
import { publishExit } from "./processCell.js";
import type { HubConnection, HubData, HubRequest, HubResponse, SpawnRequest, StartMessage, WorkerData } from "./protocol.js";
import { kHubAnswered } from "./symbols.js";

interface Child {
  readonly worker: Worker;
  /** The hub's end of the worker's connection. */
  readonly connection: HubConnection;
  /** Set when a start message assigns the worker to a Python process. */
  pid: number | null;
  cell: Int32Array | null;
  /** The signal of a terminate/kill request (its exit code is -signal). */
  signal: number | null;
  exited: boolean;
  readonly exit: Promise<void>;
}

class Hub {
  private readonly _data: HubData;
  private readonly _workerUrl = new URL("./workerEntry.js", import.meta.url);
  /** Warm workers not yet assigned, oldest first (the most likely to be ready). */
  private readonly _spares: Child[] = [];
  /** Assigned workers by pid, until they exit. */
  private readonly _running = new Map<number, Child>();
  private readonly _all = new Set<Child>();
  private _nextPid: number;
  private _shuttingDown = false;
  private _spawned = 0;
  private _coldStarts = 0;

  constructor(data: HubData) {
    this._data = data;
    this._nextPid = data.mainPid + 1;
    this._listen(data.main);
    this._replenish();
  }

  private _listen(connection: HubConnection): void {
    connection.port.on("message", (request: HubRequest) => this._handle(connection, request));
  }

  private _answer(connection: HubConnection, response: HubResponse): void {
    connection.port.postMessage(response);
    const flag = new Int32Array(connection.flag);
    Atomics.store(flag, kHubAnswered, 1);
    Atomics.notify(flag, kHubAnswered);
  }

  private _handle(connection: HubConnection, request: HubRequest): void {
    try {
      switch (request.type) {
        case "spawn":
          return this._answer(connection, this._spawn(request));
        case "terminate":
          this._terminate(request.pid, request.signal);
          return this._answer(connection, { type: "ok" });
        case "stats":
          return this._answer(connection, {
            type: "stats",
            stats: { workers: this._all.size, spares: this._spares.length, spawned: this._spawned, coldStarts: this._coldStarts },
          });
        case "shutdown":
          void this._shutdown(connection);
          return;
      }
    } catch (error) {
      this._answer(connection, { type: "error", message: error instanceof Error ? error.message : String(error) });
    }
  }

  private _spawn(request: SpawnRequest): HubResponse {
    if (this._shuttingDown) return { type: "error", message: "cannot start a process while the program is ending" };
    let child = this._spares.shift();
    if (!child) {
      this._coldStarts++;
      child = this._createWorker();
    }
    const pid = this._nextPid++;
    child.pid = pid;
    child.cell = new Int32Array(request.cell);
    this._running.set(pid, child);
    logPid("child", pid);
    const start: StartMessage = {
      type: "start",
      pid,
      ppid: request.parentPid,
      payload: request.payload,
      buffers: request.buffers,
      cell: request.cell,
      parentName: request.parentName,
      parentCell: request.parentCell,
    };
    child.worker.postMessage(start);
    // Answer first; the replacement spare is created after this turn.
    setImmediate(() => this._replenish());
    return { type: "spawned", pid };
  }

  private _replenish(): void {
    while (!this._shuttingDown && this._spares.length < this._data.spares) this._spares.push(this._createWorker());
  }

  private _createWorker(): Child {
    const channel = new MessageChannel();
    const flag = new SharedArrayBuffer(4);
    const data: WorkerData = {
      role: "worker",
      hub: { port: channel.port2, flag },
      mainPid: this._data.mainPid,
      moduleUrl: this._data.moduleUrl,
      program: this._data.program,
      sourceMaps: this._data.sourceMaps,
    };
    const worker = new Worker(this._workerUrl, { workerData: data, transferList: [channel.port2] });
    this._spawned++;
    let resolveExit!: () => void;
    const exit = new Promise<void>((resolve) => (resolveExit = resolve));
    const child: Child = { worker, connection: { port: channel.port1, flag }, pid: null, cell: null, signal: null, exited: false, exit };
    this._all.add(child);
    this._listen(child.connection);
    worker.on("error", (error) => this._onError(child, error));
    worker.on("exit", (code) => {
      this._onExit(child, code);
      resolveExit();
    });
    return child;
  }

  private _onExit(child: Child, code: number): void {
    child.exited = true;
    this._all.delete(child);
    const index = this._spares.indexOf(child);
    if (index >= 0) this._spares.splice(index, 1);
    if (child.pid !== null) this._running.delete(child.pid);
    child.connection.port.close();
    // A child that ended normally has published its own exit code already.
    if (child.cell) publishExit(child.cell, child.signal !== null ? -child.signal : code);
  }

  private _onError(child: Child, error: unknown): void {
    if (this._shuttingDown) return;
    const who = child.pid === null ? "a starting worker" : `process ${child.pid}`;
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    writeAll(2, `py2ts-mp: internal error in ${who}: ${detail}\n`);
  }

  private _terminate(pid: number, signal: number): void {
    const child = this._running.get(pid);
    if (!child || child.exited || child.signal !== null) return;
    child.signal = signal;
    void child.worker.terminate();
  }

  private async _shutdown(connection: HubConnection): Promise<void> {
    this._shuttingDown = true;
    const remaining = [...this._all];
    for (const child of remaining) {
      if (child.signal === null) child.signal = 15;
      void child.worker.terminate();
    }
    await Promise.all(remaining.map((child) => child.exit));
    this._answer(connection, { type: "ok" });
    connection.port.close();
  }
}

new Hub(workerData as HubData);
