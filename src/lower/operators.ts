// Lowers Python operators to runtime helpers named after Python's `operator`
// module (docs/architecture.md §4), which implement Python's semantics for every
// type (exact ints, float boxes, sequence concatenation, dunder methods).
//
//   a + b        ->  add(a, b)           a / b (py2)  ->  div(a, b)
//   a < b < c    ->  lt(a, b) && lt(b, c)
//   x in xs      ->  contains(xs, x)     x is None    ->  x === null
//   a or b       ->  truthy(a) ? a : b   not x        ->  !truthy(x)

import ts from "typescript";
import { foldConstant } from "../analyze/constantFolding.js";
import type * as ast from "../parse/ast.js";
import { f, type LowerContext } from "./context.js";
import { lowerExpression } from "./expressions.js";
import { isSimple, withTemp } from "./temps.js";
import { lowerRawFloat } from "./floats.js";
import { lowerLiteralPercentFormat } from "./percentFormat.js";
import { lowerPlainBinOp, lowerPlainNegation } from "./fastLoops.js";

const binaryHelpers: Record<ast.BinaryOperator, string> = {
  Add: "add",
  Sub: "sub",
  Mult: "mul",
  MatMult: "matmul",
  Div: "truediv",
  Mod: "mod",
  Pow: "pow",
  LShift: "lshift",
  RShift: "rshift",
  BitOr: "or_",
  BitXor: "xor",
  BitAnd: "and_",
  FloorDiv: "floordiv",
};

/** Python 2's `/` is classic division unless `from __future__ import division`. */
export function binaryHelperName(ctx: LowerContext, op: ast.BinaryOperator): string {
  if (op === "Div" && ctx.isPy2 && !ctx.hasFuture("division")) return "div";
  return binaryHelpers[op];
}

export function lowerBinOp(ctx: LowerContext, node: ast.BinOp): ts.Expression {
  if (node.op === "MatMult") return ctx.unsupported(node, "The `@` operator", "no runtime type implements matrix multiplication");
  const plain = ctx.fastLoop && lowerPlainBinOp(ctx, node);
  if (plain) return plain;
  // Two strings: JavaScript's + is Python's concatenation.
  if (node.op === "Add" && ctx.typeOf(node.left).kind === "str" && ctx.typeOf(node.right).kind === "str") {
    return f.createBinaryExpression(lowerExpression(ctx, node.left), ts.SyntaxKind.PlusToken, lowerExpression(ctx, node.right));
  }
  const formatted = lowerLiteralPercentFormat(ctx, node);
  if (formatted) return formatted;
  const intHelper = intOperation(ctx, node.op, node.left, node.right);
  if (intHelper) return ctx.callHelper(intHelper, [lowerExpression(ctx, node.left), lowerExpression(ctx, node.right)]);
  return ctx.callHelper(binaryHelperName(ctx, node.op), [lowerExpression(ctx, node.left), lowerExpression(ctx, node.right)]);
}

const intHelpers: Partial<Record<ast.BinaryOperator, string>> = {
  Add: "intAdd",
  Sub: "intSub",
  Mult: "intMul",
  FloorDiv: "intFloorDiv",
  Mod: "intMod",
  BitAnd: "intAnd",
  BitOr: "intOr",
  BitXor: "intXor",
};

/**
 * Two operands known to be ints (numbers or bigints): the int operation itself,
 * without dispatching on types (`intAdd(total, x)`; exact, it overflows into a
 * bigint). Python 3 only: a Python 2 int may be a boxed long, which makes results longs.
 */
export function intOperation(ctx: LowerContext, op: ast.BinaryOperator, left: ast.Expression, right: ast.Expression): string | null {
  if (ctx.isPy2 || ctx.typeOf(left).kind !== "int" || ctx.typeOf(right).kind !== "int") return null;
  return intHelpers[op] ?? null;
}

export function lowerUnaryOp(ctx: LowerContext, node: ast.UnaryOp): ts.Expression {
  const operand = node.operand;
  const plain = ctx.fastLoop && lowerPlainNegation(ctx, node);
  if (plain) return plain;
  switch (node.op) {
    case "Not":
      return f.createPrefixUnaryExpression(ts.SyntaxKind.ExclamationToken, lowerCondition(ctx, operand));
    case "USub":
      // -5 and -0.5 stay literals (a negative integral float is still boxed).
      if (operand.kind === "Constant" && (operand.value.type === "int" || operand.value.type === "float")) {
        return lowerExpression(ctx, { ...operand, value: negate(operand.value) });
      }
      return ctx.callHelper("neg", [lowerExpression(ctx, operand)]);
    case "UAdd":
      return ctx.callHelper("pos", [lowerExpression(ctx, operand)]);
    case "Invert":
      return ctx.callHelper("invert", [lowerExpression(ctx, operand)]);
  }
}

function negate(value: ast.ConstantValue): ast.ConstantValue {
  if (value.type === "int") return { ...value, value: -value.value };
  if (value.type === "float") return { ...value, value: -value.value };
  return value;
}

/** A Python value used as a condition: a JavaScript boolean with Python truthiness. */
export function lowerCondition(ctx: LowerContext, node: ast.Expression): ts.Expression {
  switch (node.kind) {
    case "BoolOp": {
      const token = node.op === "And" ? ts.SyntaxKind.AmpersandAmpersandToken : ts.SyntaxKind.BarBarToken;
      return node.values.map((v) => lowerCondition(ctx, v)).reduce((a, b) => f.createBinaryExpression(parenthesizeLogical(a, token), token, parenthesizeLogical(b, token)));
    }
    case "UnaryOp":
      if (node.op === "Not") return f.createPrefixUnaryExpression(ts.SyntaxKind.ExclamationToken, parenthesizeOperand(lowerCondition(ctx, node.operand)));
      break;
    case "Compare":
      return lowerCompare(ctx, node);
    case "Constant":
      if (node.value.type === "bool") return node.value.value ? f.createTrue() : f.createFalse();
      break;
    default:
      break;
  }
  // A value already known to be a bool is its own truth value.
  if (ctx.typeOf(node).kind === "bool") return lowerExpression(ctx, node);
  return ctx.callHelper("truthy", [lowerExpression(ctx, node)]);
}

/** `a or b` as a value: the operand itself, not a boolean (Python returns the deciding operand). */
export function lowerBoolOp(ctx: LowerContext, node: ast.BoolOp): ts.Expression {
  const [first, ...rest] = node.values;
  let result = lowerExpression(ctx, first!);
  for (const next of rest) {
    const right = lowerExpression(ctx, next);
    result = withTemp(ctx, result, (left) => {
      const test = ctx.callHelper("truthy", [left]);
      return node.op === "Or" ? f.createConditionalExpression(test, undefined, left, undefined, right) : f.createConditionalExpression(test, undefined, right, undefined, left);
    });
  }
  return result;
}

const compareHelpers: Partial<Record<ast.CompareOperator, string>> = {
  Eq: "eq",
  NotEq: "ne",
  Lt: "lt",
  LtE: "le",
  Gt: "gt",
  GtE: "ge",
};

export function lowerCompare(ctx: LowerContext, node: ast.Compare): ts.Expression {
  warnIsLiteral(ctx, node);
  const parts: ts.Expression[] = [];
  // Comparing numbers needs no boxing: a float operand is compared as a plain number.
  const operand = (e: ast.Expression, op: ast.CompareOperator): ts.Expression =>
    ctx.typeOf(e).kind === "float" && op !== "Is" && op !== "IsNot" && op !== "In" && op !== "NotIn" ? lowerRawFloat(ctx, e) : lowerExpression(ctx, e);
  let left = operand(node.left, node.ops[0]!);
  node.ops.forEach((op, i) => {
    const rightNode = node.comparators[i]!;
    const right = operand(rightNode, op);
    const isLast = i === node.ops.length - 1;
    // In a chain the middle operand is evaluated once: `a < f() < c`.
    if (!isLast && !isSimple(rightNode)) {
      const temp = ctx.temp();
      const assigned = f.createParenthesizedExpression(f.createAssignment(f.createIdentifier(temp), right));
      parts.push(compareOne(ctx, op, left, assigned, node.left, rightNode));
      left = f.createIdentifier(temp);
      return;
    }
    parts.push(compareOne(ctx, op, left, right, i === 0 ? node.left : node.comparators[i - 1]!, rightNode));
    left = right;
  });
  return parts.reduce((a, b) => f.createBinaryExpression(parenthesizeLogical(a, ts.SyntaxKind.AmpersandAmpersandToken), ts.SyntaxKind.AmpersandAmpersandToken, b));
}

function compareOne(
  ctx: LowerContext,
  op: ast.CompareOperator,
  left: ts.Expression,
  right: ts.Expression,
  leftNode: ast.Expression,
  rightNode: ast.Expression,
): ts.Expression {
  const native = nativeComparison(ctx, op, leftNode, rightNode);
  if (native) return f.createBinaryExpression(left, native, right);
  const helper = compareHelpers[op];
  if (helper) return ctx.callHelper(helper, [left, right]);
  switch (op) {
    case "In":
      return ctx.callHelper("contains", [right, left]);
    case "NotIn":
      return f.createPrefixUnaryExpression(ts.SyntaxKind.ExclamationToken, ctx.callHelper("contains", [right, left]));
    case "Is":
    case "IsNot": {
      // `x is None` tests for null (or undefined: a JavaScript function that returns nothing gives
      // undefined, which the runtime treats as None); other identities need Python's rules.
      if (isNone(leftNode) || isNone(rightNode)) {
        const token = op === "Is" ? ts.SyntaxKind.EqualsEqualsToken : ts.SyntaxKind.ExclamationEqualsToken;
        return f.createBinaryExpression(left, token, right);
      }
      return ctx.callHelper(op === "Is" ? "is_" : "is_not", [left, right]);
    }
    default:
      return ctx.unsupported(leftNode, `The comparison operator ${op}`, "it is not translated yet");
  }
}

/**
 * Where JavaScript's operator is exactly Python's: `===` between two values of the
 * same primitive kind (int, str, bool), and ordering between two numbers (ints are
 * numbers or bigints; float boxes compare through valueOf).
 */
function nativeComparison(ctx: LowerContext, op: ast.CompareOperator, left: ast.Expression, right: ast.Expression): ts.BinaryOperator | null {
  // Two literals (`1 != 2`): TypeScript rejects comparing unrelated literal types.
  if (left.kind === "Constant" && right.kind === "Constant") return null;
  const a = ctx.typeOf(left).kind;
  const b = ctx.typeOf(right).kind;
  // Python 2 ints may be boxed longs (10L, 2**63 - 1): equality needs the runtime there.
  if ((op === "Eq" || op === "NotEq") && a === b && ((a === "int" && !ctx.isPy2) || a === "str" || a === "bool")) {
    return op === "Eq" ? ts.SyntaxKind.EqualsEqualsEqualsToken : ts.SyntaxKind.ExclamationEqualsEqualsToken;
  }
  const numeric = (k: string): boolean => k === "int" || k === "float";
  if (numeric(a) && numeric(b)) {
    const tokens: Partial<Record<ast.CompareOperator, ts.BinaryOperator>> = {
      Lt: ts.SyntaxKind.LessThanToken,
      LtE: ts.SyntaxKind.LessThanEqualsToken,
      Gt: ts.SyntaxKind.GreaterThanToken,
      GtE: ts.SyntaxKind.GreaterThanEqualsToken,
    };
    return tokens[op] ?? null;
  }
  return null;
}

function isNone(node: ast.Expression): boolean {
  return (node.kind === "Constant" && node.value.type === "None") || (node.kind === "Name" && node.id === "None");
}

function parenthesizeLogical(expr: ts.Expression, token: ts.SyntaxKind): ts.Expression {
  // Mixing && and || needs explicit parentheses for readers (and prettier keeps them).
  if (ts.isBinaryExpression(expr) && expr.operatorToken.kind !== token && (expr.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken || expr.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    return f.createParenthesizedExpression(expr);
  }
  return expr;
}

function parenthesizeOperand(expr: ts.Expression): ts.Expression {
  return ts.isBinaryExpression(expr) || ts.isConditionalExpression(expr) ? f.createParenthesizedExpression(expr) : expr;
}

/** CPython 3.8+ warns at compile time when `is`/`is not` has a literal operand (other than None, True, False, ...). */
function warnIsLiteral(ctx: LowerContext, node: ast.Compare): void {
  if (ctx.isPy2) return;
  node.ops.forEach((op, i) => {
    if (op !== "Is" && op !== "IsNot") return;
    const left = i === 0 ? node.left : node.comparators[i - 1]!;
    const right = node.comparators[i]!;
    if (!isWarnedLiteral(left) && !isWarnedLiteral(right)) return;
    const message = op === "Is" ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?';
    const at = (i === 0 ? node.left : node.comparators[i - 1]!).span.start;
    ctx.syntaxWarnings.push({ offset: at, line: ctx.lineOf(node.span.start), message });
  });
}

/** A constant after CPython's constant folding (`5`, `-1`, `1 + 1`, `(1, 2)`), other than None, True, False and Ellipsis. */
function isWarnedLiteral(node: ast.Expression): boolean {
  const value = foldConstant(node);
  return value !== null && value.type !== "None" && value.type !== "bool" && value.type !== "Ellipsis";
}
