// How many worker processes a script visibly starts at once, for runModule's
// `processes` option: that many warm spares are ready before the body runs
// (docs/architecture.md §5), so `Pool(8)` starts its workers as fast as CPython
// forks them and the durations the script prints match.
//
//   Pool(8)                                  ->  processes: 8
//   Pool() / ProcessPoolExecutor()           ->  processes: cpu_count()
//   Pool(8) and Pool(n) in one script        ->  processes: Math.max(8, cpu_count())
//
// Only pools are counted here; Process calls in loops are left to the process work.

import ts from "typescript";
import type * as ast from "../parse/ast.js";
import { walk } from "../parse/forEachChild.js";
import { f, type LowerContext } from "./context.js";
import { importedMemberOf, moduleOfExpression } from "./modules.js";

/** Pool constructors and the parameter that sizes them. */
const pools: ReadonlyMap<string, { readonly module: string; readonly param: string }> = new Map([
  ["Pool", { module: "multiprocessing", param: "processes" }],
  ["ProcessPoolExecutor", { module: "concurrent.futures", param: "max_workers" }],
]);

/** The `processes` value for the module's options, or null when the script makes no pool. */
export function processesHint(ctx: LowerContext): ts.Expression | null {
  let literal = 0;
  let sizedByCpus = false;
  let found = false;
  walk(ctx.module, (node) => {
    if (node.kind !== "Call") return;
    const pool = poolConstructor(ctx, node);
    if (!pool) return;
    found = true;
    const size = node.args[0] ?? node.keywords.find((k) => k.arg?.name === pool.param)?.value;
    const value = size?.kind === "Constant" && size.value.type === "int" ? Number(size.value.value) : null;
    if (value !== null && value >= 1) literal = Math.max(literal, value);
    else sizedByCpus = true;
  });
  if (!found) return null;
  if (!sizedByCpus) return f.createNumericLiteral(literal);
  const cpus = ctx.callHelper("cpu_count", []);
  if (literal === 0) return cpus;
  return f.createCallExpression(f.createPropertyAccessExpression(f.createIdentifier("Math"), "max"), undefined, [f.createNumericLiteral(literal), cpus]);
}

function poolConstructor(ctx: LowerContext, call: ast.Call): { readonly param: string } | null {
  const callee = call.func;
  if (callee.kind === "Name") {
    const resolution = ctx.resolution(callee);
    if (resolution.kind === "builtin" || resolution.kind === "undefined") return null;
    const member = importedMemberOf(ctx, resolution.symbol);
    const pool = member ? pools.get(member.name) : undefined;
    return pool && member!.module.pythonName.startsWith(pool.module) ? pool : null;
  }
  if (callee.kind === "Attribute") {
    const module = moduleOfExpression(ctx, callee.value);
    const pool = pools.get(callee.attr.name);
    return module && pool && module.pythonName.startsWith(pool.module) ? pool : null;
  }
  return null;
}
