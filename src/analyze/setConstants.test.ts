// Which set displays CPython 3.11 compiles to frozenset constants, and which
// display's items each constant is built from (the first in the compiler's
// order). Each ordering case was checked against CPython 3.11.7 with displays
// whose tables differ by insertion order ({1, 9, 17, 25} prints {1, 17, 25, 9},
// {25, 17, 9, 1} prints {25, 9, 1, 17}); the golden script
// corpus/semantics/containers/set_display_constants.py runs them end to end.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { walk } from "../parse/forEachChild.js";
import { parseModule } from "../parse/index.js";
import type * as ast from "../parse/ast.js";
import { findSetConstants } from "./setConstants.js";

/**
 * For each `{...}` display in source order: "-" when it is built item by item,
 * else its use and the source index of the display whose items build its constant.
 */
function constants(source: string, dialect: "py2" | "py3" = "py3"): string[] {
  const { module } = parseModule(source, "case.py", { dialect });
  const sets: ast.Set[] = [];
  walk(module, (node) => {
    if (node.kind === "Set") sets.push(node);
    return true;
  });
  sets.sort((a, b) => a.span.start - b.span.start);
  const facts = findSetConstants(module);
  return sets.map((node) => {
    const found = facts.uses.get(node);
    if (!found) return "-";
    return `${found.use} ${sets.findIndex((s) => s.elts === found.constant.items)}`;
  });
}

describe("set displays that are frozenset constants", () => {
  test("a display of three or more constants; fewer, or any other item, builds the set item by item", () => {
    assert.deepEqual(constants("a = {1, 2, 3}\nb = {1, 2}\nc = {1, 2, x}\nd = {-1, 2 ** 3, (4, 5)}\ne = {*a, 1, 2}\n"), ["display 0", "-", "-", "display 3", "-"]);
  });

  test("iterated by for or a comprehension, or the right side of in: any size", () => {
    assert.deepEqual(
      constants("for x in {7, 15}: pass\nprint([y for y in {1}])\nprint(x in {1, 2}, x not in {3, 4} == x, 1 < x in {5, 6})\n"),
      ["iterable 0", "iterable 1", "membership 2", "-", "membership 4"],
    );
  });

  test("Python 2 builds every display item by item", () => {
    assert.deepEqual(constants("a = {1, 2, 3}\nfor x in {7, 15}: pass\n", "py2"), ["-", "-"]);
  });

  test("a display equal as a set to an earlier one shares its constant: same items, same types, any order", () => {
    assert.deepEqual(
      constants("print({25, 17, 9, 1})\nprint({1, 9, 17, 25})\nprint({1.0, 9, 17, 25})\nprint({True, 9, 17, 25, 25})\nprint({1, 9, 17, 24 + 1})\n"),
      ["display 0", "display 0", "display 2", "display 3", "display 0"],
    );
  });

  test("the first in the compiler's order builds the constant", () => {
    // `a if c else b` compiles c first.
    assert.deepEqual(constants("print({1, 9, 17, 25} if c in {25, 17, 9, 1} else 0)\n"), ["display 1", "membership 1"]);
    // A comprehension's own code before its outermost iterable.
    assert.deepEqual(constants("print([{1, 9, 17, 25} for x in {25, 17, 9, 1}])\n"), ["display 0", "iterable 0"]);
    // A try's else before its handlers.
    assert.deepEqual(constants("try:\n    pass\nexcept E:\n    a = {1, 9, 17, 25}\nelse:\n    b = {25, 17, 9, 1}\n"), ["display 1", "display 1"]);
    // A class's body before its bases.
    assert.deepEqual(constants("class C(base({1, 9, 17, 25})):\n    x = {25, 17, 9, 1}\n"), ["display 1", "display 1"]);
    // A lambda's defaults before its body, a def's before its body.
    assert.deepEqual(constants("g = lambda a={25, 17, 9, 1}: {1, 9, 17, 25}\n"), ["display 0", "display 0"]);
    assert.deepEqual(constants("def f(a={25, 17, 9, 1}):\n    return {1, 9, 17, 25}\n"), ["display 0", "display 0"]);
  });
});
