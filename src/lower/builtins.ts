// Calls to Python builtins. Most become a call of the runtime helper with the same
// name, with keyword arguments bound against CPython's signature; a few need their
// own lowering:
//
//   print(a, b, sep="")     ->  print(a, b, { sep: "" })
//   range(n) / xrange(n)    ->  range(n) / xrange(n)      (py2 range returns a list)
//   sorted(xs, key=len)     ->  sorted(xs, { key: len })

import type ts from "typescript";
import { messages } from "../diagnostics/messages.js";
import type * as ast from "../parse/ast.js";
import { bindArguments, isTrailingSpreadOnly, lowerRuntimeBoundCall, signatureOf, staticBindingProblem } from "./arguments.js";
import { f, type LowerContext } from "./context.js";
import { sig } from "./runtimeApi.js";

/** CPython's signatures of the builtins we translate. */
const builtinSignatures: Readonly<Record<string, string>> = {
  abs: "x",
  all: "iterable",
  any: "iterable",
  ascii: "obj",
  bin: "x",
  bool: "x?",
  bytes: "source?, encoding?, errors?",
  callable: "obj",
  chr: "i",
  cmp: "x, y",
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
  unicode: "obj?",
  xrange: "start, stop?, step?",
  zip: "*iterables",
};

/** Builtins that exist but have no faithful translation; each says why. */
const unsupportedBuiltins: Readonly<Record<string, string>> = {
  eval: "a translated program cannot evaluate Python source at run time",
  exec: "a translated program cannot execute Python source at run time",
  compile: "a translated program cannot compile Python source at run time",
  globals: "module globals are TypeScript variables, not a dictionary",
  locals: "local variables are TypeScript variables, not a dictionary",
  vars: "objects do not expose their attributes as a dictionary",
  input: "reading standard input is not supported yet",
  raw_input: "reading standard input is not supported yet",
  open: "files are not supported yet",
  file: "files are not supported yet",
  __import__: "modules are resolved at compile time",
  execfile: "a translated program cannot execute Python source at run time",
  reload: "modules are resolved at compile time",
  help: "interactive help has no meaning in a translated program",
};

export function lowerBuiltinCall(ctx: LowerContext, call: ast.Call, name: string): ts.Expression {
  if (name === "print") return lowerPrintCall(ctx, call);
  if (isBuiltinExceptionName(name)) return lowerExceptionInstantiation(ctx, call, name);
  const why = unsupportedBuiltins[name];
  if (why) return ctx.unsupported(call.func, `The builtin '${name}'`, why);
  const spec = builtinSignatures[name];
  if (spec === undefined) {
    ctx.report(messages.unsupportedBuiltin, call.func, { name });
    return f.createIdentifier("undefined");
  }
  const signature = signatureOf(sig(spec));
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
