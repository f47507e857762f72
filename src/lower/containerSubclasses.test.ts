// Subclasses of builtin containers (`class Tasks(list)`): their methods return
// `any`, since an override of PyDict.__setitem__ or PyList.__init__ that returns
// nothing would not match the base's declared type, and the attributes the
// methods set are declared, as a container (unlike Process or Exception) has no
// index signature. Emitted code must type-check (test/typecheck.test.ts).

import assert from "node:assert/strict";
import { test } from "node:test";
import { convertSource } from "../compiler.js";

async function emitted(python: string): Promise<string> {
  const result = await convertSource(python, "case.py");
  if (!result.ok) assert.fail(result.diagnostics.map((d) => d.message).join("\n"));
  return result.typescript.replace(/\s+/g, " ");
}

test("a list subclass declares its attributes and its methods return any", async () => {
  const ts = await emitted("class Tasks(list):\n    def __init__(self, items=()):\n        list.__init__(self, items)\n        self.owner = 'me'\n    def last(self):\n        return self[-1]\n");
  assert.match(ts, /class Tasks extends list \{ declare owner: any; __init__\(items: any = PyTuple\.of\(\)\): any \{/);
  assert.match(ts, /last\(\): any \{/);
});

test("a dict subclass's __setitem__ override returns any; a plain class is unchanged", async () => {
  const ts = await emitted("class Loud(dict):\n    def __setitem__(self, k, v):\n        dict.__setitem__(self, k, v)\nclass Plain(object):\n    def go(self):\n        self.n = 1\n");
  assert.match(ts, /__setitem__\(k\??: any, v\??: any\): any \{/);
  assert.match(ts, /class Plain extends PyObject \{ declare n: any; go\(\) \{/);
});
