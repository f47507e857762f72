// multiprocessing.queues: Queue, JoinableQueue, SimpleQueue, on a shared-memory
// channel (internal/channel.ts) with the codec's message mode for the items.
//
// Queue keeps CPython's observable behaviour: a BoundedSemaphore(maxsize) that
// put() acquires and get() releases gives qsize() (items put and not yet got,
// including those CPython's feeder thread has not written yet) and full(); put()
// never waits for the pipe, and what the feeder thread would still hold is
// invisible to the putting process's own empty()/get_nowait() (feeder.ts).
// An unbounded queue (maxsize <= 0: SEM_VALUE_MAX) can never block a put, so it
// does not touch the semaphore per item: the channel's record count is its
// qsize() (two atomic updates on one more shared cache line per item were a
// third of a small put's and get's cost across two cores, bench/ipc).
// A queue travels to a child only by inheritance (Process args, module globals);
// through a Queue, Pipe or Pool it is CPython's RuntimeError.

import { fixDefaultContext } from "./startMethod.js";
import { isPy2 } from "../builtins/dialect.js";
import { AssertionError, AttributeError, TypeError, ValueError, type BaseException } from "../builtins/exceptions.js";
import { PyFloat } from "../builtins/float.js";
import { callMethodKw } from "../builtins/call.js";
import { asLong } from "../builtins/long.js";
import { PyObject } from "../builtins/object.js";
import { IOError, OSError } from "../builtins/osErrors.js";
import { repr } from "../builtins/repr.js";
import { truthy } from "../builtins/truth.js";
import { typeName } from "../builtins/types.js";
import { Channel, kNoMessage } from "../internal/channel.js";
import { decodeMessageAt, encodeMessageParts, type MessageParts } from "../internal/codec.js";
import { expectCodec, kShare, registerRuntimeClass, registerShareable, type ShareState } from "../internal/codecRegistry.js";
import { writeAll } from "../internal/fdWrite.js";
import { prewarmHub } from "../internal/hubClient.js";
import { getPid } from "../internal/identity.js";
import { rehearseMessagePath } from "../internal/messageRehearsal.js";
import { kInt32 } from "../internal/symbols.js";
import { tracebackModuleExceptionLine } from "../internal/traceback.js";
import { deadlineAfter, notifySeq, waitFor, type Deadline } from "../internal/wait.js";
import { Empty, Full } from "../queue/exceptions.js";
import { feederGeneration, flushFeeders, hasUnflushedPuts, kSwitchIntervalMs, noteUnflushedPut, visibleHere } from "./feeder.js";
import { kSemaphore, SEM_VALUE_MAX, SemLock, semlockInt, timeoutSeconds as semlockTimeoutSeconds } from "./semlock.js";
import { secondsAddedToClock } from "./timeouts.js";
import { initReceivedExceptions } from "./unpickledExceptions.js";
import { refuseMissingLibraryMembers } from "../internal/missingLibraryMembers.js";

export interface QueueOptions {
  readonly maxsize?: unknown;
}

/** Queue(maxsize=0): a process-shared FIFO; emitted as `new Queue({ maxsize })`. */
export class Queue extends PyObject {
  declare _maxsize: number;
  declare _channel: Channel;
  /**
   * BoundedSemaphore(maxsize): put acquires, get releases (CPython's _sem). An
   * unbounded queue only takes from it for items Python 2's feeder dropped
   * (qsize() still counts those, as in CPython 2).
   */
  declare _sem: SemLock;
  /** maxsize <= 0: put() never blocks and the semaphore is not used per item. */
  declare _unbounded: boolean;
  declare _closed: boolean;
  /**
   * Python 2 closes the reader at close(). CPython 3's feeder thread closes it when
   * it meets close()'s sentinel: once it gets the GIL (this process blocks, or the
   * switch interval passes), so `q.put(x); q.close(); q.empty()` is still True.
   * -1: no close pending; else the feeder generation and time of close().
   */
  declare _closeGeneration: number;
  declare _closeTime: number;
  /** True once this process has put an item (CPython then has a feeder thread). */
  declare _fed: boolean;

  static override get __module__(): string {
    return "multiprocessing.queues";
  }

  override __init__(options: QueueOptions = {}): any {
    const maxsize = maxsizeOf(options.maxsize ?? 0);
    this._setUp(maxsize, Channel.create(false), SemLock.create(kSemaphore, maxsize, maxsize));
    fixDefaultContext();
    prewarmHub();
    return null;
  }

  _setUp(maxsize: number, channel: Channel, sem: SemLock): void {
    rehearseMessagePath();
    this._maxsize = maxsize;
    this._unbounded = maxsize === SEM_VALUE_MAX;
    this._channel = channel;
    this._sem = sem;
    this._closed = false;
    this._closeGeneration = -1;
    this._closeTime = 0;
    this._fed = false;
  }

  /** put(obj, block=True, timeout=None); emitted positionally: `q.put(x, undefined, 2)`. */
  put(obj: unknown, block?: unknown, timeout?: unknown): null {
    if (this._closed) throw this._closedError();
    // SemLock.acquire's conversions, which CPython applies even on an unbounded queue
    // (whose semaphore never runs out): `q.put(x, None)` is a TypeError.
    if (block !== undefined) semlockInt(block);
    if (timeout !== undefined && timeout !== null) semlockTimeoutSeconds(timeout);
    if (!this._unbounded && !this._sem.acquire(block, timeout)) throw new Full();
    this._fed = true;
    this._beforeSend();
    let message: MessageParts;
    try {
      message = encodeMessageParts(obj);
    } catch (error) {
      feederError(error, this._sem, this._unbounded);
      return null;
    }
    this._channel.write(message.bytes, getPid(), feederGeneration(), message.splices);
    noteUnflushedPut();
    return null;
  }

  /** JoinableQueue counts the task here, before the item is sent (as CPython's put does). */
  protected _beforeSend(): void {}

  /**
   * get(block=True, timeout=None); emitted positionally: `q.get(undefined, 2)`.
   * The item is a Python value of any type: `any` to emitted code (`f = q.get(); f(1)`).
   */
  get(block?: unknown, timeout?: unknown): any {
    if (this._closed && !isPy2()) throw this._closedError();
    const blocking = block === undefined || truthy(block);
    const forever = blocking && (timeout === undefined || timeout === null);
    if (this._readerClosed) {
      if (forever) throw new IOError(9, "Bad file descriptor");
      throw new Empty();
    }
    if (!blocking) return this._take(kNoWait, true);
    // Blocking releases the GIL in CPython: the feeder threads write what they hold.
    flushFeeders();
    return this._take(forever ? Infinity : deadlineAfter(secondsAddedToClock(timeout)), false);
  }

  private _take(deadline: Deadline, visibleOnly: boolean): unknown {
    const channel = this._channel;
    for (;;) {
      const item = channel.readInPlace(decodeMessageAt, visibleOnly ? visibleHere : undefined);
      if (item !== kNoMessage) {
        if (!this._unbounded) this._sem.release();
        initReceivedExceptions();
        return item;
      }
      if (deadline === kNoWait || !channel.waitReadable(deadline)) throw new Empty();
    }
  }

  get_nowait(): any {
    return this.get(false);
  }

  put_nowait(obj: unknown): null {
    return this.put(obj, false);
  }

  /** Items put and not yet got (CPython: maxsize minus the semaphore's value). */
  qsize(): any {
    // Python 2's SEM_VALUE_MAX is a long, so an unbounded queue's qsize() is one (0L).
    return isPy2() && this._unbounded ? asLong(this._itemCount()) : this._itemCount();
  }

  private _itemCount(): number {
    const taken = this._maxsize - this._sem._get_value();
    return this._unbounded ? this._channel.count() + taken : taken;
  }

  empty(): boolean {
    if (this._readerClosed) {
      if (isPy2()) return true;
      throw new OSError("handle is closed");
    }
    if (!this._channel.hasMessage()) return true;
    if (!hasUnflushedPuts()) return false;
    const origin = this._channel.peekOrigin();
    return origin === null || !visibleHere(origin.pid, origin.gen);
  }

  full(): boolean {
    return this._unbounded ? this._itemCount() >= this._maxsize : this._sem._is_zero();
  }

  /** No more puts from this process; its items are already where a feeder would have put them. */
  close(): null {
    if (this._closed) return null;
    this._closed = true;
    if (isPy2()) this._closeGeneration = 0;
    else if (this._fed) {
      // The sentinel waits in the feeder's buffer like an unflushed put.
      noteUnflushedPut();
      this._closeGeneration = feederGeneration();
      this._closeTime = performance.now();
    }
    return null;
  }

  /** Whether the reader is closed here (Python 2: at close(); Python 3: once the feeder ran). */
  get _readerClosed(): boolean {
    if (this._closeGeneration < 0) return false;
    if (isPy2() || feederGeneration() !== this._closeGeneration) return true;
    return performance.now() - this._closeTime >= kSwitchIntervalMs;
  }

  join_thread(): null {
    if (!this._closed) throw isPy2() ? new AssertionError() : new AssertionError(`Queue ${repr(this)} not closed`);
    // Joining blocks until the feeder thread has ended.
    if (this._closeGeneration >= 0) flushFeeders();
    return null;
  }

  cancel_join_thread(): null {
    return null;
  }

  private _closedError(): BaseException {
    return isPy2() ? new AssertionError() : new ValueError(`Queue ${repr(this)} is closed`);
  }

  override toString(): string {
    return this.__repr__();
  }

  [kShare](): ShareState {
    return {
      kind: this._kind,
      typeName: this._kind,
      buffers: [...this._channel.buffers, this._sem.buffer, ...this._extraBuffers()],
      state: this._maxsize,
    };
  }

  /** The codec kind, and CPython's class name in the inheritance RuntimeError. */
  protected get _kind(): string {
    return "Queue";
  }

  protected _extraBuffers(): SharedArrayBuffer[] {
    return [];
  }
}

/** A deadline that means "do not wait" (get(False)). */
const kNoWait = -Infinity;

/**
 * CPython's feeder thread meets an item it cannot pickle after put() returned: it
 * prints the traceback and drops the item (Python 3 also gives back its semaphore
 * slot, so qsize() no longer counts it; Python 2 keeps counting it). An unbounded
 * queue took no slot in put(): Python 2's count is kept by taking one now.
 */
function feederError(error: unknown, sem: SemLock, unbounded: boolean): void {
  if (!(error instanceof Error) || !("args" in error)) throw error;
  if (unbounded) {
    if (isPy2()) sem.acquire(false);
  } else if (!isPy2()) sem.release();
  writeAll(2, `Traceback (most recent call last):\n${tracebackModuleExceptionLine(error)}\n`);
}


/** CPython's `if maxsize <= 0: maxsize = SEM_VALUE_MAX`, then BoundedSemaphore(maxsize). */
function maxsizeOf(value: unknown): number {
  if (typeof value === "boolean") value = Number(value);
  if (typeof value === "bigint") value = value <= 0n ? 0 : value > BigInt(SEM_VALUE_MAX) ? SEM_VALUE_MAX + 1 : Number(value);
  const number = typeof value === "number" ? value : value instanceof PyFloat ? value.value : null;
  if (number === null) {
    if (isPy2() && value === null) return SEM_VALUE_MAX;
    if (isPy2()) throw new TypeError("an integer is required");
    throw new TypeError(`'<=' not supported between instances of '${typeName(value)}' and 'int'`);
  }
  if (number <= 0) return SEM_VALUE_MAX;
  if (!Number.isInteger(number) || value instanceof PyFloat) {
    throw new TypeError(isPy2() ? "integer argument expected, got float" : "'float' object cannot be interpreted as an integer");
  }
  // Beyond SEM_VALUE_MAX SemLock.create raises sem_init's EINVAL, as CPython does.
  return number;
}

export interface JoinableQueueOptions extends QueueOptions {}

/** JoinableQueue(maxsize=0): a Queue whose consumers call task_done() and whose producers join(). */
export class JoinableQueue extends Queue {
  /** [unfinished tasks, sequence]: task_done bumps the sequence when the count reaches 0. */
  declare _tasks: Int32Array;

  override __init__(options: JoinableQueueOptions = {}): any {
    super.__init__(options);
    this._tasks = new Int32Array(new SharedArrayBuffer(2 * kInt32));
    return null;
  }

  protected override _beforeSend(): void {
    Atomics.add(this._tasks, 0, 1);
  }

  task_done(): null {
    const tasks = this._tasks;
    for (;;) {
      const count = Atomics.load(tasks, 0);
      if (count <= 0) throw new ValueError("task_done() called too many times");
      if (Atomics.compareExchange(tasks, 0, count, count - 1) === count) {
        if (count === 1) notifySeq(tasks, 1);
        return null;
      }
    }
  }

  /** Blocks until every item put has had its task_done(). */
  join(): null {
    const tasks = this._tasks;
    flushFeeders();
    waitFor(tasks, 1, () => Atomics.load(tasks, 0) === 0, Infinity);
    return null;
  }

  protected override get _kind(): string {
    return "JoinableQueue";
  }

  protected override _extraBuffers(): SharedArrayBuffer[] {
    return [this._tasks.buffer as SharedArrayBuffer];
  }
}

/** SimpleQueue(): a locked pipe: put() sends at once, get() blocks, no maxsize. */
export class SimpleQueue extends PyObject {
  declare _channel: Channel;
  declare _closed: boolean;

  static override get __module__(): string {
    return "multiprocessing.queues";
  }

  override __init__(): any {
    rehearseMessagePath();
    this._channel = Channel.create(false);
    this._closed = false;
    fixDefaultContext();
    prewarmHub();
    return null;
  }

  /**
   * put(obj): pickling errors reach the caller (no feeder thread). `_extra` (here and
   * below) lets emitted code type-check a direct call with Queue's arguments, which
   * raises CPython's TypeError.
   */
  put(obj: unknown, ..._extra: unknown[]): null {
    // Queue.put's extra arguments are a TypeError here (`sq.put(x, True)`): a direct
    // call passes them through, lowering not knowing which queue class `sq` is.
    if (arguments.length !== 1) return rejectArguments(this, "put", arguments);
    this._checkClosed();
    const message = encodeMessageParts(obj);
    this._channel.write(message.bytes, 0, 0, message.splices);
    return null;
  }

  get(..._extra: unknown[]): any {
    if (arguments.length !== 0) return rejectArguments(this, "get", arguments);
    this._checkClosed();
    flushFeeders();
    for (;;) {
      const item = this._channel.readInPlace(decodeMessageAt);
      if (item !== kNoMessage) {
        initReceivedExceptions();
        return item;
      }
      this._channel.waitReadable(Infinity);
    }
  }

  empty(..._extra: unknown[]): boolean {
    if (arguments.length !== 0) return rejectArguments(this, "empty", arguments);
    this._checkClosed();
    return !this._channel.hasMessage();
  }

  /** Python 3.9+; Python 2.7's SimpleQueue has no close(). */
  close(..._extra: unknown[]): null {
    if (isPy2()) throw new AttributeError("'SimpleQueue' object has no attribute 'close'");
    if (arguments.length !== 0) return rejectArguments(this, "close", arguments);
    this._closed = true;
    return null;
  }

  private _checkClosed(): void {
    if (this._closed) throw new OSError("handle is closed");
  }

  override toString(): string {
    return this.__repr__();
  }

  [kShare](): ShareState {
    return { kind: "SimpleQueue", typeName: "SimpleQueue", buffers: this._channel.buffers, state: this._closed };
  }
}

/** CPython's TypeError for a SimpleQueue method given the wrong argument count (the binding raises it). */
function rejectArguments(queue: SimpleQueue, name: string, args: IArguments): never {
  callMethodKw(queue, name, Array.from(args));
  throw new Error(`py2ts-mp: SimpleQueue.${name} accepted ${args.length} arguments`);
}

function rebuildQueue<T extends Queue>(cls: new () => T, buffers: readonly SharedArrayBuffer[], state: unknown, extra: number): T {
  expectCodec(buffers.length === 3 + extra && typeof state === "number" && state >= 1 && state <= SEM_VALUE_MAX, "Queue handle");
  const queue = Object.create(cls.prototype as object) as T;
  queue._setUp(state, Channel.fromBuffers(buffers[0], buffers[1]), SemLock.fromBuffer(buffers[2]));
  return queue;
}

registerShareable("Queue", (buffers, state) => rebuildQueue(Queue as unknown as new () => Queue, buffers, state, 0));
registerShareable("JoinableQueue", (buffers, state) => {
  const queue = rebuildQueue(JoinableQueue as unknown as new () => JoinableQueue, buffers, state, 1);
  expectCodec(buffers[3]!.byteLength === 2 * kInt32, "JoinableQueue handle");
  queue._tasks = new Int32Array(buffers[3]!);
  return queue;
});
registerShareable("SimpleQueue", (buffers, state) => {
  expectCodec(buffers.length === 2 && typeof state === "boolean", "SimpleQueue handle");
  rehearseMessagePath();
  const queue = Object.create(SimpleQueue.prototype as object) as SimpleQueue;
  queue._channel = Channel.fromBuffers(buffers[0], buffers[1]);
  queue._closed = state;
  return queue;
});
for (const cls of [Queue, JoinableQueue, SimpleQueue]) registerRuntimeClass(`multiprocessing.queues.${cls.name}`, cls);
export { Empty, Full } from "../queue/exceptions.js";
refuseMissingLibraryMembers(Queue, JoinableQueue, SimpleQueue);
