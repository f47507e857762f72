// How many worker processes a script may start at once, for runModule's
// `processes` option: the runtime warms that many workers before the module body
// runs, so the first starts are as fast as CPython's fork (docs/architecture.md
// §5). Counted from the script: each `Process(...)` (or a subclass, or `Pool(n)`,
// `ProcessPoolExecutor(n)`) multiplied by the literal `range(n)` of the loops or
// comprehensions around it.
//
//   for i in range(4): Process(target=f).start()   ->  processes: 4
//   p = Pool(8)                                    ->  processes: 8
//   with Manager() as m:  (or a BaseManager class) ->  1 (its server process)

import type * as ast from "../parse/ast.js";
import { forEachChild } from "../parse/forEachChild.js";
import type { LowerContext } from "./context.js";
import { importedMemberOf, moduleOfExpression } from "./modules.js";

const maxWarm = 16;

/** null when the script does not use multiprocessing. */
export function estimateProcessCount(ctx: LowerContext): number | null {
  let total = 0;
  let usesProcesses = false;
  const visit = (node: ast.Node, multiplier: number): void => {
    if (node.kind === "For" || node.kind === "comprehension") {
      const count = literalRange(node.iter);
      const inner = multiplier * (count ?? 1);
      forEachChild(node, (child) => visit(child, child === node.iter ? multiplier : inner));
      return;
    }
    if (node.kind === "ListComp" || node.kind === "GeneratorExp" || node.kind === "SetComp") {
      const count = node.generators.reduce((n, g) => n * (literalRange(g.iter) ?? 1), 1);
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
        const size = sizeArg ? literalInt(sizeArg) : null;
        total += size ?? 2;
      }
    }
    forEachChild(node, (child) => visit(child, multiplier));
  };
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

function literalRange(iter: ast.Expression): number | null {
  if (iter.kind === "List" || iter.kind === "Tuple") return iter.elts.length;
  if (iter.kind !== "Call" || iter.func.kind !== "Name" || !["range", "xrange"].includes(iter.func.id)) return null;
  const args = iter.args.map(literalInt);
  if (args.some((a) => a === null) || args.length === 0) return null;
  const [a, b, c] = args as number[];
  const start = args.length === 1 ? 0 : a!;
  const stop = args.length === 1 ? a! : b!;
  const step = args.length === 3 ? c! : 1;
  return step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : null;
}

function literalInt(node: ast.Expression): number | null {
  return node.kind === "Constant" && node.value.type === "int" ? Number(node.value.value) : null;
}
