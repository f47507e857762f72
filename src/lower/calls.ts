// Lowers calls. The callee decides the shape:
//
//   len(xs)                          ->  len(xs)                     (builtins.ts)
//   os.getpid() / sleep(2)           ->  os.getpid() / sleep(2)      (library functions)
//   Process(target=f, args=(1,))     ->  new Process({ target: f, args: PyTuple.of(1) })
//   work(1, b=2)  (def work(a, b=0)) ->  work(1, 2)                  (keywords bound at compile time)
//   Counter(3)    (class Counter)    ->  new Counter(3)
//   s.upper()     (s of unknown type)->  callMethod(s, "upper")      (str methods need the runtime)
//   obj.run(1)                       ->  obj.run(1)

import ts from "typescript";
import type { PySymbol } from "../analyze/index.js";
import type * as ast from "../parse/ast.js";
import {
  bindArguments,
  lowerRuntimeBoundCall,
  optionsObject,
  signatureOf,
  signatureOfArguments,
  spreadBeforeKeywords,
  staticBindingProblem,
  type Convention,
  type Signature,
} from "./arguments.js";
import { initOf, withoutSelf } from "./signatures.js";
import { methodCallNeedsBinding, valueCallNeedsBinding } from "./callArity.js";
import { libraryCallNeedsBinding } from "./libraryCallArity.js";
import { classNamed, instanceMethod, moduleClassMemberNames, needsDynamicAttribute, runtimeObjectMethodNames, userBaseClass } from "./dynamicAttributes.js";
import { libraryMethodNames } from "../runtime/internal/libraryMemberNames.js";
import { lowerBuiltinCall } from "./builtins.js";
import { classesUsedAsValues } from "./classValues.js";
import { f, type LowerContext } from "./context.js";
import { lowerExpression } from "./expressions.js";
import { isContainerMethod, isJsMemberName, isRuntimeDispatchedMethod, lookupMethodSignature } from "./methods.js";
import { importedMemberOf, moduleOfExpression, type ImportedMember } from "./modules.js";
import { lookupMember, type Member } from "./runtimeApi.js";

export function lowerCall(ctx: LowerContext, call: ast.Call): ts.Expression {
  const callee = call.func;
  warnLiteralCallee(ctx, call);
  if (callee.kind === "Name") {
    const resolution = ctx.resolution(callee);
    if (resolution.kind === "builtin") return lowerBuiltinCall(ctx, call, callee.id);
    if (resolution.kind !== "undefined") {
      const symbol = resolution.symbol;
      // `cls(...)` in a class method instantiates the class it was called on.
      if (ctx.isClassReceiver(symbol)) return lowerDynamicCall(ctx, call, f.createThis(), /* isNew */ true);
      const member = importedMemberOf(ctx, symbol);
      if (member) return lowerLibraryCall(ctx, call, member.name, member.member, lowerExpression(ctx, callee));
      const definition = singleDefinition(symbol);
      if (definition?.kind === "FunctionDef") return lowerKnownFunctionCall(ctx, call, definition, lowerExpression(ctx, callee));
      if (definition?.kind === "ClassDef") return lowerClassInstantiation(ctx, call, definition, lowerExpression(ctx, callee));
    }
  }
  if (callee.kind === "Attribute") {
    const superCall = lowerSuperCall(ctx, call, callee);
    if (superCall) return superCall;
    const module = moduleOfExpression(ctx, callee.value);
    if (module) {
      const member = lookupMember(module.spec, callee.attr.name, ctx.isPy2);
      const target = lowerExpression(ctx, callee);
      if (member) return lowerLibraryCall(ctx, call, `${module.pythonName}.${callee.attr.name}`, member, target);
      return target; // lowerExpression already reported the unsupported member
    }
    return lowerMethodCall(ctx, call, callee);
  }
  if (needsCallHelper(ctx, callee)) return lowerValueCall(ctx, call, lowerExpression(ctx, callee));
  // g(1) where g may be a def used as a value that takes other arguments: bound by the runtime.
  if ((callee.kind !== "Name" || ctx.resolution(callee).kind !== "undefined") && valueCallNeedsBinding(ctx, call)) {
    return lowerRuntimeBoundCall(ctx, call, lowerExpression(ctx, callee));
  }
  return lowerDynamicCall(ctx, call, lowerExpression(ctx, callee));
}

/**
 * A callee that may not be a JavaScript function: an item (`handlers[k]()`), a call
 * result (`make()()`), a value of a known non-function type (a class too: it needs
 * `new`), or any value of unknown type when a class of this module defines
 * `__call__` or a class is used as a value (classValues.ts). `call(f, ...)` gives CPython's
 * "'int' object is not callable" and calls `__call__`.
 */
function needsCallHelper(ctx: LowerContext, callee: ast.Expression): boolean {
  if (callee.kind === "Lambda") return false;
  const kind = ctx.typeOf(callee).kind;
  if (kind === "function") return false;
  if (callee.kind !== "Name") return true;
  // A class in a variable (`E = ValueError; E('x')`) needs `new`: call() gives it.
  if (kind !== "unknown") return true;
  return definesCall(ctx) || classesUsedAsValues(ctx);
}

function definesCall(ctx: LowerContext): boolean {
  return ctx.module.body.some((s) => s.kind === "ClassDef" && s.body.some((m) => m.kind === "FunctionDef" && m.name.name === "__call__"));
}

// handlers[k](x) -> call(getitem(handlers, k), x)
function lowerValueCall(ctx: LowerContext, call: ast.Call, target: ts.Expression): ts.Expression {
  if (call.keywords.length > 0 || call.args.some((a) => a.kind === "Starred")) return lowerRuntimeBoundCall(ctx, call, target);
  return ctx.callHelper("call", [target, ...positionalArgs(ctx, call)]);
}

/** The `def`/`class` statement of a symbol bound exactly once by it. */
function singleDefinition(symbol: PySymbol): ast.FunctionDef | ast.ClassDef | null {
  if (symbol.bindings.length !== 1) return null;
  const binding = symbol.bindings[0]!;
  return binding.kind === "FunctionDef" || binding.kind === "ClassDef" ? binding : null;
}

function lowerLibraryCall(ctx: LowerContext, call: ast.Call, name: string, member: Member, target: ts.Expression): ts.Expression {
  if (member.kind === "function") return bindAndCall(ctx, call, name, signatureOf(member.params), "positional", target, false);
  if (member.kind === "class") {
    const signature = signatureOf(member.params);
    // A class that checks its own keywords gets them all: a wrong one raises CPython's TypeError when the call runs.
    if (member.checksKeywords && call.args.length <= signature.positional.length && call.args.every((a) => a.kind !== "Starred") && call.keywords.every((k) => k.arg)) {
      return f.createNewExpression(target, undefined, call.args.length + call.keywords.length > 0 ? [optionsObject(ctx, call, signature)] : []);
    }
    // An exception class (`cls("*args")`: queue.Empty, multiprocessing.TimeoutError) takes its arguments as they are.
    const convention = signature.positional.length === 0 && signature.varargs !== null ? "positional" : "options";
    return bindAndCall(ctx, call, name, signature, convention, target, true);
  }
  return lowerDynamicCall(ctx, call, target);
}

/** A call to a `def` of this module: bound at compile time, or by the runtime when it cannot be. */
function lowerKnownFunctionCall(ctx: LowerContext, call: ast.Call, def: ast.FunctionDef, target: ts.Expression): ts.Expression {
  const signature = signatureOfArguments(def.args);
  if (staticBindingProblem(call, signature) || spreadBeforeKeywords(call, signature)) return lowerRuntimeBoundCall(ctx, call, target);
  return bindAndCall(ctx, call, def.name.name, signature, "positional", target, false, true);
}

/** `Cls(args)` -> `new Cls(args)`, binding keywords against `__init__` when the class defines it. */
function lowerClassInstantiation(ctx: LowerContext, call: ast.Call, cls: ast.ClassDef, target: ts.Expression): ts.Expression {
  const init = initOf(cls);
  if (init) {
    const signature = withoutSelf(init);
    if (staticBindingProblem(call, signature) || spreadBeforeKeywords(call, signature)) return lowerRuntimeBoundCall(ctx, call, target);
    return bindAndCall(ctx, call, cls.name.name, signature, "positional", target, true, true);
  }
  return lowerDynamicCall(ctx, call, target, /* isNew */ true);
}

function bindAndCall(
  ctx: LowerContext,
  call: ast.Call,
  name: string,
  signature: Signature,
  convention: Convention,
  target: ts.Expression,
  isNew: boolean,
  userDefined = false,
): ts.Expression {
  const args = bindArguments(ctx, call, name, signature, convention, userDefined);
  return isNew ? f.createNewExpression(target, undefined, args) : f.createCallExpression(target, undefined, args);
}

function lowerMethodCall(ctx: LowerContext, call: ast.Call, callee: ast.Attribute): ts.Expression {
  const receiver = lowerExpression(ctx, callee.value);
  const name = callee.attr.name;
  // a.m(1, 2) that a method `m` of this module would reject: bound by the runtime, which raises CPython's TypeError.
  if (methodCallNeedsBinding(ctx, call) || libraryCallNeedsBinding(ctx, call)) {
    return lowerRuntimeBoundCall(ctx, call, f.createStringLiteral(name), "callMethodKw", [receiver]);
  }
  // Worker.run(w): an instance method called through its class -> Worker.prototype.run.call(w)
  const cls = classNamed(ctx, callee.value);
  if (cls && instanceMethod(ctx, cls, name) && call.keywords.length === 0 && call.args.length > 0 && call.args[0]!.kind !== "Starred") {
    const method = f.createPropertyAccessExpression(f.createPropertyAccessExpression(receiver, "prototype"), name);
    return f.createCallExpression(f.createPropertyAccessExpression(method, "call"), undefined, positionalArgs(ctx, call));
  }
  if (needsDynamicAttribute(ctx, callee.value, name)) {
    return lowerDynamicCall(ctx, call, ctx.callHelper("getattr", [receiver, f.createStringLiteral(name)]));
  }
  if (call.keywords.length > 0) {
    const signature = lookupMethodSignature(name, call.keywords);
    // Bound by method name when the library signature is unambiguous, else at run time.
    if (!signature || staticBindingProblem(call, signature)) {
      return lowerRuntimeBoundCall(ctx, call, f.createStringLiteral(name), "callMethodKw", [receiver]);
    }
    return methodCall(ctx, callee.value, receiver, name, bindArguments(ctx, call, name, signature, "positional"));
  }
  return methodCall(ctx, callee.value, receiver, name, positionalArgs(ctx, call));
}

function methodCall(ctx: LowerContext, receiverNode: ast.Expression, receiver: ts.Expression, name: string, args: ts.Expression[]): ts.Expression {
  // Strings, numbers and generators are JavaScript values: their Python methods live in the runtime.
  if (!isDirectMethod(ctx, receiverNode, name)) {
    return ctx.callHelper("callMethod", [receiver, f.createStringLiteral(name), ...args]);
  }
  return f.createCallExpression(f.createPropertyAccessExpression(receiver, name), undefined, args);
}

/**
 * A method call that may be a plain TypeScript call: a Python method of a receiver
 * known to be a list/dict/set/tuple, a method of an instance of a class of this
 * module (or `self`), or a name no str/int/float/generator or JavaScript object has.
 */
function isDirectMethod(ctx: LowerContext, node: ast.Expression, name: string): boolean {
  const kind = ctx.typeOf(node).kind;
  if (isContainerMethod(kind, name)) return true;
  if (kind === "list" || kind === "dict" || kind === "set" || kind === "frozenset" || kind === "tuple") return false;
  // A str, int, float or bool is a JavaScript primitive: none of its methods is a JavaScript one.
  if (kind === "str" || kind === "int" || kind === "float" || kind === "bool") return false;
  const type = ctx.typeOf(node);
  const cls = type.kind === "instance" ? type.def : isSelfName(ctx, node) ? ctx.currentClass() : null;
  // A method the class (or a base of this module) defines is called directly; any other
  // name (an attribute holding a callable, a runtime base's method, __getattr__) goes
  // through callMethod, which raises AttributeError when there is none.
  if (cls) return definesMethod(ctx, cls, name);
  // A library object's own methods are called directly (`q.put(x)` is the hot path of a
  // producer); any other name goes through callMethod, which raises AttributeError
  // (`q.size()`), as a direct call would raise JavaScript's TypeError.
  if (kind === "library" && !libraryMethodNames.has(name)) return false;
  // A receiver of unknown type: a name no class of this module defines and no library
  // object has goes through callMethod too, so that `obj.frobnicate()` raises CPython's
  // AttributeError and not JavaScript's "obj.frobnicate is not a function".
  // (A list, dict or set method stays a plain call, `results.append(x)` on a parameter, as do other runtime objects' usual methods.)
  if (kind === "unknown" && !moduleClassMemberNames(ctx).has(name) && !libraryMethodNames.has(name) && !isAnyContainerMethod(name)) return false;
  return !isRuntimeDispatchedMethod(name, ctx.isPy2);
}

function isAnyContainerMethod(name: string): boolean {
  return isContainerMethod("list", name) || isContainerMethod("dict", name) || isContainerMethod("set", name) || runtimeObjectMethodNames.has(name);
}

function isSelfName(ctx: LowerContext, node: ast.Expression): boolean {
  if (node.kind !== "Name") return false;
  const resolution = ctx.resolution(node);
  return resolution.kind !== "builtin" && resolution.kind !== "undefined" && ctx.isSelf(resolution.symbol);
}

/**
 * `super().m(x)`, `super(Cls, self).m(x)` and `Base.m(self, x)` (Base being the
 * class's own base) -> `super.m(x)`. With single inheritance these are the same.
 */
function lowerSuperCall(ctx: LowerContext, call: ast.Call, callee: ast.Attribute): ts.Expression | null {
  const owner = callee.value;
  const isSuper = owner.kind === "Call" && owner.func.kind === "Name" && owner.func.id === "super" && ctx.resolution(owner.func).kind === "builtin";
  const cls = ctx.currentClass();
  const ownerPath = dottedPath(owner);
  const isBaseCall = !isSuper && cls !== null && ownerPath !== null && cls.bases.length === 1 && dottedPath(cls.bases[0]!) === ownerPath;
  if (!isSuper && !isBaseCall) return null;
  if (!ctx.inMethod) {
    // super(Cls, obj).m(...) anywhere: the member after Cls in obj's class order, bound to obj.
    if (isSuper && owner.kind === "Call" && owner.args.length === 2) {
      const proxy = ctx.callHelper("superOf", owner.args.map((a) => lowerExpression(ctx, a)));
      return lowerDynamicCall(ctx, call, f.createPropertyAccessExpression(proxy, callee.attr.name));
    }
    return ctx.unsupported(call, "super() outside a method", "it has no class to refer to");
  }
  const args = isBaseCall ? call.args.slice(1) : call.args;
  if (isBaseCall && (call.args.length === 0 || !isSelfName(ctx, call.args[0]!))) return null;
  const target = f.createPropertyAccessExpression(f.createSuper(), callee.attr.name);
  const bound = { ...call, args };
  // Keywords or unpacking are bound by the runtime, which calls the base method on `this`.
  if (bound.keywords.length > 0) {
    return lowerRuntimeBoundCall(ctx, bound, target, "callKwOn", [f.createThis()]);
  }
  return lowerDynamicCall(ctx, bound, target);
}

/** `Base` or `module.Base` as a dotted path (a class's base and `Base.m(self)` are compared so), else null. */
function dottedPath(node: ast.Expression): string | null {
  if (node.kind === "Name") return node.id;
  if (node.kind !== "Attribute") return null;
  const owner = dottedPath(node.value);
  return owner === null ? null : `${owner}.${node.attr.name}`;
}

function lowerDynamicCall(ctx: LowerContext, call: ast.Call, target: ts.Expression, isNew = false): ts.Expression {
  // Keywords to a callee unknown at compile time are bound by the runtime from its signature.
  if (call.keywords.length > 0) return lowerRuntimeBoundCall(ctx, call, target);
  const args = positionalArgs(ctx, call);
  return isNew ? f.createNewExpression(target, undefined, args) : f.createCallExpression(target, undefined, args);
}

function positionalArgs(ctx: LowerContext, call: ast.Call): ts.Expression[] {
  return call.args.map((arg) =>
    arg.kind === "Starred" ? f.createSpreadElement(ctx.callHelper("iterate", [lowerExpression(ctx, arg.value)])) : lowerExpression(ctx, arg),
  );
}

export type { ImportedMember };

/** True when `cls` or one of its bases in this module has a def of this name (any kind). */
function definesMethod(ctx: LowerContext, cls: ast.ClassDef, name: string): boolean {
  for (let c: ast.ClassDef | null = cls; c !== null; c = userBaseClass(ctx, c)) {
    if (c.body.some((stmt) => stmt.kind === "FunctionDef" && stmt.name.name === name)) return true;
  }
  return false;
}

/** CPython 3.8+'s compile-time warning for calling a literal: `None()`, `[1, 2](x)`, `"a" "b"()` (a missed comma). */
function warnLiteralCallee(ctx: LowerContext, call: ast.Call): void {
  if (ctx.isPy2) return;
  const type = literalTypeName(call.func);
  if (type === null) return;
  ctx.syntaxWarnings.push({ offset: call.span.start, line: ctx.lineOf(call.span.start), message: `'${type}' object is not callable; perhaps you missed a comma?` });
}

function literalTypeName(node: ast.Expression): string | null {
  switch (node.kind) {
    case "Constant": {
      const names: Record<string, string> = { None: "NoneType", bool: "bool", int: "int", float: "float", complex: "complex", str: "str", bytes: "bytes", Ellipsis: "ellipsis" };
      return names[node.value.type] ?? null;
    }
    case "Tuple":
      return "tuple";
    case "List":
    case "ListComp":
      return "list";
    case "Dict":
    case "DictComp":
      return "dict";
    case "Set":
    case "SetComp":
      return "set";
    case "GeneratorExp":
      return "generator";
    case "JoinedStr":
    case "FormattedValue":
      return "str";
    default:
      return null;
  }
}
