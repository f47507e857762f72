// Python's str methods as functions taking the string first:
// `s.split(",")` lowers to `strMethods.split(s, ",")` when s is known to be a
// str, and callMethod dispatches here at run time otherwise. Methods that exist
// in only one dialect are listed so that using the other raises AttributeError.

import { isPy2 } from "./dialect.js";
import { TypeError } from "./exceptions.js";
import { decodeBytes, decodeBytesCodec, encode } from "./strEncode.js";
import { PyUnicode } from "./unicode.js";
import { translate } from "./strTranslate.js";
import { takeTrailingKwargs } from "./kwargs.js";
import { strFormat, strFormatMap, type FormatKwargs } from "./strFormat.js";
import * as strCase from "./strCase.js";
import { intArgument, strLen } from "./strIndex.js";
import * as search from "./strSearch.js";
import * as splitting from "./strSplit.js";
import { typeName } from "./types.js";
import { unsupported } from "./unsupported.js";

const widthArg = intArgument;

function fillArg(v: unknown, method: string): string {
  if (typeof v === "string" && strLen(v) === 1) return v;
  if (isPy2()) throw new TypeError(`${method}() argument 2 must be char, not ${typeName(v)}`);
  if (typeof v !== "string") throw new TypeError(`The fill character must be a unicode character, not ${typeName(v)}`);
  throw new TypeError("The fill character must be exactly one character long");
}

/** s.center(width[, fillchar]), with CPython's rounding: 'a'.center(4) is ' a  '. */
export function center(s: string, width: unknown, fillchar: unknown = " "): string {
  const w = widthArg(width);
  const fill = fillArg(fillchar, "center");
  const margin = w - strLen(s);
  if (margin <= 0) return s;
  const left = Math.floor(margin / 2) + (margin & w & 1);
  return fill.repeat(left) + s + fill.repeat(margin - left);
}

export function ljust(s: string, width: unknown, fillchar: unknown = " "): string {
  const w = widthArg(width);
  const fill = fillArg(fillchar, "ljust");
  const margin = w - strLen(s);
  return margin <= 0 ? s : s + fill.repeat(margin);
}

export function rjust(s: string, width: unknown, fillchar: unknown = " "): string {
  const w = widthArg(width);
  const fill = fillArg(fillchar, "rjust");
  const margin = w - strLen(s);
  return margin <= 0 ? s : fill.repeat(margin) + s;
}

/** s.zfill(width): zeros after a leading sign. */
export function zfill(s: string, width: unknown): string {
  const margin = widthArg(width) - strLen(s);
  if (margin <= 0) return s;
  const signed = s[0] === "+" || s[0] === "-";
  return signed ? s[0] + "0".repeat(margin) + s.slice(1) : "0".repeat(margin) + s;
}

function affixArg(v: unknown, method: string): string {
  if (typeof v === "string") return v;
  throw new TypeError(`${method}() argument must be str, not ${typeName(v)}`);
}

export function removeprefix(s: string, prefix: unknown): string {
  const p = affixArg(prefix, "removeprefix");
  return p !== "" && s.startsWith(p) ? s.slice(p.length) : s;
}

export function removesuffix(s: string, suffix: unknown): string {
  const p = affixArg(suffix, "removesuffix");
  return p !== "" && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
}

/** Python 2's str.decode(encoding='ascii'): the bytes as unicode text. */
function decode(s: string, encoding: unknown = "ascii", errors: unknown = "strict"): PyUnicode | string {
  return decodeBytesCodec(s, encoding) ?? new PyUnicode(decodeBytes(s, encoding, errors));
}

type StrMethod = (self: string, ...args: any[]) => unknown;

/** Every str method, by Python name. */
export const strMethods = {
  upper: strCase.upper,
  lower: strCase.lower,
  casefold: strCase.casefold,
  title: strCase.title,
  capitalize: strCase.capitalize,
  swapcase: strCase.swapcase,
  isdigit: strCase.isdigit,
  isdecimal: strCase.isdecimal,
  isnumeric: strCase.isnumeric,
  isalpha: strCase.isalpha,
  isalnum: strCase.isalnum,
  isspace: strCase.isspace,
  isupper: strCase.isupper,
  islower: strCase.islower,
  istitle: strCase.istitle,
  isprintable: strCase.isprintable,
  isascii: strCase.isascii,
  isidentifier: strCase.isidentifier,
  find: search.find,
  rfind: search.rfind,
  index: search.index,
  rindex: search.rindex,
  count: search.count,
  startswith: search.startswith,
  endswith: search.endswith,
  replace: search.replace,
  partition: search.partition,
  rpartition: search.rpartition,
  split: splitting.split,
  rsplit: splitting.rsplit,
  splitlines: splitting.splitlines,
  strip: splitting.strip,
  lstrip: splitting.lstrip,
  rstrip: splitting.rstrip,
  join: splitting.join,
  expandtabs: splitting.expandtabs,
  center,
  ljust,
  rjust,
  zfill,
  removeprefix,
  removesuffix,
  format: (s: string, ...args: unknown[]) => {
    const kwargs = takeTrailingKwargs(args);
    return strFormat(s, args, kwargs);
  },
  format_map: (s: string, mapping: FormatKwargs) => strFormatMap(s, mapping),
  decode,
  encode,
  translate,
} satisfies Record<string, StrMethod>;

const PY3_ONLY = new Set(["casefold", "isdecimal", "isnumeric", "isprintable", "isascii", "isidentifier", "removeprefix", "removesuffix", "format_map"]);
const PY2_ONLY = new Set(["decode"]);

/** The str method of this name in the running dialect, or undefined. */
export function strMethod(name: string): StrMethod | undefined {
  if (!Object.prototype.hasOwnProperty.call(strMethods, name)) return undefined;
  if (isPy2() ? PY3_ONLY.has(name) : PY2_ONLY.has(name)) return undefined;
  return (strMethods as Record<string, StrMethod>)[name];
}
