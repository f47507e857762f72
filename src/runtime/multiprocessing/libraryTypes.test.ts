// type() of the library's objects names CPython's classes: `type(lock)` is
// multiprocessing.synchronize.Lock (it was a nameless function), a Value is a
// sharedctypes.Synchronized, and multiprocessing.Process is context.Process in
// Python 3 while a script's subclass of it stays __main__'s.

import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { setDialect } from "../builtins/dialect.js";
import { repr } from "../builtins/repr.js";
import { type } from "../builtins/types.js";
import { callMethod } from "../builtins/callMethod.js";
import { AttributeError } from "../builtins/exceptions.js";
import { getattr, hasattr } from "../builtins/attributes.js";
import { Array as SharedArray, Barrier, Condition, Event, JoinableQueue, Lock, Process, Queue, RawArray, RawValue, RLock, Semaphore, SimpleQueue, Value } from "./index.js";

afterEach(() => setDialect("py3"));

const typeRepr = (value: unknown): string => repr(type(value));

test("synchronization objects and shared values have CPython's classes", () => {
  setDialect("py3");
  assert.equal(typeRepr(new Lock()), "<class 'multiprocessing.synchronize.Lock'>");
  assert.equal(typeRepr(new RLock()), "<class 'multiprocessing.synchronize.RLock'>");
  assert.equal(typeRepr(new Semaphore()), "<class 'multiprocessing.synchronize.Semaphore'>");
  assert.equal(typeRepr(new Event()), "<class 'multiprocessing.synchronize.Event'>");
  assert.equal(typeRepr(new Condition()), "<class 'multiprocessing.synchronize.Condition'>");
  assert.equal(typeRepr(new Barrier({ parties: 2 })), "<class 'multiprocessing.synchronize.Barrier'>");
  assert.equal(typeRepr(Value("i", 1)), "<class 'multiprocessing.sharedctypes.Synchronized'>");
  const lockType = type(new Lock()) as { __name__: string; __mro__: Iterable<unknown> };
  assert.equal(lockType.__name__, "Lock");
  assert.deepEqual([...lockType.__mro__].map((c) => repr(c)), [
    "<class 'multiprocessing.synchronize.Lock'>",
    "<class 'multiprocessing.synchronize.SemLock'>",
    "<class 'object'>",
  ]);
});

test("Process is context.Process in Python 3 and process.Process in Python 2; a subclass is the script's", () => {
  class Worker extends Process {}
  setDialect("py3");
  assert.equal(repr(Process), "<class 'multiprocessing.context.Process'>");
  assert.equal(repr(Worker), "<class '__main__.Worker'>");
  setDialect("py2");
  assert.equal(repr(Process), "<class 'multiprocessing.process.Process'>");
  assert.equal(repr(Worker), "<class '__main__.Worker'>");
});

test("a raw ctypes array is an instance of its own class per element type and length, as ctypes makes them", () => {
  const raw = RawArray("i", 3);
  const other = RawArray("i", 3);
  assert.equal(typeRepr(raw), "<class 'multiprocessing.sharedctypes.c_int_Array_3'>");
  assert.equal(type(raw), type(other));
  assert.notEqual(type(raw), type(RawArray("i", 4)));
  assert.equal(typeRepr(SharedArray("d", 2, { lock: false })), "<class 'multiprocessing.sharedctypes.c_double_Array_2'>");
  assert.equal(typeRepr(callMethod(SharedArray("d", 2), "get_obj")), "<class 'multiprocessing.sharedctypes.c_double_Array_2'>");
  assert.deepEqual([...(type(raw) as { __mro__: Iterable<unknown> }).__mro__].map((c) => repr(c)).slice(1), ["<class '_ctypes.Array'>", "<class 'object'>"]);
  assert.throws(() => callMethod(raw, "get_obj"), (e: unknown) => e instanceof AttributeError && String(e.args[0]) === "'c_int_Array_3' object has no attribute 'get_obj'");
  setDialect("py2");
  assert.equal(typeRepr(raw), "<class 'multiprocessing.sharedctypes.c_int_Array_3'>");
  assert.equal(repr((type(raw) as { __bases__: { [i: number]: unknown } }).__bases__[0]), "<type '_ctypes.Array'>");
});

test("a raw value or array has no get_lock() or get_obj(): called directly (as emitted code does), read or asked for", () => {
  const missing = (text: string) => (e: unknown) => e instanceof AttributeError && String(e.args[0]) === text;
  const value = RawValue("i", 1) as unknown as { get_lock(): unknown };
  assert.throws(() => value.get_lock(), missing("'c_int' object has no attribute 'get_lock'"));
  assert.throws(() => (Value("d", 1, { lock: false }) as unknown as { get_obj(): unknown }).get_obj(), missing("'c_double' object has no attribute 'get_obj'"));
  assert.throws(() => (RawArray("i", 3) as unknown as { get_lock(): unknown }).get_lock(), missing("'c_int_Array_3' object has no attribute 'get_lock'"));
  assert.equal(hasattr(value, "get_lock"), false);
  assert.equal(getattr(value, "get_lock", null), null);
  assert.equal(hasattr(Value("i", 1), "get_lock"), true);
});

test("a library object lacking a member another has raises AttributeError when it is called or read directly", () => {
  const missing = (text: string) => (e: unknown) => e instanceof AttributeError && String(e.args[0]) === text;
  const simple = new SimpleQueue() as unknown as { get_nowait(): unknown; qsize(): unknown };
  assert.throws(() => simple.get_nowait(), missing("'SimpleQueue' object has no attribute 'get_nowait'"));
  assert.throws(() => simple.qsize(), missing("'SimpleQueue' object has no attribute 'qsize'"));
  assert.throws(() => (new Queue() as unknown as { task_done(): unknown }).task_done(), missing("'Queue' object has no attribute 'task_done'"));
  assert.throws(() => (new Lock() as unknown as { put(x: unknown): unknown }).put(1), missing("'Lock' object has no attribute 'put'"));
  assert.throws(() => (new Event() as unknown as { value: unknown }).value, missing("'Event' object has no attribute 'value'"));
  assert.equal(hasattr(simple, "get_nowait"), false);
  assert.equal(hasattr(simple, "get"), true);
  assert.equal(hasattr(new JoinableQueue(), "task_done"), true);
  assert.equal(callMethod(new Event(), "is_set"), false);
  assert.throws(() => callMethod(new Event(), "acquire"), missing("'Event' object has no attribute 'acquire'"));
});

test("a subclass of a library class may assign a missing member, and its __getattr__ answers for one", () => {
  class Named extends Event {
    constructor() {
      super();
      (this as unknown as { name: string }).name = "flag";
    }
    __getattr__(attr: string): string {
      return `looked up ${attr}`;
    }
  }
  const named = new Named() as unknown as { name: string; value: string };
  assert.equal(named.name, "flag");
  assert.equal(named.value, "looked up value");
  assert.equal(getattr(named, "pid"), "looked up pid");
  assert.throws(() => (new Event() as unknown as { name: unknown }).name, AttributeError);
});

test("Value(..., lock=obj) refuses an object without acquire() with CPython's message", () => {
  assert.throws(
    () => Value("i", 1, { lock: new Event() }),
    (e: unknown) => e instanceof AttributeError && /^<Event at 0x[0-9a-f]+ unset> has no method 'acquire'$/.test(String(e.args[0])),
  );
});
