// The exact sum a versioned loop keeps for an int accumulator whose value passes
// 2**53 (src/lower/fastLoops.ts): steps are added to two plain-number parts, a
// high one counted in units of `scale` and a low one, and folded into the int
// (number or bigint) only when a part nears 2**53. A step `a * b` whose product
// a double cannot hold is split as a = a1 * scale + a0, and the compiler picks a
// scale (a power of two) that keeps a1 * b and a0 * b within ±2**51.

import { intAdd, intMul, type Int } from "./int.js";

/** Either part is folded into the total once it passes this; every step adds at most 2**51. */
const FOLD_AT = 2 ** 52;

export class IntSum {
  private high = 0;
  private low = 0;

  constructor(
    private total: Int,
    private readonly scale: number,
  ) {}

  /** Adds a plain int within ±2**51. */
  add(x: number): void {
    this.low += x;
    if (this.low > FOLD_AT || this.low < -FOLD_AT) this.fold();
  }

  /** Adds a * b for plain ints whose split parts stay within ±2**51 (checked by the compiler). */
  addProduct(a: number, b: number): void {
    const a1 = Math.floor(a / this.scale);
    this.high += a1 * b;
    this.low += (a - a1 * this.scale) * b;
    if (this.high > FOLD_AT || this.high < -FOLD_AT || this.low > FOLD_AT || this.low < -FOLD_AT) this.fold();
  }

  /** The total with every step so far. */
  value(): Int {
    this.fold();
    return this.total;
  }

  private fold(): void {
    // `+ 0`: a part may be -0 (0 * -b), which is not an int.
    this.total = intAdd(intAdd(this.total, intMul(this.high + 0, this.scale)), this.low + 0);
    this.high = 0;
    this.low = 0;
  }
}
