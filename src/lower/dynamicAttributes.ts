// Where an attribute must be looked up the Python way (`getattr(obj, "name")`)
// rather than as a TypeScript property: functions (`f.__name__`, `f.cache`),
// builtin types (`str.upper`, `dict.fromkeys`), None (`None.x` raises
// AttributeError), introspection names (`x.__class__`, `f.__defaults__`), and
// class attributes that are not static members (an instance method read from the
// class). TypeScript knows nothing of these; the runtime's getattr does.
//
//   f.__name__        ->  getattr(f, "__name__")
//   str.upper         ->  getattr(str, "upper")
//   Worker.run(w)     ->  Worker.prototype.run.call(w)     (calls.ts)

import type * as ast from "../parse/ast.js";
import type { LowerContext } from "./context.js";
import { walk } from "../parse/forEachChild.js";
import { isContainerMethod, isPrimitiveMethodName } from "./methods.js";
import { libraryDataAttributeNames, libraryMethodNames } from "../runtime/internal/libraryMemberNames.js";

const introspectionNames = new Set([
  "__class__", "__dict__", "__name__", "__qualname__", "__doc__", "__module__", "__defaults__",
  "__kwdefaults__", "__code__", "__closure__", "__globals__", "__bases__", "__mro__", "__self__",
  "__func__", "__wrapped__", "__annotations__", "func_name", "func_defaults", "func_doc", "func_code",
  "func_globals", "im_func", "im_self", "im_class",
]);

const typeAttributes = new Set(["__name__", "__qualname__", "__module__", "__mro__", "__bases__"]);

function isTypeCall(ctx: LowerContext, node: ast.Expression): boolean {
  return node.kind === "Call" && node.func.kind === "Name" && node.func.id === "type" && node.args.length === 1 && ctx.resolution(node.func).kind === "builtin";
}

export function needsDynamicAttribute(ctx: LowerContext, receiver: ast.Expression, name: string): boolean {
  // type(x).__name__: every type object has the type attributes.
  if (isTypeCall(ctx, receiver) && typeAttributes.has(name)) return false;
  if (introspectionNames.has(name)) return true;
  if ((receiver.kind === "Constant" && receiver.value.type === "None") || (receiver.kind === "Name" && receiver.id === "None")) return true;
  const type = ctx.typeOf(receiver);
  if (type.kind === "function") return true;
  if (receiver.kind !== "Name") return false;
  const resolution = ctx.resolution(receiver);
  if (resolution.kind === "builtin") return !["True", "False", "None"].includes(receiver.id);
  if (resolution.kind === "undefined") return false;
  const bindings = resolution.symbol.bindings;
  const only = bindings.length === 1 ? bindings[0]! : null;
  if (only?.kind === "FunctionDef") return true;
  if (only?.kind === "ClassDef") return !hasStaticMember(ctx, only, name);
  return false;
}

/** A class attribute, static method or class method of `cls` or its user base classes. */
export function hasStaticMember(ctx: LowerContext, cls: ast.ClassDef, name: string): boolean {
  for (const stmt of cls.body) {
    if (stmt.kind === "Assign" && stmt.targets.some((t) => t.kind === "Name" && t.id === name)) return true;
    if (stmt.kind === "FunctionDef" && stmt.name.name === name) {
      return stmt.decoratorList.some((d) => d.kind === "Name" && (d.id === "staticmethod" || d.id === "classmethod"));
    }
  }
  const base = userBaseClass(ctx, cls);
  return base ? hasStaticMember(ctx, base, name) : false;
}

/** The instance method `name` of `cls` (or a user base class), if there is one. */
export function instanceMethod(ctx: LowerContext, cls: ast.ClassDef, name: string): ast.FunctionDef | null {
  for (const stmt of cls.body) {
    if (stmt.kind === "FunctionDef" && stmt.name.name === name) {
      const isStatic = stmt.decoratorList.some((d) => d.kind === "Name" && (d.id === "staticmethod" || d.id === "classmethod"));
      return isStatic ? null : stmt;
    }
  }
  const base = userBaseClass(ctx, cls);
  return base ? instanceMethod(ctx, base, name) : null;
}

/** The base class when it is a class of this module. */
export function userBaseClass(ctx: LowerContext, cls: ast.ClassDef): ast.ClassDef | null {
  const base = cls.bases[0];
  if (!base || base.kind !== "Name") return null;
  const resolution = ctx.resolution(base);
  if (resolution.kind !== "local" && resolution.kind !== "global" && resolution.kind !== "enclosing") return null;
  const only = resolution.symbol.bindings.length === 1 ? resolution.symbol.bindings[0]! : null;
  return only?.kind === "ClassDef" ? only : null;
}

/** The user class a name denotes (bound once by a `class` statement). */
export function classNamed(ctx: LowerContext, node: ast.Expression): ast.ClassDef | null {
  if (node.kind !== "Name") return null;
  const resolution = ctx.resolution(node);
  if (resolution.kind === "builtin" || resolution.kind === "undefined") return null;
  const only = resolution.symbol.bindings.length === 1 ? resolution.symbol.bindings[0]! : null;
  return only?.kind === "ClassDef" ? only : null;
}

/** `@property` without a `.setter` in `cls` or its user base classes: assigning it raises AttributeError. */
export function isReadOnlyProperty(ctx: LowerContext, cls: ast.ClassDef, name: string): boolean {
  const decorated = (stmt: ast.Stmt, decorator: string): boolean =>
    stmt.kind === "FunctionDef" &&
    stmt.name.name === name &&
    stmt.decoratorList.some((d) => (d.kind === "Name" && d.id === decorator) || (d.kind === "Attribute" && d.attr.name === decorator));
  if (cls.body.some((s) => decorated(s, "setter"))) return false;
  if (cls.body.some((s) => decorated(s, "property"))) return true;
  const base = userBaseClass(ctx, cls);
  return base ? isReadOnlyProperty(ctx, base, name) : false;
}

/**
 * A method read as a value (`key=records.get`, `callback=self.done`): Python gives a
 * bound method, a TypeScript property read gives a function without its receiver,
 * so it is read through getattr (which binds it). A receiver of unknown type is
 * treated so when any class of this module, runtime container or str has a method
 * of that name; a data attribute read that way is still correct.
 */
export function isMethodValue(ctx: LowerContext, node: ast.Attribute): boolean {
  const name = node.attr.name;
  const type = ctx.typeOf(node.value);
  const cls = type.kind === "instance" ? type.def : isSelfReceiver(ctx, node.value) ? ctx.currentClass() : null;
  if (cls) {
    const method = instanceMethod(ctx, cls, name);
    return method !== null && !method.decoratorList.some((d) => (d.kind === "Name" && d.id === "property") || d.kind === "Attribute");
  }
  if (type.kind === "list" || type.kind === "dict" || type.kind === "set" || type.kind === "frozenset" || type.kind === "tuple") return isContainerMethod(type.kind, name);
  if (type.kind === "str") return isPrimitiveMethodName(name, ctx.isPy2);
  // A multiprocessing object's method (`iter(q.get, None)`, `acquire = lock.acquire`); its data
  // attributes (`v.value`, `p.exitcode`) stay plain reads.
  if (type.kind === "library") return libraryMethodNames.has(name) || ["list", "dict", "set"].some((k) => isContainerMethod(k, name));
  if (type.kind !== "unknown") return false;
  return moduleMethodNames(ctx).has(name) || ["list", "dict", "set"].some((k) => isContainerMethod(k, name)) || isPrimitiveMethodName(name, ctx.isPy2);
}

/** True when `obj.name` is read through getattr: the attribute may be missing (AttributeError), a bound method or computed. */
export function readsThroughGetattr(ctx: LowerContext, node: ast.Attribute): boolean {
  const name = node.attr.name;
  return needsDynamicAttribute(ctx, node.value, name) || isMethodValue(ctx, node) || !isKnownAttribute(ctx, node.value, name);
}

function isSelfReceiver(ctx: LowerContext, node: ast.Expression): boolean {
  if (node.kind !== "Name") return false;
  const resolution = ctx.resolution(node);
  return resolution.kind !== "builtin" && resolution.kind !== "undefined" && ctx.isSelf(resolution.symbol);
}

const methodNamesCache = new WeakMap<ast.Module, Set<string>>();

/** Names of the instance methods the classes of this module define. */
function moduleMethodNames(ctx: LowerContext): Set<string> {
  let names = methodNamesCache.get(ctx.module);
  if (!names) {
    names = new Set();
    walk(ctx.module, (node) => {
      if (node.kind === "ClassDef") for (const stmt of node.body) if (stmt.kind === "FunctionDef" && !stmt.decoratorList.length) names!.add(stmt.name.name);
    });
    methodNamesCache.set(ctx.module, names);
  }
  return names;
}

const memberNamesCache = new WeakMap<ast.Module, Set<string>>();

/**
 * Other methods of runtime objects a receiver of unknown type may call directly: a
 * manager's factories (`with Manager() as m: m.dict()`), file methods
 * (`sys.stdout.write`), a future's.
 */
export const runtimeObjectMethodNames: ReadonlySet<string> = new Set([
  "dict", "list", "Namespace", "Value", "Array", "Lock", "RLock", "Queue", "JoinableQueue", "Pool", "Semaphore",
  "BoundedSemaphore", "Event", "Condition", "Barrier", "write", "writelines", "flush", "running", "cancelled",
]);

/**
 * Names the classes of this module give their instances in the class body (methods,
 * decorated too, and class attributes), and the typeids a manager class registers
 * (`MyManager.register('Counter', Counter)`: `m.Counter()`).
 */
export function moduleClassMemberNames(ctx: LowerContext): ReadonlySet<string> {
  let names = memberNamesCache.get(ctx.module);
  if (!names) {
    const found = new Set<string>();
    walk(ctx.module, (node) => {
      if (node.kind === "Call" && node.func.kind === "Attribute" && node.func.attr.name === "register") {
        const typeid = node.args[0];
        if (typeid?.kind === "Constant" && typeid.value.type === "str") found.add(typeid.value.value);
      }
      if (node.kind !== "ClassDef") return;
      for (const stmt of node.body) {
        if (stmt.kind === "FunctionDef") found.add(stmt.name.name);
        if (stmt.kind === "Assign") for (const t of stmt.targets) if (t.kind === "Name") found.add(t.id);
      }
    });
    memberNamesCache.set(ctx.module, (names = found));
  }
  return names;
}

/**
 * True when reading `receiver.name` may be a plain property read: the attribute is
 * known to exist (set through `self` in the class or a base, a class attribute, a
 * method or property; a class with a runtime base such as Process is trusted), or
 * the receiver is a runtime object (from a library call, or an exception being
 * handled). Elsewhere a missing attribute must raise AttributeError, which only
 * getattr() does: a property read gives undefined.
 */
export function isKnownAttribute(ctx: LowerContext, receiver: ast.Expression, name: string): boolean {
  if (isTypeCall(ctx, receiver) && typeAttributes.has(name)) return true;
  const type = ctx.typeOf(receiver);
  // Any other name of a runtime object goes through getattr: a typo (`v.val`) raises
  // AttributeError as in CPython, where a property read would give undefined.
  if (type.kind === "library") return libraryDataAttributeNames.has(name) || libraryMethodNames.has(name);
  const cls = type.kind === "instance" ? type.def : isSelfReceiver(ctx, receiver) ? ctx.currentClass() : null;
  if (cls) return classDefinesAttribute(ctx, cls, name);
  if (receiver.kind === "Name" && ctx.resolution(receiver).kind !== "builtin" && ctx.resolution(receiver).kind !== "undefined" && ctx.isHandlerVariable(receiver)) {
    return exceptionAttributes.has(name);
  }
  return false;
}

/** Attributes every exception has, or those of the OSError and SystemExit families. */
const exceptionAttributes = new Set(["args", "message", "__cause__", "__context__", "__suppress_context__", "__traceback__", "errno", "strerror", "filename", "code"]);

function classDefinesAttribute(ctx: LowerContext, cls: ast.ClassDef, name: string): boolean {
  for (let c: ast.ClassDef | null = cls; c !== null; c = userBaseClass(ctx, c)) {
    if (c.bases.length > 0 && !userBaseClass(ctx, c) && !isObjectBase(ctx, c.bases[0]!)) return true;
    for (const stmt of c.body) {
      if (stmt.kind === "FunctionDef" && stmt.name.name === name) return true;
      if (stmt.kind === "Assign" && stmt.targets.some((t) => t.kind === "Name" && t.id === name)) return true;
      if (stmt.kind === "FunctionDef" && assignsSelfAttribute(stmt, name)) return true;
    }
  }
  return false;
}

function isObjectBase(ctx: LowerContext, base: ast.Expression): boolean {
  return base.kind === "Name" && base.id === "object" && ctx.resolution(base).kind === "builtin";
}

function assignsSelfAttribute(method: ast.FunctionDef, name: string): boolean {
  const self = method.args.args[0]?.arg;
  if (!self) return false;
  let found = false;
  walk(method, (node) => {
    if (node.kind === "Attribute" && node.ctx === "Store" && node.attr.name === name && node.value.kind === "Name" && node.value.id === self) found = true;
    return !found;
  });
  return found;
}

/**
 * `obj.a = v` must go through setattr() (and so the class's `__setattr__`) when
 * obj's class defines `__setattr__`, or when obj's type is unknown and some class
 * of the module defines one.
 */
export function storeNeedsSetattr(ctx: LowerContext, receiver: ast.Expression): boolean {
  const type = ctx.typeOf(receiver);
  let cls: ast.ClassDef | null = type.kind === "instance" ? type.def : null;
  if (cls === null && receiver.kind === "Name") {
    const resolution = ctx.resolution(receiver);
    if (resolution.kind !== "builtin" && resolution.kind !== "undefined" && ctx.isSelf(resolution.symbol)) cls = ctx.currentClass();
  }
  if (cls !== null) {
    for (let c: ast.ClassDef | null = cls; c !== null; c = userBaseClass(ctx, c)) if (definesSetattr(c)) return true;
    return false;
  }
  if (type.kind !== "unknown") return false;
  let any = moduleHasSetattr.get(ctx.module);
  if (any === undefined) {
    let found = false;
    walk(ctx.module, (node) => {
      if (node.kind === "ClassDef" && definesSetattr(node)) found = true;
    });
    moduleHasSetattr.set(ctx.module, (any = found));
  }
  return any;
}

const moduleHasSetattr = new WeakMap<object, boolean>();

function definesSetattr(cls: ast.ClassDef): boolean {
  return cls.body.some((stmt) => stmt.kind === "FunctionDef" && stmt.name.name === "__setattr__");
}
