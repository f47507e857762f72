// Binds a call's positional and keyword arguments to a known Python signature at
// compile time (DESIGN.md §4), producing the runtime calling convention:
//
//   positional convention   f(1, c=3) with (a, b=2, c=3)   ->  f(1, undefined, 3)
//   keyword-only / **kwargs sorted(xs, key=len)            ->  sorted(xs, { key: len })
//   options convention      Process(target=f, args=(1,))   ->  new Process({ target: f, args: PyTuple.of(1) })
//
// A trailing plain object is unambiguous at run time: no Python value is a plain
// JavaScript object. Calls that CPython would reject (unexpected keyword, missing
// argument) are reported here, at the call.

import ts from "typescript";
import { messages } from "../diagnostics/messages.js";
import type * as ast from "../parse/ast.js";
import { f, type LowerContext } from "./context.js";
import { lowerExpression } from "./expressions.js";
import type { Param } from "./runtimeApi.js";

export type Convention = "positional" | "options";

export interface BoundArguments {
  readonly args: ts.Expression[];
  readonly ok: boolean;
}

/** Python parameter lists as written in a signature: positional params before `*`, keyword-only after. */
export interface Signature {
  readonly positional: readonly Param[];
  readonly varargs: string | null;
  readonly keywordOnly: readonly Param[];
  readonly varkw: string | null;
}

export function signatureOf(params: readonly Param[]): Signature {
  const positional: Param[] = [];
  const keywordOnly: Param[] = [];
  let varargs: string | null = null;
  let varkw: string | null = null;
  for (const p of params) {
    if (p.rest === "args") varargs = p.name;
    else if (p.rest === "kwargs") varkw = p.name;
    else if (p.keywordOnly) keywordOnly.push(p);
    else positional.push(p);
  }
  return { positional, varargs, keywordOnly, varkw };
}

export function bindArguments(
  ctx: LowerContext,
  call: ast.Call,
  calleeName: string,
  signature: Signature,
  convention: Convention,
): BoundArguments {
  const errors = (): BoundArguments => ({ args: [], ok: false });
  const positionalValues: Array<ts.Expression | undefined> = [];
  const extra: ts.Expression[] = [];
  const keywords = new Map<string, ts.Expression>();
  let spreadTail: ts.Expression | null = null;

  for (const arg of call.args) {
    if (arg.kind === "Starred") {
      if (spreadTail || call.keywords.some((k) => k.arg === null)) return unsupportedSpread(ctx, arg);
      spreadTail = ctx.callHelper("iter", [lowerExpression(ctx, arg.value)]);
      continue;
    }
    if (spreadTail) return unsupportedSpread(ctx, arg);
    const value = lowerExpression(ctx, arg);
    if (positionalValues.length < signature.positional.length) positionalValues.push(value);
    else if (signature.varargs !== null && convention === "positional") extra.push(value);
    else {
      ctx.report(messages.unsupportedArgument, arg, { callee: calleeName, argument: `positional argument ${positionalValues.length + extra.length + 1}` });
      return errors();
    }
  }
  for (const kw of call.keywords) {
    if (!kw.arg) {
      ctx.unsupported(kw, "`**mapping` in a call", "keyword arguments are bound at compile time; pass them by name");
      return errors();
    }
    const name = kw.arg.name;
    if (keywords.has(name)) {
      ctx.report(messages.syntaxError, kw, { detail: `keyword argument repeated: ${name}` });
      return errors();
    }
    const index = signature.positional.findIndex((p) => p.name === name);
    if (index >= 0) {
      if (positionalValues[index] !== undefined) {
        ctx.report(messages.unsupportedArgument, kw, { callee: calleeName, argument: `${name} (it was already given by position)` });
        return errors();
      }
      if (spreadTail && convention === "positional") return unsupportedSpread(ctx, kw);
      while (positionalValues.length <= index) positionalValues.push(undefined);
      positionalValues[index] = lowerExpression(ctx, kw.value);
    } else if (signature.keywordOnly.some((p) => p.name === name) || signature.varkw !== null) {
      keywords.set(name, lowerExpression(ctx, kw.value));
    } else {
      ctx.report(messages.unsupportedArgument, kw, { callee: calleeName, argument: name });
      return errors();
    }
  }
  if (!spreadTail) {
    const missing = signature.positional.find((p, i) => !p.optional && positionalValues[i] === undefined);
    if (missing) {
      ctx.report(messages.unsupportedArgument, call, { callee: calleeName, argument: `${missing.name} (a required argument is missing)` });
      return errors();
    }
  }

  if (convention === "options") {
    const props: ts.ObjectLiteralElementLike[] = [];
    positionalValues.forEach((value, i) => {
      if (value) props.push(f.createPropertyAssignment(signature.positional[i]!.name, value));
    });
    for (const [name, value] of keywords) props.push(f.createPropertyAssignment(name, value));
    if (spreadTail) return unsupportedSpread(ctx, call);
    return { args: props.length > 0 ? [f.createObjectLiteralExpression(props, false)] : [], ok: true };
  }

  const args: ts.Expression[] = positionalValues.map((v) => v ?? f.createIdentifier("undefined"));
  args.push(...extra);
  if (spreadTail) args.push(f.createSpreadElement(spreadTail));
  if (keywords.size > 0) {
    args.push(f.createObjectLiteralExpression([...keywords].map(([name, value]) => f.createPropertyAssignment(name, value)), false));
  }
  return { args, ok: true };
}

function unsupportedSpread(ctx: LowerContext, node: { readonly span: ast.Span }): BoundArguments {
  ctx.unsupported(node, "This combination of `*args` with other arguments", "only one trailing `*args` is translated");
  return { args: [], ok: false };
}

/** The Python signature of a `def` (or lambda) as written. */
export function signatureOfArguments(args: ast.Arguments): Signature {
  const positional = [...args.posonlyargs, ...args.args];
  const firstDefault = positional.length - args.defaults.length;
  return {
    positional: positional.map((a, i) => ({ name: a.arg, optional: i >= firstDefault })),
    varargs: args.vararg?.arg ?? null,
    keywordOnly: args.kwonlyargs.map((a, i) => ({ name: a.arg, optional: args.kwDefaults[i] !== null })),
    varkw: args.kwarg?.arg ?? null,
  };
}
