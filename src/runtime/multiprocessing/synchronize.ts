// multiprocessing.synchronize: Lock, RLock, Semaphore, BoundedSemaphore (thin
// classes over SemLock, semlock.ts), Event and Condition (condition.ts), Barrier
// (barrier.ts). Each travels to a child as a shared-memory handle (inheritance);
// sending one through a Queue or Pool is CPython's RuntimeError. Emitted code
// constructs them with one options object of Python's keywords:
//   Lock() -> new Lock()      Semaphore(3) -> new Semaphore({ value: 3 })

import { kShare, registerRuntimeClass, registerShareable, type ShareState } from "../internal/codecRegistry.js";
import { currentThreadName } from "../internal/identity.js";
import { prewarmHub } from "../internal/hubClient.js";
import { fixDefaultContext } from "./startMethod.js";
import { current_process } from "./process.js";
import { kRecursiveMutex, kSemaphore, SEM_VALUE_MAX, SemLock, semlockInt } from "./semlock.js";
import { registerLibraryClass } from "../builtins/types.js";
import { refuseMissingLibraryMembers } from "../internal/missingLibraryMembers.js";

/** CPython's synchronize.SemLock: the Python-level methods every semaphore-based class shares. */
export abstract class SemLockBase {
  /** Python attributes, as on PyObject: a library member this class lacks raises AttributeError (internal/missingLibraryMembers.ts). */
  [name: string]: any;

  readonly _semlock: SemLock;

  protected constructor(semlock: SemLock) {
    this._semlock = semlock;
    // CPython makes every lock with the default context's get_context().
    fixDefaultContext();
    prewarmHub();
  }

  /** acquire(block=True, timeout=None) -> bool; emitted positionally: `lock.acquire(undefined, 2.5)`. */
  acquire(block?: unknown, timeout?: unknown): boolean {
    return this._semlock.acquire(block, timeout);
  }

  release(): null {
    this._semlock.release();
    return null;
  }

  __enter__(): boolean {
    return this._semlock.acquire();
  }

  __exit__(..._args: unknown[]): null {
    this._semlock.release();
    return null;
  }

  /** The registered kind (and CPython's class name in the inheritance error). */
  protected abstract get _kind(): string;

  [kShare](): ShareState {
    return { kind: this._kind, typeName: this._kind, buffers: [this._semlock.buffer], state: null };
  }

  toString(): string {
    return (this as unknown as { __repr__(): string }).__repr__();
  }
}

/** Whose a held lock is, as CPython's reprs say it. */
function ownerName(semlock: SemLock): string | null {
  if (semlock._is_mine()) {
    const thread = currentThreadName();
    return current_process().name + (thread !== "MainThread" ? `|${thread}` : "");
  }
  if (semlock._get_value() === 1) return null;
  return semlock._count() > 0 ? "SomeOtherThread" : "SomeOtherProcess";
}

export class Lock extends SemLockBase {
  constructor(semlock?: SemLock) {
    super(semlock ?? SemLock.create(kSemaphore, 1, 1));
  }

  protected get _kind(): string {
    return "Lock";
  }

  __repr__(): string {
    return `<Lock(owner=${ownerName(this._semlock) ?? "None"})>`;
  }
}

export class RLock extends SemLockBase {
  constructor(semlock?: SemLock) {
    super(semlock ?? SemLock.create(kRecursiveMutex, 1, 1));
  }

  protected get _kind(): string {
    return "RLock";
  }

  __repr__(): string {
    const owner = ownerName(this._semlock);
    const count = this._semlock._is_mine() ? String(this._semlock._count()) : owner === null ? "0" : "nonzero";
    return `<RLock(${owner ?? "None"}, ${count})>`;
  }
}

export interface SemaphoreOptions {
  readonly value?: unknown;
}

export class Semaphore extends SemLockBase {
  constructor(options: SemaphoreOptions | SemLock = {}) {
    super(options instanceof SemLock ? options : SemLock.create(kSemaphore, semlockInt(options.value ?? 1), SEM_VALUE_MAX));
  }

  protected get _kind(): string {
    return "Semaphore";
  }

  get_value(): number {
    return this._semlock._get_value();
  }

  __repr__(): string {
    return `<Semaphore(value=${this.get_value()})>`;
  }
}

export class BoundedSemaphore extends Semaphore {
  constructor(options: SemaphoreOptions | SemLock = {}) {
    super(options instanceof SemLock ? options : SemLock.create(kSemaphore, semlockInt(options.value ?? 1), semlockInt(options.value ?? 1)));
  }

  protected override get _kind(): string {
    return "BoundedSemaphore";
  }

  override __repr__(): string {
    return `<BoundedSemaphore(value=${this.get_value()}, maxvalue=${this._semlock.maxvalue})>`;
  }
}

for (const cls of [Lock, RLock, Semaphore, BoundedSemaphore]) {
  registerShareable(cls.name, (buffers) => new cls(SemLock.fromBuffer(buffers[0])));
  registerRuntimeClass(`multiprocessing.${cls.name}`, cls);
}
registerLibraryClass(SemLockBase, "multiprocessing.synchronize", "SemLock");
for (const cls of [Lock, RLock, Semaphore, BoundedSemaphore]) registerLibraryClass(cls, "multiprocessing.synchronize");
refuseMissingLibraryMembers(SemLockBase);
