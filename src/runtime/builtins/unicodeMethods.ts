// The methods of Python 2 unicode values (unicode.ts): the runtime's str methods
// run on the text with Unicode rules, byte-string arguments are decoded as ASCII,
// and text results come back as unicode (`u'a,b'.split(u',')` is a list of
// unicode). A byte string's method called with a unicode argument is promoted
// the same way (`'a,b'.split(u',')`, `','.join([u'a'])`), as CPython 2 does.

import { withUnicodeText } from "./dialect.js";
import { TypeError } from "./exceptions.js";
import { PyList } from "./list.js";
import { unicodeFormat } from "./strFormat.js";
import { decodeBytes, encodeText } from "./strEncode.js";
import { strMethod } from "./strMethods.js";
import { PyTuple } from "./tuple.js";
import { asciiDecode, PyUnicode, setUnicodePercentFormat, textOf } from "./unicode.js";
import { percentFormat } from "./percentFormat.js";

type Binder = (name: string, args: unknown[], kwargs: Record<string, unknown> | null) => unknown[];

/** u.name(*args, **kwargs); undefined when unicode has no such method. */
export function callUnicodeMethod(self: PyUnicode, name: string, args: unknown[], kwargs: Record<string, unknown> | null, bind: Binder): unknown {
  switch (name) {
    case "encode":
      return encodeText(self.text, ...(bind(name, args, kwargs) as [unknown?, unknown?]));
    case "decode":
      // Python 2's unicode.decode encodes with the default (ASCII) codec first.
      return new PyUnicode(decodeBytes(encodeText(self.text), ...(bind(name, args, kwargs) as [unknown?, unknown?])));
    case "format":
      return new PyUnicode(unicodeFormat(self.text, args, kwargs));
    case "join":
      return new PyUnicode(joinTexts(self.text, args[0]));
  }
  const method = strMethod(name);
  if (method === undefined) return undefined;
  const texts = args.map((a) => (a instanceof PyUnicode ? a.text : typeof a === "string" ? asciiDecode(a) : a));
  return wrapText(withUnicodeText(() => method(self.text, ...bind(name, texts, kwargs))));
}

/**
 * True when a byte string's method call must be promoted to unicode (an argument,
 * or a joined item, is unicode). Never str.format: its result is a byte string.
 */
export function promotesToUnicode(name: string, args: readonly unknown[]): boolean {
  if (name === "format") return false;
  if (args.some((a) => a instanceof PyUnicode)) return true;
  return name === "join" && (args[0] instanceof PyList || args[0] instanceof PyTuple) && (args[0] as unknown[]).some((a) => a instanceof PyUnicode);
}

/** `u'%s' % x`. */
export function unicodePercentFormat(format: string, values: unknown): PyUnicode {
  return new PyUnicode(withUnicodeText(() => percentFormat(format, values)));
}
setUnicodePercentFormat(unicodePercentFormat);

function joinTexts(separator: string, iterable: unknown): string {
  const parts: string[] = [];
  let i = 0;
  for (const item of iterable as Iterable<unknown>) {
    const text = textOf(item);
    if (text === null) throw new TypeError(`sequence item ${i}: expected string or Unicode, ${typeof item} found`);
    parts.push(text);
    i++;
  }
  return parts.join(separator);
}

/** Text results as unicode: a string, or a list/tuple of strings (split, partition). */
function wrapText(result: unknown): unknown {
  if (typeof result === "string") return new PyUnicode(result);
  if (result instanceof PyList) return PyList.fromArray(result.map((x) => (typeof x === "string" ? new PyUnicode(x) : x)));
  if (result instanceof PyTuple) return PyTuple.fromArray(result.map((x) => (typeof x === "string" ? new PyUnicode(x) : x)));
  return result;
}
