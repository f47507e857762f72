// multiprocessing.reduction's part here. Which functions can travel to another
// process by name, as pickle lets them (CPython pickles functions as module +
// name): the script's module-level functions, bound methods (Python 3), and the
// runtime's own functions, which this file registers with the codec under their
// Python module names (`pool.map(str, xs)`, `pool.apply_async(time.sleep, (1,))`,
// `Process(target=time.sleep)`);
// for anything else it builds the error CPython's pickle raises. And what the
// codec's message mode (Queue, Pipe and Pool traffic) refuses beyond what it
// cannot encode at all: a Process object carries its authkey, which CPython
// refuses to pickle.

import * as builtins from "../builtins/index.js";
import { isPy2 } from "../builtins/dialect.js";
import { signatureOf } from "../builtins/call.js";
import { builtinTypeMember } from "../builtins/callMethod.js";
import { AttributeError, NotImplementedError, TypeError, type BaseException } from "../builtins/exceptions.js";
import { repr } from "../builtins/repr.js";
import { isClass } from "../internal/codecFormat.js";
import "../internal/codecBuiltins.js";
import { registerRuntimeClass, runtimeClass, runtimeClassName } from "../internal/codecRegistry.js";
import { moduleExports } from "../internal/module.js";
import * as math from "../math/index.js";
import * as os from "../os/index.js";
import { refuseInMessages } from "../internal/pickleErrors.js";
import { travelsByName } from "../internal/travelsByName.js";
import * as sys from "../sys/index.js";
import * as time from "../time/index.js";
import { PicklingError } from "./poolErrors.js";
import { cpu_count, freeze_support, get_all_start_methods, get_context, get_start_method, set_start_method } from "./context.js";
import { active_children, BaseProcess, current_process, parent_process } from "./process.js";

/**
 * Registers a namespace's plain functions (not classes) under `module.name`, unless
 * the function is registered already. Where the name is taken (`builtins.range` and
 * `builtins.slice` name the classes PyRange and PySlice, whose instances travel:
 * codecBuiltins.ts), the function gets `module.name()`: the name is only a key on
 * the wire, and `pool.map(range, xs)` must still find the function.
 */
function registerFunctions(module: string, namespace: Readonly<Record<string, unknown>>): void {
  for (const [name, value] of Object.entries(namespace)) {
    if (typeof value !== "function" || isClass(value) || runtimeClassName(value) !== undefined) continue;
    const key = runtimeClass(`${module}.${name}`) === undefined ? `${module}.${name}` : `${module}.${name}()`;
    registerRuntimeClass(key, value);
  }
}

registerFunctions("builtins", builtins);
registerFunctions("time", time);
registerFunctions("os", os);
registerFunctions("posixpath", os.path);
registerFunctions("math", math);
registerFunctions("sys", sys);
// multiprocessing's own functions (`pool.apply(multiprocessing.cpu_count)`); the key is only a name on the wire.
registerFunctions("multiprocessing", {
  cpu_count,
  current_process,
  parent_process,
  active_children,
  get_start_method,
  get_all_start_methods,
  set_start_method,
  get_context,
  freeze_support,
});

refuseInMessages(BaseProcess, () => new TypeError("Pickling an AuthenticationString object is disallowed for security reasons"));

/** True when `fn` can be found by name in another process a message reaches (pickle's rules). */
export function canTravel(fn: Function): boolean {
  return travelsByName(fn, "message");
}

/**
 * The error CPython's pickle raises for a function another process could not find
 * by name (a lambda, a nested function; Python 2 also a bound method), or null
 * when it can travel.
 */
export function unpicklableFunction(fn: unknown): BaseException | null {
  if (typeof fn !== "function" || canTravel(fn)) return null;
  const bound = fn as Partial<{ __self__: unknown }>;
  // `obj.method` taken as a value reaches the runtime as the class's function, without its instance.
  const method = bound.__self__ !== undefined || signatureOf(fn)?.isMethod === true;
  if (isPy2()) {
    if (builtinTypeMember(fn)?.isDescriptor === true) return new TypeError("can't pickle method_descriptor objects");
    const what = method ? "instancemethod" : "function";
    return new PicklingError(`Can't pickle <type '${what}'>: attribute lookup __builtin__.${what} failed`);
  }
  const qualname = (fn as { __qualname__?: unknown }).__qualname__;
  if (method) {
    return new NotImplementedError(
      `the method ${String(qualname ?? fn.name)} reached the pool without its instance: py2ts-mp does not bind methods taken as values yet`,
    );
  }
  if (typeof qualname === "string" && qualname.includes("<locals>")) return new AttributeError(`Can't pickle local object '${qualname}'`);
  const named = (fn as { __name__?: unknown }).__name__;
  const name = typeof named === "string" ? named : fn.name || "<lambda>";
  const reason = moduleExports()?.[name] === undefined ? `attribute lookup ${name} on __main__ failed` : `it's not the same object as __main__.${name}`;
  return new PicklingError(`Can't pickle ${repr(fn)}: ${reason}`);
}
