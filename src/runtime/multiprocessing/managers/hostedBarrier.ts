// threading.Barrier as a manager's server holds it (Python 3 only). In the server
// the barrier trips atomically: when the last party arrives every waiter is
// answered at once, so threading's draining and resetting states never last long
// enough to be seen. A timeout, abort() or a failing action breaks it: every
// waiter gets BrokenBarrierError (the action's own exception goes to the party
// that ran it).

import { callKw } from "../../builtins/call.js";
import { addressOf, PyObject } from "../../builtins/object.js";
import { deadlineAfter } from "../../internal/wait.js";
import { secondsArgument } from "../../time/index.js";
import { BrokenBarrierError } from "../errors.js";
import { removeFrom } from "./hostedSync.js";
import { park, type Pending } from "./pending.js";

export class HostedBarrier extends PyObject {
  declare _parties: number;
  declare _action: unknown;
  declare _timeout: unknown;
  declare _broken: boolean;
  /** Parties waiting, with the index each arrived with. */
  declare _waiting: Array<{ readonly index: number; readonly pending: Pending }>;

  override __init__(parties: unknown, action: unknown = null, timeout: unknown = null): any {
    // 3.11's threading.Barrier does not check parties (3.13 does): Barrier(0) is made, and its wait times out broken.
    this._parties = parties as number;
    this._action = action;
    this._timeout = timeout;
    this._broken = false;
    this._waiting = [];
    return null;
  }

  wait(timeout: unknown = null): number | Pending {
    if (this._broken) throw new BrokenBarrierError();
    const index = this._waiting.length;
    if (index + 1 === this._parties) return this._trip(index);
    const seconds = timeout ?? this._timeout;
    const deadline = seconds === null || seconds === undefined ? Infinity : deadlineAfter(secondsArgument(seconds));
    const waiter = {
      index,
      pending: park(deadline, () => {
        removeFrom(this._waiting, waiter);
        waiter.pending.reject(new BrokenBarrierError());
        this._break();
      }),
    };
    this._waiting.push(waiter);
    return waiter.pending;
  }

  /** The last party arrived: run the action, then release everyone. */
  private _trip(index: number): number {
    if (this._action !== null && this._action !== undefined) {
      try {
        callKw(this._action, []);
      } catch (error) {
        this._break();
        throw error;
      }
    }
    for (const waiter of this._waiting.splice(0)) waiter.pending.resolve(waiter.index);
    return index;
  }

  reset(): null {
    for (const waiter of this._waiting.splice(0)) waiter.pending.reject(new BrokenBarrierError());
    this._broken = false;
    return null;
  }

  abort(): null {
    this._break();
    return null;
  }

  private _break(): void {
    this._broken = true;
    for (const waiter of this._waiting.splice(0)) waiter.pending.reject(new BrokenBarrierError());
  }

  get parties(): number {
    return this._parties;
  }

  get n_waiting(): number {
    return this._broken ? 0 : this._waiting.length;
  }

  get broken(): boolean {
    return this._broken;
  }

  override __repr__(): any {
    if (this._broken) return `<threading.Barrier at ${addressOf(this)}: broken>`;
    return `<threading.Barrier at ${addressOf(this)}: waiters=${this.n_waiting}/${this._parties}>`;
  }
}
