// What the algorithms of random.py need from a generator: random() and
// getrandbits(). Random uses the Mersenne Twister; SystemRandom the OS.

import { randomFillSync } from "node:crypto";
import { normInt, type Int } from "./numbers.js";

export interface BitGenerator {
  /** A float in [0, 1) with 53 random bits, as a raw double. */
  random(): number;
  /** An int with k >= 1 random bits. */
  getrandbits(k: number): Int;
}

/** SystemRandom's source: os.urandom (Lib/random.py SystemRandom). */
export class OsBitGenerator implements BitGenerator {
  random(): number {
    // (int.from_bytes(urandom(7)) >> 3) * 2**-53
    const bytes = randomFillSync(new Uint8Array(7));
    let n = 0;
    for (const b of bytes) n = n * 256 + b;
    return Math.floor(n / 8) * 2 ** -53;
  }

  getrandbits(k: number): Int {
    const count = Math.ceil(k / 8);
    const bytes = randomFillSync(new Uint8Array(count));
    let n = 0n;
    for (const b of bytes) n = (n << 8n) | BigInt(b);
    return normInt(n >> BigInt(count * 8 - k));
  }
}
