// Python's functools: partial, reduce and cmp_to_key, the parts scripts around
// multiprocessing use (`pool.map(partial(work, factor=2), items)`).
//
// A partial object is a JavaScript function (a translated call of an unknown
// callable is a plain call) carrying CPython's `func`, `args` and `keywords`. It
// travels to other processes as pickle sends it, as its function and arguments,
// so its function must be findable by name there.

import { callable } from "../builtins/attributes.js";
import { callKw } from "../builtins/call.js";
import { PyDict } from "../builtins/dict.js";
import { TypeError } from "../builtins/exceptions.js";
import { takeTrailingKwargs, type Kwargs } from "../builtins/kwargs.js";
import { isPy2 } from "../builtins/dialect.js";
import { addressOf, PyObject } from "../builtins/object.js";
import { repr } from "../builtins/repr.js";
import { PyTuple } from "../builtins/tuple.js";
import { kShare, registerShareable, type ShareState } from "../internal/codecRegistry.js";

export interface PartialFunction {
  (...args: unknown[]): unknown;
  readonly func: Function;
  readonly args: PyTuple<unknown>;
  readonly keywords: PyDict<string, unknown>;
}

const kPartial = "functools.partial";

/** partial(func, *args, **keywords): `func` with those arguments first. */
export function partial(func: unknown, ...rest: unknown[]): PartialFunction {
  const keywords = takeTrailingKwargs(rest);
  if (!callable(func)) throw new TypeError("the first argument must be callable");
  const inner = func as Partial<PartialFunction>;
  // Python 3.5+ flattens a partial of a partial; Python 2 keeps the inner one as `func`.
  if (!isPy2() && isPartial(inner)) return makePartial(inner.func, [...inner.args, ...rest], { ...Object.fromEntries(inner.keywords.items()), ...keywords });
  return makePartial(func as Function, rest, keywords);
}

function isPartial(value: unknown): value is PartialFunction {
  return typeof value === "function" && (value as { [kShare]?: unknown })[kShare] === sharePartial;
}

function makePartial(func: Function, args: readonly unknown[], keywords: Kwargs): PartialFunction {
  const bound = PyTuple.fromArray(args);
  const fn = function (...more: unknown[]): unknown {
    const extra = takeTrailingKwargs(more);
    return callKw(func, [...bound, ...more], { ...keywords, ...extra });
  };
  Object.defineProperties(fn, {
    func: { value: func },
    args: { value: bound },
    keywords: { value: PyDict.of(...Object.entries(keywords)) },
    __repr__: { value: () => partialRepr(fn, func, bound, keywords) },
    [kShare]: { value: sharePartial },
  });
  return fn as unknown as PartialFunction;
}

/** functools.partial(<function f at 0x...>, 2, k=3); Python 2: <functools.partial object at 0x...>. */
function partialRepr(fn: Function, func: Function, args: readonly unknown[], keywords: Kwargs): string {
  if (isPy2()) return `<functools.partial object at ${addressOf(fn)}>`;
  const parts = [repr(func), ...args.map((a) => repr(a)), ...Object.entries(keywords).map(([k, v]) => `${k}=${repr(v)}`)];
  return `functools.partial(${parts.join(", ")})`;
}

function sharePartial(this: PartialFunction): ShareState {
  return { kind: kPartial, typeName: "partial", buffers: [], state: PyTuple.of<unknown>(this.func, this.args, this.keywords), travelsInMessages: true };
}

registerShareable(kPartial, (_buffers, state) => {
  const [func, args, keywords] = state as PyTuple<any>;
  return makePartial(func as Function, args as PyTuple<unknown>, Object.fromEntries((keywords as PyDict<string, unknown>).items()));
});

/** functools.reduce(function, iterable[, initializer]): Python 2's builtin reduce. */
export { reduce } from "../builtins/iteration.js";

/** cmp_to_key(mycmp): a key whose comparisons ask `mycmp` (Python 2 cmp functions in sorted(key=...)). */
export function cmp_to_key(mycmp: (a: unknown, b: unknown) => unknown): (obj: unknown) => PyObject {
  const sign = (a: CmpKey, b: unknown): number => Number(mycmp(a.obj, (b as CmpKey).obj));
  class CmpKey extends PyObject {
    declare obj: unknown;
    override __init__(obj: unknown): null {
      this.obj = obj;
      return null;
    }
    __lt__(other: unknown): boolean {
      return sign(this, other) < 0;
    }
    __gt__(other: unknown): boolean {
      return sign(this, other) > 0;
    }
    __le__(other: unknown): boolean {
      return sign(this, other) <= 0;
    }
    __ge__(other: unknown): boolean {
      return sign(this, other) >= 0;
    }
    override __eq__(other: unknown): boolean {
      return sign(this, other) === 0;
    }
  }
  return (obj: unknown) => new CmpKey(obj);
}

// `print(functools)` and type() see this namespace as the module (builtins/modules.ts).
import * as self from "./index.js";
import { registerModule } from "../builtins/modules.js";
registerModule(self, "functools");
