// Python keyword arguments reach runtime functions as a trailing plain object
// (`sorted(xs, { key: len })`, `d.update(other, { c: 3 })`): no Python value is a
// plain JavaScript object, so the check is unambiguous (docs/architecture.md §4).

export type Kwargs = Record<string, unknown>;

export function isKwargs(value: unknown): value is Kwargs {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Removes and returns a trailing keyword object from `args` (an empty one when absent). */
export function takeTrailingKwargs(args: unknown[]): Kwargs {
  return args.length > 0 && isKwargs(args[args.length - 1]) ? (args.pop() as Kwargs) : {};
}
