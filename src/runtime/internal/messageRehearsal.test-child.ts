// Run by messageRehearsal.test.ts as `node --allow-natives-syntax <this> [rehearse|skip]`.
// Rehearses the message path (or not), has TurboFan compile its functions at once,
// then sends traffic down every branch the rehearsal is meant to have shown V8,
// in another order and with other sizes. Prints, as JSON, the functions whose
// compiled code was thrown away meanwhile (a site TurboFan had no feedback for).

import { PyTuple } from "../builtins/tuple.js";
import { Channel, kNoMessage, lockMutex, unlockMutex } from "./channel.js";
import { decodeMessageAt, encodeMessageParts } from "./codec.js";
import { readFlatMessageAt, writeFlatMessage } from "./codecFlat.js";
import { rehearseMessagePath, sampleMessages } from "./messageRehearsal.js";
import { kChanDataSeq, kChanReadLock, kChanSlots } from "./symbols.js";

type Native = (f: Function) => unknown;
// The natives syntax (%Name) is V8's, outside JavaScript: only a Function body can hold it.
const prepareForOptimization = new Function("f", "%PrepareFunctionForOptimization(f)") as Native;
const optimizeOnNextCall = new Function("f", "%OptimizeFunctionOnNextCall(f)") as Native;
const isTurbofan = new Function("f", "return %ActiveTierIsTurbofan(f)") as Native;

// decodeMessageAt is not watched: Channel.readInPlace's compiled code has it inlined (so its branches count there).
const watched: Record<string, Function> = {
  "Channel.readInPlace": Channel.prototype.readInPlace,
  "Channel.write": Channel.prototype.write,
  "Channel.waitReadable": Channel.prototype.waitReadable,
  encodeMessageParts,
  writeFlatMessage,
  readFlatMessageAt,
  lockMutex,
  unlockMutex,
};

if (process.argv[2] === "rehearse") rehearseMessagePath();

const send = (channel: Channel, value: unknown): void => {
  const parts = encodeMessageParts(value);
  channel.write(parts.bytes, 2, 3, parts.splices);
};
const receiveAll = (channel: Channel): void => {
  while (channel.readInPlace(decodeMessageAt) !== kNoMessage) {}
};

// A program's first messages: one kind of tuple, in a ring roomy enough never to wrap.
const roomy = Channel.create(false, 1 << 16);
for (let i = 0; i < 200; i++) {
  send(roomy, PyTuple.of(i, "a", 0.5));
  receiveAll(roomy);
  roomy.waitReadable(0);
}
for (const f of Object.values(watched)) prepareForOptimization(f);
for (const f of Object.values(watched)) optimizeOnNextCall(f);
send(roomy, PyTuple.of(1, "b", 1.5));
receiveAll(roomy);
roomy.waitReadable(0);
const mutex = new Int32Array(kChanSlots);
lockMutex(mutex, kChanReadLock);
unlockMutex(mutex, kChanReadLock);
const notCompiled = Object.entries(watched).filter(([, f]) => !isTurbofan(f)).map(([name]) => name);

// The traffic: every kind of flat value, and bursts of strs whose lengths wrap the
// ring at changing offsets, leave it empty with its free bytes split, and make it grow.
const channel = Channel.create(false, 128);
const values = sampleMessages().reverse();
let seed = 12345;
for (let burst = 0; burst < 60; burst++) {
  for (let k = 0; k <= burst % 3; k++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    send(channel, "z".repeat(seed % 120));
    send(channel, values[(burst + k) % values.length]);
  }
  if (burst % 7 === 0) Atomics.or(channel.header, kChanDataSeq, 1);
  if (burst % 20 === 19) send(channel, PyTuple.of("w".repeat(100), "w".repeat(100)));
  receiveAll(channel);
}
channel.waitReadable(0);
channel.waitReadable(0, /* orEnd */ true);
const contended = new Int32Array(kChanSlots);
contended[kChanReadLock] = 1;
try {
  lockMutex(contended, kChanReadLock);
} catch {
  // Atomics.wait refuses unshared memory: the spin ran out and it tried to sleep.
}
contended[kChanReadLock] = 2;
unlockMutex(contended, kChanReadLock);

const thrownAway = Object.entries(watched).filter(([, f]) => !isTurbofan(f)).map(([name]) => name);
process.stdout.write(JSON.stringify({ notCompiled, thrownAway }));
