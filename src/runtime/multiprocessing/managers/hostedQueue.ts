// queue.Queue as a manager's server holds it (SyncManager's Queue and
// JoinableQueue): CPython's FIFO with maxsize, task_done and join. get/put that
// must wait park (pending.ts); an item put while getters wait goes straight to the
// first of them, space freed while putters wait takes the first one's item.

import { isPy2 } from "../../builtins/dialect.js";
import { ValueError } from "../../builtins/exceptions.js";
import { addressOf, PyObject } from "../../builtins/object.js";
import { truthy } from "../../builtins/truth.js";
import { deadlineAfter, type Deadline } from "../../internal/wait.js";
import { Empty, Full } from "../../queue/exceptions.js";
import { secondsArgument } from "../../time/index.js";
import { removeFrom } from "./hostedSync.js";
import { park, type Pending } from "./pending.js";

interface Putter {
  readonly item: unknown;
  readonly pending: Pending;
}

export class HostedQueue extends PyObject {
  declare maxsize: number;
  declare unfinished_tasks: number;
  declare _items: unknown[];
  declare _head: number;
  declare _getters: Pending[];
  declare _putters: Putter[];
  declare _joiners: Pending[];

  static override get __module__(): string {
    return isPy2() ? "Queue" : "queue";
  }

  override __init__(maxsize: unknown = 0): any {
    this.maxsize = maxsize as number;
    this.unfinished_tasks = 0;
    this._items = [];
    this._head = 0;
    this._getters = [];
    this._putters = [];
    this._joiners = [];
    return null;
  }

  qsize(): number {
    return this._items.length - this._head;
  }

  empty(): boolean {
    return this.qsize() === 0;
  }

  full(): boolean {
    return 0 < this.maxsize && this.maxsize <= this.qsize();
  }

  put(item: unknown, block: unknown = true, timeout: unknown = null): null | Pending {
    if (!this.full()) {
      this._add(item);
      return null;
    }
    const deadline = waitDeadline(block, timeout);
    if (deadline === null) throw new Full();
    const putter: Putter = {
      item,
      pending: park(deadline, () => {
        removeFrom(this._putters, putter);
        putter.pending.reject(new Full());
      }),
    };
    this._putters.push(putter);
    return putter.pending;
  }

  get(block: unknown = true, timeout: unknown = null): unknown {
    if (this.qsize() > 0) return this._take();
    const deadline = waitDeadline(block, timeout);
    if (deadline === null) throw new Empty();
    const pending = park(deadline, () => {
      removeFrom(this._getters, pending);
      pending.reject(new Empty());
    });
    this._getters.push(pending);
    return pending;
  }

  put_nowait(item: unknown): null | Pending {
    return this.put(item, false);
  }

  get_nowait(): unknown {
    return this.get(false);
  }

  task_done(): null {
    if (this.unfinished_tasks <= 0) throw new ValueError("task_done() called too many times");
    this.unfinished_tasks -= 1;
    if (this.unfinished_tasks === 0) for (const joiner of this._joiners.splice(0)) joiner.resolve(null);
    return null;
  }

  join(): null | Pending {
    if (this.unfinished_tasks === 0) return null;
    const pending = park(Infinity, () => {});
    this._joiners.push(pending);
    return pending;
  }

  /** An item enters: a waiting getter takes it at once, else it is queued. */
  private _add(item: unknown): void {
    this.unfinished_tasks += 1;
    const getter = this._getters.shift();
    if (getter) getter.resolve(item);
    else this._items.push(item);
  }

  /** The oldest item leaves; a waiting putter's item takes its place. */
  private _take(): unknown {
    const item = this._items[this._head];
    this._items[this._head++] = undefined;
    if (this._head > 64 && this._head * 2 > this._items.length) {
      this._items = this._items.slice(this._head);
      this._head = 0;
    }
    const putter = this._putters.shift();
    if (putter) {
      this._add(putter.item);
      putter.pending.resolve(null);
    }
    return item;
  }

  /** Python 2.7's Queue is an old-style class. */
  override __repr__(): any {
    return isPy2() ? `<Queue.Queue instance at ${addressOf(this)}>` : `<queue.Queue object at ${addressOf(this)}>`;
  }
}

/** get/put's (block, timeout): null when the call must not wait, else its deadline. */
function waitDeadline(block: unknown, timeout: unknown): Deadline | null {
  if (!truthy(block)) return null;
  if (timeout === null || timeout === undefined) return Infinity;
  const seconds = secondsArgument(timeout);
  if (seconds < 0) throw new ValueError("'timeout' must be a non-negative number");
  return seconds === 0 ? null : deadlineAfter(seconds);
}
