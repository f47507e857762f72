// Keyword calls lowering cannot bind (a `**mapping`, a bound method called later)
// reach queue and connection methods through callKw/callMethodKw, which bind
// them to the recorded signatures: before, the keyword object arrived as the next
// positional parameter (`q.put(x, **{"block": False})` blocked forever).

import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { callKw, callMethodKw } from "../builtins/call.js";
import { setDialect } from "../builtins/dialect.js";
import { PyBytes } from "../builtins/bytes.js";
import { PyDict } from "../builtins/dict.js";
import { Empty, Full } from "../queue/exceptions.js";
import { ProcessPoolExecutor } from "../concurrent/futures/process.js";
import { JoinableQueue, Pipe, Pool, Queue, SimpleQueue } from "./index.js";

afterEach(() => setDialect("py3"));

const newQueue = (maxsize: number): Queue => {
  const q = Object.create(Queue.prototype) as Queue;
  q.__init__({ maxsize });
  return q;
};

test("Queue.put and get bind keywords from a mapping and from a bound method", () => {
  setDialect("py3");
  const q = newQueue(1);
  callMethodKw(q, "put", [], {}, PyDict.of(["obj", "a"]));
  assert.throws(() => callMethodKw(q, "put", ["b"], {}, PyDict.of(["block", false])), Full);
  assert.throws(() => callMethodKw(q, "put", ["b"], { timeout: 0.01 }), Full);
  assert.equal(callKw(q.get.bind(q), [], {}, PyDict.of(["timeout", 1])), "a");
  assert.throws(() => callMethodKw(q, "get", [], {}, PyDict.of(["block", false])), Empty);
  assert.throws(() => callMethodKw(q, "put", [1], { foo: 2 }), { name: "TypeError", message: "Queue.put() got an unexpected keyword argument 'foo'" });
  setDialect("py2");
  assert.throws(() => callMethodKw(q, "get", [], { foo: 2 }), { message: "get() got an unexpected keyword argument 'foo'" });
});

test("JoinableQueue and SimpleQueue methods have signatures", () => {
  const jq = Object.create(JoinableQueue.prototype) as JoinableQueue;
  jq.__init__({});
  callMethodKw(jq, "put", [], { obj: 1 });
  assert.throws(() => callMethodKw(jq, "task_done", [], { x: 1 }), { message: "JoinableQueue.task_done() got an unexpected keyword argument 'x'" });
  const sq = Object.create(SimpleQueue.prototype) as SimpleQueue;
  sq.__init__();
  callMethodKw(sq, "put", [], { obj: 3 });
  assert.equal(sq.get(), 3);
});

test("SimpleQueue methods reject Queue's extra arguments in a direct call (sq.put(x, True))", () => {
  const sq = Object.create(SimpleQueue.prototype) as SimpleQueue;
  sq.__init__();
  const direct = sq as unknown as { put(...args: unknown[]): null; get(...args: unknown[]): unknown; empty(...args: unknown[]): boolean };
  setDialect("py3");
  assert.throws(() => direct.put(1, true), { name: "TypeError", message: "SimpleQueue.put() takes 2 positional arguments but 3 were given" });
  assert.throws(() => direct.get(true), { message: "SimpleQueue.get() takes 1 positional argument but 2 were given" });
  assert.throws(() => direct.empty(1), { message: "SimpleQueue.empty() takes 1 positional argument but 2 were given" });
  assert.throws(() => callMethodKw(sq, "get", [], { timeout: 1 }), { message: "SimpleQueue.get() got an unexpected keyword argument 'timeout'" });
  assert.equal(direct.empty(), true);
  setDialect("py2");
  assert.throws(() => direct.put(1, true), { message: "put() takes exactly 1 argument (2 given)" });
  assert.throws(() => direct.get(true), { message: "get() takes no arguments (1 given)" });
  assert.throws(() => direct.empty(1), { message: "empty() takes exactly 1 argument (2 given)" });
  direct.put(4);
  assert.equal(direct.get(), 4);
});

test("Connection methods bind keywords (send(obj=...) sent the keyword object)", () => {
  const [r, w] = [...Pipe()];
  callMethodKw(w!, "send", [], { obj: 7 });
  assert.equal(r!.recv(), 7);
  callMethodKw(w!, "send_bytes", [new PyBytes(Buffer.from("hello"))], {}, PyDict.of(["size", 2], ["offset", 1]));
  assert.equal(r!.poll(), true);
  assert.equal(Buffer.from((callMethodKw(r!, "recv_bytes", [], { maxlength: 5 }) as PyBytes).data).toString(), "el");
  assert.equal(callMethodKw(r!, "poll", [], {}, PyDict.of(["timeout", 0])), false);
  assert.throws(() => callMethodKw(w!, "send", [1], { foo: 2 }), { message: "_ConnectionBase.send() got an unexpected keyword argument 'foo'" });
  r!.close();
  w!.close();
});

test("Pool and ProcessPoolExecutor methods bound at run time raise CPython's TypeError for a missing argument", () => {
  const pool = Object.create(Pool.prototype) as Pool;
  assert.throws(() => callMethodKw(pool, "apply", []), { name: "TypeError", message: "Pool.apply() missing 1 required positional argument: 'func'" });
  assert.throws(() => callMethodKw(pool, "map", [Math.abs]), { message: "Pool.map() missing 1 required positional argument: 'iterable'" });
  const executor = Object.create(ProcessPoolExecutor.prototype) as ProcessPoolExecutor;
  assert.throws(() => callMethodKw(executor, "submit", []), { message: "ProcessPoolExecutor.submit() missing 1 required positional argument: 'fn'" });
  assert.throws(() => callMethodKw(executor, "map", []), { message: "ProcessPoolExecutor.map() missing 1 required positional argument: 'fn'" });
});
