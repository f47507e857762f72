// Python signatures of the queue and connection methods, for the calls lowering
// cannot bind by itself: a `**mapping` at the call site, a bound method called
// later (`get = q.get; get(timeout=2)`), `getattr(q, "put")(x, block=False)`.
// Without them such a call handed the method a trailing keyword object as its
// next positional parameter: `q.put(x, **{"block": False})` blocked forever and
// `conn.send(obj=1)` sent a dict. Direct calls (`q.put(x)`) never read these.
//
// Qualnames are CPython 3.11's (messages name the defining class: JoinableQueue
// overrides put; send/recv/poll are _ConnectionBase's). Python 2.7's Connection
// is a C type whose methods take no keywords at all; with these signatures a
// Python 2 keyword call binds as in Python 3 (CPython 2.7 raises TypeError).

import { defineMethod } from "../builtins/call.js";
import { Connection } from "./connection.js";
import { JoinableQueue, Queue, SimpleQueue } from "./queues.js";

type Methods = Readonly<Record<string, string>>;

const QUEUE: Methods = {
  put: "obj, block=, timeout=",
  get: "block=, timeout=",
  put_nowait: "obj",
  get_nowait: "",
  qsize: "",
  empty: "",
  full: "",
  close: "",
  join_thread: "",
  cancel_join_thread: "",
};

// put is Queue's (a JoinableQueue's keyword errors name Queue.put where CPython says JoinableQueue.put).
const JOINABLE_QUEUE: Methods = { task_done: "", join: "" };

const SIMPLE_QUEUE: Methods = { put: "obj", get: "", empty: "", close: "" };

const CONNECTION: Methods = {
  send: "obj",
  recv: "",
  send_bytes: "buf, offset=, size=",
  recv_bytes: "maxlength=",
  recv_bytes_into: "buf, offset=",
  poll: "timeout=",
  close: "",
  fileno: "",
};

/** Attaches `Qualname.method(self, ...)` to the methods `cls` defines itself. */
function define(cls: Function, qualname: string, methods: Methods): void {
  const prototype = cls.prototype as Record<string, unknown>;
  for (const [name, params] of Object.entries(methods)) {
    const fn = Object.getOwnPropertyDescriptor(prototype, name)?.value;
    if (typeof fn !== "function") throw new Error(`py2ts-mp: ${cls.name}.${name} is not a method`);
    defineMethod(fn as (...args: any[]) => any, `${qualname}.${name}(self${params ? ", " + params : ""})`);
  }
}

define(Queue, "Queue", QUEUE);
define(JoinableQueue, "JoinableQueue", JOINABLE_QUEUE);
define(SimpleQueue, "SimpleQueue", SIMPLE_QUEUE);
define(Connection, "_ConnectionBase", CONNECTION);
