// Module-level lambdas a forked child must find: `square = lambda x: x * x` at the
// top level of the module. CPython's fork copies the lambda into the child; our
// child is a fresh module instance that never runs the module body, so such a
// lambda is created when the module loads (one copy per instance) and the body
// only assigns it (lower/module.ts). Declarations (declarations.ts) treat its body
// like an exported def's: the module names it reads become module globals.

import type * as ast from "../parse/ast.js";

export interface ModuleLambda {
  readonly stmt: ast.Assign;
  readonly target: ast.Name;
  readonly lambda: ast.Lambda;
}

/**
 * `name = lambda ...` directly in the module body (not inside if/for/try/def/class),
 * whose defaults are constants: creating it at import time instead of where it
 * stands changes nothing Python could observe.
 */
export function moduleLambdaCandidates(module: ast.Module): ModuleLambda[] {
  const out: ModuleLambda[] = [];
  for (const stmt of module.body) {
    if (stmt.kind !== "Assign" || stmt.targets.length !== 1) continue;
    const target = stmt.targets[0]!;
    const value = stmt.value;
    if (target.kind !== "Name" || value.kind !== "Lambda") continue;
    const defaults = [...value.args.defaults, ...value.args.kwDefaults.filter((d): d is ast.Expression => d !== null)];
    if (defaults.every(isImmutableLiteral)) out.push({ stmt, target, lambda: value });
  }
  return out;
}

/** Literals whose value cannot be mutated (`1`, `-2`, `'a'`, `None`, `(1, 'b')`): evaluating them once or per use is the same. */
export function isImmutableLiteral(node: ast.Expression): boolean {
  switch (node.kind) {
    case "Constant":
      return true;
    case "Name":
      return node.id === "None" || node.id === "True" || node.id === "False";
    case "UnaryOp":
      return (node.op === "USub" || node.op === "UAdd") && node.operand.kind === "Constant";
    case "Tuple":
      return node.elts.every(isImmutableLiteral);
    default:
      return false;
  }
}
