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
 * `name = lambda ...` in the module body, also inside the module's if/try/with
 * blocks (`if PY3: square = lambda x: x * x`), whose defaults are constants. Such a
 * statement runs at most once and its lambda can read only globals, so creating the
 * lambda at import time instead of where it stands changes nothing Python could
 * observe. Not inside a loop (each pass makes a new function object) nor a def or
 * class (their own scopes).
 */
export function moduleLambdaCandidates(module: ast.Module): ModuleLambda[] {
  const out: ModuleLambda[] = [];
  const visit = (body: readonly ast.Stmt[]): void => {
    for (const stmt of body) {
      if (stmt.kind === "If") {
        visit(stmt.body);
        visit(stmt.orelse);
      } else if (stmt.kind === "Try") {
        visit(stmt.body);
        for (const handler of stmt.handlers) visit(handler.body);
        visit(stmt.orelse);
        visit(stmt.finalbody);
      } else if (stmt.kind === "With") {
        visit(stmt.body);
      } else if (stmt.kind === "Assign") {
        const candidate = lambdaAssignment(stmt);
        if (candidate !== null) out.push(candidate);
      }
    }
  };
  visit(module.body);
  return out;
}

function lambdaAssignment(stmt: ast.Assign): ModuleLambda | null {
  if (stmt.targets.length !== 1) return null;
  const target = stmt.targets[0]!;
  const value = stmt.value;
  if (target.kind !== "Name" || value.kind !== "Lambda") return null;
  const defaults = [...value.args.defaults, ...value.args.kwDefaults.filter((d): d is ast.Expression => d !== null)];
  return defaults.every(isImmutableLiteral) ? { stmt, target, lambda: value } : null;
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
