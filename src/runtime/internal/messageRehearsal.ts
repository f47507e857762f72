// A rehearsal of the message path (codec.ts's message mode over a channel.ts
// ring), run once per thread: by a spare worker while it waits for its process,
// and by the main thread when it makes its first Queue, SimpleQueue or Pipe. A
// hundred messages through private channels, in the interpreter: ~0.7 ms, or
// ~2 ms in a thread that had not run the message path yet (it compiles the
// functions' bytecode, which the first real message would have done).
//
// Why: TurboFan compiles the message path once a process has sent a few thousand
// messages, and plants a deoptimization at every site that had never run by then.
// The rare branches (the ring's wrap, a refreshed write credit, a mutex found
// taken, a reader asleep, a None after a stream of tuples) first run later, in
// the middle of the stream: each threw the whole compiled path away (it is
// inlined several levels deep, up to the script's loop) and compiled it again,
// 5-12 ms of TurboFan work each time on the two cores the program runs on.
// bench/ipc's two-producer Queue met 2-4 of those per run. Nothing here is
// compiled: the rehearsal only gives those sites their type feedback
// (docs/architecture.md, queues, "Session 7").
//
// It must take the same objects through the same functions as real traffic (a
// Channel, decodeMessageAt as the reader), or the feedback it leaves would make the
// real sites polymorphic instead.

import { PyFloat } from "../builtins/float.js";
import { PyList } from "../builtins/list.js";
import { PyTuple } from "../builtins/tuple.js";
import { Channel, kNoMessage, lockMutex, unlockMutex } from "./channel.js";
import { decodeMessageAt, encodeMessageParts } from "./codec.js";
import { kChanDataSeq, kChanReadLock, kChanSlots } from "./symbols.js";

let rehearsed = false;

/**
 * A value of each kind the codec's flat path takes (codecFlat.ts), and tuples and
 * lists both of small ints only and of mixed items: V8 gives those arrays
 * different hidden classes, and a class first met by compiled code throws it away
 * too. Exported for the test that checks the rehearsal's coverage.
 */
export function sampleMessages(): unknown[] {
  return [
    PyTuple.of(0, "x", 1.5),
    PyTuple.of(2, 3),
    PyList.of(4, "y", null),
    PyList.of(5, 6),
    7,
    -2.5,
    new PyFloat(8),
    "text",
    null,
    true,
    false,
  ];
}

/** Runs the message path's branches once in this thread (later calls do nothing). */
export function rehearseMessagePath(): void {
  if (rehearsed) return;
  rehearsed = true;
  const channel = Channel.create(false, kRingBytes);
  rehearseRing(channel);
  const samples = sampleMessages();
  for (let i = 0; i < samples.length; i++) {
    send(channel, samples[i]);
    // A reader announced as asleep: the next write wakes it.
    if (i % 3 === 0) Atomics.or(channel.header, kChanDataSeq, 1);
    if (i % 2 === 0) receiveAll(channel);
  }
  receiveAll(channel);
  // A message already there: the spin before sleeping finds it at once.
  send(channel, null);
  channel.waitReadable(performance.now() + 1);
  receiveAll(channel);
  // An empty channel and a deadline already passed: the way to sleep, without
  // sleeping. Enough calls for V8 to start recording this function's feedback.
  for (let i = 0; i < kCallsToRecord; i++) {
    channel.waitReadable(0, /* orEnd */ i % 2 === 0);
    // The second wait finds itself already announced; a write clears that.
    if (i % 4 === 3) send(channel, null);
    receiveAll(channel);
  }
  rehearseContendedMutex();
}

/**
 * V8 records a function's type feedback only from about its eighth call on
 * (feedback vectors are allocated lazily); the functions called once per message
 * pass that early in the rehearsal.
 */
const kCallsToRecord = 16;

/** The rehearsal's ring: small, so that short messages wrap it at many offsets. */
const kRingBytes = 256;

/**
 * Bursts of short str messages of changing lengths, each burst then read: the
 * ring wraps (with and without a wrap marker), refreshes the write credit,
 * rewinds when empty, and grows while wrapped (the long messages at the end).
 */
function rehearseRing(channel: Channel): void {
  // Records of 120 and then 144 bytes: the second fits neither after the tail nor before it, in an empty ring.
  send(channel, "x".repeat(104));
  receiveAll(channel);
  send(channel, "x".repeat(127));
  receiveAll(channel);
  let seed = 7;
  for (let burst = 0; burst < 16; burst++) {
    for (let k = 0; k <= burst % 4; k++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      send(channel, "x".repeat(seed % 128));
    }
    receiveAll(channel);
  }
  // Growing while wrapped, to more than twice the size (a 5 KB message).
  send(channel, "x".repeat(100));
  send(channel, PyTuple.fromArray(new Array<string>(40).fill("y".repeat(127))));
  receiveAll(channel);
}

function send(channel: Channel, value: unknown): void {
  const parts = encodeMessageParts(value);
  channel.write(parts.bytes, 1, 1, parts.splices);
}

function receiveAll(channel: Channel): void {
  while (channel.readInPlace(decodeMessageAt) !== kNoMessage) {}
}

/**
 * A mutex found taken, on an unshared array: the spin runs out, and Atomics.wait
 * throws a TypeError (it refuses memory no other thread can change) where it
 * would sleep. Then an unlock that has a sleeper to wake.
 */
function rehearseContendedMutex(): void {
  const header = new Int32Array(kChanSlots);
  header[kChanReadLock] = 1;
  try {
    lockMutex(header, kChanReadLock);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
  }
  header[kChanReadLock] = 2;
  unlockMutex(header, kChanReadLock);
}
