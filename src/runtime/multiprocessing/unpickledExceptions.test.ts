// Receiving a script's exception runs its class's __init__ with its args, as
// unpickling does: CPython's TypeError when __init__ takes other arguments, a
// message rewritten twice when __init__ rewrites it; builtin exceptions as sent.

import assert from "node:assert/strict";
import { test } from "node:test";
import { defineMethod } from "../builtins/call.js";
import { Exception, KeyError, TypeError } from "../builtins/exceptions.js";
import { PyList } from "../builtins/list.js";
import { repr } from "../builtins/repr.js";
import { setModuleExports } from "../internal/module.js";
import { Pipe, type Connection } from "./connection.js";
import { Queue } from "./queues.js";

class TaskError extends Exception {
  override __init__(taskId?: any, reason?: any): any {
    this.task_id = taskId;
    return super.__init__(`task ${String(taskId)} failed: ${String(reason)}`);
  }
}
defineMethod(TaskError.prototype.__init__, "TaskError.__init__(self, task_id, reason)");

class Prefixed extends Exception {
  override __init__(msg?: any): any {
    this.extra = 1;
    return super.__init__(`E: ${String(msg)}`);
  }
}
defineMethod(Prefixed.prototype.__init__, "Prefixed.__init__(self, msg)");

setModuleExports({ TaskError, Prefixed });

test("a Queue's get() of a script's exception calls its class with the args; the item is consumed", () => {
  const queue = new Queue();
  queue.put(new TaskError(3, "boom"));
  queue.put(new Prefixed("x"));
  assert.throws(() => queue.get(), (e: unknown) => e instanceof TypeError && String(e.args[0]) === "TaskError.__init__() missing 1 required positional argument: 'reason'");
  const prefixed = queue.get() as Prefixed;
  assert.equal(repr(prefixed), "Prefixed('E: E: x')");
  assert.equal(prefixed.extra, 1);
});

test("Connection.recv() does the same inside containers and leaves builtin exceptions alone", () => {
  const [a, b] = Pipe() as unknown as Connection[];
  const sent = new Prefixed("y");
  sent.extra = 2;
  a!.send(PyList.of<unknown>(sent, new KeyError("k")));
  const got = b!.recv() as PyList<unknown>;
  assert.equal(repr(got), "[Prefixed('E: E: y'), KeyError('k')]");
  // The sender's __dict__ is restored over what __init__ set.
  assert.equal((got[0] as Prefixed).extra, 2);
  a!.close();
  b!.close();
});
