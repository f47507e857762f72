// hintFor: which header option a self-check problem points at.

import assert from "node:assert/strict";
import { test } from "node:test";
import { hintFor } from "./selfCheck.js";

test("hints name the option and a pattern for the line", () => {
  assert.equal(
    hintFor('stdout line 15: expected "All process ran 1.92 seconds." (recorded run 1 line 15), got "All process ran 1.91 seconds."'),
    'a timing needs timing="^All process ran "',
  );
  assert.equal(
    hintFor('stdout line 1: expected "counter = 1400" (recorded run 1 line 1), got "counter = 1322"'),
    'a number that varies needs free="^counter = "',
  );
  assert.equal(
    hintFor('stdout line 7 "hello world 2" must come before line 5 "hello world 3": every recorded run prints it first'),
    "lines whose order is scheduling need unordered=",
  );
  assert.equal(
    hintFor('stdout line 2: expected "p2 still blocked in recv: True 2.00" (recorded run 1 line 2), got "p2 still blocked in recv: True 2.01"'),
    'a timing needs timing="^p2 still blocked in recv: True "',
  );
  assert.equal(hintFor('stdout line 9 "random 18": 18 is outside 47.8 to 103.2 (recorded 69, 82)'), "a random number needs free=");
  assert.equal(hintFor('stdout line 1: expected "a (1)" (recorded run 1 line 1), got "b"'), null);
  assert.equal(hintFor("exit code 1, CPython exits with 0"), null);
});
