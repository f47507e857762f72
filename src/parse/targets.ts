// Assignment, deletion and loop targets: converts a Load expression into a Store
// or Del target (CPython's _PyPegen_set_expr_context) and reports what CPython
// refuses to assign to or delete, with its messages ("cannot assign to function call").

import type * as ast from "./ast.js";
import type { ParseContext } from "./context.js";
import type { SyntaxNode } from "./cst.js";
import { convertExpression, convertStarred } from "./expressions.js";

/** Where a target appears; "assign" targets may get CPython's "Maybe you meant '=='" hint. */
export type TargetKind = "assign" | "assignHinted" | "for" | "with" | "del" | "except";

/** Converts a target node (pattern, pattern_list, or any expression) to a target. */
export function convertTarget(cx: ParseContext, node: SyntaxNode, ctx: "Store" | "Del", kind: TargetKind): ast.Expression {
  // A bare `*x` target is converted here: as an expression it would be "can't use starred expression here".
  const expr = node.type === "list_splat" || node.type === "list_splat_pattern" ? convertStarred(cx, node) : convertExpression(cx, node);
  return toTarget(cx, expr, ctx, kind);
}

export function toTarget(cx: ParseContext, expr: ast.Expression, ctx: "Store" | "Del", kind: TargetKind): ast.Expression {
  const result = setContext(cx, expr, ctx, kind, /* nested */ false);
  if (ctx === "Store" && (result.kind === "Tuple" || result.kind === "List")) checkStarredCount(cx, result);
  if (result.kind === "Starred" && ctx === "Store") {
    cx.syntaxError("starred assignment target must be in a list or tuple", result.span);
  }
  return result;
}

function setContext(cx: ParseContext, expr: ast.Expression, ctx: "Store" | "Del", kind: TargetKind, nested: boolean): ast.Expression {
  switch (expr.kind) {
    case "Name":
    case "Attribute":
    case "Subscript":
      return { ...expr, ctx };
    case "Starred":
      if (ctx === "Del") {
        cx.syntaxError("cannot delete starred", expr.span);
        return expr;
      }
      return { ...expr, value: setContext(cx, expr.value, ctx, kind, true), ctx };
    case "Tuple":
    case "List": {
      // Only the elements of an unparenthesized top-level tuple keep the '==' hint.
      const bare = expr.kind === "Tuple" && !nested && cx.fileText[expr.span.start] !== "(";
      const elementKind = kind === "assignHinted" && !bare ? "assign" : kind;
      return { ...expr, elts: expr.elts.map((e) => setContext(cx, e, ctx, elementKind, true)), ctx };
    }
    default:
      reportInvalidTarget(cx, expr, ctx, kind);
      return expr;
  }
}

function reportInvalidTarget(cx: ParseContext, expr: ast.Expression, ctx: "Store" | "Del", kind: TargetKind): void {
  const name = expressionName(expr);
  if (ctx === "Del") {
    cx.syntaxError(`cannot delete ${name}`, expr.span);
  } else if (kind === "assignHinted" && hintable(expr)) {
    cx.syntaxError(`cannot assign to ${name} here. Maybe you meant '==' instead of '='?`, expr.span);
  } else {
    cx.syntaxError(`cannot assign to ${name}`, expr.span);
  }
}

// CPython's hint comes from a rule that only matches a bitwise-or level expression.
function hintable(expr: ast.Expression): boolean {
  switch (expr.kind) {
    case "Compare":
    case "BoolOp":
    case "Lambda":
    case "IfExp":
      return false;
    case "UnaryOp":
      return expr.op !== "Not";
    case "Constant":
      return expr.value.type !== "None" && expr.value.type !== "bool";
    default:
      return true;
  }
}

function checkStarredCount(cx: ParseContext, target: ast.Tuple | ast.List): void {
  if (target.elts.filter((e) => e.kind === "Starred").length > 1) {
    cx.syntaxError("multiple starred expressions in assignment", target.span);
  }
  for (const element of target.elts) {
    const inner = element.kind === "Starred" ? element.value : element;
    if (inner.kind === "Tuple" || inner.kind === "List") checkStarredCount(cx, inner);
  }
}

/** CPython's _PyPegen_get_expr_name: how messages name an expression. */
export function expressionName(expr: ast.Expression): string {
  switch (expr.kind) {
    case "Attribute":
      return "attribute";
    case "Subscript":
      return "subscript";
    case "Starred":
      return "starred";
    case "Name":
      return "name";
    case "List":
      return "list";
    case "Tuple":
      return "tuple";
    case "Lambda":
      return "lambda";
    case "Call":
      return "function call";
    case "BoolOp":
    case "BinOp":
    case "UnaryOp":
      return "expression";
    case "GeneratorExp":
      return "generator expression";
    case "Yield":
    case "YieldFrom":
      return "yield expression";
    case "Await":
      return "await expression";
    case "ListComp":
      return "list comprehension";
    case "SetComp":
      return "set comprehension";
    case "DictComp":
      return "dict comprehension";
    case "Dict":
      return "dict literal";
    case "Set":
      return "set display";
    case "JoinedStr":
    case "FormattedValue":
      return "f-string expression";
    case "Constant":
      return constantName(expr.value);
    case "Compare":
      return "comparison";
    case "IfExp":
      return "conditional expression";
    case "NamedExpr":
      return "named expression";
    case "Slice":
      return "slice";
    case "Repr":
      return "repr";
  }
}

function constantName(value: ast.ConstantValue): string {
  switch (value.type) {
    case "None":
      return "None";
    case "bool":
      return value.value ? "True" : "False";
    case "Ellipsis":
      return "ellipsis";
    default:
      return "literal";
  }
}
