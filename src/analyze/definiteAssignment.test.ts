// Which reads may find their variable unbound. Each case's CPython behaviour
// (NameError/UnboundLocalError on the flagged read only) is exercised end to end
// by corpus/semantics/functions/conditional_bindings*.py.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseModule } from "../parse/index.js";
import { bindModule } from "./binder.js";
import { readsMaybeUnbound } from "./definiteAssignment.js";

/** The flagged reads of the module body as "name@line". */
function unsafe(source: string, dialect: "py2" | "py3" = "py3"): string[] {
  const { module } = parseModule(source, "case.py", { dialect });
  const bind = bindModule(module);
  const found = readsMaybeUnbound(bind.moduleScope, module.body, dialect);
  const lineOf = (offset: number): number => source.slice(0, offset).split("\n").length;
  return [...found]
    .flatMap(([symbol, sites]) => [...sites].map((site) => `${symbol.name}@${lineOf(site.span.start)}`))
    .sort();
}

describe("reads that may find their variable unbound", () => {
  test("a name bound in one branch only; both branches bind it", () => {
    assert.deepEqual(unsafe("if c:\n    x = 1\nelse:\n    y = 2\nprint(x)\nprint(y)\n"), ["x@5", "y@6"]);
    assert.deepEqual(unsafe("if c:\n    x = 1\nelse:\n    x = 2\nprint(x)\n"), []);
    assert.deepEqual(unsafe("if c:\n    x = 1\n    print(x)\n"), []);
  });

  test("a def or class in a block that may not run", () => {
    assert.deepEqual(unsafe("if False:\n    def f(): pass\n    class C: pass\nf()\nC()\n"), ["C@5", "f@4"]);
    assert.deepEqual(unsafe("def f(): pass\nf()\n"), []);
  });

  test("a loop body may not run; `while True` ends only at a break", () => {
    assert.deepEqual(unsafe("for i in xs:\n    v = i\nprint(i, v)\n"), ["i@3", "v@3"]);
    assert.deepEqual(unsafe("while True:\n    v = 1\n    break\nprint(v)\n"), []);
    assert.deepEqual(unsafe("for i in range(3):\n    v = i\nprint(i, v)\n"), []);
    assert.deepEqual(unsafe("for i in range(3):\n    if i:\n        continue\n    v = i\nprint(i, v)\n"), ["v@5"]);
    assert.deepEqual(unsafe("range = list\nfor i in range(3):\n    pass\nprint(i)\n"), ["i@4"]);
    assert.deepEqual(unsafe("for i in range(0):\n    pass\nprint(i)\n"), ["i@3"]);
    assert.deepEqual(unsafe("while n:\n    v = 1\n    break\nprint(v)\n"), ["v@4"]);
    // A later pass reads what an earlier pass bound, but the first pass reads it unbound.
    assert.deepEqual(unsafe("for i in xs:\n    if i:\n        print(last)\n    last = i\n"), ["last@3"]);
  });

  test("a try body may stop early; every handler binding too makes it bound", () => {
    assert.deepEqual(unsafe("try:\n    a = f()\nexcept E:\n    pass\nprint(a)\n"), ["a@5"]);
    assert.deepEqual(unsafe("try:\n    a = f()\nexcept E:\n    a = 0\nprint(a)\n"), []);
    assert.deepEqual(unsafe("try:\n    a = f()\nexcept E:\n    raise\nprint(a)\n"), []);
    assert.deepEqual(unsafe("try:\n    a = f()\nfinally:\n    print(a)\n"), ["a@4"]);
  });

  test("the value is read before the target is bound; del unbinds", () => {
    assert.deepEqual(unsafe("x = x + 1\n"), ["x@1"]);
    assert.deepEqual(unsafe("n = 1\nn += 1\ndel n\nprint(n)\n"), ["n@4"]);
  });

  test("a Python 2 list comprehension binds its variable before its element reads it, and after it only if it ran", () => {
    assert.deepEqual(unsafe("ys = [x * 2 for x in xs if x]\nprint(x)\n", "py2"), ["x@2"]);
    assert.deepEqual(unsafe("x = 0\nys = [x * 2 for x in xs if x]\nprint(x)\n", "py2"), []);
    assert.deepEqual(unsafe("fs = [lambda: i for i in range(3)]\nprint(i)\n", "py2"), []);
  });

  test("a module global read by a function: checked unless bound before the def (a function runs after its def)", () => {
    assert.deepEqual(unsafe("def show():\n    return value\nshow()\nvalue = 1\n"), ["value@2"]);
    assert.deepEqual(unsafe("value = 1\ndef show():\n    return value\nshow()\n"), []);
    // Every use of the function comes after the global's assignment.
    assert.deepEqual(unsafe("def task():\n    return lock\nif c:\n    lock = 1\n    run(target=task)\n    ps = [run(target=task) for i in range(2)]\n"), []);
    assert.deepEqual(unsafe("def task():\n    return lock\ndef main():\n    task()\nlock = 1\nmain()\n"), ["lock@2"]);
    // Its own name, and a name its statement binds, are bound when the body runs.
    assert.deepEqual(unsafe("class Task(object):\n    def again(self):\n        return Task()\n"), []);
    assert.deepEqual(unsafe("fs = [lambda: i for i in range(3)]\n", "py2"), []);
  });
});
