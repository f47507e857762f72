// The analysis behind loop versioning (fastLoops.ts): for a counting loop whose
// body is plain arithmetic, find guards (the stop at most L, some int locals within
// ±B on entry) under which every int the body computes provably stays a safe
// integer, and which int expressions may then be plain JavaScript arithmetic.
//
// Interval reasoning, flow-insensitive per variable: a variable the body only sets
// (`x = e`) lies in the hull of its values; one it also steps (`x += e`) moves at
// most (number of executions) × (largest step) from that hull. Anything else
// (`x *= 2`, `a, b = b, a + b`, a call's result) is unknown and keeps the exact helpers;
// an accumulator that passes 2**53 may still be summed exactly (fastLoopSums.ts).

import type { PySymbol } from "../analyze/index.js";
import { SymbolFlags } from "../analyze/index.js";
import type * as ast from "../parse/ast.js";
import { walk } from "../parse/forEachChild.js";
import type { LowerContext } from "./context.js";
import * as iv from "./intervals.js";
import type { Interval } from "./intervals.js";
import type { RangeShape } from "./loops.js";
import { findSums, type SumStep } from "./fastLoopSums.js";

export interface FastLoopPlan {
  /** `intAtMost(stop, stopBound)` when the stop is an expression. */
  readonly stopBound: bigint | null;
  /** Int locals checked on entry: `intWithin(x, bound)`. */
  readonly entryGuards: ReadonlyArray<{ readonly symbol: PySymbol; readonly bound: bigint }>;
  /** Int expressions of the body that are plain numbers under the guards, with their ranges. */
  readonly ranges: ReadonlyMap<ast.Expression, Interval>;
  /** Accumulators summed exactly in number parts (fastLoopSums.ts): the scale of each, and their steps. */
  readonly sums: ReadonlyMap<PySymbol, bigint>;
  readonly sumSteps: ReadonlyMap<ast.AugAssign, SumStep>;
}

// Below 2**16 steps a loop is too short for its speed to matter.
const STOP_BOUNDS = [31n, 26n, 21n, 16n].map((e) => 2n ** e);
const ENTRY_BOUNDS = [40n, 31n, 21n].map((e) => 2n ** e);
/** Floor division and modulo of plain numbers are exact for operands within ±2**52 (fastLoops.ts). */
const DIVISION_BOUND = 2n ** 52n;

/** The guards and plain expressions for `loop`, or null when versioning would not make anything plain. */
export function planFastLoop(ctx: LowerContext, loop: ast.For, shape: RangeShape, countedShape: (stmt: ast.For) => RangeShape | null): FastLoopPlan | null {
  if (ctx.frame.scope.kind !== "function" || shape.step <= 0n) return null;
  if (!loop.body.every((stmt) => isComputeStatement(ctx, stmt))) return null;
  const stopBounds = shape.stop.kind === "literal" ? [null] : STOP_BOUNDS;
  let best: { plan: FastLoopPlan; score: number } | null = null;
  for (const stopBound of stopBounds) {
    for (const entryBound of ENTRY_BOUNDS) {
      const result = new LoopAnalysis(ctx, loop, shape, countedShape, stopBound, entryBound).run();
      // The most plain operations, then the widest bounds (long loops are the ones that matter).
      if (result.score > 0 && (best === null || result.score > best.score)) best = result;
    }
  }
  return best?.plan ?? null;
}

const KERNEL_NODES = new Set(["Assign", "AugAssign", "If", "For", "While", "Break", "Continue", "Pass", "Name", "Constant", "BinOp", "UnaryOp", "BoolOp", "Compare", "IfExp", "Subscript", "Slice", "Tuple", "List"]);
const KERNEL_BUILTINS = ["range", "xrange", "len", "abs", "min", "max"];

/** Statements a numeric kernel is made of: no calls other than a few builtins, no nested scopes. */
function isComputeStatement(ctx: LowerContext, stmt: ast.Stmt): boolean {
  let ok = true;
  walk(stmt, (node) => {
    if (!ok) return false;
    if (node.kind === "Call") ok = node.keywords.length === 0 && node.func.kind === "Name" && ctx.resolution(node.func).kind === "builtin" && KERNEL_BUILTINS.includes(node.func.id);
    else ok = KERNEL_NODES.has(node.kind);
    return ok;
  });
  return ok;
}

/** How often a statement can run in one entry to the loop (null: unbounded); computed once all bindings are known. */
type Count = () => bigint | null;

export interface Binding {
  /** `x = value` */
  readonly resets: ast.Expression[];
  /** `x += step` (or `x -= step`, negated), with how often the statement can run (null: unbounded). */
  readonly steps: Array<{ readonly step: ast.Expression; readonly negated: boolean; readonly count: Count; readonly statement?: ast.AugAssign }>;
  /** Bound in a way the analysis does not follow. */
  unknown: boolean;
}

class LoopAnalysis {
  private readonly scope: LowerContext["frame"]["scope"];
  private readonly bindings = new Map<PySymbol, Binding>();
  /** The loop variable (and a plain-local stop), whose ranges are known up front. */
  private readonly counters = new Map<PySymbol, Interval | null>();
  /** Loop variables of counting loops inside: their ranges follow from their stops, computed on demand. */
  private readonly lazyCounters = new Map<PySymbol, () => Interval | null>();
  private readonly symbolRanges = new Map<PySymbol, Interval | null | "computing">();
  private readonly killedBeforeRead = new Set<PySymbol>();
  /**
   * Entry assumptions (a local within ±entryBound when the loop starts) that the range
   * being computed relies on, per symbol range and for the range in progress; every
   * assumption a plain expression relies on becomes a guard.
   */
  private readonly assumptionsOf = new Map<PySymbol, Set<PySymbol>>();
  private assumptions = new Set<PySymbol>();
  private readonly guarded = new Set<PySymbol>();
  private readonly ranges = new Map<ast.Expression, Interval>();
  private sums: ReturnType<typeof findSums> = { scales: new Map(), steps: new Map() };
  private score = 0;

  constructor(
    private readonly ctx: LowerContext,
    private readonly loop: ast.For,
    private readonly shape: RangeShape,
    private readonly countedShape: (stmt: ast.For) => RangeShape | null,
    private readonly stopBound: bigint | null,
    private readonly entryBound: bigint,
  ) {
    this.scope = ctx.frame.scope;
  }

  run(): { plan: FastLoopPlan; score: number } {
    const counter = this.symbolOf(this.loop.target as ast.Name);
    const stop = this.shape.stop;
    if (counter === null) return { plan: this.plan(), score: 0 };
    const last = stop.kind === "literal" ? stop.value - 1n : this.stopBound! - 1n;
    this.counters.set(counter, { lo: this.shape.start, hi: last > this.shape.start ? last : this.shape.start });
    // Inside the body the loop ran at least once, so a stop that is a plain local lies in (start, bound].
    if (stop.kind === "expression" && stop.node.kind === "Name" && !stop.checked) {
      const symbol = this.symbolOf(stop.node);
      if (symbol && !this.assignedInBody(symbol)) this.counters.set(symbol, { lo: this.shape.start + 1n, hi: this.stopBound! });
    }
    const trips = tripCount(this.shape, stop.kind === "literal" ? stop.value : this.stopBound!);
    this.collect(this.loop.body, () => trips);
    this.findKilledBeforeRead();
    this.measure(this.loop.body);
    // A Python 2 accumulator may hold a boxed long (0L), which must stay a long: no IntSum there.
    if (!this.ctx.isPy2) this.sums = findSums({
      bindings: this.bindings,
      rangeOfSymbol: (symbol) => this.rangeOfSymbol(symbol),
      plainRange: (node) => this.plainRange(node),
      record: (node) => this.record(node),
      isRead: (symbol) => this.namesIn(this.loop.body, "Load").includes(symbol),
    });
    // A step counts as its addition, and a product step as its multiplication too.
    for (const step of this.sums.steps.values()) this.score += step.product ? 2 : 1;
    return { plan: this.plan(), score: this.score };
  }

  private plan(): FastLoopPlan {
    const entryGuards = [...this.guarded].map((symbol) => ({ symbol, bound: this.entryBound }));
    return { stopBound: this.stopBound, entryGuards, ranges: this.ranges, sums: this.sums.scales, sumSteps: this.sums.steps };
  }

  // --- bindings -------------------------------------------------------------

  private binding(symbol: PySymbol): Binding {
    let binding = this.bindings.get(symbol);
    if (!binding) {
      binding = { resets: [], steps: [], unknown: false };
      this.bindings.set(symbol, binding);
    }
    return binding;
  }

  /** Records how each statement binds locals, `count` being how often it can run. */
  private collect(body: readonly ast.Stmt[], count: Count): void {
    for (const stmt of body) {
      switch (stmt.kind) {
        case "Assign":
          this.collectAssign(stmt, count);
          break;
        case "AugAssign":
          this.collectAugAssign(stmt, count);
          break;
        case "If":
          this.collect(stmt.body, count);
          this.collect(stmt.orelse, count);
          break;
        case "While":
          this.collect(stmt.body, unbounded);
          this.collect(stmt.orelse, count);
          break;
        case "For":
          this.collectFor(stmt, count);
          break;
        default:
          break;
      }
    }
  }

  private collectAssign(stmt: ast.Assign, count: Count): void {
    if (stmt.targets.length !== 1) return this.markTargetsUnknown(stmt);
    const target = stmt.targets[0]!;
    if (target.kind === "Name") return this.collectSet(target, stmt.value, count);
    if ((target.kind === "Tuple" || target.kind === "List") && (stmt.value.kind === "Tuple" || stmt.value.kind === "List") && stmt.value.elts.length === target.elts.length) {
      target.elts.forEach((element, i) => (element.kind === "Name" ? this.collectSet(element, (stmt.value as ast.Tuple).elts[i]!, count) : this.markUnknown(element)));
      return;
    }
    this.markTargetsUnknown(stmt);
  }

  /** `x = value`, where `x = x + e` / `x = e + x` / `x = x - e` count as steps. */
  private collectSet(target: ast.Name, value: ast.Expression, count: Count): void {
    const symbol = this.symbolOf(target);
    if (!symbol) return;
    if (value.kind === "BinOp" && (value.op === "Add" || value.op === "Sub")) {
      if (this.isName(value.left, symbol) && !this.mentions(value.right, symbol)) {
        this.binding(symbol).steps.push({ step: value.right, negated: value.op === "Sub", count });
        return;
      }
      if (value.op === "Add" && this.isName(value.right, symbol) && !this.mentions(value.left, symbol)) {
        this.binding(symbol).steps.push({ step: value.left, negated: false, count });
        return;
      }
    }
    if (this.mentions(value, symbol)) this.binding(symbol).unknown = true;
    else this.binding(symbol).resets.push(value);
  }

  private collectAugAssign(stmt: ast.AugAssign, count: Count): void {
    if (stmt.target.kind !== "Name") return;
    const symbol = this.symbolOf(stmt.target);
    if (!symbol) return;
    if ((stmt.op === "Add" || stmt.op === "Sub") && !this.mentions(stmt.value, symbol)) {
      this.binding(symbol).steps.push({ step: stmt.value, negated: stmt.op === "Sub", count, statement: stmt });
    } else {
      this.binding(symbol).unknown = true;
    }
  }

  private collectFor(stmt: ast.For, count: Count): void {
    const shape = this.countedShape(stmt);
    const target = stmt.target.kind === "Name" ? this.symbolOf(stmt.target) : null;
    if (!shape || !target || shape.step <= 0n) {
      walk(stmt.target, (node) => {
        if (node.kind === "Name") this.markUnknown(node);
      });
      this.collect(stmt.body, unbounded);
      this.collect(stmt.orelse, count);
      return;
    }
    // The stop may depend on bindings not collected yet: its range is resolved lazily.
    const stopRange = (): Interval | null => (shape.stop.kind === "literal" ? iv.point(shape.stop.value) : shape.stop.checked ? null : this.rangeOf(shape.stop.node));
    this.lazyCounters.set(target, () => {
      const range = stopRange();
      return range === null ? null : { lo: shape.start, hi: range.hi - 1n > shape.start ? range.hi - 1n : shape.start };
    });
    const innerCount: Count = () => {
      const outer = count();
      const stop = stopRange();
      return outer === null || stop === null ? null : outer * tripCount(shape, stop.hi);
    };
    this.collect(stmt.body, innerCount);
    this.collect(stmt.orelse, count);
  }

  private markTargetsUnknown(stmt: ast.Assign): void {
    for (const target of stmt.targets) walk(target, (node) => {
      if (node.kind === "Name") this.markUnknown(node);
    });
  }

  /** A name this statement stores to (`xs[j] = v` stores to no name: j is only read). */
  private markUnknown(node: ast.Expression): void {
    if (node.kind !== "Name" || node.ctx === "Load") return;
    const symbol = this.symbolOf(node);
    if (symbol) this.binding(symbol).unknown = true;
  }

  // --- ranges ----------------------------------------------------------------

  private rangeOfSymbol(symbol: PySymbol): Interval | null {
    if (this.counters.has(symbol)) return this.counters.get(symbol)!;
    const lazy = this.lazyCounters.get(symbol);
    if (lazy && !this.bindings.has(symbol)) return this.memo(symbol, lazy);
    const binding = this.bindings.get(symbol);
    if (!binding) {
      const constant = this.constantValue(symbol);
      if (constant !== null) return iv.point(constant);
      // Read but never bound in the loop: its value on entry, checked by a guard.
      this.assumptions.add(symbol);
      return { lo: -this.entryBound, hi: this.entryBound };
    }
    return this.memo(symbol, () => this.boundRange(symbol, binding));
  }

  private memo(symbol: PySymbol, compute: () => Interval | null): Interval | null {
    const known = this.symbolRanges.get(symbol);
    if (known === "computing") return null; // a cycle: the variable feeds its own bound
    if (known === undefined) {
      const outer = this.assumptions;
      this.assumptions = new Set();
      this.symbolRanges.set(symbol, "computing");
      this.symbolRanges.set(symbol, compute());
      this.assumptionsOf.set(symbol, this.assumptions);
      this.assumptions = outer;
    }
    for (const assumed of this.assumptionsOf.get(symbol)!) this.assumptions.add(assumed);
    return this.symbolRanges.get(symbol) as Interval | null;
  }

  private boundRange(symbol: PySymbol, binding: Binding): Interval | null {
    if (binding.unknown) return null;
    let base: Interval | null = null;
    if (!this.killedBeforeRead.has(symbol)) {
      this.assumptions.add(symbol);
      base = { lo: -this.entryBound, hi: this.entryBound };
    }
    for (const value of binding.resets) {
      const range = this.rangeOf(value);
      if (!iv.isSafe(range)) return null;
      base = base === null ? range : iv.hull(base, range);
    }
    if (base === null) return null;
    let drift: Interval = iv.point(0n);
    for (const { step, negated, count } of binding.steps) {
      const executions = count();
      const range = this.rangeOf(step);
      if (executions === null || !iv.isSafe(range)) return null;
      drift = iv.add(drift, iv.accumulated(negated ? iv.neg(range) : range, executions));
    }
    const result = iv.add(base, drift);
    return iv.isSafe(result) ? result : null;
  }

  /** The range of an int expression that lowers to a plain number, or null. */
  rangeOf(node: ast.Expression): Interval | null {
    const range = this.computeRange(node);
    return iv.isSafe(range) ? range : null;
  }

  private computeRange(node: ast.Expression): Interval | null {
    switch (node.kind) {
      case "Constant":
        // Python 2's `10L` makes every result a long (its repr ends in L): not a plain number.
        return node.value.type === "int" && !node.value.long ? iv.point(node.value.value) : null;
      case "Name": {
        if (this.ctx.typeOf(node).kind !== "int") return null;
        const symbol = this.symbolOf(node);
        return symbol ? this.rangeOfSymbol(symbol) : null;
      }
      case "UnaryOp": {
        if (node.op !== "USub" && node.op !== "UAdd") return null;
        const operand = this.rangeOf(node.operand);
        if (operand === null) return null;
        return node.op === "USub" ? iv.neg(operand) : operand;
      }
      case "BinOp":
        return this.binOpRange(node);
      default:
        return null;
    }
  }

  private binOpRange(node: ast.BinOp): Interval | null {
    if (this.ctx.typeOf(node).kind !== "int") return null;
    const left = this.rangeOf(node.left);
    const right = this.rangeOf(node.right);
    if (left === null || right === null) return null;
    switch (node.op) {
      case "Add":
        return iv.add(left, right);
      case "Sub":
        return iv.sub(left, right);
      case "Mult":
        return iv.mul(left, right);
      case "FloorDiv":
      case "Mod":
        if (iv.containsZero(right) || !iv.within(left, DIVISION_BOUND) || !iv.within(right, DIVISION_BOUND)) return null;
        return node.op === "Mod" ? iv.mod(left, right) : iv.floorDiv(left, right);
      default:
        return null;
    }
  }

  /** Records the plain expressions of the body (counting the operations made plain) once every binding is known. */
  private measure(body: readonly ast.Stmt[]): void {
    for (const stmt of body) {
      walk(stmt, (node) => {
        if ((node.kind === "BinOp" || node.kind === "UnaryOp") && this.plainRange(node) !== null) {
          this.score++;
          this.record(node);
        } else if (node.kind === "AugAssign" && node.target.kind === "Name" && this.plainRange(node.target) !== null && this.plainRange(node.value) !== null) {
          // Its addition, and a variable that stays a plain number (an IntSum step counts once: a call per step).
          this.score += 2;
          this.record(node.target);
          this.record(node.value);
        } else if (node.kind === "Name") {
          // Loop variables are numbers wherever they appear.
          const symbol = this.symbolOf(node);
          const range = symbol && (this.counters.has(symbol) || this.lazyCounters.has(symbol)) ? this.plainRange(node) : null;
          if (range !== null) this.ranges.set(node, range);
        }
      });
    }
  }

  /** rangeOf for an expression the fast copy will hold as a plain number: its entry assumptions become guards. */
  private plainRange(node: ast.Expression): Interval | null {
    this.assumptions = new Set();
    const range = this.rangeOf(node);
    if (range !== null) for (const assumed of this.assumptions) this.guarded.add(assumed);
    return range;
  }

  private record(expr: ast.Expression): void {
    walk(expr, (node) => {
      if (node.kind !== "BinOp" && node.kind !== "UnaryOp" && node.kind !== "Name" && node.kind !== "Constant") return false;
      const range = this.rangeOf(node);
      if (range === null) return false;
      this.ranges.set(node, range);
      return true;
    });
  }

  // --- names -----------------------------------------------------------------

  /** The symbol of a plain local of the function being lowered, or null (globals, closures, ...). */
  private symbolOf(name: ast.Name): PySymbol | null {
    const resolution = this.ctx.resolution(name);
    if (resolution.kind !== "local") return null;
    const symbol = resolution.symbol;
    if (symbol.scope !== this.scope || symbol.has(SymbolFlags.Captured) || symbol.has(SymbolFlags.WrittenFromNested)) return null;
    if ((this.ctx.facts.declarations.maybeUnbound.has(symbol) && !this.boundInsideLoop(symbol)) || this.ctx.facts.types.typeOfSymbol(symbol).kind !== "int") return null;
    return symbol;
  }

  /**
   * A variable the flow analysis leaves possibly unbound only outside this loop (`return a`
   * after a loop that may not run): inside, it is bound before each read, and the entry
   * guards reject its `unbound` sentinel (it is not a number).
   */
  private boundInsideLoop(symbol: PySymbol): boolean {
    const unsafe = this.ctx.facts.declarations.unsafeReads.get(symbol);
    if (unsafe === undefined) return false;
    for (const site of unsafe) if (site.span.start >= this.loop.span.start && site.span.end <= this.loop.span.end) return false;
    return true;
  }

  /** A local bound once, by `k = 3`: always that int (a read before it raises instead). */
  private constantValue(symbol: PySymbol): bigint | null {
    if (symbol.bindings.length !== 1 || symbol.bindings[0]!.kind !== "Name") return null;
    const statement = this.ctx.bindingStatement(symbol.bindings[0] as ast.Name);
    if (statement?.kind !== "Assign" || statement.targets.length !== 1) return null;
    const value = statement.value;
    if (value.kind === "Constant" && value.value.type === "int" && !value.value.long) return value.value.value;
    if (value.kind === "UnaryOp" && value.op === "USub" && value.operand.kind === "Constant" && value.operand.value.type === "int" && !value.operand.value.long) return -value.operand.value.value;
    return null;
  }

  private isName(node: ast.Expression, symbol: PySymbol): boolean {
    return node.kind === "Name" && this.symbolOf(node) === symbol;
  }

  private mentions(node: ast.Expression, symbol: PySymbol): boolean {
    let found = false;
    walk(node, (child) => {
      if (child.kind === "Name" && this.symbolOf(child) === symbol) found = true;
      return !found;
    });
    return found;
  }

  private assignedInBody(symbol: PySymbol): boolean {
    let found = false;
    for (const stmt of this.loop.body) {
      walk(stmt, (node) => {
        if (node.kind === "Name" && node.ctx !== "Load" && this.symbolOf(node) === symbol) found = true;
        return !found;
      });
    }
    return found;
  }

  /**
   * Variables whose first mention in the body, at its top level, is `x = value` with a
   * value that does not read x: their value on entry is never read, so needs no guard.
   */
  private findKilledBeforeRead(): void {
    const seen = new Set<PySymbol>();
    for (const stmt of this.loop.body) {
      if (stmt.kind === "Assign" && stmt.targets.length === 1 && stmt.targets[0]!.kind === "Name") {
        const symbol = this.symbolOf(stmt.targets[0]!);
        this.namesIn(stmt.value).forEach((s) => seen.add(s));
        if (symbol && !seen.has(symbol)) this.killedBeforeRead.add(symbol);
        if (symbol) seen.add(symbol);
        continue;
      }
      this.namesIn(stmt).forEach((s) => seen.add(s));
    }
  }

  private namesIn(nodes: ast.Node | readonly ast.Node[], only?: ast.ExprContext): PySymbol[] {
    const out: PySymbol[] = [];
    for (const node of Array.isArray(nodes) ? nodes : [nodes]) walk(node, (child) => {
      if (child.kind === "Name" && (only === undefined || child.ctx === only)) {
        const symbol = this.symbolOf(child);
        if (symbol) out.push(symbol);
      }
    });
    return out;
  }
}

const unbounded: Count = () => null;

/** The number of iterations of range(start, stop, step) for step > 0. */
function tripCount(shape: RangeShape, stop: bigint): bigint {
  const span = stop - shape.start;
  return span <= 0n ? 0n : (span + shape.step - 1n) / shape.step;
}
