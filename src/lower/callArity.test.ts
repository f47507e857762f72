// Calls whose argument count no single def checks at compile time: they go through
// the runtime's binding only when some def they may reach rejects them; calls that
// fit every candidate stay plain TypeScript calls.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { convertSource } from "../compiler.js";

async function emitted(python: string): Promise<string> {
  const result = await convertSource(python, "case.py");
  if (!result.ok) assert.fail(result.diagnostics.map((d) => d.message).join("\n"));
  return result.typescript.replace(/\s+/g, " ");
}

const counter = "class Counter(object):\n    def add(self, n):\n        return n\n    @staticmethod\n    def twice(a, b):\n        return a\n    @classmethod\n    def make(cls):\n        return cls()\n";
const functions = "def add(a, b):\n    return a + b\ndef square(x):\n    return x * x\n";

describe("argument counts of method calls and calls through values", () => {
  const cases: Array<[string, string, string[], string[]]> = [
    ["a method call that fits stays direct", `${counter}c = Counter()\nc.add(1)\n`, ["c.add(1);"], ["callMethodKw"]],
    ["a method given too many arguments is bound at run time", `${counter}c = Counter()\nc.add(1, 2)\n`, ['callMethodKw(c, "add", [1, 2]);', 'defineMethod(Counter.prototype.add, "Counter.add(self, n)");'], []],
    ["self.m() missing an argument", `${counter}    def run(self):\n        return self.add()\n`, ['callMethodKw(this, "add", [])'], []],
    ["a staticmethod through its class", `${counter}Counter.twice(1)\n`, ['callMethodKw(Counter, "twice", [1])'], []],
    ["a classmethod through its class that fits", `${counter}Counter.make()\n`, ["Counter.make()"], ["callMethodKw"]],
    ["an instance method through its class counts self", `${counter}c = Counter()\nCounter.add(c)\n`, ['callMethodKw(Counter, "add", [c])'], []],
    ["a base method called through the class ignores the subclass's override", "class A(object):\n    def m(self):\n        return 1\nclass B(A):\n    def m(self, other):\n        return A.m(other)\n", ["A.prototype.m.call(other)"], ["callMethodKw"]],
    ["a def used as a value called with too few", `${functions}g = add\ng(1)\n`, ["callKw(g, [1])"], []],
    ["a def used as a value called right", `${functions}g = add\ng(1, 2)\n`, ["g(1, 2)"], ["callKw"]],
    ["a parameter any value def would reject", `${functions}def run(fn, x):\n    return fn(x)\nrun(add, 1)\nrun(square, 1)\n`, ["callKw(fn, [x])"], []],
    ["a parameter every value def accepts", `${functions}def run(fn, x):\n    return fn(x)\nrun(square, 1)\n`, ["return fn(x);"], ["callKw"]],
    ["a class used as a value records its __init__", "class Box(object):\n    def __init__(self, v):\n        self.v = v\nmake = Box\nmake()\n", ['defineMethod(Box.prototype.__init__, "Box.__init__(self, v)");', "call(make)"], []],
    ["a lambda called in place with too few", "print((lambda a, b: a)(1))\n", ["callKw( withSignature((a: any, b: any) => a"], []],
    ["a one-parameter lambda in a variable given two", "sq = lambda x: x * x\nsq(1, 2)\nsq(3)\n", ["callKw(sq, [1, 2])", "sq(3)"], []],
    ["a parameter a zero-parameter lambda would reject", "def run(fn, x):\n    return fn(x)\nrun(lambda: 1, 2)\n", ["callKw(fn, [x])"], []],
  ];
  for (const [name, python, expected, absent] of cases) {
    test(name, async () => {
      const ts = await emitted(python);
      for (const e of expected) assert.ok(ts.includes(e), `missing ${e}\n${ts}`);
      for (const a of absent) assert.ok(!ts.includes(a), `unexpected ${a}\n${ts}`);
    });
  }
});
