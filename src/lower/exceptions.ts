// Lowers `raise` and `try`.
//
//   raise ValueError("bad")          ->  throw new ValueError("bad");
//   raise KeyError                   ->  throw new KeyError();
//   raise E("x") from err            ->  throw withCause(new E("x"), err);
//   raise                            ->  throw error;          (the exception being handled)
//   raise e    (e: a handler's)      ->  throw raisedHere(e);  (its traceback starts here)
//   raise obj                        ->  throw asException(obj);
//
//   try: ...                         ->  try { ... }
//   except KeyError: ...                 catch (error) {
//   except (A, B) as e: ...                if (isinstance(error, KeyError)) { ... }
//                                          else if (isinstance(error, A) || isinstance(error, B)) { const e = toPyException(error); ... }
//                                          else { throw error; } }
//
// `else:` runs only when the body raised nothing, outside the handlers'
// protection, so it follows the try statement behind a flag.

import ts from "typescript";
import type * as ast from "../parse/ast.js";
import { f, type LowerContext } from "./context.js";
import { lowerExpression } from "./expressions.js";
import { lowerBlock } from "./statements.js";
import { assignTo } from "./targets.js";
import { isBuiltinExceptionName } from "./builtins.js";

export function lowerExceptionStatement(ctx: LowerContext, stmt: ast.Raise | ast.Try): ts.Statement[] {
  return stmt.kind === "Raise" ? [lowerRaise(ctx, stmt)] : lowerTry(ctx, stmt);
}

function lowerRaise(ctx: LowerContext, stmt: ast.Raise): ts.Statement {
  if (!stmt.exc) {
    const handled = ctx.handledException();
    if (handled) return f.createThrowStatement(f.createIdentifier(handled));
    return f.createThrowStatement(f.createNewExpression(ctx.helper("RuntimeError"), undefined, [f.createStringLiteral("No active exception to reraise")]));
  }
  if (stmt.py2Traceback) ctx.unsupported(stmt.py2Traceback, "A traceback argument to raise", "tracebacks are not objects in translated programs");
  let exception = exceptionValue(ctx, stmt.exc, stmt.py2Value);
  if (stmt.cause) exception = ctx.callHelper("withCause", [exception, lowerExpression(ctx, stmt.cause)]);
  return f.createThrowStatement(exception);
}

/** `X` (a class) is instantiated as Python does; an instance or unknown value is checked at run time. */
function exceptionValue(ctx: LowerContext, exc: ast.Expression, py2Value: ast.Expression | null): ts.Expression {
  if (exc.kind === "Name" && isExceptionClassName(ctx, exc)) {
    const args = py2Value ? (py2Value.kind === "Tuple" ? py2Value.elts : [py2Value]).map((v) => lowerExpression(ctx, v)) : [];
    return f.createNewExpression(lowerExpression(ctx, exc), undefined, args);
  }
  if (py2Value) ctx.unsupported(py2Value, "`raise E, V` with a computed exception", "raise E(V) instead");
  const value = lowerExpression(ctx, exc);
  if (ts.isNewExpression(value)) return value;
  // `except E as e: raise e` raises the caught object again: its traceback starts at this raise.
  if (exc.kind === "Name" && ctx.isHandlerVariable(exc)) return ctx.callHelper("raisedHere", [value]);
  return ctx.callHelper("asException", [value]);
}

function isExceptionClassName(ctx: LowerContext, name: ast.Name): boolean {
  const resolution = ctx.resolution(name);
  if (resolution.kind === "builtin") return isBuiltinExceptionName(name.id);
  if (resolution.kind === "undefined") return false;
  const bindings = resolution.symbol.bindings;
  return bindings.length === 1 && bindings[0]!.kind === "ClassDef";
}

function lowerTry(ctx: LowerContext, stmt: ast.Try): ts.Statement[] {
  if (stmt.isStar) {
    ctx.unsupported(stmt, "`except*`", "exception groups are not translated");
    return [];
  }
  const body = f.createBlock(lowerBlock(ctx, stmt.body), true);
  const raisedFlag = stmt.orelse.length > 0 && stmt.handlers.length > 0 ? ctx.names.unique("raised") : null;
  let catchClause: ts.CatchClause | undefined;
  if (stmt.handlers.length > 0) catchClause = lowerHandlers(ctx, stmt.handlers, raisedFlag);
  const finallyBlock = stmt.finalbody.length > 0 ? f.createBlock(lowerBlock(ctx, stmt.finalbody), true) : undefined;

  if (!raisedFlag) {
    // try/except/finally, or try/else/finally without handlers (else then just follows the body).
    const bodyWithElse = stmt.handlers.length === 0 && stmt.orelse.length > 0 ? f.createBlock([...body.statements, ...lowerBlock(ctx, stmt.orelse)], true) : body;
    return [f.createTryStatement(bodyWithElse, catchClause, finallyBlock)];
  }
  const inner: ts.Statement[] = [
    f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(raisedFlag, undefined, undefined, f.createFalse())], ts.NodeFlags.Let)),
    f.createTryStatement(body, catchClause, undefined),
    f.createIfStatement(f.createPrefixUnaryExpression(ts.SyntaxKind.ExclamationToken, f.createIdentifier(raisedFlag)), f.createBlock(lowerBlock(ctx, stmt.orelse), true)),
  ];
  return finallyBlock ? [f.createTryStatement(f.createBlock(inner, true), undefined, finallyBlock)] : inner;
}

function lowerHandlers(ctx: LowerContext, handlers: readonly ast.ExceptHandler[], raisedFlag: string | null): ts.CatchClause {
  const error = ctx.names.unique("error");
  const errorRef = (): ts.Identifier => f.createIdentifier(error);
  const flag: ts.Statement[] = raisedFlag ? [f.createExpressionStatement(f.createAssignment(f.createIdentifier(raisedFlag), f.createTrue()))] : [];
  const lowered = handlers.map((handler) => ({ handler, body: lowerHandlerBody(ctx, handler, error) }));

  // A lone bare `except:` catches everything.
  if (lowered.length === 1 && !lowered[0]!.handler.type) {
    return f.createCatchClause(error, f.createBlock([...flag, ...lowered[0]!.body], true));
  }
  let chain: ts.Statement = f.createBlock([f.createThrowStatement(errorRef())], true);
  for (let i = lowered.length - 1; i >= 0; i--) {
    const { handler, body } = lowered[i]!;
    const block = f.createBlock(body, true);
    if (!handler.type) {
      chain = block; // a bare `except:` must be last, as in Python
      continue;
    }
    chain = f.createIfStatement(matches(ctx, handler.type, errorRef()), block, chain);
  }
  return f.createCatchClause(error, f.createBlock([...flag, chain], true));
}

function matches(ctx: LowerContext, type: ast.Expression, error: ts.Expression): ts.Expression {
  const classes = type.kind === "Tuple" ? type.elts : [type];
  return classes
    .map((cls) => ctx.callHelper("isinstance", [error, lowerExpression(ctx, cls)]) as ts.Expression)
    .reduce((a, b) => f.createBinaryExpression(a, ts.SyntaxKind.BarBarToken, b));
}

// except KeyError as e: body  ->  const e = handling(error); try { body } finally { handled(); }
// The runtime keeps the exceptions being handled (sys.exc_info(), logging.exception(),
// Python 3's implicit __context__); a body that cannot raise or call needs no bookkeeping.
function lowerHandlerBody(ctx: LowerContext, handler: ast.ExceptHandler, error: string): ts.Statement[] {
  const tracked = !cannotRaise(handler.body);
  const value = ctx.callHelper(tracked ? "handling" : "toPyException", [f.createIdentifier(error)]);
  const binding: ts.Statement[] = [];
  if (handler.name) {
    const name = lowerHandlerName(ctx, handler);
    if (name.declare) binding.push(f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(name.id, undefined, undefined, value)], ts.NodeFlags.Const)));
    else binding.push(f.createExpressionStatement(f.createAssignment(f.createIdentifier(name.id), value)));
  } else if (handler.py2Target) {
    binding.push(...assignTo(ctx, handler.py2Target, value));
  } else if (tracked) {
    binding.push(f.createExpressionStatement(value));
  }
  ctx.pushHandler(error);
  const body = lowerBlock(ctx, handler.body);
  ctx.popHandler();
  const cleanup: ts.Statement[] = tracked ? [f.createExpressionStatement(ctx.callHelper("handled", []))] : [];
  const deleted = deletedAfterHandler(ctx, handler);
  // Python 3 ends `except E as e:` with `del e` (however the block is left).
  if (deleted) cleanup.push(f.createExpressionStatement(f.createAssignment(f.createIdentifier(deleted), ctx.helper("unbound"))));
  if (cleanup.length === 0) return [...binding, ...body];
  return [...binding, f.createTryStatement(f.createBlock(body, true), undefined, f.createBlock(cleanup, true))];
}

/** Statements that neither call nor raise: `pass`, `break`, `return x`, `n = 0`. */
function cannotRaise(body: readonly ast.Stmt[]): boolean {
  const simple = (e: ast.Expression | null): boolean => e === null || e.kind === "Constant" || (e.kind === "Name" && e.ctx === "Load");
  return body.every((stmt) => {
    switch (stmt.kind) {
      case "Pass":
      case "Break":
      case "Continue":
        return true;
      case "Return":
        return simple(stmt.value);
      case "Expr":
        return stmt.value.kind === "Constant";
      case "Assign":
        return simple(stmt.value) && stmt.targets.every((t) => t.kind === "Name");
      default:
        return false;
    }
  });
}

/** The name to unbind after a Python 3 handler, when code outside the handler may read it. */
function deletedAfterHandler(ctx: LowerContext, handler: ast.ExceptHandler): string | null {
  if (ctx.isPy2 || !handler.name) return null;
  const resolution = ctx.resolution(handler);
  if (resolution.kind !== "local" && resolution.kind !== "global" && resolution.kind !== "enclosing") return null;
  return ctx.facts.declarations.maybeUnbound.has(resolution.symbol) ? ctx.symbolName(resolution.symbol) : null;
}

function lowerHandlerName(ctx: LowerContext, handler: ast.ExceptHandler): { id: string; declare: boolean } {
  const resolution = ctx.resolution(handler);
  if (resolution.kind === "local" || resolution.kind === "global" || resolution.kind === "enclosing") {
    const placement = ctx.placement(resolution.symbol);
    return { id: ctx.symbolName(resolution.symbol), declare: placement.kind === "bindingSite" && placement.nodes.has(handler) };
  }
  return { id: handler.name!.name, declare: true };
}
