// Python generator methods on JavaScript generators. A `def` with `yield` is a
// JavaScript generator function; Python code also calls `g.send(v)`, `g.throw(e)`,
// `g.close()` and (Python 2) `g.next()`, with CPython's rules:
//
//   g.send(1) on a generator that has not started  -> TypeError
//   g.send(v) when the generator returns           -> StopIteration(return value)
//   g.close()                                      -> GeneratorExit raised at the paused yield;
//                                                     yielding again is a RuntimeError

import { isPy2 } from "./dialect.js";
import { GeneratorExit, RuntimeError, StopIteration, TypeError } from "./exceptions.js";

const started = new WeakSet<object>();
const finished = new WeakSet<object>();

export function isGenerator(value: unknown): value is Generator {
  return Object.prototype.toString.call(value) === "[object Generator]";
}

/**
 * The module's exports, for naming a generator by its function (internal/module.ts
 * installs it: this module loads before it). A generator object's prototype is its
 * function's `prototype`, the only link JavaScript keeps between them.
 */
let moduleNamespace: () => Readonly<Record<string, unknown>> | null = () => null;

export function setGeneratorNamespaceLookup(lookup: () => Readonly<Record<string, unknown>> | null): void {
  moduleNamespace = lookup;
}

/**
 * `<generator object task at 0x...>`: named after its module-level generator
 * function; a generator expression's, or a nested function's, is `<genexpr>`
 * (nothing links it back to a name).
 */
export function generatorRepr(gen: Generator, address: string): string {
  const proto = Object.getPrototypeOf(gen) as object | null;
  let name = "<genexpr>";
  for (const value of Object.values(moduleNamespace() ?? {})) {
    if (typeof value === "function" && (value as { prototype?: unknown }).prototype === proto) {
      const qualname = (value as { __qualname__?: unknown }).__qualname__;
      name = isPy2() || typeof qualname !== "string" ? value.name : qualname;
      break;
    }
  }
  return `<generator object ${name} at ${address}>`;
}

/** Records that a generator has run (for the just-started check of send). */
export function markStarted(gen: Generator): void {
  started.add(gen);
}

function stepName(): string {
  return isPy2() ? "next" : "__next__";
}

function resume(gen: Generator, step: () => IteratorResult<unknown>): unknown {
  started.add(gen);
  const result = step();
  if (result.done) {
    finished.add(gen);
    throw result.value === undefined || result.value === null ? new StopIteration() : new StopIteration(result.value);
  }
  return result.value;
}

/** Calls Python method `name` on a JavaScript generator; undefined when it has no such method. */
export function generatorMethod(gen: Generator, name: string, args: readonly unknown[]): { found: boolean; value?: unknown } {
  switch (name) {
    case "__next__":
    case "next":
      // Each dialect has one name for it (Python 2 generators have no __next__).
      if (name !== stepName()) return { found: false };
      if (args.length > 0) throw new TypeError(`expected 0 arguments, got ${args.length}`);
      return { found: true, value: resume(gen, () => gen.next()) };
    case "send": {
      const value = args[0] ?? null;
      if (!started.has(gen) && value !== null && !finished.has(gen)) {
        throw new TypeError("can't send non-None value to a just-started generator");
      }
      return { found: true, value: resume(gen, () => gen.next(value)) };
    }
    case "throw": {
      const error = typeof args[0] === "function" ? new (args[0] as new (...a: unknown[]) => unknown)(...(args[1] === undefined ? [] : [args[1]])) : args[0];
      return { found: true, value: resume(gen, () => gen.throw(error)) };
    }
    case "close":
      closeGenerator(gen);
      return { found: true, value: null };
    default:
      return { found: false };
  }
}

const generatorMethodNames = new Set(["send", "throw", "close"]);

/** `g.send` read as a value: the method bound to the generator (`__name__` kept), or undefined. */
export function generatorAttribute(gen: Generator, name: string): Function | undefined {
  // The step method is the dialect's: Python 2 generators have no __next__ (hasattr(g, '__next__') is False).
  if (!generatorMethodNames.has(name) && name !== stepName()) return undefined;
  const method = (...args: unknown[]): unknown => generatorMethod(gen, name, args).value;
  return Object.defineProperties(method, { __name__: { value: name }, __self__: { value: gen } });
}

export const IGNORED_EXIT = "generator ignored GeneratorExit";

/** gen.close(): GeneratorExit at the paused yield; RuntimeError if the generator yields again. */
export function closeGenerator(gen: Generator): void {
  if (finished.has(gen)) return;
  if (!started.has(gen)) {
    finished.add(gen);
    gen.return(undefined);
    return;
  }
  let result: IteratorResult<unknown>;
  try {
    result = gen.throw(new GeneratorExit());
  } catch (error) {
    finished.add(gen);
    if (error instanceof GeneratorExit || error instanceof StopIteration) return;
    throw error;
  }
  finished.add(gen);
  if (!result.done) throw new RuntimeError(IGNORED_EXIT);
}

/** Records that a generator finished (next() found it done). */
export function markFinished(gen: Generator): void {
  finished.add(gen);
}

const loopIterators = new WeakMap<Generator, GeneratorLoopIterator>();

/**
 * The iterator a `for` loop uses for a generator. A JavaScript `for...of` that
 * breaks calls the iterator's `return()`, which would close the generator; a
 * Python `for` that breaks leaves it suspended (`next(g)` goes on where the loop
 * stopped). This wrapper has no `return()`, and records that the generator started.
 * (A loop over a generator only it references closes it: generatorClosing.ts.)
 */
export function generatorLoopIterator(gen: Generator): GeneratorLoopIterator {
  let it = loopIterators.get(gen);
  if (it === undefined) {
    it = new GeneratorLoopIterator(gen);
    loopIterators.set(gen, it);
  }
  return it;
}

export class GeneratorLoopIterator implements IterableIterator<unknown> {
  constructor(readonly generator: Generator) {}

  get pyTypeName(): string {
    return "generator";
  }

  // `yield from g` (`yield* iter(g)`) passes sent values and thrown exceptions through.
  next(value?: unknown): IteratorResult<unknown> {
    started.add(this.generator);
    const result = this.generator.next(value);
    if (result.done) finished.add(this.generator);
    return result;
  }

  throw(error: unknown): IteratorResult<unknown> {
    return this.generator.throw(error);
  }

  [Symbol.iterator](): this {
    return this;
  }
}

/** The generator itself for its loop iterator (so `iter(g) is g` and `iter(g).send(v)` behave). */
export function unwrapGenerator<T>(value: T): T | Generator {
  return value instanceof GeneratorLoopIterator ? value.generator : value;
}
