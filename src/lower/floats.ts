// Floats as plain numbers. A Python float is a non-integral number or a PyFloat
// box (docs/architecture.md §4); a function's own local that only ever holds
// floats is instead a plain JavaScript number ("raw"), so float arithmetic is
// JavaScript's own (the same IEEE operations CPython uses). It is boxed where a
// Python value is needed, and division keeps CPython's ZeroDivisionError:
//
//   total = 0.0; total += sign / (2 * i + 1)   ->   let total: number = 0;
//                                                     total += floatDiv(sign, intToFloat(intAdd(intMul(2, i), 1)));
//   r = a / b        (a, b ints)                ->   r = intTrueDivNumber(a, b);
//   return total                                ->   return toFloat(total);

import ts from "typescript";
import { SymbolFlags, type PySymbol } from "../analyze/index.js";
import type * as ast from "../parse/ast.js";
import { f, type LowerContext } from "./context.js";
import { lowerExpression } from "./expressions.js";
import { containsZero } from "./intervals.js";
import { plainRange } from "./fastLoops.js";

const cache = new WeakMap<LowerContext, Set<PySymbol>>();

/** True for a local that holds a plain number (every binding an assignment of a float). */
export function isRawFloat(ctx: LowerContext, symbol: PySymbol): boolean {
  let raw = cache.get(ctx);
  if (raw === undefined) {
    raw = findRawFloats(ctx);
    cache.set(ctx, raw);
  }
  return raw.has(symbol);
}

function findRawFloats(ctx: LowerContext): Set<PySymbol> {
  const out = new Set<PySymbol>();
  const visit = (scope: PySymbol["scope"]): void => {
    for (const symbol of scope.symbols.values()) {
      if (scope.kind !== "function") continue;
      if (symbol.has(SymbolFlags.Captured) || symbol.has(SymbolFlags.WrittenFromNested) || symbol.has(SymbolFlags.Parameter)) continue;
      if (ctx.facts.declarations.maybeUnbound.has(symbol)) continue;
      if (ctx.facts.types.typeOfSymbol(symbol).kind !== "float") continue;
      if (symbol.bindings.every((site) => isFloatAssignment(ctx, site))) out.add(symbol);
    }
    scope.children.forEach(visit);
  };
  visit(ctx.facts.bind.moduleScope);
  return out;
}

/** A binding that is the plain-name target of `=`, `+=` or an annotated assignment. */
function isFloatAssignment(ctx: LowerContext, site: ast.Node): boolean {
  if (site.kind !== "Name") return false;
  const statement = ctx.bindingStatement(site);
  if (statement?.kind === "Assign") return statement.targets.length === 1 && statement.targets[0] === site;
  if (statement?.kind === "AugAssign") return statement.target === site;
  if (statement?.kind === "AnnAssign") return statement.target === site && statement.value !== null;
  return false;
}

function rawName(ctx: LowerContext, node: ast.Expression): string | null {
  if (node.kind !== "Name") return null;
  const resolution = ctx.resolution(node);
  if (resolution.kind !== "local" || !isRawFloat(ctx, resolution.symbol)) return null;
  return ctx.symbolName(resolution.symbol);
}

/** A float-typed (or int-typed) expression as a plain number. */
export function lowerRawFloat(ctx: LowerContext, node: ast.Expression): ts.Expression {
  const name = rawName(ctx, node);
  if (name !== null) return f.createIdentifier(name);
  // An int the fast copy of a loop holds as a plain number is that float already.
  if (plainRange(ctx, node) !== null) return lowerExpression(ctx, node);
  const type = ctx.typeOf(node).kind;
  switch (node.kind) {
    case "Constant":
      if ((node.value.type === "float" || node.value.type === "int") && Number.isFinite(Number(node.value.value)) && Math.abs(Number(node.value.value)) <= Number.MAX_SAFE_INTEGER) {
        return numberLiteral(Number(node.value.value));
      }
      break;
    case "UnaryOp":
      if (node.op === "USub" && (type === "float" || type === "int")) return f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, parenthesized(lowerRawFloat(ctx, node.operand)));
      break;
    case "BinOp": {
      if (type !== "float" || !isNumeric(ctx, node.left) || !isNumeric(ctx, node.right)) break;
      if (node.op === "Div") return lowerRawDivision(ctx, node);
      const token = node.op === "Add" ? ts.SyntaxKind.PlusToken : node.op === "Sub" ? ts.SyntaxKind.MinusToken : node.op === "Mult" ? ts.SyntaxKind.AsteriskToken : null;
      if (token !== null) return f.createParenthesizedExpression(f.createBinaryExpression(lowerRawFloat(ctx, node.left), token, lowerRawFloat(ctx, node.right)));
      break;
    }
    default:
      break;
  }
  const value = lowerExpression(ctx, node);
  return ctx.callHelper(type === "int" ? "intToFloat" : "floatValue", [value]);
}

/** `a / b` of two numbers as a plain number, with the ZeroDivisionError of the generic `/`. */
function lowerRawDivision(ctx: LowerContext, node: ast.BinOp): ts.Expression {
  const ints = ctx.typeOf(node.left).kind === "int" && ctx.typeOf(node.right).kind === "int";
  // Dividing by a plain int that cannot be 0 needs no ZeroDivisionError check (nor, for a plain
  // int dividend, exact division: both are exact doubles, so one IEEE division rounds correctly).
  const divisor = plainRange(ctx, node.right);
  if (divisor !== null && !containsZero(divisor) && (!ints || plainRange(ctx, node.left) !== null)) {
    return f.createParenthesizedExpression(f.createBinaryExpression(lowerRawFloat(ctx, node.left), ts.SyntaxKind.SlashToken, lowerRawFloat(ctx, node.right)));
  }
  // int / int is the int operation: exact at any size, and its error is "division by zero".
  if (ints) return ctx.callHelper("intTrueDivNumber", [lowerExpression(ctx, node.left), lowerExpression(ctx, node.right)]);
  return ctx.callHelper("floatDiv", [lowerRawFloat(ctx, node.left), lowerRawFloat(ctx, node.right)]);
}

function isNumeric(ctx: LowerContext, node: ast.Expression): boolean {
  const kind = ctx.typeOf(node).kind;
  return kind === "float" || kind === "int";
}

/** A raw local read where a Python value is needed: boxed when integral (toFloat). */
export function boxedRawFloat(ctx: LowerContext, name: string): ts.Expression {
  return ctx.callHelper("toFloat", [f.createIdentifier(name)]);
}

function numberLiteral(value: number): ts.Expression {
  const literal = f.createNumericLiteral(Math.abs(value).toString());
  return value < 0 || Object.is(value, -0) ? f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, literal) : literal;
}

function parenthesized(expr: ts.Expression): ts.Expression {
  return ts.isBinaryExpression(expr) ? f.createParenthesizedExpression(expr) : expr;
}
