// The shared memory between a manager's server and its clients (CPython uses a
// socket per process and thread). Two structures, slots in internal/symbols.ts:
//
//   control   Int32Array, one per server: kMgrDoorbell (a sequence counter every
//             client bumps when it posts a request; the server waits on it),
//             kMgrServerSleepers, kMgrServerState.
//   channel   one growable SharedArrayBuffer per client connection: an Int32
//             header (kMgrChanState, kMgrChanSleepers, kMgrChanLength) and the
//             request, then the reply, in the same bytes (wire.ts).
//
// A round trip: the client writes its request, sets REQUEST and rings the
// doorbell; the server answers (or parks the call, PARKED, and answers later),
// sets REPLY and wakes the client. Each side makes the notify system call only
// when the other sleeps, and each spins a little before sleeping: a futex wake
// costs 5-15 µs here, a whole spinning round trip ~1 µs, but only while both
// threads have a core. When they share one, a spinning thread only delays the
// other, so spinning adapts (AdaptiveSpin): it stops after spins that found
// nothing and comes back through occasional short probes (architecture.md §5).

import { writeSync } from "node:fs";
import { kMgrChanHeaderBytes, kMgrChanLength, kMgrChanSleepers, kMgrChanState, kMgrDoorbell, kMgrReply, kMgrRequest, kMgrServerSleepers } from "../../internal/symbols.js";
import { waitFor, type Deadline } from "../../internal/wait.js";
import { kMaxChannelBytes } from "./wire.js";

/** A channel's initial size; it grows (doubling) for larger messages. */
const kInitialChannelBytes = 1 << 12;

function spinMicros(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** The longest a client polls for its answer before it sleeps (µs; PY2TS_MANAGER_CLIENT_SPIN_US). */
const kClientSpinMicros = spinMicros("PY2TS_MANAGER_CLIENT_SPIN_US", 100);
/** The longest the server polls for the next request after its last one (µs; PY2TS_MANAGER_SERVER_SPIN_US). */
export const kServerSpinMicros = spinMicros("PY2TS_MANAGER_SERVER_SPIN_US", 200);
/** After this many polls in a row that found nothing, polling stops... */
const kFailuresToStop = 8;
/** ...except for one poll every this many waits, which starts it again if it finds the answer. */
const kProbeEvery = 16;
/** A probe's budget (µs): enough to catch a peer that is running (a hot round trip takes 2-6 µs). */
const kProbeMicros = 20;
const kAdaptive = process.env["PY2TS_MANAGER_ADAPTIVE"] !== "0";

/**
 * Whether to poll before sleeping, learned from the last waits: polling stops
 * after polls that kept finding nothing (the other thread was not running, or
 * the wait was a long one), and a poll now and then finds out whether it pays
 * again. Measured (dict_child, 2 cores shared with other work): always polling
 * gave 7-215 k ops/s, bimodal by whether the two threads shared a core; never
 * polling 24-60 k.
 */
export class AdaptiveSpin {
  private _failures: number;
  private _waits = 0;
  stats = { ok: 0, fail: 0, skip: 0 };

  /**
   * `startPolling`: poll from the first wait. A client starts with probes only:
   * a process that makes a few calls then ends (10 children each appending once)
   * should not spend the server's CPU polling; a loop of calls finds out soon.
   */
  constructor(
    private readonly _budgetMicros: number,
    startPolling: boolean,
  ) {
    this._failures = startPolling ? 0 : kFailuresToStop;
  }

  /** Polls `ready` for up to the budget (or not at all): true if it became true meanwhile. */
  poll(ready: () => boolean): boolean {
    if (this._budgetMicros === 0) return false;
    let budget = this._budgetMicros;
    if (kAdaptive && this._failures >= kFailuresToStop) {
      if (++this._waits % kProbeEvery !== 0) {
        this.stats.skip++;
        return false;
      }
      budget = Math.min(budget, kProbeMicros);
    }
    const until = performance.now() + budget / 1000;
    do {
      if (ready()) {
        this._failures = 0;
        this.stats.ok++;
        return true;
      }
    } while (performance.now() < until);
    this._failures++;
    this.stats.fail++;
    return false;
  }
}

const clientSpin = new AdaptiveSpin(kClientSpinMicros, /* startPolling */ false);
export const DEBUG_SPIN = process.env["PY2TS_MANAGER_DEBUG"] === "1";
export function dumpClientSpin(): void { if (DEBUG_SPIN) writeSync(2, `client spin ${JSON.stringify(clientSpin.stats)}\n`); }

export function createChannelBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(kInitialChannelBytes, { maxByteLength: kMaxChannelBytes });
}

export function channelHeader(buffer: SharedArrayBuffer): Int32Array {
  return new Int32Array(buffer, 0, kMgrChanHeaderBytes / 4);
}

/** Client: the request of `length` bytes is written; post it and wake the server if it sleeps. */
export function postRequest(header: Int32Array, control: Int32Array, length: number): void {
  Atomics.store(header, kMgrChanLength, length);
  Atomics.store(header, kMgrChanState, kMgrRequest);
  ringDoorbell(control);
}

/** Wakes the server (a new request or a new client). */
export function ringDoorbell(control: Int32Array): void {
  Atomics.add(control, kMgrDoorbell, 1);
  if (Atomics.load(control, kMgrServerSleepers) > 0) Atomics.notify(control, kMgrDoorbell, 1);
}

/**
 * Client: waits until the reply is there (true) or `deadline` passes (false).
 * Polls first; sleeping is counted in kMgrChanSleepers so the server notifies.
 */
export function awaitReply(header: Int32Array, deadline: Deadline, hooks: boolean): boolean {
  const replied = (): boolean => Atomics.load(header, kMgrChanState) === kMgrReply;
  if (replied() || clientSpin.poll(replied)) return true;
  return waitFor(header, kMgrChanState, () => Atomics.load(header, kMgrChanState) === kMgrReply, deadline, { hooks, sleepers: kMgrChanSleepers });
}

/** Server: the reply of `length` bytes is written; hand it over and wake the client if it sleeps. */
export function postReply(header: Int32Array, length: number): void {
  Atomics.store(header, kMgrChanLength, length);
  Atomics.store(header, kMgrChanState, kMgrReply);
  if (Atomics.load(header, kMgrChanSleepers) > 0) Atomics.notify(header, kMgrChanState);
}

/** Server: blocks until the doorbell moves from `seen` or the deadline (ms, performance.now()) passes. */
export function sleepOnDoorbell(control: Int32Array, seen: number, deadline: Deadline): void {
  const remaining = deadline - performance.now();
  if (remaining <= 0) return;
  Atomics.add(control, kMgrServerSleepers, 1);
  Atomics.wait(control, kMgrDoorbell, seen, remaining === Infinity ? undefined : remaining);
  Atomics.sub(control, kMgrServerSleepers, 1);
}
