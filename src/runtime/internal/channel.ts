// A channel: byte messages in shared memory, many writers and many readers, in
// FIFO order. Queue, SimpleQueue and each direction of a Pipe are channels
// (multiprocessing/queues.ts, connection.ts); the codec turns values into the
// messages. The shared-memory layout (slots in symbols.ts kChan*):
//
//   header  Int32Array: two mutexes, head/tail, bytes and records written and
//           consumed, capacity, sequence counters, open-end counts (Pipe EOF, EPIPE)
//   data    a growable SharedArrayBuffer holding a ring of records:
//           [length i32][pid i32][gen i32][payload, padded to 4 bytes]
//           A record never wraps: when it does not fit before the end, a wrap
//           marker (length -1, or nothing when fewer than 12 bytes remain) sends
//           readers back to offset 0; that padding counts as used.
//
// Writers serialize on the write mutex, readers on the read mutex, so one writer
// and one reader run concurrently: the writer publishes a record by advancing
// kChanWritten after writing it, the reader frees it by advancing kChanConsumed;
// the bytes in use are the difference. Each counter is changed on its own side's
// cache line, and writers keep a credit of free bytes, so they look at the
// readers' line only when the credit runs out. A writer that
// finds no room grows the ring (taking the read mutex too, so no reader is inside)
// instead of blocking: CPython's put() returns at once as its feeder thread buffers
// without bound. Readers wait with the wait helper on kChanDataSeq; a writer makes
// the notify call only when one announced its sleep (wakeSleepers). `pid`/`gen` say
// which process wrote a record and when (multiprocessing/queues.ts: items still
// "in the feeder thread" are invisible to their own process's non-blocking reads).

import { copyInto, copySpliced, splicedLength, type Splice } from "./codecBytes.js";
import { expectCodec } from "./codecRegistry.js";
import {
  kChanCapacity,
  kChanConsumed,
  kChanConsumedCount,
  kChanDataSeq,
  kChanHead,
  kChanReaders,
  kChanReadKnown,
  kChanReadLock,
  kChanSlots,
  kChanSpaceSeq,
  kChanTail,
  kChanWriteCredit,
  kChanWriteLock,
  kChanWriters,
  kChanWritten,
  kChanWrittenCount,
  kInt32,
} from "./symbols.js";
import { spinUntil } from "./spinWait.js";
import { waitFor, type Deadline } from "./wait.js";

/** Bytes before a record's payload: length, pid, gen. */
export const kRecordHeader = 12;
const kWrapMarker = -1;
/**
 * The ring starts this large and doubles when a message does not fit. Small, so
 * that small messages wrap and refresh the write credit every ~200 records: V8
 * optimizes write() and read() (and the callers they are inlined into) within a
 * process's first few thousand messages, and a branch first taken after that
 * (with a 64 KB ring, the wrap) deoptimizes them, to be compiled again: 5-12 ms
 * each, in each process, on the cores the program is using (architecture.md,
 * queues, session 5). The rehearsal (messageRehearsal.ts) now runs the wrap
 * before any of that; 64 KB and 1 MB rings measured the same (session 7).
 */
export const kInitialCapacity = 1 << 12;
/** The data buffer's maximum size (reserved address space, not memory). */
export const kMaxCapacity = 1 << 30;
/** Open-end counts of a channel whose ends are not counted (queues never see EOF). */
export const kUncounted = -1;

/** What a reader got: a record's payload (a view into the ring, valid only inside the callback). */
export type RecordReader<T> = (payload: Uint8Array, pid: number, gen: number) => T;

/**
 * A reader of records in place: the payload is bytes [start, end) of the ring
 * (valid only inside the callback). Queue.get and Connection.recv read so: no
 * view is made per message.
 */
export type InPlaceReader<T> = (ring: Uint8Array, start: number, end: number, pid: number, gen: number) => T;

export const kNoMessage: unique symbol = Symbol("no message");

const noSplices: readonly Splice[] = [];

export class Channel {
  readonly header: Int32Array;
  readonly data: SharedArrayBuffer;
  /**
   * Fixed-length views of the data buffer, made again (_fitViews) when another
   * thread grew it: V8 (Node 20) reads and writes through a length-tracking view
   * of a growable buffer several times slower (managers/wire.ts has the numbers).
   */
  private _bytes: Uint8Array;
  private _ints: Int32Array;

  private constructor(header: SharedArrayBuffer, data: SharedArrayBuffer) {
    this.header = new Int32Array(header);
    this.data = data;
    this._bytes = new Uint8Array(data, 0, data.byteLength);
    this._ints = new Int32Array(data, 0, data.byteLength >> 2);
  }

  /**
   * Makes the views cover the ring (either mutex held: the ring grows only under
   * both, the buffer before the capacity, so a capacity seen is already there).
   */
  private _fitViews(): void {
    if (this._bytes.length >= this.header[kChanCapacity]!) return;
    const length = this.data.byteLength;
    this._bytes = new Uint8Array(this.data, 0, length);
    this._ints = new Int32Array(this.data, 0, length >> 2);
  }

  /** A new empty channel; `counted` channels track their open ends (Pipe), others do not (queues). */
  static create(counted: boolean, capacity = kInitialCapacity): Channel {
    const header = new SharedArrayBuffer(kChanSlots * kInt32);
    const data = new SharedArrayBuffer(capacity, { maxByteLength: kMaxCapacity });
    const channel = new Channel(header, data);
    channel.header[kChanCapacity] = capacity;
    channel.header[kChanWriteCredit] = capacity;
    channel.header[kChanWriters] = counted ? 0 : kUncounted;
    channel.header[kChanReaders] = counted ? 0 : kUncounted;
    return channel;
  }

  /** The same channel in another process (the codec's rebuilders call this); checks the shape. */
  static fromBuffers(header: SharedArrayBuffer | undefined, data: SharedArrayBuffer | undefined): Channel {
    expectCodec(header !== undefined && header.byteLength === kChanSlots * kInt32, "channel header");
    expectCodec(data !== undefined && data.growable && data.maxByteLength === kMaxCapacity, "channel data");
    const channel = new Channel(header, data);
    const capacity = Atomics.load(channel.header, kChanCapacity);
    expectCodec(capacity > 0 && capacity % 4 === 0 && capacity <= data.byteLength, "channel capacity");
    return channel;
  }

  get buffers(): [SharedArrayBuffer, SharedArrayBuffer] {
    return [this.header.buffer as SharedArrayBuffer, this.data];
  }

  /** True when a record is waiting. */
  hasMessage(): boolean {
    return used(this.header) !== 0;
  }

  /**
   * Records written and not yet taken. Never below the truth: a writer counts a
   * record before it publishes it, a reader counts it taken after freeing it.
   */
  count(): number {
    const h = this.header;
    const taken = Atomics.load(h, kChanConsumedCount);
    return (Atomics.load(h, kChanWrittenCount) - taken) | 0;
  }

  /** The pid and gen of the record at the head (under no lock: only a hint), or null. */
  peekOrigin(): { pid: number; gen: number } | null {
    lockMutex(this.header, kChanReadLock);
    try {
      if (!this.hasMessage()) return null;
      this._fitViews();
      const at = this._recordAt(this.header[kChanHead]!).at;
      return { pid: this._ints[(at >> 2) + 1]!, gen: this._ints[(at >> 2) + 2]! };
    } finally {
      unlockMutex(this.header, kChanReadLock);
    }
  }

  /**
   * Appends a record: `payload`, with `splices` put in (codec.ts
   * encodeMessageParts: large byte strings copied once, straight into the ring).
   * Grows the ring if needed (never blocks below kMaxCapacity).
   */
  write(payload: Uint8Array, pid = 0, gen = 0, splices: readonly Splice[] = noSplices): void {
    const h = this.header;
    const length = splices.length === 0 ? payload.length : splicedLength(payload, splices);
    const need = kRecordHeader + align4(length);
    if (need > kMaxCapacity) throw new RangeError(`py2ts-mp: a message of ${length} bytes is larger than a channel can hold`);
    lockMutex(h, kChanWriteLock);
    try {
      this._fitViews();
      const { at, padding } = this._place(need);
      const ints = this._ints;
      const slot = at >> 2;
      ints[slot] = length;
      ints[slot + 1] = pid;
      ints[slot + 2] = gen;
      if (splices.length === 0) copyInto(this._bytes, at + kRecordHeader, payload);
      else copySpliced(this._bytes, at + kRecordHeader, payload, splices);
      const capacity = h[kChanCapacity]!;
      const tail = at + need;
      h[kChanTail] = tail === capacity ? 0 : tail;
      h[kChanWriteCredit] = h[kChanWriteCredit]! - padding - need;
      Atomics.add(h, kChanWrittenCount, 1);
      // Publishing: readers trust every byte written before `written` moves.
      Atomics.store(h, kChanWritten, (h[kChanWritten]! + padding + need) | 0);
    } finally {
      unlockMutex(h, kChanWriteLock);
    }
    this._notifyReaders();
  }

  /**
   * Where a record of `need` bytes goes (called with the write mutex held): after
   * the tail, or at 0 behind a wrap marker, or after growing the ring.
   */
  private _place(need: number): { at: number; padding: number } {
    const h = this.header;
    for (;;) {
      const capacity = h[kChanCapacity]!;
      const tail = h[kChanTail]!;
      const toEnd = capacity - tail;
      // The credit is never more than what is free (only readers free bytes).
      if (need <= Math.min(toEnd, h[kChanWriteCredit]!)) return { at: tail, padding: 0 };
      // `used` only shrinks while we hold the write mutex: an old value is conservative.
      const used = usedByWriter(h);
      h[kChanWriteCredit] = capacity - used;
      if (need <= Math.min(toEnd, capacity - used)) return { at: tail, padding: 0 };
      // Not wrapped: the free bytes before the head are [0, tail - used).
      if (tail - used >= need) {
        if (toEnd >= kInt32) this._ints[tail >> 2] = kWrapMarker;
        return { at: 0, padding: toEnd };
      }
      if (used === 0 && need <= capacity && this._rewind()) continue;
      if (!this._grow(need)) this._waitForSpace(used);
    }
  }

  /**
   * An empty ring whose free bytes are split by the head starts over at offset 0
   * (write mutex held; false if a record arrived meanwhile): a second large
   * message then reuses the ring instead of doubling it.
   */
  private _rewind(): boolean {
    const h = this.header;
    lockMutex(h, kChanReadLock);
    try {
      if (used(h) !== 0) return false;
      h[kChanHead] = 0;
      h[kChanTail] = 0;
      return true;
    } finally {
      unlockMutex(h, kChanReadLock);
    }
  }

  /** Doubles the ring until `need` more bytes fit (write mutex held); false at the maximum size. */
  private _grow(need: number): boolean {
    const h = this.header;
    lockMutex(h, kChanReadLock);
    try {
      const capacity = h[kChanCapacity]!;
      const inUse = used(h);
      if (capacity >= kMaxCapacity) return false;
      // At least double: the bytes may be free but split by the head (no contiguous room).
      let next = capacity * 2;
      while (next < inUse + need + kRecordHeader && next < kMaxCapacity) next *= 2;
      next = Math.min(next, kMaxCapacity);
      if (this.data.byteLength < next) this.data.grow(next);
      h[kChanCapacity] = next;
      this._fitViews();
      const head = h[kChanHead]!;
      const tail = h[kChanTail]!;
      if (inUse > 0 && tail <= head) {
        // Wrapped: the part from the head to the end (with any wrap padding) moves to
        // the new end, so readers still reach offset 0 where the rest continues.
        const moved = capacity - head;
        this._bytes.copyWithin(next - moved, head, capacity);
        h[kChanHead] = next - moved;
      }
      h[kChanWriteCredit] = next - inUse;
      return true;
    } finally {
      unlockMutex(h, kChanReadLock);
    }
  }

  private _waitForSpace(used: number): void {
    const h = this.header;
    announceSleeper(h, kChanSpaceSeq);
    waitFor(h, kChanSpaceSeq, beforeSleeping(h, kChanSpaceSeq, () => usedByWriter(h) < used), Infinity);
  }

  /** The record at `head` once wrap padding is skipped: its offset and the padding. */
  private _recordAt(head: number): { at: number; padding: number } {
    const toEnd = this.header[kChanCapacity]! - head;
    if (toEnd < kRecordHeader || this._ints[head >> 2] === kWrapMarker) return { at: 0, padding: toEnd };
    return { at: head, padding: 0 };
  }

  /**
   * Takes the record at the head and passes its payload to `read` (under the read
   * mutex; the record is freed even if `read` throws). `accept`, when given, may
   * refuse the record, which then stays. kNoMessage when there is none.
   */
  read<T>(read: RecordReader<T>, accept?: (pid: number, gen: number) => boolean): T | typeof kNoMessage {
    return this.readInPlace((ring, start, end, pid, gen) => read(ring.subarray(start, end), pid, gen), accept);
  }

  /** read(), for a reader that takes the payload where it is in the ring. */
  readInPlace<T>(read: InPlaceReader<T>, accept?: (pid: number, gen: number) => boolean): T | typeof kNoMessage {
    const h = this.header;
    // A hint without the mutex: another reader may be taking what was known.
    if (Atomics.load(h, kChanReadKnown) === 0 && used(h) === 0) return kNoMessage;
    lockMutex(h, kChanReadLock);
    let freed = 0;
    try {
      // Several records published at once are taken with one look at the writers' line.
      if (h[kChanReadKnown] === 0) {
        const published = used(h);
        if (published === 0) return kNoMessage;
        h[kChanReadKnown] = published;
      }
      this._fitViews();
      const { at, padding } = this._recordAt(h[kChanHead]!);
      const slot = at >> 2;
      const length = this._ints[slot]!;
      const pid = this._ints[slot + 1]!;
      const gen = this._ints[slot + 2]!;
      if (accept && !accept(pid, gen)) return kNoMessage;
      const size = kRecordHeader + align4(length);
      freed = padding + size;
      const next = at + size;
      h[kChanHead] = next === h[kChanCapacity]! ? 0 : next;
      const start = at + kRecordHeader;
      return read(this._bytes, start, start + length, pid, gen);
    } finally {
      if (freed > 0) {
        h[kChanReadKnown] = h[kChanReadKnown]! - freed;
        Atomics.store(h, kChanConsumed, (h[kChanConsumed]! + freed) | 0);
        Atomics.add(h, kChanConsumedCount, 1);
      }
      unlockMutex(h, kChanReadLock);
      if (freed > 0) wakeSleepers(h, kChanSpaceSeq);
    }
  }

  /**
   * Waits until a record is there (true) or the deadline passes (false). With
   * `orEnd`, the end of input also ends the wait: no writer left (Pipe EOF).
   */
  waitReadable(deadline: Deadline, orEnd = false): boolean {
    const h = this.header;
    const ready = orEnd ? () => used(h) !== 0 || Atomics.load(h, kChanWriters) === 0 : () => used(h) !== 0;
    if (deadline > 0 && performance.now() < deadline && spinUntil(ready)) return true;
    announceSleeper(h, kChanDataSeq);
    return waitFor(h, kChanDataSeq, beforeSleeping(h, kChanDataSeq, ready), deadline);
  }

  /** True when no open writing end is left (never for an uncounted channel). */
  atEnd(): boolean {
    return Atomics.load(this.header, kChanWriters) === 0;
  }

  /** True when no open reading end is left (a send would be EPIPE). */
  unread(): boolean {
    return Atomics.load(this.header, kChanReaders) === 0;
  }

  /** Counts `delta` more (or fewer) open copies of the writing end; the last one gone wakes readers. */
  addWriters(delta: number): void {
    if (Atomics.add(this.header, kChanWriters, delta) + delta === 0) wakeSleepers(this.header, kChanDataSeq);
  }

  addReaders(delta: number): void {
    Atomics.add(this.header, kChanReaders, delta);
  }

  private _notifyReaders(): void {
    wakeSleepers(this.header, kChanDataSeq);
  }
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

/**
 * Bytes in use. `consumed` is read first: it never passes `written`, so the
 * difference is never negative (at worst it counts a record a reader is taking
 * right now, which a reader sees again under the read mutex).
 */
function used(h: Int32Array): number {
  const consumed = Atomics.load(h, kChanConsumed);
  return (Atomics.load(h, kChanWritten) - consumed) | 0;
}

/** Bytes in use for a writer holding the write mutex (`written` is its own to change). */
function usedByWriter(h: Int32Array): number {
  return (h[kChanWritten]! - Atomics.load(h, kChanConsumed)) | 0;
}

/*
 * Sleeping on a channel. A thread about to sleep on a sequence word (kChanDataSeq,
 * kChanSpaceSeq) first sets the word's bit 0 and then checks its condition once
 * more; a notifier, after changing the state, looks at the word and only when the
 * bit is set advances it (clearing the bit) and makes the notify call, for all
 * sleepers. With no sleeper a write costs one load, and a sleeper costs one notify
 * however many records arrive before it is scheduled again (with a count of
 * sleepers instead, a producer made 177,000 notify calls for 200,000 puts while
 * its consumer was waking up on a loaded machine).
 *
 * No wake-up is lost: a sleeper waits on the word's value with the bit set, so a
 * notifier that changed the word found the bit and notified; a notifier that found
 * the bit clear changed the state before the sleeper set the bit, so the sleeper's
 * last check, after setting it, sees the new state.
 */

/**
 * Sets the word's bit before a wait: the wait helper then reads the word with the
 * bit already set, and its first Atomics.wait sleeps instead of returning at once
 * because the word changed under it (that extra call was a second trip through
 * V8's futex lock on every sleep, contended by the notifier waking us).
 */
function announceSleeper(h: Int32Array, index: number): void {
  const seq = Atomics.load(h, index);
  if ((seq & 1) === 0) Atomics.compareExchange(h, index, seq, seq | 1);
}

/** `ready`, wrapped for the wait helper: when not ready, announces a sleeper (again, after a wake-up) and checks again. */
function beforeSleeping(h: Int32Array, index: number, ready: () => boolean): () => boolean {
  return () => {
    if (ready()) return true;
    announceSleeper(h, index);
    return ready();
  };
}

/** After a state change: wakes every sleeper if one announced itself. */
function wakeSleepers(h: Int32Array, index: number): void {
  let seq = Atomics.load(h, index);
  while ((seq & 1) !== 0) {
    const seen = Atomics.compareExchange(h, index, seq, seq + 1);
    if (seen === seq) {
      Atomics.notify(h, index);
      return;
    }
    seq = seen;
  }
}

/** Tries before sleeping on a taken mutex: the holder only copies a few bytes. */
const kMutexSpins = 40;

/**
 * A futex mutex (0 free, 1 held, 2 held and someone may sleep). It guards only
 * short copies, so it sleeps with plain Atomics.wait, outside the wait helper.
 * Each step of the contended path is one site that the first, free try passes
 * too, or that one thread can reach alone: messageRehearsal.ts runs them all.
 */
export function lockMutex(h: Int32Array, index: number): void {
  // Read-only until it looks free: a compare-exchange would take the cache line from the holder.
  for (let i = 0; i <= kMutexSpins; i++) {
    if (Atomics.load(h, index) === 0 && Atomics.compareExchange(h, index, 0, 1) === 0) return;
  }
  while (Atomics.exchange(h, index, 2) !== 0) Atomics.wait(h, index, 2);
}

export function unlockMutex(h: Int32Array, index: number): void {
  if (Atomics.sub(h, index, 1) !== 1) {
    Atomics.store(h, index, 0);
    Atomics.notify(h, index, 1);
  }
}
