// Module-level lambdas (`square = lambda x: x * x`) in the fork snapshot. CPython's
// fork copies them; pickle cannot name them. The emitted module creates each such
// lambda when it loads and registers it here, so the child's own module instance
// has its own copy and the snapshot can name it (codec Tag.ModuleLambda). Messages
// never use this: pickle refuses a lambda, and so does the codec in message mode.

const byName = new Map<string, Function>();
const names = new WeakMap<Function, string>();

/** Registers the lambda the emitted module holds in the constant `name`; returns it. */
export function moduleLambda<T extends Function>(name: string, fn: T): T {
  // A reused worker imports a fresh module instance: its lambdas replace the last one's.
  byName.set(name, fn);
  names.set(fn, name);
  return fn;
}

/** The registered name of a module-level lambda, if `fn` is one. */
export function moduleLambdaName(fn: Function): string | undefined {
  const name = names.get(fn);
  return name !== undefined && byName.get(name) === fn ? name : undefined;
}

/** This process's copy of the module-level lambda registered as `name`. */
export function findModuleLambda(name: string): Function | undefined {
  return byName.get(name);
}
