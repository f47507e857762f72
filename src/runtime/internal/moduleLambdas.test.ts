// Module-level lambdas in the fork snapshot: found by their registered name in the
// child's own module instance; messages still refuse them as pickle does, and a
// message that names one is corrupt input.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { setDialect } from "../builtins/dialect.js";
import { TypeError as PyTypeError } from "../builtins/exceptions.js";
import { PyTuple } from "../builtins/tuple.js";
import { CodecError, decode, decodeMessage, encode, encodeMessage } from "./codec.js";
import { setModuleExports } from "./module.js";
import { moduleLambda, moduleLambdaName } from "./moduleLambdas.js";

setModuleExports({});

describe("module-level lambdas", () => {
  test("the fork snapshot names a registered lambda and the child resolves its own copy", () => {
    const parentCopy = moduleLambda("square_lambda", (x: number) => x * x);
    const { bytes, buffers } = encode({ square: parentCopy, pair: PyTuple.of(parentCopy, parentCopy) }, "inheritance");
    // A child's module instance registers its own copy under the same name when it loads.
    const childCopy = moduleLambda("square_lambda", (x: number) => x * x);
    const snapshot = decode(bytes, buffers) as { square: unknown; pair: unknown[] };
    assert.equal(snapshot.square, childCopy);
    assert.deepEqual([...snapshot.pair], [childCopy, childCopy]);
    assert.equal(moduleLambdaName(parentCopy), undefined, "the replaced copy is no longer the module's");
  });

  test("messages refuse it with CPython's pickling error", () => {
    for (const dialect of ["py3", "py2"] as const) {
      setDialect(dialect);
      const square = moduleLambda("message_lambda", (x: number) => x * x);
      assert.throws(() => encodeMessage(PyTuple.of(square)), (e: Error) => (e.constructor as { __name__?: string }).__name__ === "PicklingError");
    }
    setDialect("py3");
  });

  test("an unregistered lambda is still refused at start, and an unknown name is corrupt input", () => {
    assert.throws(() => encode(() => 1, "inheritance"), (e) => e instanceof PyTypeError && /only module-level functions/.test(String(e.args[0])));
    const named = moduleLambda("gone_lambda", () => 1);
    const { bytes, buffers } = encode(named, "inheritance");
    const unknown = Uint8Array.from(Buffer.from(Buffer.from(bytes).toString("latin1").replace("gone_lambda", "none_lambda"), "latin1"));
    assert.throws(() => decode(unknown, buffers), CodecError);
  });

  test("a message naming a module-level lambda is corrupt input: only a fork passes one", () => {
    const named = moduleLambda("forged_lambda", () => 1);
    const { bytes } = encode(named, "inheritance");
    assert.equal(decode(bytes, []), named);
    assert.throws(() => decodeMessage(bytes), (e) => e instanceof CodecError && /lambda in a message/.test(e.message));
  });
});
