// The expression visitor: one case per Python expression kind, each delegating to
// the lowering of its concern (operators, literals, calls, functions,
// comprehensions). Names, attributes and subscripts are lowered here.
//
//   self.total     ->  this.total          xs[i]     ->  getitem(xs, i)
//   os.getpid      ->  os.getpid            xs[1:-1]  ->  getitem(xs, slice(1, -1, null))
//   `x` (py2)      ->  repr(x)              x if c else y  ->  truthy(c) ? x : y

import ts from "typescript";
import type * as ast from "../parse/ast.js";
import type { PySymbol, Resolution } from "../analyze/index.js";
import { assertNever } from "../util/assert.js";
import { lowerCall } from "./calls.js";
import { lowerBuiltinValue } from "./builtins.js";
import { lowerComprehension } from "./comprehensions.js";
import { f, type LowerContext } from "./context.js";
import { lowerLambda } from "./functions.js";
import { lowerConstant, lowerDict, lowerJoinedStr, lowerList, lowerSet, lowerTuple } from "./literals.js";
import { lowerModuleAttribute, moduleOfExpression } from "./modules.js";
import { readsThroughGetattr } from "./dynamicAttributes.js";
import { lowerBinOp, lowerBoolOp, lowerCompare, lowerCondition, lowerUnaryOp } from "./operators.js";
import { boxedRawFloat, isRawFloat } from "./floats.js";

export function lowerExpression(ctx: LowerContext, node: ast.Expression): ts.Expression {
  switch (node.kind) {
    case "Constant":
      return lowerConstant(ctx, node);
    case "Name":
      return lowerName(ctx, node);
    case "BinOp":
      return lowerBinOp(ctx, node);
    case "UnaryOp":
      return lowerUnaryOp(ctx, node);
    case "BoolOp":
      return lowerBoolOp(ctx, node);
    case "Compare":
      return lowerCompare(ctx, node);
    case "Call":
      return lowerCall(ctx, node);
    case "Attribute":
      return lowerAttribute(ctx, node);
    case "Subscript":
      return lowerSubscript(ctx, node);
    case "List":
      return lowerList(ctx, node);
    case "Tuple":
      return lowerTuple(ctx, node);
    case "Dict":
      return lowerDict(ctx, node);
    case "Set":
      return lowerSet(ctx, node);
    case "IfExp":
      return f.createConditionalExpression(
        lowerCondition(ctx, node.test),
        undefined,
        lowerExpression(ctx, node.body),
        undefined,
        lowerExpression(ctx, node.orelse),
      );
    case "Lambda":
      return lowerLambda(ctx, node);
    case "JoinedStr":
      return lowerJoinedStr(ctx, node);
    case "Repr":
      return ctx.callHelper("repr", [lowerExpression(ctx, node.value)]);
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      return lowerComprehension(ctx, node);
    case "Yield":
      return f.createYieldExpression(undefined, node.value ? lowerExpression(ctx, node.value) : f.createNull());
    case "YieldFrom":
      return f.createYieldExpression(f.createToken(ts.SyntaxKind.AsteriskToken), ctx.callHelper("iterate", [lowerExpression(ctx, node.value)]));
    case "NamedExpr":
      return f.createParenthesizedExpression(f.createAssignment(lowerName(ctx, node.target), lowerExpression(ctx, node.value)));
    case "Starred":
      return ctx.unsupported(node, "A starred expression here", "`*x` is only valid in calls, displays and assignment targets");
    case "Slice":
      return lowerSliceObject(ctx, node);
    case "FormattedValue":
      return lowerJoinedStr(ctx, { kind: "JoinedStr", span: node.span, values: [node] });
    case "Await":
      return ctx.unsupported(node, "`await`", "asyncio programs are not translated");
    default:
      return assertNever(node, "expression");
  }
}

// --- names ------------------------------------------------------------------

export function lowerName(ctx: LowerContext, node: ast.Name): ts.Expression {
  const resolution = ctx.resolution(node);
  switch (resolution.kind) {
    case "local":
    case "enclosing":
    case "global": {
      if (ctx.isSelf(resolution.symbol)) return f.createThis();
      // A class body's own attribute (`b = a * 3` after `a = 2`; Python 2's list comprehension
      // variable, which lands in the class): the class's attribute.
      if (resolution.symbol.scope.kind === "class") {
        const cls = f.createIdentifier(ctx.declaredName(resolution.symbol.scope.node as ast.ClassDef));
        // A method defined above (`handlers = {'a': on_a}`) is the plain function, on the prototype.
        const isMethod = resolution.symbol.bindings.every(
          (b) => b.kind === "FunctionDef" && !b.decoratorList.some((d) => d.kind === "Name" && (d.id === "staticmethod" || d.id === "classmethod")),
        );
        return f.createPropertyAccessExpression(isMethod ? f.createPropertyAccessExpression(cls, "prototype") : cls, resolution.symbol.name);
      }
      // A float local held as a plain number is boxed where a Python value is read (floats.ts).
      if (node.ctx === "Load" && resolution.kind === "local" && isRawFloat(ctx, resolution.symbol)) return boxedRawFloat(ctx, ctx.symbolName(resolution.symbol));
      const identifier = f.createIdentifier(ctx.symbolName(resolution.symbol));
      return node.ctx === "Load" ? checkedRead(ctx, identifier, resolution, node) : identifier;
    }
    case "builtin":
      return lowerBuiltinName(ctx, node);
    case "undefined":
      // CPython raises NameError only when the line runs; so does the translation.
      // Python 2 says "global name 'x'" for a lookup from inside a function (LOAD_GLOBAL).
      return ctx.callHelper("nameError", ctx.frames.some((frame) => frame.scope.isFunctionLike) ? [f.createStringLiteral(node.id), f.createTrue()] : [f.createStringLiteral(node.id)]);
  }
}

/** A read of a variable that may be unbound (declarations.ts): `checkBound(m, "m", "local")`. */
export function checkedRead(ctx: LowerContext, identifier: ts.Expression, resolution: Resolution, site: ast.Node): ts.Expression {
  if (resolution.kind === "builtin" || resolution.kind === "undefined") return identifier;
  if (!readMayFindUnbound(ctx, resolution, site)) return identifier;
  if (isExportedDefinition(ctx, resolution.symbol)) {
    // Checked at module level only: a child process imports the module without running its body.
    return ctx.frames.length === 1 ? ctx.callHelper("checkDefined", [identifier, f.createStringLiteral(resolution.symbol.name)]) : identifier;
  }
  const scope = resolution.kind === "local" ? "local" : resolution.kind === "enclosing" ? "free" : ctx.frames.length > 1 ? "global" : "module";
  return ctx.callHelper("checkBound", [identifier, f.createStringLiteral(resolution.symbol.name), f.createStringLiteral(scope)]);
}

/** The read at `site` may raise NameError/UnboundLocalError: its variable may be unbound there. */
export function readMayFindUnbound(ctx: LowerContext, resolution: Resolution, site: ast.Node): boolean {
  if (resolution.kind === "undefined") return true;
  if (resolution.kind === "builtin" || !ctx.facts.declarations.maybeUnbound.has(resolution.symbol)) return false;
  // A read the flow analysis proved bound: in the variable's own scope, or of a module global anywhere.
  const symbol = resolution.symbol;
  const unsafe = ctx.facts.declarations.unsafeReads.get(symbol);
  return !(unsafe && !unsafe.has(site) && (symbol.scope.kind === "module" || symbol.refs.some((r) => r.site === site && r.scope === symbol.scope)));
}

/** A module-level `def`/`class` emitted as an exported declaration (declarations.ts findExported). */
export function isExportedDefinition(ctx: LowerContext, symbol: PySymbol): boolean {
  const binding = symbol.bindings.length === 1 ? symbol.bindings[0]! : null;
  return (binding?.kind === "FunctionDef" || binding?.kind === "ClassDef") && ctx.facts.declarations.exported.has(binding);
}

/** A builtin used as a value: Python 2's `True`/`None` are names; functions are runtime helpers. */
function lowerBuiltinName(ctx: LowerContext, node: ast.Name): ts.Expression {
  switch (node.id) {
    case "True":
      return f.createTrue();
    case "False":
      return f.createFalse();
    case "None":
      return f.createNull();
    default:
      return lowerBuiltinValue(ctx, node);
  }
}

// --- attributes -------------------------------------------------------------

export function lowerAttribute(ctx: LowerContext, node: ast.Attribute): ts.Expression {
  const object = lowerExpression(ctx, node.value);
  const module = moduleOfExpression(ctx, node.value);
  if (module) return lowerModuleAttribute(ctx, node, module, object);
  if (readsThroughGetattr(ctx, node)) return ctx.callHelper("getattr", [object, f.createStringLiteral(node.attr.name)]);
  return f.createPropertyAccessExpression(object, node.attr.name);
}

// --- subscripts -------------------------------------------------------------

export function lowerSubscript(ctx: LowerContext, node: ast.Subscript): ts.Expression {
  // s[i] on a str: the str operation itself (code points, negative indexes, IndexError).
  if (ctx.typeOf(node.value).kind === "str" && node.slice.kind !== "Slice" && ctx.typeOf(node.slice).kind === "int") {
    return ctx.callHelper("strGetItem", [lowerExpression(ctx, node.value), lowerExpression(ctx, node.slice)]);
  }
  if (isListIndex(ctx, node, false)) return ctx.callHelper("listItem", [lowerExpression(ctx, node.value), lowerExpression(ctx, node.slice)]);
  // d[k] on a known dict: the dict's own method (KeyError, __missing__ of subclasses is not a concern: a subclass is an instance type).
  if (isDictIndex(ctx, node)) return dictMethodCall(lowerExpression(ctx, node.value), "__getitem__", [lowerExpression(ctx, node.slice)]);
  return ctx.callHelper("getitem", [lowerExpression(ctx, node.value), lowerIndex(ctx, node.slice)]);
}

/** A subscript of a value known to be a dict (not a slice: a dict raises TypeError for those, through getitem). */
export function isDictIndex(ctx: LowerContext, node: ast.Subscript): boolean {
  return node.slice.kind !== "Slice" && ctx.typeOf(node.value).kind === "dict";
}

export function dictMethodCall(dict: ts.Expression, method: "__getitem__" | "__setitem__", args: ts.Expression[]): ts.Expression {
  return f.createCallExpression(f.createPropertyAccessExpression(dict, method), undefined, args);
}

/** A known list (or, to read, a tuple) indexed by a known int: listItem/listSetItem, not getitem/setitem. */
export function isListIndex(ctx: LowerContext, node: ast.Subscript, forWrite: boolean): boolean {
  if (node.slice.kind === "Slice" || ctx.typeOf(node.slice).kind !== "int") return false;
  const kind = ctx.typeOf(node.value).kind;
  return kind === "list" || (!forWrite && kind === "tuple");
}

/** The key of a subscript: `a[1:2]` is `a[slice(1, 2, None)]` in Python, and so here. */
export function lowerIndex(ctx: LowerContext, index: ast.Expression): ts.Expression {
  return index.kind === "Slice" ? lowerSliceObject(ctx, index) : lowerExpression(ctx, index);
}

function lowerSliceObject(ctx: LowerContext, node: ast.Slice): ts.Expression {
  const part = (e: ast.Expression | null): ts.Expression => (e ? lowerExpression(ctx, e) : f.createNull());
  return ctx.callHelper("slice", [part(node.lower), part(node.upper), part(node.step)]);
}
