// The GBK codec ('gbk', 'gb2312', 'cp936'), for Chinese text in the corpus's style
// (`'中文'.encode('gbk')`). Decoding uses the platform's GBK decoder (ICU, through
// TextDecoder); encoding inverts it once, lazily, over every two-byte GBK code
// (lead byte 0x81-0xFE, trail 0x40-0xFE except 0x7F): about 22,000 characters.
// Only strict errors are supported.

import { UnicodeDecodeError, UnicodeEncodeError } from "./exceptions.js";
import { PyBytes } from "./bytes.js";
import { unsupported } from "./unsupported.js";

export const GBK_NAMES = new Set(["gbk", "gb2312", "cp936", "936", "ms936", "gb-2312", "euc-cn"]);

let table: Map<number, number> | null = null;

/** Code point -> two-byte code (lead << 8 | trail). */
function encodeTable(): Map<number, number> {
  if (table !== null) return table;
  table = new Map();
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
      if (text.length === 1 && !table.has(cp) && !(cp >= 0xe000 && cp <= 0xf8ff)) table.set(cp, (lead << 8) | trail);
    }
  }
  return table;
}

/** text.encode('gbk'); UnicodeEncodeError for a character GBK lacks. */
export function encodeGbk(text: string, codec: string, errors: string): PyBytes {
  const out: number[] = [];
  const chars = Array.from(text);
  chars.forEach((ch, i) => {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      out.push(cp);
      return;
    }
    const code = encodeTable().get(cp);
    if (code === undefined) {
      // Only a character GBK lacks needs the handler (CPython looks it up then).
      if (errors !== "strict") unsupported(`the '${errors}' error handler with the ${codec} codec`);
      throw new UnicodeEncodeError(codec, text, i, i + 1, "illegal multibyte sequence");
    }
    out.push(code >> 8, code & 0xff);
  });
  return PyBytes.ofArray(out);
}

/** bytes.decode('gbk'). */
export function decodeGbk(data: Uint8Array, codec: string, errors: string): string {
  if (errors !== "strict") return unsupported(`the '${errors}' error handler with the ${codec} codec`);
  try {
    return new TextDecoder("gbk", { fatal: true }).decode(data);
  } catch {
    const at = firstInvalid(data);
    throw new UnicodeDecodeError(codec, PyBytes.ofArray(data), at, at + 1, "illegal multibyte sequence");
  }
}

function firstInvalid(data: Uint8Array): number {
  for (let i = 0; i < data.length; i++) {
    if (data[i]! < 0x80) continue;
    try {
      new TextDecoder("gbk", { fatal: true }).decode(data.subarray(i, i + 2));
      i++;
    } catch {
      return i;
    }
  }
  return 0;
}
