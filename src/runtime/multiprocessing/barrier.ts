// multiprocessing's Barrier: threading.Barrier's algorithm over a shared state
// (kBarrierState, kBarrierCount) guarded by a Condition on a Lock, as CPython
// builds it. The state is 0 while filling, 1 while the released parties drain
// out, -1 while resetting and -2 once broken; every change happens under the
// condition's lock and is announced with notify_all. The action runs in the
// process whose wait() completes the party.

import { expectCodec, kShare, registerShareable, type ShareState } from "../internal/codecRegistry.js";
import { kBarrierCount, kBarrierSlots, kBarrierState, kInt32 } from "../internal/symbols.js";
import { secondsArgument } from "../time/index.js";
import { Condition } from "./condition.js";
import { BrokenBarrierError } from "./errors.js";
import { Lock } from "./synchronize.js";
import { className, registerLibraryClass } from "../builtins/types.js";
import { addressOf } from "../builtins/object.js";
import { refuseMissingLibraryMembers } from "../internal/missingLibraryMembers.js";

const kFilling = 0;
const kDraining = 1;
const kResetting = -1;
const kBroken = -2;

export interface BarrierOptions {
  readonly parties: number;
  readonly action?: (() => unknown) | null;
  readonly timeout?: number | null;
}

interface BarrierState {
  readonly cond: Condition;
  readonly parties: number;
  readonly action: (() => unknown) | null;
  readonly timeout: number | null;
}

export class Barrier {
  /** Python attributes, as on PyObject: a library member this class lacks raises AttributeError (internal/missingLibraryMembers.ts). */
  [name: string]: any;

  private readonly _cond: Condition;
  private readonly _view: Int32Array;
  private readonly _parties: number;
  private readonly _action: (() => unknown) | null;
  private readonly _timeout: number | null;

  constructor(options: BarrierOptions, shared?: { view: Int32Array; cond: Condition }) {
    this._parties = options.parties;
    this._action = options.action ?? null;
    this._timeout = options.timeout === undefined || options.timeout === null ? null : secondsArgument(options.timeout);
    this._cond = shared?.cond ?? new Condition({ lock: new Lock() });
    this._view = shared?.view ?? new Int32Array(new SharedArrayBuffer(kBarrierSlots * kInt32));
  }

  // Changed under the condition's lock; read by n_waiting/broken without it.
  private get _state(): number {
    return Atomics.load(this._view, kBarrierState);
  }

  private set _state(state: number) {
    Atomics.store(this._view, kBarrierState, state);
  }

  private get _count(): number {
    return Atomics.load(this._view, kBarrierCount);
  }

  private set _count(count: number) {
    Atomics.store(this._view, kBarrierCount, count);
  }

  /** wait(timeout=None): this party's index (0 .. parties-1); BrokenBarrierError if broken. */
  wait(timeout?: number | null): number {
    const limit = timeout === undefined || timeout === null ? this._timeout : secondsArgument(timeout);
    this._cond.acquire();
    try {
      this._enter();
      const index = this._count;
      this._count = index + 1;
      try {
        if (index + 1 === this._parties) this._release();
        else this._waitForRelease(limit);
        return index;
      } finally {
        this._count = this._count - 1;
        this._exit();
      }
    } finally {
      this._cond.release();
    }
  }

  /** Waits while a previous round drains or a reset completes. */
  private _enter(): void {
    while (this._state === kDraining || this._state === kResetting) this._cond.wait();
    if (this._state < 0) throw new BrokenBarrierError();
  }

  private _release(): void {
    try {
      this._action?.();
      this._state = kDraining;
      this._cond.notify_all();
    } catch (error) {
      this._break();
      throw error;
    }
  }

  private _waitForRelease(timeout: number | null): void {
    if (!this._cond.wait_for(() => this._state !== kFilling, timeout)) {
      this._break();
      throw new BrokenBarrierError();
    }
    if (this._state < 0) throw new BrokenBarrierError();
  }

  /** The last party out ends the draining (or resetting) and lets the next round in. */
  private _exit(): void {
    if (this._count === 0 && (this._state === kResetting || this._state === kDraining)) {
      this._state = kFilling;
      this._cond.notify_all();
    }
  }

  private _break(): void {
    this._state = kBroken;
    this._cond.notify_all();
  }

  reset(): null {
    this._cond.acquire();
    try {
      if (this._count > 0) {
        if (this._state === kFilling || this._state === kBroken) this._state = kResetting;
      } else {
        this._state = kFilling;
      }
      this._cond.notify_all();
    } finally {
      this._cond.release();
    }
    return null;
  }

  abort(): null {
    this._cond.acquire();
    try {
      this._break();
    } finally {
      this._cond.release();
    }
    return null;
  }

  get parties(): number {
    return this._parties;
  }

  get n_waiting(): number {
    return this._state === kFilling ? this._count : 0;
  }

  get broken(): boolean {
    return this._state === kBroken;
  }

  /** threading.Barrier's repr (Python 3.11): `<multiprocessing.synchronize.Barrier at 0x...: waiters=0/2>`. */
  __repr__(): string {
    const cls = this.constructor as Function & { __module__: string };
    const at = `<${cls.__module__}.${className(cls)} at ${addressOf(this)}`;
    return this.broken ? `${at}: broken>` : `${at}: waiters=${this.n_waiting}/${this._parties}>`;
  }

  toString(): string {
    return this.__repr__();
  }

  // Pickling a Barrier fails on its Condition first in CPython.
  [kShare](): ShareState {
    const state: BarrierState = { cond: this._cond, parties: this._parties, action: this._action, timeout: this._timeout };
    return { kind: "Barrier", typeName: "Condition", buffers: [this._view.buffer as SharedArrayBuffer], state };
  }
}

registerShareable("Barrier", (buffers, state) => {
  const s = state as BarrierState;
  expectCodec(buffers[0]?.byteLength === kBarrierSlots * kInt32 && typeof s === "object" && s !== null && s.cond instanceof Condition, "Barrier handle");
  expectCodec(typeof s.parties === "number" && (s.action === null || typeof s.action === "function"), "Barrier handle");
  expectCodec(s.timeout === null || typeof s.timeout === "number", "Barrier handle");
  return new Barrier({ parties: s.parties, action: s.action, timeout: s.timeout }, { view: new Int32Array(buffers[0]), cond: s.cond });
});
registerLibraryClass(Barrier, "multiprocessing.synchronize");
refuseMissingLibraryMembers(Barrier);
