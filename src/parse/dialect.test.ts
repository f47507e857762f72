// Dialect detection table: header comment, Python 2-only and Python 3-only syntax,
// idioms, the default, conflicts, and the --py2/--py3 override in parseModule.

import assert from "node:assert/strict";
import { test } from "node:test";
import { detectDialect } from "./dialect.js";
import { parseModule } from "./index.js";

const cases: readonly (readonly [source: string, dialect: "py2" | "py3", reasonFragment: string])[] = [
  ["# py2ts: py2\nprint('x')\n", "py2", "header"],
  ["#!/usr/bin/env python\n# py2ts: py3\nprint 'x'\n", "py3", "header"],
  ["print 'hello'\n", "py2", "a print statement on line 1"],
  ["import sys\nprint >>sys.stderr, 'x'\n", "py2", "a print statement on line 2"],
  ["exec 'x = 1'\n", "py2", "an exec statement"],
  ["x = `1`\n", "py2", "a backtick repr"],
  ["if 1 <> 2: pass\n", "py2", "'<>'"],
  ["try:\n    pass\nexcept E, e:\n    pass\n", "py2", "'except E, e'"],
  ["raise E, 'v'\n", "py2", "'raise E, V'"],
  ["x = 10L\n", "py2", "a long integer literal"],
  ["x = 0777\n", "py2", "an old-style octal literal"],
  ["x = ur'a'\n", "py2", "a ur'' string"],
  ["def f((a, b)): pass\n", "py2", "a tuple parameter"],
  ["for i in xrange(3): pass\n", "py2", "xrange() on line 1"],
  ["s = raw_input()\n", "py2", "raw_input()"],
  ["u = unicode(x)\n", "py2", "unicode()"],
  ["isinstance(x, basestring)\n", "py2", "basestring"],
  ["for k, v in d.iteritems(): pass\n", "py2", ".iteritems()"],
  ["if d.has_key(1): pass\n", "py2", ".has_key()"],
  ["import Queue\n", "py2", "import Queue"],
  ["import cPickle as pickle\n", "py2", "import cPickle"],
  // A fallback import in a try runs under both dialects: evidence of neither.
  ["try:\n    import Queue as queue\nexcept ImportError:\n    import queue\nprint('x')\n", "py3", "default"],
  ["try:\n    import queue\nexcept ImportError:\n    import Queue as queue\nprint 'x'\n", "py2", "a print statement"],
  ["print('a', end='')\n", "py3", "print(..., end=...)"],
  ["print('a', file=sys.stderr)\n", "py3", "print(..., file=...)"],
  ["def f():\n    nonlocal x\n", "py3", "a nonlocal statement"],
  ["x = f'{y}'\n", "py3", "an f-string"],
  ["async def f(): pass\n", "py3", "'async'"],
  ["def f(a, *, b): pass\n", "py3", "a keyword-only parameter"],
  ["def f(a: int): pass\n", "py3", "a parameter annotation"],
  ["def f() -> int: pass\n", "py3", "a return annotation"],
  ["x: int = 1\n", "py3", "a variable annotation"],
  ["def g():\n    yield from h()\n", "py3", "'yield from'"],
  ["import queue\n", "py3", "import queue"],
  ["if (n := 1): pass\n", "py3", "':='"],
  ["x = a @ b\n", "py3", "'@'"],
  ["print('plain')\nx = 1 / 2\n", "py3", "default"],
  ["", "py3", "default"],
  // An idiom loses to syntax: xrange is only a name, print(..., end=) is Python 3 syntax.
  ["for i in xrange(3): print(i, end='')\n", "py3", "print(..., end=...)"],
  // print_function makes print(..., sep=) valid Python 2; the long literal decides.
  ["from __future__ import print_function\nprint(1, sep='')\nx = 1L\n", "py2", "a long integer literal"],
];

for (const [source, dialect, reason] of cases) {
  test(`detectDialect ${JSON.stringify(source)} -> ${dialect}`, () => {
    const decision = detectDialect(source);
    assert.equal(decision.dialect, dialect);
    assert.ok(decision.reason.includes(reason), `reason "${decision.reason}" should mention "${reason}"`);
    assert.equal(decision.conflict, undefined);
  });
}

test("strong evidence for both dialects is a conflict", () => {
  const decision = detectDialect("print 'a'\nx = f'{y}'\n");
  assert.ok(decision.conflict !== undefined);
  assert.equal(decision.conflict.py2.what, "a print statement");
  assert.equal(decision.conflict.py3.what, "an f-string");
  const { diagnostics } = parseModule("print 'a'\nx = f'{y}'\n", "t.py");
  assert.ok(diagnostics.some((d) => d.code === 8));
});

test("--py2/--py3 beats detection and the header comment", () => {
  assert.equal(parseModule("# py2ts: py3\nprint 'x'\n", "t.py", { dialect: "py2" }).module.dialect, "py2");
  assert.equal(parseModule("print 'x'\n", "t.py", { dialect: "py3" }).module.dialect, "py3");
  const forced = parseModule("print 'x'\n", "t.py", { dialect: "py3" });
  assert.match(forced.diagnostics[0]!.message, /--py3 was given/);
});

test("futureFeatures lists the module's __future__ imports", () => {
  const { module } = parseModule('"""doc"""\nfrom __future__ import print_function, division\nfrom __future__ import unicode_literals\n', "t.py");
  assert.deepEqual(module.futureFeatures, ["print_function", "division", "unicode_literals"]);
});
