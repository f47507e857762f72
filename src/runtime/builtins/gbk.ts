// The Chinese codecs 'gbk' (cp936) and 'gb2312' (euc_cn), for text in the corpus's
// style (`'中文'.encode('gbk')`), in both dialects. The GBK table comes from the
// platform's GBK decoder (ICU, through TextDecoder), read once, lazily, over every
// two-byte code (lead byte 0x81-0xFE, trail 0x40-0xFE except 0x7F): about 22,000
// characters, one code each (CPython's gbk is a bijection on them too). GB2312 is
// GBK's rows A1-F7 x A1-FE less what GBK added there, with two characters CPython
// maps differently. gbk.test.ts checks both directions of both codecs against
// CPython digests. Only strict errors are supported.

import { isPy2 } from "./dialect.js";
import { UnicodeDecodeError } from "./exceptions.js";
import { PyBytes } from "./bytes.js";
import { unicodeEncodeError } from "./unicode.js";
import { unsupported } from "./unsupported.js";

export type ChineseCodec = "gbk" | "gb2312";

interface Tables {
  /** Code point -> two-byte code (lead << 8 | trail). */
  encode: Map<number, number>;
  /** Two-byte code -> code point. */
  decode: Map<number, number>;
}

let gbk: Tables | null = null;

function gbkTables(): Tables {
  if (gbk !== null) return gbk;
  const tables: Tables = { encode: new Map(), decode: new Map() };
  const decoder = new TextDecoder("gbk", { fatal: true });
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      let text: string;
      try {
        text = decoder.decode(pair);
      } catch {
        continue;
      }
      const cp = text.codePointAt(0)!;
      // The decoder maps GBK's user-defined areas to the Private Use Area; CPython's gbk does not.
      if (text.length !== 1 || tables.encode.has(cp) || (cp >= 0xe000 && cp <= 0xf8ff)) continue;
      const code = (lead << 8) | trail;
      tables.encode.set(cp, code);
      tables.decode.set(code, cp);
    }
  }
  return (gbk = tables);
}

/** Codes in GB2312's rows that only GBK assigns (CPython's gb2312 refuses them). */
const GB2312_GAPS = new Set([
  0xa2a1, 0xa2a2, 0xa2a3, 0xa2a4, 0xa2a5, 0xa2a6, 0xa2a7, 0xa2a8, 0xa2a9, 0xa2aa, 0xa6e0, 0xa6e1, 0xa6e2, 0xa6e3,
  0xa6e4, 0xa6e5, 0xa6e6, 0xa6e7, 0xa6e8, 0xa6e9, 0xa6ea, 0xa6eb, 0xa6ee, 0xa6ef, 0xa6f0, 0xa6f1, 0xa6f2, 0xa6f4,
  0xa6f5, 0xa8bb, 0xa8bd, 0xa8be, 0xa8c0,
]);

/** GB2312's katakana middle dot and horizontal bar, where GBK has U+00B7 and U+2014. */
const GB2312_OWN = new Map([
  [0xa1a4, 0x30fb],
  [0xa1aa, 0x2015],
]);
const GB2312_OWN_CODES = new Map([...GB2312_OWN].map(([code, cp]) => [cp, code]));

function inGb2312(code: number): boolean {
  const lead = code >> 8;
  const trail = code & 0xff;
  return lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe && !GB2312_GAPS.has(code);
}

/** The character of a two-byte code, or undefined. */
function decodeCode(code: number, codec: ChineseCodec): number | undefined {
  if (codec === "gb2312") {
    if (!inGb2312(code)) return undefined;
    const own = GB2312_OWN.get(code);
    if (own !== undefined) return own;
  }
  return gbkTables().decode.get(code);
}

/** The two-byte code of a character, or undefined. */
function encodeChar(cp: number, codec: ChineseCodec): number | undefined {
  if (codec === "gbk") return gbkTables().encode.get(cp);
  const code = GB2312_OWN_CODES.get(cp) ?? gbkTables().encode.get(cp);
  return code !== undefined && decodeCode(code, "gb2312") === cp ? code : undefined;
}

/** text.encode('gbk'); UnicodeEncodeError for a character the codec lacks. */
export function encodeGbk(text: string, codec: ChineseCodec, errors: string): PyBytes {
  const out: number[] = [];
  let i = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const code = cp < 0x80 ? cp : encodeChar(cp, codec);
    if (code === undefined) {
      // Only a character the codec lacks needs the handler (CPython looks it up then).
      if (errors !== "strict") unsupported(`the '${errors}' error handler with the ${codec} codec`);
      throw unicodeEncodeError(codec, text, i, i + 1, "illegal multibyte sequence");
    }
    if (code < 0x80) out.push(code);
    else out.push(code >> 8, code & 0xff);
    i++;
  }
  return PyBytes.ofArray(out);
}

/**
 * bytes.decode('gbk'), Python 2 str.decode('gbk'). A lead byte at the end is an
 * incomplete sequence; an invalid pair is illegal, and CPython 2 reports both of
 * its bytes where CPython 3 reports the lead byte alone.
 */
export function decodeGbk(data: Uint8Array, codec: ChineseCodec, errors: string): string {
  if (errors !== "strict") return unsupported(`the '${errors}' error handler with the ${codec} codec`);
  let out = "";
  for (let i = 0; i < data.length; i++) {
    const lead = data[i]!;
    if (lead < 0x80) {
      out += String.fromCharCode(lead);
      continue;
    }
    if (i + 1 === data.length) throw decodeError(codec, data, i, i + 1, "incomplete multibyte sequence");
    const cp = decodeCode((lead << 8) | data[i + 1]!, codec);
    if (cp === undefined) throw decodeError(codec, data, i, i + (isPy2() ? 2 : 1), "illegal multibyte sequence");
    out += String.fromCodePoint(cp);
    i++;
  }
  return out;
}

/** The error's object is what was decoded: bytes, or Python 2's byte string. */
function decodeError(codec: ChineseCodec, data: Uint8Array, start: number, end: number, reason: string): UnicodeDecodeError {
  const object = isPy2() ? Buffer.from(data).toString("latin1") : PyBytes.ofArray(data);
  return new UnicodeDecodeError(codec, object, start, end, reason);
}
