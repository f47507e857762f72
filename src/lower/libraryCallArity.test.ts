// Direct calls of library methods stay plain TypeScript calls unless every library
// class's method of that name would reject the argument count; those go through
// the runtime's binding, which raises CPython's TypeError.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { convertSource } from "../compiler.js";

async function emitted(python: string): Promise<string> {
  const result = await convertSource(python, "case.py");
  if (!result.ok) assert.fail(result.diagnostics.map((d) => d.message).join("\n"));
  return result.typescript.replace(/\s+/g, " ");
}

const queue = "import multiprocessing as mp\nq = mp.Queue()\n";

describe("argument counts of library method calls", () => {
  const cases: Array<[string, string, string[], string[]]> = [
    ["q.put(x) stays a plain call", `${queue}q.put(1)\n`, ["q.put(1);"], ["callMethodKw"]],
    ["q.put() is bound at run time", `${queue}q.put()\n`, ['callMethodKw(q, "put", [])'], []],
    ["q.put with four arguments is bound at run time", `${queue}q.put(1, True, 2, 3)\n`, ['callMethodKw(q, "put", [1, true, 2, 3])'], []],
    ["q.put(x, block, timeout) stays a plain call (some put takes three)", `${queue}q.put(1, True, 0.5)\n`, ["q.put(1, true, 0.5);"], ["callMethodKw"]],
    ["a parameter's send() is bound at run time", "def w(conn):\n    conn.send()\n", ['callMethodKw(conn, "send", [])'], []],
    ["a parameter's send(x) keeps its usual form", "def w(conn):\n    conn.send(1)\n", ['callMethod(conn, "send", 1)'], ["callMethodKw"]],
    ["p.join(2) keeps its usual form", "def w(p):\n    p.join(2)\n", ['callMethod(p, "join", 2)'], ["callMethodKw"]],
    ["release(1) is bound at run time (a C method there)", "def w(lock):\n    lock.release(1)\n", ['callMethodKw(lock, "release", [1])'], []],
    ["a manager Value's set(v) stays a plain call", "def w(v):\n    v.set(3)\n", ["v.set(3);"], ["callMethodKw"]],
    ["a list's append is not a library method", "def w(xs):\n    xs.append()\n", ["xs.append()"], ["callMethodKw"]],
    ["pool.apply() is bound at run time", "from multiprocessing import Pool\np = Pool(2)\np.apply()\n", ['callMethodKw(p, "apply", [])'], []],
    ["pool.map() is bound at run time", "from multiprocessing import Pool\np = Pool(2)\np.map()\n", ['callMethodKw(p, "map", [])'], []],
    ["pool.apply(f, args) stays a plain call", "from multiprocessing import Pool\np = Pool(2)\np.apply(abs, (1,))\n", ['callMethod(p, "apply", abs'], ["callMethodKw"]],
    ["an executor's submit() is bound at run time", "from concurrent.futures import ProcessPoolExecutor\nex = ProcessPoolExecutor()\nex.submit()\n", ['callMethodKw(ex, "submit", [])'], []],
    ["shutdown's keyword-only parameter is not positional", "from concurrent.futures import ProcessPoolExecutor\nex = ProcessPoolExecutor()\nex.shutdown(True, True)\nex.shutdown(True)\n", ['callMethodKw(ex, "shutdown", [true, true])', "ex.shutdown(true);"], []],
    ["q.get(timeout=1) binds by name in a program without SimpleQueue", `${queue}q.get(timeout=1)\n`, ["q.get(undefined, 1)"], ["callMethodKw"]],
    [
      "keywords of put/get are bound at run time where a SimpleQueue may receive them",
      "import multiprocessing as mp\nq = mp.SimpleQueue()\nq.get(timeout=1)\nq.put(1, block=False)\nq.join(timeout=1)\n",
      ['callMethodKw(q, "get", [], { timeout: 1 })', 'callMethodKw(q, "put", [1], { block: false })', 'callMethod(q, "join", 1)'],
      [],
    ],
    ["a starred call is left alone", "def w(q, args):\n    q.put(*args)\n", ["q.put(...iterate(args))"], ["callMethodKw"]],
  ];
  for (const [name, python, expected, absent] of cases) {
    test(name, async () => {
      const ts = await emitted(python);
      for (const e of expected) assert.ok(ts.includes(e), `missing ${e}\n${ts}`);
      for (const a of absent) assert.ok(!ts.includes(a), `unexpected ${a}\n${ts}`);
    });
  }
});
