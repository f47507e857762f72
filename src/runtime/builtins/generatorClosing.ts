// Loops that hold the only reference to a generator they made close it when they
// are left, as CPython's freeing it does (lower/loops.ts decides which loops).

import { unraisableText } from "../internal/traceback.js";
import { stderr } from "../sys/stdio.js";
import { RuntimeError } from "./exceptions.js";
import { closeGenerator, GeneratorLoopIterator, IGNORED_EXIT, isGenerator } from "./generators.js";
import { iter } from "./iteration.js";
import { addressOf } from "./object.js";
import { repr, str } from "./repr.js";

/**
 * iter() for a loop that holds the only reference to a generator it just made
 * (`for v in gen():`, a comprehension's `for x in gen()`, a generator expression;
 * the compiler decides, lower/loops.ts). CPython frees that generator when the
 * loop is left, early too (`break`, `return`, an exception), and freeing a
 * suspended generator closes it: its `finally` blocks and `with` exits run before
 * the statement after the loop. JavaScript's for...of calls the iterator's
 * return() at exactly those moments. Anything else is iter() itself.
 */
export function iterClosing(value: unknown, name: string): Iterator<any> & Iterable<any> {
  return isGenerator(value) ? new ClosingGeneratorIterator(value, name) : (iter(value) as Iterator<any> & Iterable<any>);
}

class ClosingGeneratorIterator extends GeneratorLoopIterator {
  constructor(
    generator: Generator,
    /** The generator's __qualname__ (Python 2: __name__), for CPython's report of an error while closing. */
    private readonly _name: string,
  ) {
    super(generator);
  }

  return(value?: unknown): IteratorResult<unknown> {
    finalize(this.generator, this._name);
    return { done: true, value };
  }
}

/**
 * Closes a generator the way CPython's finalizer does (_PyGen_Finalize): an
 * exception cannot reach any caller, so it is reported on stderr and dropped.
 */
function finalize(gen: Generator, name: string): void {
  try {
    closeGenerator(gen);
  } catch (error) {
    const at = new Error("finalized here");
    // 2.7 prints a C-raised exception's message, not an instance.
    const value = error instanceof RuntimeError && str(error) === IGNORED_EXIT ? repr(IGNORED_EXIT) : undefined;
    stderr.write(unraisableText(error, `<generator object ${name} at ${addressOf(gen)}>`, at, value));
  }
}
