// Loop versioning: a counting loop whose ints provably stay safe integers under a
// cheap entry check gets a plain-number copy (fastLoopPlan.ts decides which
// expressions); the exact loop stays as the other branch.
//
//   for i in range(n):                  if (intAtMost(n, 2 ** 26) && intWithin(total, 2 ** 40)) {
//       total += i * i % 7                 for (let i = 0; i < n; i++) { total += i * i - Math.floor((i * i) / 7) * 7; }
//                                        } else {
//                                          for (let i = 0; i < n; i++) { total = intAdd(total, intMod(intMul(i, i), 7)); }
//                                        }
//
// While ctx.fastLoop is set, the hooks below lower the plan's expressions as plain
// JavaScript arithmetic; the numbers there are never -0 and never past 2**53.

import ts from "typescript";
import type * as ast from "../parse/ast.js";
import { f, type LowerContext } from "./context.js";
import { lowerExpression } from "./expressions.js";
import type { FastLoopPlan } from "./fastLoopPlan.js";
import type { SumStep } from "./fastLoopSums.js";
import type { PySymbol } from "../analyze/index.js";
import { containsZero, type Interval } from "./intervals.js";

/** The range of an int expression lowered as a plain number in the fast copy being lowered, or null. */
export function plainRange(ctx: LowerContext, node: ast.Expression): Interval | null {
  return ctx.fastLoop?.ranges.get(node) ?? null;
}

/** `intAtMost(n, 2 ** 26) && intWithin(total, 2 ** 40)`: the condition for the fast copy. */
export function fastLoopGuard(ctx: LowerContext, plan: FastLoopPlan, stop: ts.Expression | null): ts.Expression {
  const checks: ts.Expression[] = [];
  if (plan.stopBound !== null && stop !== null) checks.push(ctx.callHelper("intAtMost", [stop, powerOfTwo(plan.stopBound)]));
  for (const { symbol, bound } of plan.entryGuards) checks.push(ctx.callHelper("intWithin", [f.createIdentifier(ctx.symbolName(symbol)), powerOfTwo(bound)]));
  return checks.reduce((a, b) => f.createBinaryExpression(a, ts.SyntaxKind.AmpersandAmpersandToken, b));
}

function powerOfTwo(value: bigint): ts.Expression {
  const exponent = value.toString(2).length - 1;
  if (exponent === 0) return f.createNumericLiteral(1);
  return f.createBinaryExpression(f.createNumericLiteral(2), ts.SyntaxKind.AsteriskAsteriskToken, f.createNumericLiteral(exponent));
}

/** An int BinOp of the plan as JavaScript arithmetic: `i * i`, `Math.floor(a / 2)`, `a - Math.floor(a / 7) * 7`. */
export function lowerPlainBinOp(ctx: LowerContext, node: ast.BinOp): ts.Expression | null {
  const result = plainRange(ctx, node);
  const leftRange = plainRange(ctx, node.left);
  const rightRange = plainRange(ctx, node.right);
  if (result === null || leftRange === null || rightRange === null) return null;
  const left = lowerExpression(ctx, node.left);
  const right = lowerExpression(ctx, node.right);
  switch (node.op) {
    case "Add":
      return f.createBinaryExpression(left, ts.SyntaxKind.PlusToken, right);
    case "Sub":
      return f.createBinaryExpression(left, ts.SyntaxKind.MinusToken, right);
    case "Mult": {
      const product = f.createBinaryExpression(left, ts.SyntaxKind.AsteriskToken, right);
      // 0 * -5 is -0 in JavaScript; `+ 0` makes it Python's 0.
      const negativeZero = (containsZero(leftRange) && rightRange.lo < 0n) || (containsZero(rightRange) && leftRange.lo < 0n);
      return negativeZero ? f.createBinaryExpression(f.createParenthesizedExpression(product), ts.SyntaxKind.PlusToken, f.createNumericLiteral(0)) : product;
    }
    case "FloorDiv":
      // A positive divisor never gives -0 (ints are never -0).
      if (rightRange.lo > 0n) return mathFloor(f.createBinaryExpression(left, ts.SyntaxKind.SlashToken, right));
      return ctx.callHelper("smallFloorDiv", [left, right]);
    case "Mod": {
      // a - floor(a / b) * b, inline: a call here costs V8's on-stack-replaced loop
      // (a function's first, long-running call) about 1.7x. Plain operands are pure,
      // so lowering them twice is safe; within ±2**52 the result is exact (smallInt.ts).
      const quotient = mathFloor(f.createBinaryExpression(lowerExpression(ctx, node.left), ts.SyntaxKind.SlashToken, lowerExpression(ctx, node.right)));
      return f.createBinaryExpression(left, ts.SyntaxKind.MinusToken, f.createBinaryExpression(quotient, ts.SyntaxKind.AsteriskToken, right));
    }
    default:
      return null;
  }
}

/** `-x` of the plan (`0 - x` when x may be 0, which `-` would make -0). */
export function lowerPlainNegation(ctx: LowerContext, node: ast.UnaryOp): ts.Expression | null {
  const operand = plainRange(ctx, node.operand);
  if (plainRange(ctx, node) === null || operand === null) return null;
  const value = lowerExpression(ctx, node.operand);
  if (node.op === "UAdd") return value;
  if (containsZero(operand)) return f.createBinaryExpression(f.createNumericLiteral(0), ts.SyntaxKind.MinusToken, value);
  return f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, ts.isBinaryExpression(value) ? f.createParenthesizedExpression(value) : value);
}

/** `total += x` of the plan: JavaScript's own `+=` / `-=`, or a step of the accumulator's IntSum. */
export function lowerPlainAugAssign(ctx: LowerContext, stmt: ast.AugAssign, target: ts.Expression): ts.Statement | null {
  const sumStep = ctx.fastLoop?.sumSteps.get(stmt);
  if (sumStep) return lowerSumStep(ctx, sumStep);
  if (stmt.op !== "Add" && stmt.op !== "Sub") return null;
  if (plainRange(ctx, stmt.target) === null || plainRange(ctx, stmt.value) === null) return null;
  const token = stmt.op === "Add" ? ts.SyntaxKind.PlusEqualsToken : ts.SyntaxKind.MinusEqualsToken;
  return f.createExpressionStatement(f.createBinaryExpression(target, token, lowerExpression(ctx, stmt.value)));
}

/** The IntSum names of the plans being lowered. */
const sumNames = new WeakMap<FastLoopPlan, Map<PySymbol, string>>();

/** `totalSum.add(x)` / `totalSum.addProduct(i * i, i)` (negated for `-=`). */
function lowerSumStep(ctx: LowerContext, step: SumStep): ts.Statement {
  const name = sumNames.get(ctx.fastLoop!)?.get(step.symbol);
  if (name === undefined) throw new Error("a sum step outside its loop");
  const negate = (value: ts.Expression): ts.Expression => (step.negated ? f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, ts.isBinaryExpression(value) ? f.createParenthesizedExpression(value) : value) : value);
  const args = step.product ? [lowerExpression(ctx, step.product.split), negate(lowerExpression(ctx, step.product.other))] : [negate(lowerExpression(ctx, step.value))];
  return f.createExpressionStatement(f.createCallExpression(f.createPropertyAccessExpression(f.createIdentifier(name), step.product ? "addProduct" : "add"), undefined, args));
}

/**
 * The plain copy of a loop with its accumulators' sums around it:
 *   const totalSum = new IntSum(total, 2 ** 21);
 *   try { <loop> } finally { total = totalSum.value(); }
 */
export function withSums(ctx: LowerContext, plan: FastLoopPlan, lowerLoop: () => ts.Statement): ts.Statement[] {
  if (plan.sums.size === 0) return [lowerLoop()];
  const names = new Map<PySymbol, string>();
  const declarations: ts.Statement[] = [];
  const results: ts.Statement[] = [];
  for (const [symbol, scale] of plan.sums) {
    const variable = ctx.symbolName(symbol);
    const name = ctx.names.unique(`${variable}Sum`);
    names.set(symbol, name);
    const sum = f.createNewExpression(ctx.helper("IntSum"), undefined, [f.createIdentifier(variable), powerOfTwo(scale)]);
    declarations.push(f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(name, undefined, undefined, sum)], ts.NodeFlags.Const)));
    const value = f.createCallExpression(f.createPropertyAccessExpression(f.createIdentifier(name), "value"), undefined, []);
    results.push(f.createExpressionStatement(f.createAssignment(f.createIdentifier(variable), value)));
  }
  sumNames.set(plan, names);
  const loop = lowerLoop();
  // `finally`: an exception leaving the loop keeps the steps made before it, as in Python.
  return [...declarations, f.createTryStatement(f.createBlock([loop], true), undefined, f.createBlock(results, true))];
}

function mathFloor(value: ts.Expression): ts.Expression {
  return f.createCallExpression(f.createPropertyAccessExpression(f.createIdentifier("Math"), "floor"), undefined, [value]);
}
