// An exception class's __init__ carries its signature, so receiving the exception
// through a Queue or Pipe can call the class with its args as unpickling does.

import assert from "node:assert/strict";
import { test } from "node:test";
import { convertSource } from "../compiler.js";

async function emitted(python: string): Promise<string> {
  const result = await convertSource(python, "case.py");
  if (!result.ok) assert.fail(result.diagnostics.map((d) => d.message).join("\n"));
  return result.typescript.replace(/\s+/g, " ");
}

test("the __init__ of a class deriving, directly or through the script's classes, from an exception records its signature", async () => {
  const ts = await emitted(
    "class Derived(Base):\n    def __init__(self, a, b):\n        Base.__init__(self, a)\n" +
      "class Base(ValueError):\n    def __init__(self, a):\n        ValueError.__init__(self, a)\n" +
      "class Box(object):\n    def __init__(self, v):\n        self.v = v\n" +
      "Box(1)\nraise Derived(1, 2)\n",
  );
  assert.ok(ts.includes('defineMethod(Base.prototype.__init__, "Base.__init__(self, a)");'), ts);
  assert.ok(ts.includes('defineMethod(Derived.prototype.__init__, "Derived.__init__(self, a, b)");'), ts);
  assert.ok(!ts.includes("defineMethod(Box.prototype.__init__"), ts);
});
