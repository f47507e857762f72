// Accumulators past 2**53 in a versioned loop (fastLoops.ts): a local the body only
// steps (`total += e`), never reads otherwise and whose range is not safe is summed
// exactly in number parts by the runtime's IntSum and written back when the loop
// ends, instead of a bigint addition per step.
//
//   total += i * i * i   ->   totalSum.addProduct(i * i, i)
//
// Every step must be a plain int within ±2**51 (`add`) or a product of two plain ints
// that a power-of-two split keeps within ±2**51 per part (`addProduct(a, b)`, a split
// as a1 * scale + a0 with a0 in [0, scale)).

import type { PySymbol } from "../analyze/index.js";
import type * as ast from "../parse/ast.js";
import type { Binding } from "./fastLoopPlan.js";
import * as iv from "./intervals.js";
import type { Interval } from "./intervals.js";

/** How one `total += ...` statement adds to its sum. */
export interface SumStep {
  readonly symbol: PySymbol;
  /** What `+=` adds (or `-=` takes away). */
  readonly value: ast.Expression;
  readonly negated: boolean;
  /** For `addProduct(split, other)`; null for `add(value)`. */
  readonly product: { readonly split: ast.Expression; readonly other: ast.Expression } | null;
}

/** What the sum analysis needs from the loop analysis. */
export interface SumAnalysisView {
  readonly bindings: ReadonlyMap<PySymbol, Binding>;
  rangeOfSymbol(symbol: PySymbol): Interval | null;
  /** The range of an expression held as a plain number (its entry assumptions become guards). */
  plainRange(node: ast.Expression): Interval | null;
  /** Marks an expression (and its parts) as lowered to plain numbers. */
  record(node: ast.Expression): void;
  /** True when the loop body reads the local (beyond its own `+=` targets). */
  isRead(symbol: PySymbol): boolean;
}

const PART_LIMIT = 2n ** 51n;

export function findSums(view: SumAnalysisView): { scales: Map<PySymbol, bigint>; steps: Map<ast.AugAssign, SumStep> } {
  const scales = new Map<PySymbol, bigint>();
  const steps = new Map<ast.AugAssign, SumStep>();
  for (const [symbol, binding] of view.bindings) {
    if (binding.unknown || binding.resets.length > 0 || binding.steps.length === 0) continue;
    if (binding.steps.some((s) => s.statement === undefined) || view.rangeOfSymbol(symbol) !== null || view.isRead(symbol)) continue;
    const planned = binding.steps.map((s) => planStep(view, s.step));
    if (planned.some((p) => p === null)) continue;
    // One scale serves every product step of this sum: the largest any of them needs.
    let scale = 1n;
    for (const p of planned) if (p!.scale > scale) scale = p!.scale;
    if (!planned.every((p) => p!.product === null || splitFits(p!.product.splitRange, p!.product.otherRange, scale))) continue;
    binding.steps.forEach((s, i) => {
      const p = planned[i]!;
      if (p.product) {
        view.record(p.product.split);
        view.record(p.product.other);
      } else {
        view.record(s.step);
      }
      steps.set(s.statement!, { symbol, value: s.step, negated: s.negated, product: p.product && { split: p.product.split, other: p.product.other } });
    });
    scales.set(symbol, scale);
  }
  return { scales, steps };
}

interface PlannedStep {
  readonly scale: bigint;
  readonly product: { readonly split: ast.Expression; readonly other: ast.Expression; readonly splitRange: Interval; readonly otherRange: Interval } | null;
}

function planStep(view: SumAnalysisView, step: ast.Expression): PlannedStep | null {
  const range = view.plainRange(step);
  if (range !== null && iv.within(range, PART_LIMIT)) return { scale: 1n, product: null };
  if (step.kind !== "BinOp" || step.op !== "Mult") return null;
  const left = view.plainRange(step.left);
  const right = view.plainRange(step.right);
  if (left === null || right === null) return null;
  // The scale that keeps the larger part smallest: the parts then reach 2**52, where
  // IntSum folds them into the total, as rarely as possible.
  let best: PlannedStep | null = null;
  let bestPart = PART_LIMIT + 1n;
  for (const [split, other, splitRange, otherRange] of [
    [step.left, step.right, left, right],
    [step.right, step.left, right, left],
  ] as const) {
    for (let bits = 0n; bits <= 52n; bits++) {
      const part = largestPart(splitRange, otherRange, 2n ** bits);
      if (part < bestPart) {
        bestPart = part;
        best = { scale: 2n ** bits, product: { split, other, splitRange, otherRange } };
      }
    }
  }
  return best;
}

function splitFits(a: Interval, b: Interval, scale: bigint): boolean {
  return largestPart(a, b, scale) <= PART_LIMIT;
}

/** a = a1 * scale + a0 with a0 in [0, scale): the larger of |a1 * b| and |a0 * b|. */
function largestPart(a: Interval, b: Interval, scale: bigint): bigint {
  const bMax = b.hi > -b.lo ? b.hi : -b.lo;
  const low = iv.floorQuotient(a.lo, scale);
  const high = iv.floorQuotient(a.hi, scale);
  const a1Max = high > -low ? high : -low;
  const highPart = a1Max * bMax;
  const lowPart = (scale - 1n) * bMax;
  return highPart > lowPart ? highPart : lowPart;
}
