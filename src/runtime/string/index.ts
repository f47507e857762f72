// Python's string module: the constants, and Python 2's functions that mirror str
// methods (`string.upper(s)`, `string.join(words, sep)`), which call the methods.

import { callMethod } from "../builtins/callMethod.js";
import { onDialectChange } from "../builtins/dialect.js";

export const ascii_letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const ascii_lowercase = "abcdefghijklmnopqrstuvwxyz";
export const ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const digits = "0123456789";
export const hexdigits = "0123456789abcdefABCDEF";
export const octdigits = "01234567";
export const punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
/** Python 2's comes from its strop module: the bytes C's isspace() accepts, in byte order. */
export let whitespace = " \t\n\r\x0b\x0c";
onDialectChange((dialect) => {
  whitespace = dialect === "py2" ? "\t\n\x0b\x0c\r " : " \t\n\r\x0b\x0c";
});
/** The same in both versions (Python 2's does not use its own whitespace). */
export const printable = digits + ascii_letters + punctuation + " \t\n\r\x0b\x0c";
/** Python 2's locale-dependent names (Python 3 has none), as the C locale defines them. */
export const letters = ascii_letters;
export const lowercase = ascii_lowercase;
export const uppercase = ascii_uppercase;

// Python 2: string.f(s, ...) is s.f(...).
export const upper = (s: unknown): unknown => callMethod(s, "upper");
export const lower = (s: unknown): unknown => callMethod(s, "lower");
export const capitalize = (s: unknown): unknown => callMethod(s, "capitalize");
export const swapcase = (s: unknown): unknown => callMethod(s, "swapcase");
export const strip = (s: unknown, chars: unknown = null): unknown => callMethod(s, "strip", chars);
export const lstrip = (s: unknown, chars: unknown = null): unknown => callMethod(s, "lstrip", chars);
export const rstrip = (s: unknown, chars: unknown = null): unknown => callMethod(s, "rstrip", chars);
export const split = (s: unknown, sep: unknown = null, maxsplit: unknown = -1): unknown => callMethod(s, "split", sep, maxsplit);
export const find = (s: unknown, sub: unknown, ...range: unknown[]): unknown => callMethod(s, "find", sub, ...range);
export const rfind = (s: unknown, sub: unknown, ...range: unknown[]): unknown => callMethod(s, "rfind", sub, ...range);
export const count = (s: unknown, sub: unknown, ...range: unknown[]): unknown => callMethod(s, "count", sub, ...range);
export const replace = (s: unknown, old: unknown, replacement: unknown, ...max: unknown[]): unknown => callMethod(s, "replace", old, replacement, ...max);
export const zfill = (s: unknown, width: unknown): unknown => callMethod(s, "zfill", width);
export const ljust = (s: unknown, width: unknown, ...fill: unknown[]): unknown => callMethod(s, "ljust", width, ...fill);
export const rjust = (s: unknown, width: unknown, ...fill: unknown[]): unknown => callMethod(s, "rjust", width, ...fill);
export const center = (s: unknown, width: unknown, ...fill: unknown[]): unknown => callMethod(s, "center", width, ...fill);

/** Python 2's string.join(words, sep=' '). */
export function join(words: unknown, sep: unknown = " "): unknown {
  return callMethod(sep, "join", words);
}

export const joinfields = join;

/** Python 2's capwords(s, sep=None): each word capitalized. */
export function capwords(s: unknown, sep: unknown = null): unknown {
  const words = callMethod(s, "split", sep) as unknown[];
  return callMethod(sep === null ? " " : sep, "join", words.map((w) => callMethod(w, "capitalize")));
}

// `print(string)` and type() see this namespace as the module (builtins/modules.ts).
import * as self from "./index.js";
import { registerModule } from "../builtins/modules.js";
registerModule(self, "string");
