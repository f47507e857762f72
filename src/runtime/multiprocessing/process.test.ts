// Process members Python 2.7 does not have: the daemon keyword of __init__ (2.7 has
// only the attribute), sentinel (3.3), kill() and close() (3.7). A Python 2 script
// gets CPython 2.7's TypeError/AttributeError, not Python 3's behaviour.

import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { setDialect } from "../builtins/dialect.js";
import { AttributeError, TypeError } from "../builtins/exceptions.js";
import { Process } from "./process.js";

afterEach(() => setDialect("py3"));

const message = (cls: Function, text: string) => (e: unknown) => e instanceof cls && String((e as { args: unknown[] }).args[0]) === text;

test("Python 2: Process(daemon=...) is an unexpected keyword; the attribute still works", () => {
  setDialect("py2");
  assert.throws(() => new Process({ target: null, daemon: true }), message(TypeError, "__init__() got an unexpected keyword argument 'daemon'"));
  const p = new Process({ target: null });
  p.daemon = true;
  assert.equal(p.daemon, true);
});

test("Python 2: kill(), close() and sentinel are AttributeError", () => {
  setDialect("py2");
  const p = new Process({ target: null });
  assert.throws(() => p.kill(), message(AttributeError, "'Process' object has no attribute 'kill'"));
  assert.throws(() => p.close(), message(AttributeError, "'Process' object has no attribute 'close'"));
  assert.throws(() => p.sentinel, message(AttributeError, "'Process' object has no attribute 'sentinel'"));
});

test("Python 3 keeps them", () => {
  const p = new Process({ target: null, daemon: true });
  assert.equal(p.daemon, true);
  assert.throws(() => p.sentinel, (e: unknown) => !(e instanceof AttributeError));
  p.close();
});
