// queue.Empty and queue.Full (Python 2's Queue.Empty and Queue.Full): the
// exceptions multiprocessing's queues raise too (multiprocessing.queues imports
// them from here, as CPython's does). Their module is what tracebacks print:
// `_queue.Empty` and `queue.Full` in Python 3.11 (Empty lives in the C module),
// `Queue.Empty` and `Queue.Full` in Python 2.

import { isPy2 } from "../builtins/dialect.js";
import { Exception } from "../builtins/exceptions.js";
import { registerRuntimeClass } from "../internal/codecRegistry.js";

/** Exception raised by Queue.get(block=0)/get_nowait(). */
export class Empty extends Exception {
  static override get __module__(): string {
    return isPy2() ? "Queue" : "_queue";
  }
}

/** Exception raised by Queue.put(block=0)/put_nowait(). */
export class Full extends Exception {
  static override get __module__(): string {
    return isPy2() ? "Queue" : "queue";
  }
}

registerRuntimeClass("queue.Empty", Empty);
registerRuntimeClass("queue.Full", Full);
