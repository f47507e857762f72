// Keyword arguments arrive as one trailing plain object (no Python value is a
// plain object). Stand-in until builtins/kwargs.ts lands on main.

export type Kwargs = Record<string, unknown>;

export function isKwargs(value: unknown): value is Kwargs {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
