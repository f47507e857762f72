// Binds a call's arguments to a Python parameter list: positional values, then
// the trailing keyword object (docs/architecture.md §4). Runtime classes are
// created both as `new Formatter({ fmt })` (the options convention) and by user
// subclasses as `super().__init__(fmt)`, so both shapes arrive here.

import { isPy2 } from "../builtins/dialect.js";
import { TypeError } from "../builtins/exceptions.js";
import { isKwargs, type Kwargs } from "../builtins/kwargs.js";

/** A trailing keyword object split off the positional arguments. */
export function splitKeywords(args: readonly unknown[]): [unknown[], Kwargs] {
  const last = args[args.length - 1];
  return isKwargs(last) ? [args.slice(0, -1), last] : [[...args], {}];
}

/** The name CPython's messages give a function: its qualname in 3.x, its bare name in 2.7. */
function shownName(qualname: string): string {
  return isPy2() ? qualname.slice(qualname.lastIndexOf(".") + 1) : qualname;
}

/**
 * Binds `args` to `names` (all optional, positional-or-keyword, except those
 * in `keywordOnly`); absent parameters are left undefined.
 */
export function bind(qualname: string, args: readonly unknown[], names: readonly string[], keywordOnly: readonly string[] = []): Record<string, unknown> {
  const [positional, keywords] = splitKeywords(args);
  if (positional.length > names.length) {
    throw new TypeError(`${shownName(qualname)}() takes from 1 to ${names.length + 1} positional arguments but ${positional.length + 1} were given`);
  }
  const bound: Record<string, unknown> = {};
  positional.forEach((v, i) => (bound[names[i]!] = v));
  for (const [key, value] of Object.entries(keywords)) {
    if (!names.includes(key) && !keywordOnly.includes(key)) throw unexpectedKeyword(qualname, key);
    if (key in bound) throw new TypeError(`${shownName(qualname)}() got multiple values for argument '${key}'`);
    bound[key] = value;
  }
  return bound;
}

export function unexpectedKeyword(qualname: string, key: string): TypeError {
  return new TypeError(`${shownName(qualname)}() got an unexpected keyword argument '${key}'`);
}
