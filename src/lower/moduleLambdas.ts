// Module-level lambdas a forked child must find (analyze/moduleLambdas.ts):
//
//   square = lambda x: x * x   ->  const square_lambda = moduleLambda("square_lambda", withSignature((x: any) => mul(x, x), "<lambda>(x)"));
//                                  function moduleBody(): void { square = square_lambda; ... }
//
// The child's module instance creates its own copy when it loads, and the fork
// snapshot names it (runtime moduleLambdas.ts); `square` is still bound only when
// the module body reaches the assignment.

import ts from "typescript";
import type { ModuleLambda } from "../analyze/moduleLambdas.js";
import { f, type LowerContext } from "./context.js";
import { lowerLambda } from "./functions.js";

/** Lowers the lambda into a module-level constant and returns that constant's name, for the body to assign. */
export function importTimeLambda(ctx: LowerContext, lambda: ModuleLambda): ts.Identifier {
  const name = ctx.names.unique(`${lambda.target.id}_lambda`);
  const created = ctx.callHelper("moduleLambda", [f.createStringLiteral(name), lowerLambda(ctx, lambda.lambda)]);
  const declaration = f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(name, undefined, undefined, created)], ts.NodeFlags.Const));
  if (ctx.importTimeLambdas.length === 0) {
    ts.addSyntheticLeadingComment(
      declaration,
      ts.SyntaxKind.SingleLineCommentTrivia,
      " Module-level lambdas, created when the module loads: a child process's copy of the module has its own, which the globals it inherits refer to.",
      true,
    );
  }
  ctx.importTimeLambdas.push(declaration);
  return f.createIdentifier(name);
}
