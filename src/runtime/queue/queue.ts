// queue.Queue (Python 2's Queue.Queue): CPython's thread-safe FIFO, for the one
// thread a py2ts-mp process has (threading is not supported). Every operation
// that does not wait behaves as CPython's; a wait that another thread would have
// to end is an error instead of a hang (NotImplementedError), and a wait with a
// timeout waits that long and then raises Empty/Full, as nothing can change the
// queue meanwhile. Between processes use multiprocessing.Queue (a fork child gets
// a copy of a queue.Queue, as in CPython).

import { isPy2 } from "../builtins/dialect.js";
import { NotImplementedError, TypeError, ValueError } from "../builtins/exceptions.js";
import { addressOf, PyObject } from "../builtins/object.js";
import { truthy } from "../builtins/truth.js";
import { registerRuntimeClass } from "../internal/codecRegistry.js";
import { refuseInMessages } from "../internal/pickleErrors.js";
import { deadlineAfter, sleepUntil } from "../internal/wait.js";
import { secondsArgument } from "../time/index.js";
import { Empty, Full } from "./exceptions.js";
import { refuseMissingLibraryMembers } from "../internal/missingLibraryMembers.js";

export interface QueueOptions {
  readonly maxsize?: number;
}

export class Queue extends PyObject {
  declare maxsize: number;
  /** The items, oldest first from `_head` (CPython's deque). */
  declare _items: unknown[];
  declare _head: number;
  declare unfinished_tasks: number;

  static override get __module__(): string {
    return isPy2() ? "Queue" : "queue";
  }

  /** Queue(maxsize=0); emitted as `new Queue({ maxsize })`. */
  override __init__(options: QueueOptions = {}): any {
    this.maxsize = options.maxsize ?? 0;
    this._items = [];
    this._head = 0;
    this.unfinished_tasks = 0;
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

  /** put(item, block=True, timeout=None). */
  put(item: unknown, block: unknown = true, timeout: unknown = null): null {
    if (this.maxsize > 0 && this.full()) this._waitInVain("put", block, timeout, Full);
    this._items.push(item);
    this.unfinished_tasks += 1;
    return null;
  }

  /** get(block=True, timeout=None). */
  get(block: unknown = true, timeout: unknown = null): any {
    if (this.empty()) this._waitInVain("get", block, timeout, Empty);
    const item = this._items[this._head];
    this._items[this._head++] = undefined;
    if (this._head > 64 && this._head * 2 > this._items.length) {
      this._items = this._items.slice(this._head);
      this._head = 0;
    }
    return item;
  }

  put_nowait(item: unknown): null {
    return this.put(item, false);
  }

  get_nowait(): any {
    return this.get(false);
  }

  task_done(): null {
    if (this.unfinished_tasks <= 0) throw new ValueError("task_done() called too many times");
    this.unfinished_tasks -= 1;
    return null;
  }

  join(): null {
    if (this.unfinished_tasks > 0) throw waitsForever("join");
    return null;
  }

  /** Python 2.7's Queue is an old-style class: `<Queue.Queue instance at 0x...>`. */
  override __repr__(): any {
    return isPy2() ? `<Queue.Queue instance at ${addressOf(this)}>` : super.__repr__();
  }

  /**
   * The queue cannot change while this process's only thread waits: raise at once
   * (block=False), after the timeout, or refuse a wait without end.
   */
  private _waitInVain(method: string, block: unknown, timeout: unknown, error: typeof Empty | typeof Full): never {
    if (!truthy(block)) throw new error();
    if (timeout === null || timeout === undefined) throw waitsForever(method);
    if (typeof timeout === "string") throw new TypeError(isPy2() ? "unsupported operand type(s) for +: 'float' and 'str'" : "'<' not supported between instances of 'str' and 'int'");
    const seconds = secondsArgument(timeout);
    if (seconds < 0) throw new ValueError("'timeout' must be a non-negative number");
    sleepUntil(deadlineAfter(seconds));
    throw new error();
  }
}

function waitsForever(method: string): NotImplementedError {
  return new NotImplementedError(
    `queue.Queue.${method}() would wait for another thread forever: py2ts-mp does not support threading ` +
      "(use multiprocessing.Queue between processes)",
  );
}

registerRuntimeClass("queue.Queue", Queue);
refuseInMessages(Queue, () => new TypeError(isPy2() ? "can't pickle lock objects" : "cannot pickle '_thread.lock' object"));
refuseMissingLibraryMembers(Queue);
