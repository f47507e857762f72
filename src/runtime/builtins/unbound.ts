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
