// An exception's __dict__ / vars(): what CPython 3.11 and 2.7 print for these
// (checked by hand; corpus/semantics/exceptions/exception_attributes*.py records it).

import assert from "node:assert/strict";
import { test } from "node:test";
import { getattr, KeyError, OSError, repr, ValueError, vars } from "./index.js";

test("a fresh built-in exception's __dict__ is empty: args and OSError's fields are not in it", () => {
  assert.equal(repr(vars(new ValueError("x"))), "{}");
  assert.equal(repr(getattr(new KeyError("k"), "__dict__")), "{}");
  assert.equal(repr(vars(new OSError(2, "No such file or directory", "data.txt"))), "{}");
});

test("attributes the script sets are in it, and writes through it set them", () => {
  const e = new ValueError("x");
  e.code = 3;
  assert.equal(repr(vars(e)), "{'code': 3}");
  getattr(e, "__dict__").__setitem__("retries", 2);
  assert.equal(e.retries, 2);
  const os = new OSError(2, "No such file or directory");
  os.note = "checked";
  assert.equal(repr(getattr(os, "__dict__")), "{'note': 'checked'}");
});
