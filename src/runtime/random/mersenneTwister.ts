// MT19937, the generator behind CPython's _random.Random (Modules/_randommodule.c):
// Matsumoto and Nishimura's init_genrand/init_by_array seeding, 32-bit outputs,
// random() built from two outputs (53 bits) and getrandbits(k) filling 32-bit
// words from the least significant end. CPython 2.7 and 3.x share all of it.

import type { Int } from "./numbers.js";
import { normInt } from "./numbers.js";

export const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export class MersenneTwister {
  /** The 624-word state vector. */
  readonly mt = new Uint32Array(N);
  /** Next word to temper; N means "regenerate first". */
  index = N + 1;

  initGenrand(seed: number): void {
    const mt = this.mt;
    mt[0] = seed >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]!;
      mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    }
    this.index = N;
  }

  /** init_by_array: seeds from 32-bit words (an int's absolute value, least significant first). */
  initByArray(key: ArrayLike<number>): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000; // MSB is 1, assuring a non-zero initial array
  }

  private generate(): void {
    const mt = this.mt;
    let kk = 0;
    for (; kk < N - M; kk++) {
      const y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
      mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      const y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    const y = (mt[N - 1]! & UPPER_MASK) | (mt[0]! & LOWER_MASK);
    mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    this.index = 0;
  }

  /** genrand_uint32: the next tempered 32-bit output. */
  nextUint32(): number {
    if (this.index >= N) this.generate();
    let y = this.mt[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random_random: a 53-bit float in [0, 1). */
  random(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** getrandbits(k) for k >= 1; numbers for k <= 53, bigints (normalised) above. */
  getrandbits(k: number): Int {
    if (k <= 32) return this.nextUint32() >>> (32 - k);
    if (k <= 53) {
      const low = this.nextUint32();
      const high = this.nextUint32() >>> (64 - k);
      return high * 4294967296 + low;
    }
    let result = 0n;
    let shift = 0n;
    for (let remaining = k; remaining > 0; remaining -= 32, shift += 32n) {
      let word = this.nextUint32();
      if (remaining < 32) word >>>= 32 - remaining;
      result |= BigInt(word) << shift;
    }
    return normInt(result);
  }

  /** The state as CPython's getstate() tuple holds it: 624 words, then the index. */
  getState(): number[] {
    return [...this.mt, this.index];
  }

  setState(words: readonly number[], index: number): void {
    this.mt.set(words);
    this.index = index;
  }
}
