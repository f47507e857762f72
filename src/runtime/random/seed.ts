// What seed(a) feeds to init_by_array, per dialect. Python 3.11 (random.py and
// _randommodule.c): ints by absolute value, str/bytes (version 2) as the int of
// the bytes followed by their SHA-512 digest, version 1 with a 64-bit string
// hash, floats by hash(). Python 2.7: ints by absolute value, anything else by
// hash() taken unsigned (str hashes its bytes: UTF-8 for a JavaScript string).

import { createHash, randomFillSync } from "node:crypto";
import { ByteSequence } from "../builtins/bytes.js";
import { isPy2 } from "../builtins/dialect.js";
import { PyFloat } from "../builtins/float.js";
import { N } from "./mersenneTwister.js";
import { asBigInt, isIntValue } from "./numbers.js";
import { TypeError } from "../builtins/exceptions.js";
import { unsupported } from "./unsupported.js";
import { py2FloatHash, py2StringHash, py3FloatHash } from "./seedHash.js";
import { typeName } from "./sequences.js";

/** init_by_array's key, or null: seed from the operating system's randomness. */
export type SeedKey = Uint32Array | null;

/** An int's absolute value split into 32-bit words, least significant first ([0] for 0). */
export function keyOfInt(n: bigint): Uint32Array {
  if (n < 0n) n = -n;
  const words: number[] = [];
  while (n > 0n) {
    words.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  return Uint32Array.from(words.length === 0 ? [0] : words);
}

/** 624 words from the OS, like CPython's random_seed_urandom. */
export function urandomKey(): Uint32Array {
  return randomFillSync(new Uint32Array(N));
}

/** The bytes of a bytes or bytearray object. */
function bytesOf(v: unknown): Uint8Array | null {
  return v instanceof ByteSequence ? v.data : null;
}

function floatOf(v: unknown): number | null {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "number" && !Number.isInteger(v)) return v;
  return null;
}

export function seedKey(a: unknown, version: unknown): SeedKey {
  if (a === null || a === undefined) return urandomKey();
  if (isIntValue(a)) return keyOfInt(asBigInt(a));
  return isPy2() ? py2SeedKey(a) : py3SeedKey(a, version);
}

function py3SeedKey(a: unknown, version: unknown): SeedKey {
  const text = typeof a === "string" ? a : null;
  const bytes = bytesOf(a);
  if ((text !== null || bytes !== null) && (version === 1 || version === 2)) {
    if (version === 1) return keyOfInt(version1Hash(text !== null ? Array.from(text, (c) => c.codePointAt(0)!) : Array.from(bytes!)));
    const data = bytes ?? Buffer.from(text!, "utf8");
    const digest = createHash("sha512").update(data).digest();
    return keyOfInt(bigIntFromBytes(Buffer.concat([data, digest])));
  }
  const f = floatOf(a);
  if (f !== null) return Number.isNaN(f) ? urandomKey() : keyOfInt(py3FloatHash(f));
  if (text !== null || bytes !== null) {
    // Another version number hashes the str with the per-process randomised hash.
    return urandomKey();
  }
  throw new TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
}

/** random.py's version 1 string hash (code points; bytes are decoded as latin-1). */
function version1Hash(codes: readonly number[]): bigint {
  const mask = (1n << 64n) - 1n;
  let x = codes.length > 0 ? BigInt(codes[0]!) << 7n : 0n;
  for (const c of codes) x = ((1000003n * x) ^ BigInt(c)) & mask;
  return x ^ BigInt(codes.length);
}

function py2SeedKey(a: unknown): SeedKey {
  if (typeof a === "string") return keyOfInt(py2StringHash(Buffer.from(a, "utf8")));
  const bytes = bytesOf(a);
  if (bytes !== null) return keyOfInt(py2StringHash(bytes));
  const f = floatOf(a);
  if (f !== null) return keyOfInt(py2FloatHash(f));
  return unsupported(`random.seed() with a ${typeName(a)} argument under Python 2 (it seeds from hash(), which is not reproduced for this type)`);
}

/** int.from_bytes(data, 'big'). */
function bigIntFromBytes(data: Uint8Array): bigint {
  return data.length === 0 ? 0n : BigInt("0x" + Buffer.from(data).toString("hex"));
}
