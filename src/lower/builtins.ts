// Calls to Python builtins. Most become a call of the runtime helper with the same
// name, with keyword arguments bound against CPython's signature; a few need their
// own lowering:
//
//   print(a, b, sep="")     ->  print(a, b, { sep: "" })
//   range(n) / xrange(n)    ->  range(n) / xrange(n)      (py2 range returns a list)
//   sorted(xs, key=len)     ->  sorted(xs, { key: len })

import ts from "typescript";
import { messages } from "../diagnostics/messages.js";
import type * as ast from "../parse/ast.js";
import { bindArguments, isTrailingSpreadOnly, lowerRuntimeBoundCall, signatureOf, staticBindingProblem } from "./arguments.js";
import { lowerExpression } from "./expressions.js";
import { f, type LowerContext } from "./context.js";
import { sig } from "./runtimeApi.js";

/** CPython's signatures of the builtins we translate. */
const builtinSignatures: Readonly<Record<string, string>> = {
  abs: "x",
  all: "iterable",
  any: "iterable",
  apply: "function, args?, keywords?",
  ascii: "obj",
  bin: "x",
  bool: "x?",
  bytes: "source?, encoding?, errors?",
  bytearray: "source?, encoding?, errors?",
  callable: "obj",
  chr: "i",
  cmp: "x, y",
  object: "",
  delattr: "obj, name",
  dict: "iterable?, **kwargs",
  divmod: "a, b",
  enumerate: "iterable, start?",
  exit: "status?",
  filter: "function, iterable",
  float: "x?",
  format: "value, format_spec?",
  frozenset: "iterable?",
  getattr: "obj, name, default?",
  hasattr: "obj, name",
  hash: "obj",
  hex: "x",
  id: "obj",
  int: "x?, base?",
  isinstance: "obj, classinfo",
  issubclass: "cls, classinfo",
  iter: "obj, sentinel?",
  len: "obj",
  list: "iterable?",
  long: "x?, base?",
  map: "function, *iterables",
  max: "*args, *, key?, default?",
  min: "*args, *, key?, default?",
  next: "iterator, default?",
  oct: "x",
  ord: "c",
  pow: "base, exp, mod?",
  quit: "status?",
  range: "start, stop?, step?",
  reduce: "function, iterable, initializer?",
  repr: "obj",
  reversed: "seq",
  round: "number, ndigits?",
  set: "iterable?",
  setattr: "obj, name, value",
  slice: "start, stop?, step?",
  sorted: "iterable, *, key?, reverse?",
  str: "obj?",
  sum: "iterable, start?",
  tuple: "iterable?",
  type: "obj",
  unichr: "i",
  unicode: "obj?, encoding?, errors?",
  vars: "object",
  xrange: "start, stop?, step?",
  zip: "*iterables",
};

/** Python 2's signatures where they differ (sorted takes cmp, key and reverse by position too). */
const py2Signatures: Readonly<Record<string, string>> = {
  sorted: "iterable, cmp?, key?, reverse?",
};

/** Builtins that exist but have no faithful translation; each says why. */
const unsupportedBuiltins: Readonly<Record<string, string>> = {
  eval: "a translated program cannot evaluate Python source at run time",
  exec: "a translated program cannot execute Python source at run time",
  compile: "a translated program cannot compile Python source at run time",
  globals: "module globals are TypeScript variables, not a dictionary",
  locals: "local variables are TypeScript variables, not a dictionary",
  input: "reading standard input is not supported yet",
  raw_input: "reading standard input is not supported yet",
  open: "files are not supported yet",
  file: "files are not supported yet",
  __import__: "modules are resolved at compile time",
  execfile: "a translated program cannot execute Python source at run time",
  reload: "modules are resolved at compile time",
  help: "interactive help has no meaning in a translated program",
};

/** Builtins translated for Python 3 scripts only; each says why not for Python 2. */
const py3OnlyBuiltins: Readonly<Record<string, string>> = {
  bytearray: "Python 2's bytearray mixes freely with str, which is text in a translated program; it is supported in Python 3 scripts",
};

/** Why the builtin `name` cannot be translated in this script's dialect, if it cannot. */
function unsupportedReason(ctx: LowerContext, name: string): string | undefined {
  return unsupportedBuiltins[name] ?? (ctx.isPy2 ? py3OnlyBuiltins[name] : undefined);
}

/**
 * Builtins the runtime exports that are neither in builtinSignatures nor exception
 * classes: usable as values (`isinstance(x, basestring)`, `key=print`).
 */
const valueOnlyBuiltins: ReadonlySet<string> = new Set(["__name__", "NotImplemented", "basestring", "print", "StopAsyncIteration"]);

/**
 * A builtin used as a value (`f = exit`, `isinstance(x, bytes)`): the runtime's
 * export of the same name. A builtin with no runtime counterpart is reported here,
 * as its call would be, instead of importing a name the runtime lacks.
 */
export function lowerBuiltinValue(ctx: LowerContext, node: ast.Name): ts.Expression {
  const name = node.id;
  const why = unsupportedReason(ctx, name);
  if (why) return ctx.unsupported(node, `The builtin '${name}'`, why);
  if (builtinSignatures[name] === undefined && !isBuiltinExceptionName(name) && !valueOnlyBuiltins.has(name)) {
    ctx.report(messages.unsupportedBuiltin, node, { name });
    return f.createIdentifier("undefined");
  }
  return ctx.helper(name);
}

export function lowerBuiltinCall(ctx: LowerContext, call: ast.Call, name: string): ts.Expression {
  if (name === "print") return lowerPrintCall(ctx, call);
  if (isBuiltinExceptionName(name)) return lowerExceptionInstantiation(ctx, call, name);
  const why = unsupportedReason(ctx, name);
  if (why) return ctx.unsupported(call.func, `The builtin '${name}'`, why);
  if (name === "vars" && call.args.length === 0) return ctx.unsupported(call.func, "vars() without an argument", "local variables are TypeScript variables, not a dictionary");
  const spec = builtinSignatures[name];
  if (spec === undefined) {
    ctx.report(messages.unsupportedBuiltin, call.func, { name });
    return f.createIdentifier("undefined");
  }
  // len(s) of a str: its code points (strLen); len(xs) of a list or tuple: its length.
  if (name === "len" && call.args.length === 1 && call.args[0]!.kind !== "Starred" && call.keywords.length === 0) {
    const kind = ctx.typeOf(call.args[0]!).kind;
    if (kind === "str") return ctx.callHelper("strLen", [lowerExpression(ctx, call.args[0]!)]);
    if (kind === "list" || kind === "tuple") return f.createPropertyAccessExpression(lowerExpression(ctx, call.args[0]!), "length");
  }
  const signature = signatureOf(sig(ctx.isPy2 ? py2Signatures[name] ?? spec : spec));
  if (ctx.isPy2 && name === "sorted") return lowerPy2Sorted(ctx, call, signature);
  // `dict(a, **b)`, `max(*xs, key=k)`: unpacking at the call site is bound by the runtime.
  const problem = staticBindingProblem(call, signature);
  if ((problem === "`**mapping` at the call site" && signature.varkw !== null) || (problem === "`*args` at the call site" && signature.varargs !== null && !isTrailingSpreadOnly(call))) {
    return lowerRuntimeBoundCall(ctx, call, ctx.helper(name));
  }
  return ctx.callHelper(name, bindArguments(ctx, call, name, signature, "positional"));
}

/** Builtin exception classes: `ValueError("x")` -> `new ValueError("x")`. */
export function isBuiltinExceptionName(name: string): boolean {
  return /(Error|Exception|Exit|Interrupt|Warning)$/.test(name) || name === "StopIteration" || name === "GeneratorExit";
}

function lowerExceptionInstantiation(ctx: LowerContext, call: ast.Call, name: string): ts.Expression {
  if (call.keywords.length > 0) return lowerRuntimeBoundCall(ctx, call, ctx.helper(name));
  return f.createNewExpression(ctx.helper(name), undefined, bindArguments(ctx, call, name, signatureOf(sig("*args")), "positional"));
}

// print(*values, sep=' ', end='\n', file=sys.stdout, flush=False) -> print(...values, { sep, end, file, flush })
function lowerPrintCall(ctx: LowerContext, call: ast.Call): ts.Expression {
  return ctx.callHelper("print", bindArguments(ctx, call, "print", signatureOf(sig("*values, *, sep?, end?, file?, flush?")), "positional"));
}

// Python 2: sorted(xs, None, len, True) / sorted(xs, cmp=f) -> sorted(xs, { cmp: null, key: len, reverse: true })
function lowerPy2Sorted(ctx: LowerContext, call: ast.Call, signature: ReturnType<typeof signatureOf>): ts.Expression {
  const problem = staticBindingProblem(call, signature);
  if (problem) return lowerRuntimeBoundCall(ctx, call, ctx.helper("sorted"));
  const [iterable, ...rest] = bindArguments(ctx, call, "sorted", signature, "positional");
  const names = ["cmp", "key", "reverse"];
  const props: ts.PropertyAssignment[] = [];
  rest.forEach((value, i) => {
    if (ts.isObjectLiteralExpression(value)) return;
    if (!(ts.isIdentifier(value) && value.text === "undefined")) props.push(f.createPropertyAssignment(names[i]!, value));
  });
  const trailing = rest[rest.length - 1];
  if (trailing && ts.isObjectLiteralExpression(trailing)) props.push(...(trailing.properties as unknown as ts.PropertyAssignment[]));
  return ctx.callHelper("sorted", props.length > 0 ? [iterable!, f.createObjectLiteralExpression(props, false)] : [iterable!]);
}
