// Decoding bytes to str for bytes.decode(): UTF-8 with CPython's error positions
// and reasons ("invalid start byte", "invalid continuation byte", "unexpected end
// of data"), ASCII and Latin-1; errors='strict', 'replace', 'ignore',
// 'backslashreplace'; GBK and GB2312 (gbk.ts). codecLookup.ts resolves the name.

import { LookupError, UnicodeDecodeError } from "./exceptions.js";
import { PyBytes } from "./bytes.js";
import { decodeGbk } from "./gbk.js";
import { lookupCodec } from "./codecLookup.js";

interface DecodeFailure {
  start: number;
  end: number;
  reason: string;
}

/** The length of the valid UTF-8 sequence at `i`, or the failure CPython reports there. */
function utf8Sequence(data: Uint8Array, i: number): number | DecodeFailure {
  const b = data[i]!;
  if (b < 0x80) return 1;
  let need: number;
  let low = 0x80;
  let high = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) low = 0xa0;
    if (b === 0xed) high = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) low = 0x90;
    if (b === 0xf4) high = 0x8f;
  } else {
    return { start: i, end: i + 1, reason: "invalid start byte" };
  }
  for (let k = 1; k <= need; k++) {
    if (i + k >= data.length) return { start: i, end: data.length, reason: "unexpected end of data" };
    const c = data[i + k]!;
    const lo = k === 1 ? low : 0x80;
    const hi = k === 1 ? high : 0xbf;
    if (c < lo || c > hi) return { start: i, end: i + k, reason: "invalid continuation byte" };
  }
  return need + 1;
}

const utf8Decoder = new TextDecoder("utf-8", { fatal: true });

function decodeUtf8(data: Uint8Array, codec: string, errors: string): string {
  let out = "";
  let runStart = 0;
  let i = 0;
  while (i < data.length) {
    const step = utf8Sequence(data, i);
    if (typeof step === "number") {
      i += step;
      continue;
    }
    out += utf8Decoder.decode(data.subarray(runStart, i));
    out += handleError(data, codec, step, errors);
    i = step.end;
    runStart = i;
  }
  return out + utf8Decoder.decode(data.subarray(runStart));
}

function decodeSingleByte(data: Uint8Array, codec: string, limit: number, errors: string): string {
  let out = "";
  for (let i = 0; i < data.length; i++) {
    const b = data[i]!;
    if (b < limit) out += String.fromCharCode(b);
    else out += handleError(data, codec, { start: i, end: i + 1, reason: `ordinal not in range(${limit})` }, errors);
  }
  return out;
}

function handleError(data: Uint8Array, codec: string, failure: DecodeFailure, errors: string): string {
  switch (errors) {
    case "strict":
      throw new UnicodeDecodeError(codec, PyBytes.ofArray(data), failure.start, failure.end, failure.reason);
    case "replace":
      return "\ufffd";
    case "ignore":
      return "";
    case "backslashreplace": {
      let out = "";
      for (let k = failure.start; k < failure.end; k++) out += "\\x" + data[k]!.toString(16).padStart(2, "0");
      return out;
    }
    default:
      throw new LookupError(`unknown error handler name '${errors}'`);
  }
}

/** bytes.decode(encoding, errors). */
export function decodeBytes(data: Uint8Array, encoding: string, errors: string): string {
  const codec = lookupCodec(encoding);
  switch (codec) {
    case "utf-8":
      return decodeUtf8(data, codec, errors);
    case "ascii":
      return decodeSingleByte(data, codec, 0x80, errors);
    case "latin-1":
      return decodeSingleByte(data, codec, 0x100, errors);
    default:
      return decodeGbk(data, codec, errors);
  }
}
