// Python variables can be unbound: before their first assignment (reading a local
// too early raises UnboundLocalError) or after `del` (NameError). TypeScript
// variables always hold a value, so a variable the compiler cannot prove bound
// starts as (and `del` sets it to) the `unbound` sentinel, and its reads go through
// checkBound, which raises what CPython raises:
//
//   del m; print(m)        ->  m = unbound; print(checkBound(m, "m", "global"));
//   def f(): m += 1        ->  m = iadd(checkBound(m, "m", "local"), 1);

import { isPy2 } from "./dialect.js";
import { NameError, UnboundLocalError } from "./exceptions.js";

export const unbound: unique symbol = Symbol("unbound");

/** Where the variable lives: a module global (read at module level or from a function), a local or a closure cell. */
export type VariableScope = "module" | "global" | "local" | "free";

export function checkBound<T>(value: T | typeof unbound, name: string, scope: VariableScope): T {
  if (value !== unbound) return value;
  switch (scope) {
    case "module":
      throw new NameError(`name '${name}' is not defined`);
    case "global":
      throw new NameError(isPy2() ? `global name '${name}' is not defined` : `name '${name}' is not defined`);
    case "local":
      throw new UnboundLocalError(
        isPy2() ? `local variable '${name}' referenced before assignment` : `cannot access local variable '${name}' where it is not associated with a value`,
      );
    case "free":
      throw new NameError(
        isPy2()
          ? `free variable '${name}' referenced before assignment in enclosing scope`
          : `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
      );
  }
}

// A module-level `def`/`class` is an exported declaration (a child process finds it by
// name), so it exists before its statement runs. Where that statement sits in a block
// that may not run, the statement marks its function or class as defined and module
// level reads check the mark:
//
//   if False:                 if (false) { defined(f); }
//       def f(): pass
//   f()                       ->  checkDefined(f, "f")();
const ranDefinitions = new WeakSet<object>();

export function defined(value: object): void {
  ranDefinitions.add(value);
}

export function checkDefined<T extends object>(value: T, name: string): T {
  if (ranDefinitions.has(value)) return value;
  throw new NameError(`name '${name}' is not defined`);
}

// A global that is unbound when a process starts (assigned later, or in a branch
// that did not run) is absent from the globals snapshot the child receives (a
// fork copies no such name), and unbound there: `print(late)` in the child is a
// NameError as in CPython.

/** The snapshot of the module's globals without the unbound ones. */
export function withoutUnbound(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) if (value !== unbound) out[name] = value;
  return out;
}

/** The received snapshot with `names` that it lacks set to unbound. */
export function unboundWhereAbsent(values: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const out = { ...values };
  for (const name of names) if (!Object.prototype.hasOwnProperty.call(out, name)) out[name] = unbound;
  return out;
}
