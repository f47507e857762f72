// Digits of an int in base 2, 8, 10 or 16, shared by %-formatting, format(),
// hex()/oct()/bin() and repr; Python 3.11's limit on decimal conversions of huge
// ints applies to base 10 only.

import { isPy2 } from "./dialect.js";
import { ValueError } from "./exceptions.js";
import type { Int } from "./int.js";

/** Python 3.11's default limit on int/str conversion (sys.get_int_max_str_digits()). */
export const MAX_STR_DIGITS = 4300;

/** The digits of a non-negative int in the radix (lower case). */
export function intDigits(n: Int, radix: number): string {
  const text = n.toString(radix);
  if (radix === 10 && typeof n === "bigint" && !isPy2() && text.length > MAX_STR_DIGITS) {
    throw new ValueError(
      `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  return text;
}
