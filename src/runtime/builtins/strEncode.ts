// str.encode(encoding='utf-8', errors='strict') for UTF-8, ASCII, Latin-1, GBK
// and GB2312 (codecLookup.ts resolves the name), with CPython's error handlers
// (ignore, replace, xmlcharrefreplace, backslashreplace) and UnicodeEncodeError
// for the first run of characters the codec cannot encode. Python 2's str is bytes in the runtime's model
// (docs/architecture.md §4): unicode text encodes to it and it decodes to unicode.

import { isPy2 } from "./dialect.js";
import { LookupError, TypeError } from "./exceptions.js";
import { PyBytes } from "./bytes.js";
import { typeName } from "./types.js";
import { unsupported } from "./unsupported.js";
import { asciiDecode, unicodeEncodeError, utf8Decode, utf8Encode } from "./unicode.js";
import { decodeGbk, encodeGbk } from "./gbk.js";
import { lookupCodec, type Codec } from "./codecLookup.js";

function argumentMessage(name: string, position: number, value: unknown): string {
  return isPy2()
    ? `encode() argument ${position} must be string, not ${typeName(value)}`
    : `encode() argument '${name}' must be str, not ${typeName(value)}`;
}

const ERROR_HANDLERS = new Set(["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace"]);
const KNOWN_UNSUPPORTED_HANDLERS = new Set(["namereplace", "surrogateescape", "surrogatepass"]);

/** Python 2's bytes-to-bytes codecs: 'hex' and 'base64' (str.encode and str.decode). */
const PY2_BYTES_CODECS: Record<string, { encode(bytes: string): string; decode(bytes: string): string }> = {
  hex: {
    encode: (b) => Buffer.from(b, "latin1").toString("hex"),
    decode: (b) => {
      if (b.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(b)) throw new TypeError(b.length % 2 !== 0 ? "Odd-length string" : "Non-hexadecimal digit found");
      return Buffer.from(b, "hex").toString("latin1");
    },
  },
  base64: {
    // base64.encodestring: 76-character lines, each ending with a newline.
    encode: (b) => (Buffer.from(b, "latin1").toString("base64").match(/.{1,76}/g) ?? []).map((line) => line + "\n").join(""),
    decode: (b) => Buffer.from(b, "base64").toString("latin1"),
  },
};

function py2BytesCodec(encoding: unknown): (typeof PY2_BYTES_CODECS)[string] | undefined {
  if (!isPy2() || typeof encoding !== "string") return undefined;
  const name = encoding.toLowerCase().replace(/[-_]codec$/, "").replace(/_/g, "");
  return PY2_BYTES_CODECS[name === "base64" ? "base64" : name];
}

/** s.encode(encoding='utf-8', errors='strict') */
export function encode(s: string, encoding: unknown = "utf-8", errors: unknown = "strict"): PyBytes | string {
  const bytesCodec = py2BytesCodec(encoding);
  if (bytesCodec !== undefined) return bytesCodec.encode(s);
  if (typeof encoding !== "string") throw new TypeError(argumentMessage("encoding", 1, encoding));
  if (typeof errors !== "string") throw new TypeError(argumentMessage("errors", 2, errors));
  if (isPy2()) {
    // CPython 2 finds the codec, then decodes the byte string as ASCII (the default encoding).
    const codec = lookupCodec(encoding);
    return encodePy2(asciiDecode(s), codec, errors);
  }
  return encodeStr(s, encoding, errors);
}

/**
 * Python 3's str `s` in `encoding`: str.encode, and bytes() or bytearray() of a
 * str. As in CPython, the error handler is looked up only when a character needs it.
 */
export function encodeStr(s: string, encoding: string, errors: string): PyBytes {
  return encodeWith(s, lookupCodec(encoding), errors);
}

/** Text in one of the runtime's codecs. */
function encodeWith(s: string, codec: Codec, errors: string): PyBytes {
  if (codec === "gbk" || codec === "gb2312") return encodeGbk(s, codec, errors);
  const limit = codec === "ascii" ? 0x80 : codec === "latin-1" ? 0x100 : 0x110000;
  const reason = codec === "utf-8" ? "surrogates not allowed" : `ordinal not in range(${limit})`;
  const out: number[] = [];
  const chars = Array.from(s);
  for (let i = 0; i < chars.length; i++) {
    const cp = chars[i]!.codePointAt(0)!;
    const encodable = codec === "utf-8" ? cp < 0xd800 || cp > 0xdfff : cp < limit;
    if (encodable) {
      pushChar(out, cp, codec);
      continue;
    }
    let end = i + 1;
    while (end < chars.length && !isEncodable(chars[end]!.codePointAt(0)!, codec, limit)) end++;
    if (errors === "strict") throw unicodeEncodeError(codec, s, i, end, reason);
    checkErrorHandler(errors);
    for (let k = i; k < end; k++) replaceChar(out, chars[k]!.codePointAt(0)!, errors);
    i = end - 1;
  }
  return PyBytes.ofArray(out);
}

/** Python 2: text in one of the runtime's codecs, as a byte string. Its UTF-8 encodes every code point. */
function encodePy2(text: string, codec: Codec, errors: string): string {
  if (codec === "utf-8") return utf8Encode(text);
  return Buffer.from(encodeWith(text, codec, errors).data).toString("latin1");
}

/** bytes(s, encoding, errors) and bytearray(s, encoding, errors) of a str `s`: CPython's argument checks, then s.encode(). */
export function encodeForConstructor(constructor: string, s: string, encoding: unknown, errors: unknown): PyBytes {
  if (encoding === undefined) throw new TypeError("string argument without an encoding");
  if (typeof encoding !== "string") throw new TypeError(`${constructor}() argument 'encoding' must be str, not ${clinicTypeName(encoding)}`);
  if (errors !== undefined && typeof errors !== "string") throw new TypeError(`${constructor}() argument 'errors' must be str, not ${clinicTypeName(errors)}`);
  return encodeStr(s, encoding, errors ?? "strict");
}

/** How CPython's argument clinic names a wrong argument's type: None, not NoneType. */
function clinicTypeName(value: unknown): string {
  return value === null ? "None" : typeName(value);
}

/** bytes() or bytearray() given an encoding or errors but no str: CPython's TypeError. */
export function checkNoEncoding(encoding: unknown, errors: unknown): void {
  if (encoding !== undefined) throw new TypeError("encoding without a string argument");
  if (errors !== undefined) throw new TypeError("errors without a string argument");
}

/** CPython's handlers the runtime lacks are reported; a name CPython does not know is its LookupError. */
function checkErrorHandler(errors: string): void {
  if (ERROR_HANDLERS.has(errors)) return;
  if (KNOWN_UNSUPPORTED_HANDLERS.has(errors)) unsupported(`the '${errors}' encoding error handler`);
  throw new LookupError(`unknown error handler name '${errors}'`);
}

function isEncodable(cp: number, codec: string, limit: number): boolean {
  return codec === "utf-8" ? cp < 0xd800 || cp > 0xdfff : cp < limit;
}

const encoder = new TextEncoder();

function pushChar(out: number[], cp: number, codec: string): void {
  if (codec !== "utf-8" || cp < 0x80) {
    out.push(cp);
    return;
  }
  for (const byte of encoder.encode(String.fromCodePoint(cp))) out.push(byte);
}

function replaceChar(out: number[], cp: number, errors: string): void {
  let text: string;
  if (errors === "ignore") return;
  if (errors === "replace") text = "?";
  else if (errors === "xmlcharrefreplace") text = `&#${cp};`;
  else text = cp <= 0xff ? `\\x${cp.toString(16).padStart(2, "0")}` : cp <= 0xffff ? `\\u${cp.toString(16).padStart(4, "0")}` : `\\U${cp.toString(16).padStart(8, "0")}`;
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i));
}

/** Python 2: unicode text encoded to a byte string. */
export function encodeText(text: string, encoding: unknown = "ascii", errors: unknown = "strict"): string {
  if (typeof encoding !== "string") throw new TypeError(argumentMessage("encoding", 1, encoding));
  if (typeof errors !== "string") throw new TypeError(argumentMessage("errors", 2, errors));
  return encodePy2(text, lookupCodec(encoding), errors);
}

/** Python 2: `s.decode('hex')` gives bytes back (a bytes-to-bytes codec), else undefined. */
export function decodeBytesCodec(bytes: string, encoding: unknown): string | undefined {
  return py2BytesCodec(encoding)?.decode(bytes);
}

/** Python 2: a byte string decoded to text. */
export function decodeBytes(bytes: string, encoding: unknown = "ascii", errors: unknown = "strict"): string {
  if (typeof encoding !== "string") throw new TypeError(`decode() argument 1 must be string, not ${typeName(encoding)}`);
  const codec = lookupCodec(encoding);
  if (errors !== "strict") return unsupported(`the '${String(errors)}' decoding error handler in Python 2`);
  switch (codec) {
    case "utf-8":
      return utf8Decode(bytes);
    case "ascii":
      return asciiDecode(bytes);
    case "latin-1":
      return bytes; // each byte is the character of that number
    default:
      return decodeGbk(Buffer.from(bytes, "latin1"), codec, errors);
  }
}
