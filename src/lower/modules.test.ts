// Imports of modules left out by design: the tutorials' threading.Thread examples
// (a Thread subclass summing a range, a worker pulling from Queue.Queue) must stop
// at the import with one located diagnostic that says why, in both dialects.

import assert from "node:assert/strict";
import { test } from "node:test";
import { convertSource } from "../compiler.js";

async function diagnosticsOf(python: string, py2 = false): Promise<Array<{ code: number; start: number; message: string }>> {
  const result = await convertSource(python, "case.py", py2 ? { dialect: "py2" } : undefined);
  assert.equal(result.ok, false, "expected diagnostics");
  return result.diagnostics.map((d) => ({ code: d.code, start: d.span.start, message: d.message }));
}

const why = /^The module '(threading|thread|_thread)' is not supported: threads share their process's objects, .*multiprocessing\.Process takes the same target\/args/;

test("import threading with a Thread subclass: one diagnostic at the import, saying why", async () => {
  const source = "import threading\nclass Adder(threading.Thread):\n    def run(self):\n        pass\nAdder().start()\n";
  const found = await diagnosticsOf(source);
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.equal(found[0]!.code, 200);
  assert.equal(found[0]!.start, source.indexOf("threading"));
  assert.match(found[0]!.message, why);
});

test("from threading import Thread, after a supported import, in Python 2", async () => {
  const source = "import Queue\nfrom threading import Thread\nt = Thread(target=len, args=('ab',))\nprint t\n";
  const found = await diagnosticsOf(source, true);
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.equal(found[0]!.start, source.indexOf("from threading"));
  assert.match(found[0]!.message, why);
});

test("Python 2's thread and Python 3's _thread say the same", async () => {
  assert.match((await diagnosticsOf("import thread\n", true))[0]!.message, why);
  assert.match((await diagnosticsOf("import _thread\n"))[0]!.message, why);
});

test("a module merely unknown keeps the generic message", async () => {
  assert.match((await diagnosticsOf("import socket\n"))[0]!.message, /^Module 'socket' is not supported; supported modules are listed in the README/);
});

test("multiprocessing names Python 2.7 lacks are not valid Python 2 code (CPython 2.7: AttributeError/ImportError)", async () => {
  for (const source of ["import multiprocessing as mp\nprint mp.parent_process()\n", "from multiprocessing import Barrier\n", "from multiprocessing import SimpleQueue\n", "import multiprocessing\nmultiprocessing.set_start_method('fork')\n"]) {
    const found = await diagnosticsOf(source, true);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0]!.code, 207);
    assert.match(found[0]!.message, /^'multiprocessing\.\w+' \(a Python 3 name\) is not valid Python 2 code/);
  }
});

test("the start-method functions are translated in Python 3", async () => {
  const source = "import multiprocessing as mp\nfrom multiprocessing import get_context\nmp.set_start_method('fork')\nctx = get_context('fork')\nprint(mp.get_start_method(allow_none=True), mp.get_all_start_methods())\n";
  const result = await convertSource(source, "case.py");
  assert.ok(result.ok, result.ok ? "" : result.diagnostics.map((d) => d.message).join("\n"));
});

test("ctypes' simple types: arguments of Value/Array and classes called like the catalogue's", async () => {
  const source = "from multiprocessing import Value\nfrom ctypes import c_double, c_int, sizeof\nv = Value(c_double, 1.5)\nx = c_int(5)\nprint(sizeof(x))\n";
  const result = await convertSource(source, "case.py");
  assert.ok(result.ok, result.ok ? "" : result.diagnostics.map((d) => d.message).join("\n"));
  assert.match(result.typescript.replace(/\s+/g, " "), /new c_int\(\{ value: 5 \}\)/);
});
