// Tolerances for numbers that vary between recorded runs (timings, counts that
// depend on scheduling). The constants are the whole policy; docs/architecture.md §6
// gives the reasons.

import type { NumberField } from "./tokens.js";

/**
 * A field whose values at some aligned line differ by more than this fraction of
 * their magnitude is *free* (unseeded random numbers, startup-dominated timings).
 */
export const FREE_RELATIVE_SPREAD = 0.25;
/** Slack beyond the recorded range: this fraction of the magnitude ... */
export const RELATIVE_FLOOR = 0.1;
/** ... but at least this many units of the last printed digit. */
export const LAST_DIGIT_UNITS = 2;

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** (max - min) / max|v|; 0 when all values are 0. */
export function relativeSpread(values: readonly number[]): number {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const magnitude = Math.max(Math.abs(low), Math.abs(high));
  return magnitude === 0 ? 0 : (high - low) / magnitude;
}

/** The interval an actual value must fall in: the recorded range widened by spread + floor. */
export function toleranceInterval(recorded: readonly NumberField[]): Interval {
  const values = recorded.map((f) => f.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const magnitude = Math.max(Math.abs(low), Math.abs(high));
  const unit = Math.max(...recorded.map(lastDigitUnit));
  const slack = high - low + Math.max(RELATIVE_FLOOR * magnitude, LAST_DIGIT_UNITS * unit);
  return { low: low - slack, high: high + slack };
}

/** The value of one unit in the last printed digit: 0.01 for `2.05`, 1e-7 for `1.5e-06`. */
function lastDigitUnit(field: NumberField): number {
  if (field.shape === "exp") {
    const [mantissa, exponent] = field.text.split(/[eE]/);
    const point = mantissa.indexOf(".");
    const decimals = point < 0 ? 0 : mantissa.length - point - 1;
    return 10 ** (Number(exponent) - decimals);
  }
  return 10 ** -field.decimals;
}

export function formatInterval(interval: Interval): string {
  const show = (v: number) => Number(v.toPrecision(6)).toString();
  return `${show(interval.low)} to ${show(interval.high)}`;
}
