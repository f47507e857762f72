// How many worker processes a script may start at once, for runModule's
// `processes` option: the runtime warms that many workers before the module body
// runs, so the first starts are as fast as CPython's fork (docs/architecture.md
// §5). Counted from the script: each `Process(...)` (or a subclass, or `Pool(n)`,
// `ProcessPoolExecutor(n)`) multiplied by the length of the loops or
// comprehensions around it: a literal `range(n)` or list, or a module name bound
// once to one (`N = 4 ... range(N)`), else kUnknownLoopLength.
//
//   for i in range(4): Process(target=f).start()   ->  processes: 4
//   for i in range(n): Process(target=f).start()   ->  processes: 2 (n unknown)
//   p = Pool(8)                                    ->  processes: 8
//   with Manager() as m:  (or a BaseManager class) ->  1 (its server process)

import { foldConstant } from "../analyze/constantFolding.js";
import type * as ast from "../parse/ast.js";
import { forEachChild } from "../parse/forEachChild.js";
import type { LowerContext } from "./context.js";
import { importedMemberOf, moduleOfExpression } from "./modules.js";

const maxWarm = 16;
/**
 * A loop whose length the script does not say (`range(n)`, `range(cpu_count())`,
 * `for x in items`) is taken to start two processes: a loop around Process() is
 * there to start several, and each one beyond the warm spares boots cold
 * (100-150 ms here, where a spare starts in 4-8 ms; architecture.md §5).
 */
const kUnknownLoopLength = 2;

/** null when the script does not use multiprocessing. */
export function estimateProcessCount(ctx: LowerContext): number | null {
  let total = 0;
  let usesProcesses = false;
  const lengths = new LoopLengths(ctx);
  const visit = (node: ast.Node, multiplier: number): void => {
    if (node.kind === "For" || node.kind === "comprehension") {
      const inner = multiplier * lengths.of(node.iter);
      forEachChild(node, (child) => visit(child, child === node.iter ? multiplier : inner));
      return;
    }
    if (node.kind === "ListComp" || node.kind === "GeneratorExp" || node.kind === "SetComp") {
      const count = node.generators.reduce((n, g) => n * lengths.of(g.iter), 1);
      visit(node.elt, multiplier * count);
      for (const gen of node.generators) visit(gen.iter, multiplier);
      return;
    }
    if (node.kind === "Call") {
      const kind = processFactory(ctx, node.func);
      if (kind === "process" || kind === "manager") {
        usesProcesses = true;
        total += multiplier;
      } else if (kind === "pool") {
        usesProcesses = true;
        // Pool(4), Pool(processes=4), ProcessPoolExecutor(max_workers=4)
        const sizeArg = node.args[0] ?? node.keywords.find((k) => k.arg?.name === "processes" || k.arg?.name === "max_workers")?.value;
        const size = sizeArg ? lengths.intValue(sizeArg) : null;
        total += size ?? 2;
      }
    }
    forEachChild(node, (child) => visit(child, multiplier));
  };
  lengths.collectAssignments(ctx.module);
  visit(ctx.module, 1);
  return usesProcesses ? Math.min(maxWarm, Math.max(1, total)) : null;
}

function processFactory(ctx: LowerContext, func: ast.Expression): "process" | "pool" | "manager" | null {
  let name: string | null = null;
  if (func.kind === "Name") {
    const resolution = ctx.resolution(func);
    if (resolution.kind === "builtin" || resolution.kind === "undefined") return null;
    const member = importedMemberOf(ctx, resolution.symbol);
    if (member?.module.pythonName === "multiprocessing" || member?.module.pythonName === "multiprocessing.pool") name = member.name;
    if (member?.module.pythonName.startsWith("concurrent.futures") && member.name === "ProcessPoolExecutor") return "pool";
    if (member?.module.pythonName === "multiprocessing.managers" && (member.name === "BaseManager" || member.name === "SyncManager")) return "manager";
    const only = resolution.symbol.bindings.length === 1 ? resolution.symbol.bindings[0]! : null;
    // A class of this script derived from Process (or from a manager class: its server is a process).
    if (only?.kind === "ClassDef") {
      const bases = only.bases.map((b) => processFactory(ctx, b));
      if (bases.includes("process")) return "process";
      if (bases.includes("manager")) return "manager";
    }
  } else if (func.kind === "Attribute") {
    const module = moduleOfExpression(ctx, func.value)?.pythonName;
    if (module === "multiprocessing") name = func.attr.name;
    if (module?.startsWith("concurrent.futures") && func.attr.name === "ProcessPoolExecutor") return "pool";
  }
  if (name === "Process") return "process";
  if (name === "Pool") return "pool";
  if (name === "Manager") return "manager";
  return null;
}

/** Lengths of loops and values of sizes, as far as the script states them. */
class LoopLengths {
  /** The value of each name store of a simple assignment (`N = 4`, `names = ['a', 'b']`). */
  private readonly _assigned = new Map<ast.Node, ast.Expression>();

  constructor(private readonly _ctx: LowerContext) {}

  collectAssignments(node: ast.Node): void {
    if (node.kind === "Assign") for (const target of node.targets) if (target.kind === "Name") this._assigned.set(target, node.value);
    forEachChild(node, (child) => this.collectAssignments(child));
  }

  /** How many times a loop over `iter` runs: stated, or kUnknownLoopLength. */
  of(iter: ast.Expression): number {
    return this._statedLength(this._valueOf(iter)) ?? kUnknownLoopLength;
  }

  /** An int the script states: a constant, or a name bound once to one. */
  intValue(node: ast.Expression): number | null {
    const folded = foldConstant(this._valueOf(node));
    return folded?.type === "int" ? Number(folded.value) : null;
  }

  private _statedLength(iter: ast.Expression): number | null {
    if (iter.kind === "List" || iter.kind === "Tuple") return iter.elts.some((e) => e.kind === "Starred") ? null : iter.elts.length;
    if (iter.kind !== "Call" || iter.func.kind !== "Name" || !["range", "xrange"].includes(iter.func.id)) return null;
    if (iter.keywords.length > 0) return null;
    const args = iter.args.map((a) => this.intValue(a));
    if (args.some((a) => a === null) || args.length === 0 || args.length > 3) return null;
    const [a, b, c] = args as number[];
    const start = args.length === 1 ? 0 : a!;
    const stop = args.length === 1 ? a! : b!;
    const step = args.length === 3 ? c! : 1;
    return step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : null;
  }

  /** What a name bound once by a simple assignment holds; any other expression itself. */
  private _valueOf(node: ast.Expression): ast.Expression {
    if (node.kind !== "Name") return node;
    const resolution = this._ctx.resolution(node);
    if (resolution.kind === "builtin" || resolution.kind === "undefined") return node;
    const bindings = resolution.symbol.bindings;
    const value = bindings.length === 1 ? this._assigned.get(bindings[0]!) : undefined;
    // One step only: `N = M` is not followed (nor is a cycle).
    return value && value.kind !== "Name" ? value : node;
  }
}
