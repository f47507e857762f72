// The default context's start method as CPython's DefaultContext keeps it: unset
// until something asks for it (get_start_method(), get_context(), a lock, a queue,
// an Event...), set_start_method() a second time is "context has already been
// set" unless forced; and a ForkContext's methods bind their arguments as
// BaseContext's do (emitted code calls them with keywords in a trailing object).

import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { NotImplementedError, RuntimeError, TypeError, ValueError } from "../builtins/exceptions.js";
import { Condition, Event, Lock, Semaphore } from "./index.js";
import { ForkContext, get_context, get_start_method, set_start_method } from "./context.js";
import { Queue, SimpleQueue } from "./queues.js";
import { unfixDefaultContext } from "./startMethod.js";

afterEach(() => unfixDefaultContext());

const message = (cls: Function, text: string) => (e: unknown) => e instanceof cls && String((e as { args: unknown[] }).args[0]) === text;

test("get_start_method(allow_none=True) is None until the default context is fixed; set_start_method then refuses", () => {
  assert.equal(get_start_method(true), null);
  set_start_method("fork");
  assert.equal(get_start_method(true), "fork");
  assert.throws(() => set_start_method("fork"), message(RuntimeError, "context has already been set"));
  set_start_method(null, true);
  assert.equal(get_start_method(true), null);
  assert.equal(get_start_method(), "fork");
  assert.throws(() => set_start_method("fork"), message(RuntimeError, "context has already been set"));
  set_start_method("fork", true);
});

for (const [what, make] of [
  ["Lock()", () => new Lock()],
  ["Semaphore(2)", () => new Semaphore({ value: 2 })],
  ["Event()", () => new Event()],
  ["Condition()", () => new Condition()],
  ["Queue()", () => new Queue()],
  ["SimpleQueue()", () => new SimpleQueue()],
  ["get_context()", () => get_context()],
] as Array<[string, () => unknown]>) {
  test(`${what} fixes the default context, as CPython makes it with get_context()`, () => {
    make();
    assert.equal(get_start_method(true), "fork");
    assert.throws(() => set_start_method("fork"), message(RuntimeError, "context has already been set"));
  });
}

test("get_context(name): fork; spawn and forkserver are refused clearly; anything else is CPython's ValueError", () => {
  assert.ok(get_context("fork") instanceof ForkContext);
  assert.equal(get_start_method(true), null, "a named context does not fix the default one");
  assert.throws(() => get_context("spawn"), (e: unknown) => e instanceof NotImplementedError);
  assert.throws(() => get_context("nope"), message(ValueError, "cannot find context for 'nope'"));
});

test("a ForkContext's methods bind positional and keyword arguments as BaseContext's", () => {
  const ctx = get_context("fork");
  assert.equal(ctx.Semaphore({ value: 3 } as never).get_value(), 3);
  assert.equal(ctx.Semaphore(2).get_value(), 2);
  assert.equal(ctx.Queue({ maxsize: 2 } as never)._maxsize, 2);
  assert.throws(() => ctx.Queue(1, 2), message(TypeError, "BaseContext.Queue() takes from 1 to 2 positional arguments but 3 were given"));
  assert.throws(() => ctx.Pool({ bogus: 1 } as never), message(TypeError, "BaseContext.Pool() got an unexpected keyword argument 'bogus'"));
  assert.throws(() => ctx.Barrier(), message(TypeError, "BaseContext.Barrier() missing 1 required positional argument: 'parties'"));
  assert.equal(ctx.get_start_method(), "fork");
  assert.equal(ctx.get_context(), ctx);
  assert.throws(() => ctx.set_start_method("fork"), message(ValueError, "cannot set start method of concrete context"));
});
