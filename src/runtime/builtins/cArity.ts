// Argument counts of the library methods CPython implements in C (a SemLock's
// acquire/release, Python 2's Connection): their TypeErrors read differently from
// a Python function's ("SemLock.release() takes no arguments (1 given)"), so such
// a method carries its C form instead of a Python signature for that dialect.

import type { CArity, CArityForm } from "../internal/libraryMethodSpecs.js";
import { isPy2 } from "./dialect.js";
import { TypeError } from "./exceptions.js";

const cArityKey = Symbol("py2ts.cArity");

export function attachCArity(fn: Function, arity: CArity): void {
  Object.defineProperty(fn, cArityKey, { value: arity });
}

/** The form the current dialect's CPython gives `fn`, if it is a C method there. */
export function cArityOf(fn: unknown): CArityForm | null {
  if (typeof fn !== "function") return null;
  const arity = (fn as { [cArityKey]?: CArity })[cArityKey];
  if (arity === undefined) return null;
  return isPy2() ? arity.py2 : arity.py3;
}

/** CPython's TypeError for `count` positional arguments to a C method of this form, or null when they fit. */
export function cArityError(form: CArityForm, count: number): TypeError | null {
  if (count >= form.min && count <= form.max) return null;
  switch (form.kind) {
    case "noargs":
      return new TypeError(`${form.name}() takes no arguments (${count} given)`);
    case "one":
      return new TypeError(`${form.name}() takes exactly one argument (${count} given)`);
    case "args": {
      const limit = count < form.min ? form.min : form.max;
      const how = form.min === form.max ? "exactly" : count < form.min ? "at least" : "at most";
      // An argument parser whose format names no function says "function".
      const who = form.name === "function" ? "function" : `${form.name}()`;
      return new TypeError(`${who} takes ${how} ${limit} argument${limit === 1 ? "" : "s"} (${count} given)`);
    }
  }
}
