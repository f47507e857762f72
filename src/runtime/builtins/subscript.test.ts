// `del x[k]` on an object without __delitem__: a class written in Python that
// defines __setitem__ fails with AttributeError: __delitem__ (CPython's slot
// looks the method up), a Python 2 classic instance names itself, and anything
// else "doesn't support item deletion".

import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { setDialect } from "./dialect.js";
import { AttributeError, TypeError } from "./exceptions.js";
import { PyClassicObject, PyObject } from "./object.js";
import { delitem, kDefinedInPython } from "./subscript.js";

afterEach(() => setDialect("py3"));

const message = (fn: () => void): string => {
  try {
    fn();
  } catch (error) {
    return `${(error as Error).constructor.name}: ${(error as { args?: unknown[] }).args?.[0] ?? (error as Error).message}`;
  }
  return "no error";
};

class OnlySetitem extends PyObject {
  __setitem__(): null {
    return null;
  }
}
class OnlyGetitem extends PyObject {
  __getitem__(): number {
    return 1;
  }
}
class LibrarySetitem {
  static readonly [kDefinedInPython] = true;
  __setitem__(): void {}
}
class CTypeSetitem {
  __setitem__(): void {}
}
class Classic extends PyClassicObject {}

test("a script class with __setitem__ only: AttributeError __delitem__; without: TypeError", () => {
  assert.throws(() => delitem(new OnlySetitem(), 0), AttributeError);
  assert.match(message(() => delitem(new OnlySetitem(), 0)), /__delitem__$/);
  assert.throws(() => delitem(new OnlyGetitem(), 0), TypeError);
});

test("library classes follow CPython's: Python-level ones raise AttributeError, C-level ones TypeError", () => {
  assert.throws(() => delitem(new LibrarySetitem(), 0), AttributeError);
  assert.throws(() => delitem(new CTypeSetitem(), 0), TypeError);
});

test("Python 2 classic instances name themselves", () => {
  setDialect("py2");
  assert.match(message(() => delitem(new Classic(), 0)), /Classic instance has no attribute '__delitem__'/);
});
