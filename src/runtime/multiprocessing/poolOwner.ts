// The owner's side of a set of pool worker processes, shared by multiprocessing's
// Pool and concurrent.futures' ProcessPoolExecutor. It does the work of CPython's
// three pool threads, at the owner's safe points instead of concurrently:
//   task handler    pump(): task sources -> messages in the task ring (lazily, so
//                   imap over a long generator runs ahead by at most a ring)
//   result handler  pump(): result messages -> decoded `received` entries (the
//                   Pool delivers them to results and callbacks)
//   worker handler  maintain(): reap workers that ended, fail the task a dead one
//                   was running (CPython would wait for it forever), start
//                   replacements with the owner's state at that moment
// Workers are ForkProcess children (poolWorker.ts) started like any Process.

import type { BaseException } from "../builtins/exceptions.js";
import { PyList } from "../builtins/list.js";
import { PyTuple } from "../builtins/tuple.js";
import { decode, encode } from "../internal/codec.js";
import { kPoolWorkerBusy, kPoolWorkerIndex, kPoolWorkerJob, kPoolWorkerRow } from "../internal/symbols.js";
import { ChannelOwner, Fifo, frameBody, frameIndex, frameJob, frameKind, message, PoolChannel, type Message } from "./poolChannel.js";
import { ResultKind, TaskKind, type ForkProcess, type PoolWorkerArgs } from "./poolWorker.js";
import { isPacked, pack, packingOf, unpack } from "./poolPacking.js";
import { unpicklableFunction } from "./reduction.js";
import { kLongLived } from "./spawn.js";

/** Ring sizes (powers of two): large enough that a map's chunks rarely wait for space. */
const kTaskRingBytes = 1 << 20;
const kResultRingBytes = 1 << 20;
/** While waiting with safe-point hooks off (inside a callback), look at the workers this often. */
const kDeathCheckMs = 50;

/**
 * A task for the workers, or the error that kept it from being sent (delivered as
 * its result). A source may also yield null: nothing to send until the next pump.
 */
export type Outgoing =
  | { readonly job: number; readonly index: number; readonly message: Message }
  | { readonly job: number; readonly index: number; readonly error: unknown };

/** A result in from a worker (or made by the owner: an unsendable task, a dead worker). */
export interface Received {
  readonly job: number;
  readonly index: number;
  readonly success: boolean;
  readonly value: unknown;
}

/** A worker that ended, and the tasks that ended with it. */
export interface Reaped {
  readonly worker: ForkProcess;
  readonly lost: ReadonlyArray<{ readonly job: number; readonly index: number }>;
}

export interface PoolOwnerOptions {
  readonly processes: number;
  readonly initializer: Function | null;
  readonly initargs: unknown;
  readonly maxtasks: number | null;
  /** Python 3: exceptions come with their remote traceback text. */
  readonly wrapExceptions: boolean;
  /** Tasks raising any BaseException report it (the executor's workers), not only Exception (Pool's). */
  readonly catchAll: boolean;
  /** A new, unstarted worker named as CPython names it (ForkPoolWorker-N, ForkProcess-N). */
  readonly createWorker: () => ForkProcess;
  /** The __cause__ a re-raised task exception gets (RemoteTraceback, _RemoteTraceback). */
  readonly remoteTraceback: (text: string) => BaseException;
}

/** A task message, or the error CPython's task handler would get pickling it. */
export function taskMessage(kind: TaskKind, job: number, index: number, func: unknown, rest: readonly unknown[]): Outgoing {
  const unpicklable = unpicklableFunction(func);
  if (unpicklable) return { job, index, error: unpicklable };
  try {
    return { job, index, message: message(kind, job, index, encode([func, ...rest], "message").bytes) };
  } catch (error) {
    return { job, index, error };
  }
}

/** A map chunk: numbers pack into a typed array (poolPacking.ts), anything else goes through the codec. */
export function chunkMessage(kind: TaskKind, job: number, index: number, func: unknown, items: unknown[]): Outgoing {
  const packing = kind === TaskKind.Map ? packingOf(items) : null;
  if (packing === null || unpicklableFunction(func)) return taskMessage(kind, job, index, func, [PyTuple.fromArray(items)]);
  try {
    return { job, index, message: message(kind, job, index, pack(packing, func, items as number[])) };
  } catch (error) {
    return { job, index, error };
  }
}

export class PoolOwner {
  /** The live workers, in start order (CPython's Pool._pool). */
  readonly workers = new PyList<ForkProcess>();
  /** Results received and not yet delivered, in completion order. */
  readonly received = new Fifo<Received>();
  readonly channel: PoolChannel;
  private readonly _ring: ChannelOwner;
  /** The worker in each row of the channel's worker table. */
  private readonly _places: Array<ForkProcess | null>;
  private readonly _sources = new Fifo<Iterator<Outgoing | null>>();
  private _pumping = false;
  private readonly _onMessage = (payload: Uint8Array): void => this._receive(payload);

  constructor(private readonly _options: PoolOwnerOptions) {
    this.channel = PoolChannel.create(_options.processes, kTaskRingBytes, kResultRingBytes);
    this._ring = new ChannelOwner(this.channel);
    this._places = new Array<ForkProcess | null>(_options.processes).fill(null);
  }

  /**
   * Starts workers into the free places (CPython's _repopulate_pool). The first
   * ones are long-lived: the hub does not boot spares in their place while their
   * tasks run (bench/pool: Pool(2).map of CPU-bound tasks 0.33-0.48 s with those
   * spares booting, 0.18-0.24 s without); replacements let it keep spares again.
   */
  repopulate(longLived = false): void {
    for (let place = 0; place < this._places.length; place++) {
      if (this._places[place] !== null) continue;
      const worker = this._options.createWorker();
      const row = place * kPoolWorkerRow;
      Atomics.store(this.channel.workers, row + kPoolWorkerBusy, 0);
      const args: PoolWorkerArgs = {
        channel: this.channel,
        place,
        initializer: this._options.initializer,
        initargs: this._options.initargs,
        maxtasks: this._options.maxtasks,
        wrapExceptions: this._options.wrapExceptions,
        catchAll: this._options.catchAll,
      };
      worker._pool_worker = args;
      if (longLived) (worker as { [kLongLived]?: boolean })[kLongLived] = true;
      worker.daemon = true;
      worker.start();
      this.workers.push(worker);
      this._places[place] = worker;
    }
  }

  /** Queues tasks; they are generated and sent as the task ring has room. */
  addSource(source: Iterator<Outgoing | null>): void {
    this._sources.push(source);
    this.pump();
  }

  /** No task is waiting to be generated or written. */
  get idle(): boolean {
    return this._sources.length === 0 && !this._ring.pending;
  }

  /** Workers running a task now: taken from the ring, result not yet written (the executor's call-queue count). */
  busyWorkers(): number {
    let busy = 0;
    for (let place = 0; place < this._places.length; place++) busy += Atomics.load(this.channel.workers, place * kPoolWorkerRow + kPoolWorkerBusy);
    return busy;
  }

  /** Moves tasks out and results in, without blocking and without running callbacks. */
  pump(): void {
    if (this._pumping) return;
    this._pumping = true;
    try {
      while (this._ring.flush()) {
        const source = this._sources.peek();
        if (!source) break;
        const step = source.next();
        if (step.done) {
          this._sources.shift();
          continue;
        }
        const task = step.value;
        if (task === null) break;
        if ("error" in task) this.received.push({ job: task.job, index: task.index, success: false, value: task.error });
        else this._ring.send(task.message);
      }
      this._ring.receive(this._onMessage);
    } finally {
      this._pumping = false;
    }
  }

  private _receive(payload: Uint8Array): void {
    const success = frameKind(payload) === ResultKind.Success;
    const body = frameBody(payload);
    let value = isPacked(body) ? unpack(body).numbers : decode(body, []);
    if (!success && this._options.wrapExceptions && value instanceof PyTuple) {
      const exception = value[0] as BaseException;
      exception.__cause__ = this._options.remoteTraceback(value[1] as string);
      value = exception;
    }
    this.received.push({ job: frameJob(payload), index: frameIndex(payload), success, value });
  }

  /**
   * Reaps workers that ended and returns them, each with the task it was running
   * when it died, if any (CPython would wait for that task forever). With
   * `repopulate` the places are filled again.
   */
  maintain(repopulate: boolean): Reaped[] {
    const reaped: Reaped[] = [];
    for (let place = 0; place < this._places.length; place++) {
      const worker = this._places[place];
      if (worker && worker.exitcode !== null) reaped.push(this._reap(place, worker));
    }
    if (reaped.length > 0 && repopulate) this.repopulate();
    return reaped;
  }

  private _reap(place: number, worker: ForkProcess): Reaped {
    const lost: Array<{ job: number; index: number }> = [];
    const skipped = this._ring.recoverFrom(worker.pid ?? 0, this._onMessage);
    if (skipped) lost.push(skipped);
    const row = place * kPoolWorkerRow;
    if (Atomics.load(this.channel.workers, row + kPoolWorkerBusy) === 1) {
      Atomics.store(this.channel.workers, row + kPoolWorkerBusy, 0);
      lost.push({ job: Atomics.load(this.channel.workers, row + kPoolWorkerJob), index: Atomics.load(this.channel.workers, row + kPoolWorkerIndex) });
    }
    worker.join();
    const index = this.workers.indexOf(worker);
    if (index >= 0) this.workers.splice(index, 1);
    this._places[place] = null;
    return { worker, lost };
  }

  /** One "no more work" message per live worker (CPython's task handler sends None per worker). */
  sendSentinels(): void {
    for (let i = 0; i < this.workers.length; i++) this._ring.send(message(TaskKind.Sentinel, 0, 0));
    this.pump();
  }

  /** Terminates the workers still running and waits for them (CPython's _terminate_pool). */
  terminateWorkers(): void {
    for (const worker of this.workers) if (worker.exitcode === null) worker.terminate();
    this.joinWorkers();
  }

  joinWorkers(): void {
    // A copy: joining runs safe points, which may reap workers from the list.
    for (const worker of [...this.workers]) worker.join();
  }

  /**
   * Blocks until `ready()` (checked after each pump) or the deadline: woken by
   * results and task space, and at least every kDeathCheckMs to look for dead
   * workers (`onTick`: the caller's maintenance).
   */
  wait(ready: () => boolean, deadline: number, onTick: () => void): boolean {
    const check = (): boolean => {
      this.pump();
      onTick();
      return ready();
    };
    for (;;) {
      const slice = Math.min(deadline, performance.now() + kDeathCheckMs);
      if (this._ring.wait(check, slice)) return true;
      if (performance.now() >= deadline) return false;
    }
  }
}
