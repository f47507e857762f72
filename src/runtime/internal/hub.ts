// The hub: one thread per program that never blocks. It creates every child
// process's worker thread (keeping warm spares that have already loaded the runtime
// and the user module), hands a spare its start message, watches `exit` events and
// publishes exit codes into the process cells (so join() works while the parent is
// blocked in Atomics.wait), terminates and kills on request, and at program end
// stops every worker before it ends itself. Its requests come from processes over
// MessagePorts (protocol.ts); each answer is posted, then signalled on the
// requester's flag (kHubAnswered) with Atomics.notify.

import { MessageChannel, Worker, type MessagePort } from "node:worker_threads";
import { CpuWatch } from "./cpuWatch.js";
import { workerEntryUrl } from "./entryPoints.js";
import { writeAll } from "./fdWrite.js";
import { logPid } from "./pidLog.js";
import { publishExit } from "./processCell.js";
import type { ClientNotice, ConnectRequest, HubConnection, HubData, HubMessage, HubResponse, ServeRequest, SpawnRequest, StartMessage, WorkerData } from "./protocol.js";
import { kHubAnswered, kMgrDoorbell } from "./symbols.js";

/** Delay before replacing a spare that a start took (architecture.md §5). */
const kReplenishDelayMs = 30;
/**
 * While the program's threads keep every core busy, the replacement waits (a boot
 * would take a core from them), for at most this long since it was first due.
 */
const kMaxReplenishDeferMs = 1000;
/**
 * While a spare is left the next start is warm anyway, so a replacement also waits
 * while the program keeps more than this many cores busy (not only all of them).
 */
const kBusyCoresWithSparesLeft = 0.5;
/** The most spares the hub keeps after cold starts, unless the program asked for more. */
const kMaxSpares = 4;

/** A manager's server process (multiprocessing/managers), found by its address. */
interface ManagerServer {
  readonly child: Child;
  readonly control: Int32Array;
  readonly port: MessagePort;
}

interface Child {
  readonly worker: Worker;
  /** The hub's end of the worker's connection. */
  readonly connection: HubConnection;
  /** Set when a start message assigns the worker to a Python process. */
  pid: number | null;
  cell: Int32Array | null;
  /** Its start message until the hub hands it over (start order, see _dispatch). */
  start: StartMessage | null;
  /** The worker has loaded the runtime and the module. */
  ready: boolean;
  /** The signal of a terminate/kill request (its exit code is -signal). */
  signal: number | null;
  exited: boolean;
  readonly exit: Promise<void>;
}

class Hub {
  private readonly _data: HubData;
  private readonly _workerUrl = workerEntryUrl();
  /** Warm workers not yet assigned, oldest first (the most likely to be ready). */
  private readonly _spares: Child[] = [];
  /** Assigned workers by pid, until they exit. */
  private readonly _running = new Map<number, Child>();
  private readonly _all = new Set<Child>();
  /** Assigned children whose start message is not handed over yet, in start order. */
  private readonly _startQueue: Child[] = [];
  /** The child that has its start message but has not reported "started" yet. */
  private _starting: Child | null = null;
  /** Connections waiting for every spare to be ready (WarmRequest). */
  private _warmWaiters: HubConnection[] = [];
  private _nextPid: number;
  private _shuttingDown = false;
  private _spawned = 0;
  private _coldStarts = 0;
  /** The most spares: kMaxSpares, or the program's own number (runModule's `processes`). */
  private readonly _maxSpares: number;
  /** How many spares to keep: starts at HubData.spares, grows after cold starts (up to _maxSpares). */
  private _spareTarget: number;
  private _replenishTimer: NodeJS.Timeout | null = null;
  /** When the pending replacement was first due (-1: none deferred). */
  private _replenishDueSince = -1;
  private readonly _cpu = new CpuWatch();
  /** Manager servers by address: the hub only introduces clients to them (never blocks on them). */
  private readonly _managers = new Map<string, ManagerServer>();

  constructor(data: HubData) {
    this._data = data;
    this._nextPid = data.mainPid + 1;
    this._spareTarget = data.spares;
    this._maxSpares = Math.max(kMaxSpares, data.spares);
    this._listen(data.main);
    // The program's warm spares boot together, before its body runs (WarmRequest).
    while (this._spares.length < this._spareTarget) this._spares.push(this._createWorker());
  }

  private _listen(connection: HubConnection): void {
    connection.port.on("message", (message: HubMessage) => this._handle(connection, message));
  }

  private _answer(connection: HubConnection, response: HubResponse): void {
    connection.port.postMessage(response);
    const flag = new Int32Array(connection.flag);
    Atomics.store(flag, kHubAnswered, 1);
    Atomics.notify(flag, kHubAnswered);
  }

  private _handle(connection: HubConnection, request: HubMessage): void {
    try {
      switch (request.type) {
        case "started":
          return this._onStarted(connection);
        case "ready":
          return this._onReady(connection);
        case "reusable":
          return this._onReusable(connection);
        case "warm":
          this._warmWaiters.push(connection);
          return this._answerWarm();
        case "spawn":
          return this._answer(connection, this._spawn(request));
        case "terminate":
          this._terminate(request.pid, request.signal);
          return this._answer(connection, { type: "ok" });
        case "stats":
          return this._answer(connection, {
            type: "stats",
            stats: {
              workers: this._all.size,
              spares: this._spares.length,
              readySpares: this._spares.filter((c) => c.ready).length,
              spawned: this._spawned,
              coldStarts: this._coldStarts,
            },
          });
        case "shutdown":
          void this._shutdown(connection);
          return;
        case "serve":
          this._serve(connection, request);
          return this._answer(connection, { type: "ok" });
        case "unserve":
          this._unserve(request.address);
          return this._answer(connection, { type: "ok" });
        case "connect":
          return this._answer(connection, this._connect(request));
      }
    } catch (error) {
      this._answer(connection, { type: "error", message: error instanceof Error ? error.message : String(error) });
    }
  }

  private _serve(connection: HubConnection, request: ServeRequest): void {
    const child = [...this._all].find((c) => c.connection === connection);
    if (!child || child.exited) throw new Error("only a running child process can serve a manager");
    this._managers.set(request.address, { child, control: new Int32Array(request.control), port: request.port });
  }

  private _unserve(address: string): void {
    this._managers.get(address)?.port.close();
    this._managers.delete(address);
  }

  /** Hands the client's channel to the server, rings its doorbell, and tells the client where it is. */
  private _connect(request: ConnectRequest): HubResponse {
    const server = this._managers.get(request.address);
    if (!server || server.child.exited || !server.child.cell) return { type: "endpoint", endpoint: null };
    server.port.postMessage({ type: "client", channel: request.channel, name: request.name, pid: request.pid } satisfies ClientNotice);
    Atomics.add(server.control, kMgrDoorbell, 1);
    Atomics.notify(server.control, kMgrDoorbell);
    return { type: "endpoint", endpoint: { control: server.control.buffer as SharedArrayBuffer, cell: server.child.cell.buffer as SharedArrayBuffer } };
  }

  private _spawn(request: SpawnRequest): HubResponse {
    if (this._shuttingDown) return { type: "error", message: "cannot start a process while the program is ending" };
    let child = this._spares.shift();
    // A long-lived process (a pool's worker) keeps its spare: fewer are needed from now on.
    if (child && request.replaceSpare === false) this._spareTarget = Math.max(0, this._spareTarget - 1);
    if (!child) {
      // Demand outran the spares: keep more of them from now on.
      this._coldStarts++;
      this._spareTarget = Math.min(this._maxSpares, this._spareTarget + 1);
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
    child.start = start;
    this._startQueue.push(child);
    // The parent's answer goes out first (the parent goes on, as after a fork),
    // then the start message. The replacement spare waits a little: a booting
    // worker competes for the CPU with the child that just started (§5).
    queueMicrotask(() => this._dispatch());
    if (request.replaceSpare !== false) this._scheduleReplenish(/* afterStart */ true);
    return { type: "spawned", pid };
  }

  /** Hands the next start message over once the previous child has started. */
  private _dispatch(): void {
    while (this._starting === null) {
      const child = this._startQueue.shift();
      if (!child) return;
      if (child.exited || !child.start) continue;
      child.worker.postMessage(child.start);
      child.start = null;
      this._starting = child;
    }
  }

  private _onReady(connection: HubConnection): void {
    for (const child of this._all) if (child.connection === connection) child.ready = true;
    this._answerWarm();
    // Replenishing waited for this worker (see _replenish).
    if (!this._shuttingDown) this._scheduleReplenish();
  }

  /** A worker whose process ended takes another: first in line, it is surely ready. */
  private _onReusable(connection: HubConnection): void {
    const child = [...this._all].find((c) => c.connection === connection);
    if (!child || child.exited) return;
    if (child.pid !== null) this._running.delete(child.pid);
    Object.assign(child, { pid: null, cell: null, start: null, signal: null, ready: true });
    if (this._shuttingDown || this._spares.length >= this._maxSpares) {
      void child.worker.terminate();
      return;
    }
    this._spares.unshift(child);
    this._answerWarm();
  }

  private _answerWarm(): void {
    if (this._warmWaiters.length === 0 || this._spares.some((c) => !c.ready)) return;
    for (const waiter of this._warmWaiters) this._answer(waiter, { type: "ok" });
    this._warmWaiters = [];
  }

  private _onStarted(connection: HubConnection): void {
    if (this._starting?.connection !== connection) return;
    this._starting = null;
    this._dispatch();
  }

  /** `afterStart`: a start took a spare, so the CPU window starts now, even if a check was due. */
  private _scheduleReplenish(afterStart = false): void {
    if (this._replenishTimer) {
      if (!afterStart) return;
      clearTimeout(this._replenishTimer);
    }
    this._cpu.mark();
    this._replenishTimer = setTimeout(() => this._replenish(), kReplenishDelayMs);
  }

  private _replenish(): void {
    this._replenishTimer = null;
    // Workers that already have a process to run boot first: new spares would
    // take the CPU from them (on 2 cores, 4 booting workers each take 4x longer).
    if (this._startQueue.some((child) => !child.ready)) return;
    // One replacement boots at a time (the next when it is ready, see _onReady), and
    // at most kMaxSpares: after the program's N warm starts, N workers booting at once
    // took 0.15-0.45 s of CPU from the N children on 2 cores (architecture.md §5).
    if (this._spares.some((child) => !child.ready)) return;
    const target = Math.min(this._spareTarget, kMaxSpares);
    if (this._shuttingDown || this._spares.length >= target) {
      this._replenishDueSince = -1;
      return;
    }
    // The program's threads use every core (a consumer and its producer, a
    // CPU-bound Pool), or a spare is left for the next start and the program is
    // busy at all (a Pipe ping-pong keeps a core and a half busy): the boot waits,
    // up to kMaxReplenishDeferMs.
    const now = performance.now();
    if (this._replenishDueSince < 0) this._replenishDueSince = now;
    const busy = this._spares.length > 0 ? this._cpu.busyCores() > kBusyCoresWithSparesLeft : this._cpu.saturated();
    if (busy && now - this._replenishDueSince < kMaxReplenishDeferMs) {
      this._scheduleReplenish();
      return;
    }
    this._replenishDueSince = -1;
    this._spares.push(this._createWorker());
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
    const child: Child = { worker, connection: { port: channel.port1, flag }, pid: null, cell: null, start: null, ready: false, signal: null, exited: false, exit };
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
    this._answerWarm();
    if (child.pid !== null) this._running.delete(child.pid);
    const queued = this._startQueue.indexOf(child);
    if (queued >= 0) this._startQueue.splice(queued, 1);
    if (this._starting === child) {
      this._starting = null;
      this._dispatch();
    }
    child.connection.port.close();
    for (const [address, server] of this._managers) if (server.child === child) this._unserve(address);
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
    if (this._replenishTimer) clearTimeout(this._replenishTimer);
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

/** Becomes the hub of the program (this thread's entry: hubEntry.ts, or the bundle). */
export function startHub(data: HubData): void {
  new Hub(data);
}
