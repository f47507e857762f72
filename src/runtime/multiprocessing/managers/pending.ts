// Calls that wait, inside a manager's server. CPython's server gives each client
// connection a thread, so `lock.acquire()` or `q.get()` simply blocks that thread.
// Ours is one thread that must keep serving everyone, so an object whose method
// has to wait returns a Pending instead: the client's reply is withheld until the
// object settles it (a release, a put, a set) or the server's clock reaches its
// deadline. The caller stays blocked in its own process all along, as in CPython.

import { RuntimeError } from "../../builtins/exceptions.js";
import type { Deadline } from "../../internal/wait.js";

/** Who is calling: one client connection (CPython: the server thread serving it). */
export interface Caller {
  /** Unique per connection for the server's life (what RLock records as its owner). */
  readonly id: number;
  /** The connection's name: the client's process name, as CPython names its thread. */
  readonly name: string;
}

export type Settlement = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

/** A withheld reply. Settled once; later settlements are ignored. */
export class Pending {
  settled = false;
  /** Called when the deadline passes first (the object decides what the caller gets). */
  onTimeout: (() => void) | null = null;
  /** Installed by the server: sends the reply. */
  deliver: ((settlement: Settlement) => void) | null = null;

  constructor(
    readonly caller: Caller,
    /** When the server calls onTimeout (once: it then sets the deadline to Infinity). */
    public deadline: Deadline,
  ) {}

  resolve(value: unknown): void {
    this._settle({ ok: true, value });
  }

  reject(error: unknown): void {
    this._settle({ ok: false, error });
  }

  private _settle(settlement: Settlement): void {
    if (this.settled) return;
    this.settled = true;
    this.deliver?.(settlement);
  }
}

/** The call the server is running now (null outside a client's call). */
let current: Caller | null = null;

export function runAsCaller<T>(caller: Caller, body: () => T): T {
  const previous = current;
  current = caller;
  try {
    return body();
  } finally {
    current = previous;
  }
}

/** The caller of the method now running, or null (code of the server's own). */
export function currentCaller(): Caller | null {
  return current;
}

/**
 * A Pending for the current caller. Code that runs outside a client call (the
 * server calling its own objects through a proxy) cannot wait: nothing else
 * would run to end the wait.
 */
export function park(deadline: Deadline, onTimeout: () => void): Pending {
  if (current === null) {
    throw new RuntimeError("this call would wait inside the manager's server process, which serves every client from one thread");
  }
  const pending = new Pending(current, deadline);
  pending.onTimeout = onTimeout;
  return pending;
}
