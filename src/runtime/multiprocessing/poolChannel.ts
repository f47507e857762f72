// The transport between a pool's owner (the process that created the Pool or
// ProcessPoolExecutor) and its worker processes: two byte rings in shared memory.
// CPython uses two pipes (SimpleQueue inqueue/outqueue) plus three helper threads;
// here the owner writes tasks and reads results itself, at its safe points.
//
//   task ring    owner -> workers   one writer (the owner, never blocks: what does
//                                   not fit waits in the owner's queue); readers
//                                   take whole messages under the reader lock
//   result ring  workers -> owner   writers take the writer lock for a whole
//                                   message and wait for space; one reader (the
//                                   owner, never blocks: it keeps a partial message)
//
// Slots are in internal/symbols.ts (kPool*). Who waits where:
//   an idle worker sleeps on kPoolTaskLockSeq until a message starts (the owner
//     wakes one per message unless its last wake-up is in flight: kPoolTaskWakePending;
//     a worker leaving the lock with more to take wakes another); the lock holder
//     of a long message sleeps on kPoolTaskSeq for its rest
//   a worker wanting to write sleeps on kPoolResultLockSeq, then on
//     kPoolResultSpaceSeq; the owner notifies when it frees space
//   the owner sleeps on kPoolOwnerSeq; workers bump it for every result byte they
//     write, and for task space they free while the owner has tasks pending
// A message is [u32 length][u8 kind][i32 job][i32 index][codec bytes]; it may be
// longer than a ring and then streams through it. Counters wrap at 2^32, so ring
// capacities are powers of two up to 2^30.

import { expectCodec, kShare, registerShareable, type ShareState } from "../internal/codecRegistry.js";
import { waitFor } from "../internal/wait.js";
import {
  kInt32,
  kPoolOwnerPending,
  kPoolOwnerSeq,
  kPoolOwnerSleepers,
  kPoolResultHead,
  kPoolResultLockSeq,
  kPoolResultLockSleepers,
  kPoolResultSpaceSeq,
  kPoolResultSpaceSleepers,
  kPoolResultTail,
  kPoolResultWriteStart,
  kPoolResultWriter,
  kPoolSlots,
  kPoolTaskHead,
  kPoolTaskLockSeq,
  kPoolTaskLockSleepers,
  kPoolTaskReader,
  kPoolTaskSeq,
  kPoolTaskSleepers,
  kPoolTaskTail,
  kPoolTaskWakePending,
  kPoolWorkerRow,
} from "../internal/symbols.js";

/** Bytes before a message's codec payload: length, kind, job, index. */
export const kFrameHeader = 13;

/** The shared parts of a channel; travels to workers as a shared handle (inheritance only). */
export class PoolChannel {
  readonly ctrl: Int32Array;
  readonly tasks: Uint8Array;
  readonly results: Uint8Array;
  /** Rows of kPoolWorkerRow slots, one per worker place (kPoolWorkerBusy, ...). */
  readonly workers: Int32Array;

  constructor(ctrl: SharedArrayBuffer, tasks: SharedArrayBuffer, results: SharedArrayBuffer, workers: SharedArrayBuffer) {
    this.ctrl = new Int32Array(ctrl);
    this.tasks = new Uint8Array(tasks);
    this.results = new Uint8Array(results);
    this.workers = new Int32Array(workers);
  }

  static create(places: number, taskBytes: number, resultBytes: number): PoolChannel {
    return new PoolChannel(
      new SharedArrayBuffer(kPoolSlots * kInt32),
      new SharedArrayBuffer(taskBytes),
      new SharedArrayBuffer(resultBytes),
      new SharedArrayBuffer(places * kPoolWorkerRow * kInt32),
    );
  }

  [kShare](): ShareState {
    const buffers = [this.ctrl.buffer, this.tasks.buffer, this.results.buffer, this.workers.buffer] as SharedArrayBuffer[];
    return { kind: "PoolChannel", typeName: "Pool", buffers, state: null };
  }
}

registerShareable("PoolChannel", (buffers) => {
  expectCodec(buffers.length === 4 && isRing(buffers[1]!) && isRing(buffers[2]!), "pool channel");
  return new PoolChannel(buffers[0]!, buffers[1]!, buffers[2]!, buffers[3]!);
});

function isRing(buffer: SharedArrayBuffer): boolean {
  const n = buffer.byteLength;
  return n >= 16 && n <= 2 ** 30 && (n & (n - 1)) === 0;
}

/** A message to write: its header fields and its codec bytes (empty for a sentinel). */
export interface Message {
  readonly kind: number;
  readonly job: number;
  readonly index: number;
  readonly body: Uint8Array;
}

export function message(kind: number, job: number, index: number, body: Uint8Array = kNoBody): Message {
  return { kind, job, index, body };
}

const kNoBody = new Uint8Array(0);

/** Bytes of `m` on the wire: [u32 length][u8 kind][i32 job][i32 index][body]. */
function wireLength(m: Message): number {
  return kFrameHeader + m.body.length;
}

/** Writes the header of `m` into `target` (13 bytes). */
function writeHeader(m: Message, target: Uint8Array): void {
  setU32(target, 0, kFrameHeader - 4 + m.body.length);
  target[4] = m.kind;
  setU32(target, 5, m.job);
  setU32(target, 9, m.index);
}

function setU32(target: Uint8Array, at: number, value: number): void {
  target[at] = value & 0xff;
  target[at + 1] = (value >>> 8) & 0xff;
  target[at + 2] = (value >>> 16) & 0xff;
  target[at + 3] = (value >>> 24) & 0xff;
}

function getI32(source: Uint8Array, at: number): number {
  return source[at]! | (source[at + 1]! << 8) | (source[at + 2]! << 16) | (source[at + 3]! << 24);
}

/** A received message's fields (`payload` is the message without its length). */
export function frameKind(payload: Uint8Array): number {
  return payload[0]!;
}

export function frameJob(payload: Uint8Array): number {
  return getI32(payload, 1);
}

export function frameIndex(payload: Uint8Array): number {
  return getI32(payload, 5);
}

export function frameBody(payload: Uint8Array): Uint8Array {
  return payload.subarray(kFrameHeader - 4);
}

/** Copies bytes [from, from + n) of message `m` as it is on the wire into the ring at `position`. */
function copyMessage(ring: Uint8Array, position: number, m: Message, header: Uint8Array, from: number, n: number): void {
  if (from < kFrameHeader) {
    writeHeader(m, header);
    const take = Math.min(n, kFrameHeader - from);
    copyIn(ring, position, header, from, take);
    position = (position + take) | 0;
    from += take;
    n -= take;
  }
  if (n > 0) copyIn(ring, position, m.body, from - kFrameHeader, n);
}

/** Below this many bytes a loop copies faster than subarray + set (which allocate views). */
const kLoopCopy = 64;

function copyIn(ring: Uint8Array, position: number, source: Uint8Array, from: number, n: number): void {
  const mask = ring.length - 1;
  if (n < kLoopCopy) {
    for (let i = 0; i < n; i++) ring[(position + i) & mask] = source[from + i]!;
    return;
  }
  const at = position & mask;
  const first = Math.min(n, ring.length - at);
  ring.set(source.subarray(from, from + first), at);
  if (n > first) ring.set(source.subarray(from + first, from + n), 0);
}

function copyOut(ring: Uint8Array, position: number, target: Uint8Array, to: number, n: number): void {
  const mask = ring.length - 1;
  if (n < kLoopCopy) {
    for (let i = 0; i < n; i++) target[to + i] = ring[(position + i) & mask]!;
    return;
  }
  const at = position & mask;
  const first = Math.min(n, ring.length - at);
  target.set(ring.subarray(at, at + first), to);
  if (n > first) target.set(ring.subarray(0, n - first), to + first);
}

function used(ctrl: Int32Array, head: number, tail: number): number {
  return (Atomics.load(ctrl, head) - Atomics.load(ctrl, tail)) | 0;
}

function bump(ctrl: Int32Array, seq: number, sleepers: number, count = Infinity): void {
  Atomics.add(ctrl, seq, 1);
  if (Atomics.load(ctrl, sleepers) > 0) Atomics.notify(ctrl, seq, count);
}

// -- Worker side -----------------------------------------------------------------

const scratchLength = new Uint8Array(4);
const scratchHeader = new Uint8Array(kFrameHeader);

/**
 * Takes the next task message (blocking; `me` is the worker's pid, recorded as the
 * reader-lock holder so the owner can recover the ring if this worker dies). Idle
 * workers sleep until a message starts, then one takes the reader lock and the
 * whole message (CPython's workers share the inqueue's reader lock the same way).
 */
export function takeTask(channel: PoolChannel, me: number): Uint8Array {
  const ctrl = channel.ctrl;
  // Every claim, won or lost, clears kPoolTaskWakePending (ChannelOwner._wakeIdle):
  // the winner checks for more on leaving the lock, a loser is about to sleep (the
  // owner must then wake someone for its next message). So the flag is never left
  // set with no worker on its way to look at the ring.
  const claim = (): boolean => {
    const won = used(ctrl, kPoolTaskHead, kPoolTaskTail) > 0 && Atomics.compareExchange(ctrl, kPoolTaskReader, 0, me) === 0;
    Atomics.store(ctrl, kPoolTaskWakePending, 0);
    return won;
  };
  for (;;) {
    waitFor(ctrl, kPoolTaskLockSeq, claim, Infinity, { sleepers: kPoolTaskLockSleepers });
    try {
      // The previous holder may have taken the message we saw.
      if (used(ctrl, kPoolTaskHead, kPoolTaskTail) === 0) continue;
      readTask(channel, scratchLength);
      const payload = new Uint8Array(getI32(scratchLength, 0) >>> 0);
      readTask(channel, payload);
      return payload;
    } finally {
      Atomics.store(ctrl, kPoolTaskReader, 0);
      // Another idle worker takes what is left.
      if (used(ctrl, kPoolTaskHead, kPoolTaskTail) > 0) bump(ctrl, kPoolTaskLockSeq, kPoolTaskLockSleepers, 1);
    }
  }
}

/** Fills `target` from the task ring as bytes arrive (the caller holds the reader lock). */
function readTask(channel: PoolChannel, target: Uint8Array): void {
  const ctrl = channel.ctrl;
  for (let filled = 0; filled < target.length; ) {
    waitFor(ctrl, kPoolTaskSeq, () => used(ctrl, kPoolTaskHead, kPoolTaskTail) > 0, Infinity, { sleepers: kPoolTaskSleepers });
    const tail = Atomics.load(ctrl, kPoolTaskTail);
    const n = Math.min(target.length - filled, used(ctrl, kPoolTaskHead, kPoolTaskTail));
    copyOut(channel.tasks, tail, target, filled, n);
    Atomics.store(ctrl, kPoolTaskTail, (tail + n) | 0);
    filled += n;
    // The owner may be waiting for this space (the store above comes first: see ChannelOwner.flush).
    if (Atomics.load(ctrl, kPoolOwnerPending) === 1) bump(ctrl, kPoolOwnerSeq, kPoolOwnerSleepers);
  }
}

/** Writes a whole result message (blocking while the ring is full). */
export function putResult(channel: PoolChannel, me: number, m: Message): void {
  const ctrl = channel.ctrl;
  waitFor(ctrl, kPoolResultLockSeq, () => Atomics.compareExchange(ctrl, kPoolResultWriter, 0, me) === 0, Infinity, { sleepers: kPoolResultLockSleepers });
  try {
    Atomics.store(ctrl, kPoolResultWriteStart, Atomics.load(ctrl, kPoolResultHead));
    const capacity = channel.results.length;
    const length = wireLength(m);
    for (let written = 0; written < length; ) {
      const free = (): number => capacity - used(ctrl, kPoolResultHead, kPoolResultTail);
      waitFor(ctrl, kPoolResultSpaceSeq, () => free() > 0, Infinity, { sleepers: kPoolResultSpaceSleepers });
      const head = Atomics.load(ctrl, kPoolResultHead);
      const n = Math.min(length - written, free());
      copyMessage(channel.results, head, m, scratchHeader, written, n);
      Atomics.store(ctrl, kPoolResultHead, (head + n) | 0);
      written += n;
      bump(ctrl, kPoolOwnerSeq, kPoolOwnerSleepers);
    }
  } finally {
    Atomics.store(ctrl, kPoolResultWriter, 0);
    bump(ctrl, kPoolResultLockSeq, kPoolResultLockSleepers, 1);
  }
}

// -- Owner side ------------------------------------------------------------------

/** A first-in first-out queue with O(1) take (arrays' shift is O(n)). */
export class Fifo<T> {
  private _items: (T | undefined)[] = [];
  private _head = 0;

  get length(): number {
    return this._items.length - this._head;
  }

  push(item: T): void {
    this._items.push(item);
  }

  peek(): T | undefined {
    return this._items[this._head];
  }

  shift(): T | undefined {
    if (this._head >= this._items.length) return undefined;
    const item = this._items[this._head];
    this._items[this._head++] = undefined;
    if (this._head > 1024 && this._head * 2 > this._items.length) {
      this._items = this._items.slice(this._head);
      this._head = 0;
    }
    return item;
  }
}

/** A task message the owner has queued or written. */
interface Sent {
  readonly message: Message;
  readonly length: number;
  /** Ring position of its first byte, once writing has begun. */
  start: number;
}

/**
 * The owner's end: queues task messages and writes what fits (flush), reads result
 * messages as they complete (receive), and repairs the rings when a worker dies
 * holding a lock. Never blocks: the Pool waits on kPoolOwnerSeq between calls.
 */
export class ChannelOwner {
  /** Messages not completely written yet, oldest first; the first may be partly written. */
  private readonly _queue = new Fifo<Sent>();
  /** Bytes of the first queued message already written. */
  private _offset = 0;
  /** Messages written (or being written) that workers may still be reading, oldest first. */
  private readonly _inRing = new Fifo<Sent>();
  /** The result message being read: its bytes so far. */
  private _partial: Uint8Array | null = null;
  private _partialFilled = 0;
  private readonly _length = new Uint8Array(4);
  private _lengthFilled = 0;
  private readonly _header = new Uint8Array(kFrameHeader);

  constructor(readonly channel: PoolChannel) {}

  /** Queues a task message; call flush() to write it. */
  send(m: Message): void {
    this._queue.push({ message: m, length: wireLength(m), start: 0 });
  }

  /** True while queued task bytes wait for ring space. */
  get pending(): boolean {
    return this._queue.length > 0;
  }

  /** Writes queued task bytes while there is space; true when nothing is left queued. */
  flush(): boolean {
    if (!this.pending) return true;
    const ctrl = this.channel.ctrl;
    const ring = this.channel.tasks;
    // Announce first, then read the tail: a worker that frees space after our read
    // sees the flag and wakes us (it stores the tail, then reads the flag).
    Atomics.store(ctrl, kPoolOwnerPending, 1);
    this._pruneRead();
    let head = Atomics.load(ctrl, kPoolTaskHead);
    let free = ring.length - ((head - Atomics.load(ctrl, kPoolTaskTail)) | 0);
    const start = head;
    let started = 0;
    while (free > 0 && this.pending) {
      const sent = this._queue.peek()!;
      if (this._offset === 0) {
        sent.start = head;
        this._inRing.push(sent);
        started++;
      }
      const n = Math.min(free, sent.length - this._offset);
      copyMessage(ring, head, sent.message, this._header, this._offset, n);
      head = (head + n) | 0;
      free -= n;
      this._offset += n;
      if (this._offset === sent.length) this._dequeue();
    }
    if (head !== start) {
      Atomics.store(ctrl, kPoolTaskHead, head);
      // The reader of a long message waits for its rest; idle workers for a new message.
      bump(ctrl, kPoolTaskSeq, kPoolTaskSleepers);
      if (started > 0) this._wakeIdle(started);
    }
    if (!this.pending) Atomics.store(ctrl, kPoolOwnerPending, 0);
    return !this.pending;
  }

  /**
   * Wakes idle workers for `started` new messages, unless the last wake-up is
   * still in flight (no worker has tried to claim a message since: each try clears
   * kPoolTaskWakePending). The worker on its way finds these messages too, and on
   * leaving the reader lock with more to read wakes another. A notify is a system
   * call; while the owner submits tasks faster than a woken worker gets the CPU,
   * this saves one per task.
   */
  private _wakeIdle(started: number): void {
    const ctrl = this.channel.ctrl;
    Atomics.add(ctrl, kPoolTaskLockSeq, 1);
    if (Atomics.load(ctrl, kPoolTaskLockSleepers) === 0) return;
    if (Atomics.compareExchange(ctrl, kPoolTaskWakePending, 0, 1) !== 0) return;
    Atomics.notify(ctrl, kPoolTaskLockSeq, started);
  }

  private _dequeue(): void {
    this._offset = 0;
    this._queue.shift();
  }

  /** Forgets written messages workers have read completely. */
  private _pruneRead(): void {
    const tail = Atomics.load(this.channel.ctrl, kPoolTaskTail);
    for (let first = this._inRing.peek(); first && this._isRead(first, tail); first = this._inRing.peek()) this._inRing.shift();
  }

  private _isRead(sent: Sent, tail: number): boolean {
    const end = (sent.start + sent.length) | 0;
    return sent !== this._queue.peek() && ((tail - end) | 0) >= 0;
  }

  /**
   * Calls `onMessage` for every complete result message; returns how many. A
   * message lying whole and unbroken in the ring is passed as a view of it (valid
   * only during the call); others are assembled as they arrive.
   */
  receive(onMessage: (payload: Uint8Array) => void): number {
    const ctrl = this.channel.ctrl;
    const ring = this.channel.results;
    let tail = Atomics.load(ctrl, kPoolResultTail);
    const start = tail;
    let count = 0;
    for (;;) {
      let available = (Atomics.load(ctrl, kPoolResultHead) - tail) | 0;
      if (this._partial === null) {
        const n = Math.min(available, 4 - this._lengthFilled);
        if (n === 0) break;
        copyOut(ring, tail, this._length, this._lengthFilled, n);
        tail = (tail + n) | 0;
        available -= n;
        this._lengthFilled += n;
        if (this._lengthFilled < 4) break;
        this._lengthFilled = 0;
        const length = getI32(this._length, 0) >>> 0;
        const at = tail & (ring.length - 1);
        if (available >= length && at + length <= ring.length) {
          onMessage(ring.subarray(at, at + length));
          tail = (tail + length) | 0;
          count++;
          continue;
        }
        this._partial = new Uint8Array(length);
        this._partialFilled = 0;
      }
      const n = Math.min(available, this._partial.length - this._partialFilled);
      copyOut(ring, tail, this._partial, this._partialFilled, n);
      tail = (tail + n) | 0;
      this._partialFilled += n;
      if (this._partialFilled < this._partial.length) break;
      const payload = this._partial;
      this._partial = null;
      count++;
      onMessage(payload);
    }
    if (tail !== start) this._storeResultTail(tail);
    return count;
  }

  private _storeResultTail(tail: number): void {
    const ctrl = this.channel.ctrl;
    if (Atomics.load(ctrl, kPoolResultTail) === tail) return;
    Atomics.store(ctrl, kPoolResultTail, tail);
    bump(ctrl, kPoolResultSpaceSeq, kPoolResultSpaceSleepers);
  }

  /**
   * A worker (pid) died. If it held the task reader lock, the message it was reading
   * is skipped (its task is returned: it will never run); if it held the result
   * writer lock, its unfinished result is discarded after every complete one has
   * been received. Either lock is then released.
   */
  recoverFrom(pid: number, onMessage: (payload: Uint8Array) => void): { job: number; index: number } | null {
    const ctrl = this.channel.ctrl;
    let lost: { job: number; index: number } | null = null;
    if (Atomics.load(ctrl, kPoolTaskReader) === pid) {
      this._pruneRead();
      const tail = Atomics.load(ctrl, kPoolTaskTail);
      const reading = this._inRing.peek();
      if (reading && reading.start !== tail) {
        lost = { job: reading.message.job, index: reading.message.index };
        this._inRing.shift();
        if (reading === this._queue.peek()) {
          // Still being written: the rest is never written.
          Atomics.store(ctrl, kPoolTaskTail, Atomics.load(ctrl, kPoolTaskHead));
          this._dequeue();
        } else {
          Atomics.store(ctrl, kPoolTaskTail, (reading.start + reading.length) | 0);
        }
      }
      Atomics.store(ctrl, kPoolTaskReader, 0);
      bump(ctrl, kPoolTaskLockSeq, kPoolTaskLockSleepers, 1);
    }
    // The wake-up in flight may have gone to the dead worker: wake another.
    if (Atomics.exchange(ctrl, kPoolTaskWakePending, 0) === 1) bump(ctrl, kPoolTaskLockSeq, kPoolTaskLockSleepers, 1);
    if (Atomics.load(ctrl, kPoolResultWriter) === pid) {
      this.receive(onMessage);
      // Every complete message is in; what remains is the dead writer's.
      this._partial = null;
      this._lengthFilled = 0;
      this._storeResultTail(Atomics.load(ctrl, kPoolResultHead));
      Atomics.store(ctrl, kPoolResultWriter, 0);
      bump(ctrl, kPoolResultLockSeq, kPoolResultLockSleepers, 1);
    }
    return lost;
  }

  /** Blocks until something changes for the owner (a result, task space) or the deadline passes. */
  wait(ready: () => boolean, deadline: number): boolean {
    return waitFor(this.channel.ctrl, kPoolOwnerSeq, ready, deadline, { sleepers: kPoolOwnerSleepers });
  }
}
