// canonicalizeReprs: hash-ordered reprs sorted, everything else untouched.

import assert from "node:assert/strict";
import { test } from "node:test";
import { canonicalizeReprs } from "./reprs.js";

test("Python 3 set, frozenset and nested sets are sorted", () => {
  assert.equal(canonicalizeReprs("{'b', 'a'}", "py3"), "{'a', 'b'}");
  assert.equal(canonicalizeReprs("x = frozenset({3, 1, 2}) ok", "py3"), "x = frozenset({1, 2, 3}) ok");
  assert.equal(canonicalizeReprs("[{2, 1}, ({4, 3},)]", "py3"), "[{1, 2}, ({3, 4},)]");
  assert.equal(canonicalizeReprs("{frozenset({2, 1}), frozenset({0})}", "py3"), "{frozenset({0}), frozenset({1, 2})}");
});

test("Python 2 set([...]) and frozenset([...]) are sorted", () => {
  assert.equal(canonicalizeReprs("set([3, 1])", "py2"), "set([1, 3])");
  assert.equal(canonicalizeReprs("frozenset(['b', 'a'])", "py2"), "frozenset(['a', 'b'])");
  assert.equal(canonicalizeReprs("set()", "py2"), "set()");
});

test("dicts are sorted in Python 2 only, but their values are canonical in both", () => {
  assert.equal(canonicalizeReprs("{'b': 1, 'a': set([2, 1])}", "py2"), "{'a': set([1, 2]), 'b': 1}");
  assert.equal(canonicalizeReprs("{'b': 1, 'a': {2, 1}}", "py3"), "{'b': 1, 'a': {1, 2}}");
});

test("string elements may contain commas, colons and braces", () => {
  assert.equal(canonicalizeReprs("{'z, y', 'a: }'}", "py3"), "{'a: }', 'z, y'}");
  assert.equal(canonicalizeReprs(`{'b', "it's"}`, "py3"), `{"it's", 'b'}`);
});

test("text not laid out like a CPython repr is left alone", () => {
  for (const text of ["{b,a}", "{ b, a }", "{b:1, a:2}", "{", "}{", "set of {x", "use {0} and {1}", "{'a': 1, 'b'}"]) {
    assert.equal(canonicalizeReprs(text, "py2"), text);
  }
  assert.equal(canonicalizeReprs("reset([2, 1])", "py2"), "reset([2, 1])");
});
