// Lowers `class` statements. Every Python class extends the runtime's PyObject (or
// its Python base), whose constructor calls `__init__`, so Python's two-step object
// creation and `super().__init__(...)` keep their meaning.
//
//   class Counter(object):            ->  export class Counter extends PyObject {
//       total = 0                             static total: any = 0;
//       def __init__(self, n):                declare n: any;
//           self.n = n                        __init__(n: any) { this.n = n; }
//       @staticmethod                         static make() { return new Counter(0); }
//       def make(): return Counter(0)     }
//       @property                             get double() { return mul(this.n, 2); }
//       def double(self): ...

import ts from "typescript";
import type * as ast from "../parse/ast.js";
import { walk } from "../parse/forEachChild.js";
import { f, type LowerContext } from "./context.js";
import { lowerExpression } from "./expressions.js";
import { anyType, declaresItself, generatorType, lowerFunctionParts } from "./functions.js";
import { isBuiltinExceptionName } from "./builtins.js";
import { attachTrivia } from "./trivia.js";
import { defineFunctionStatement, signatureSpec } from "./signatures.js";
import { classNamed, instanceMethod, userBaseClass } from "./dynamicAttributes.js";

export function lowerClassDef(ctx: LowerContext, node: ast.ClassDef, exported: boolean): ts.Statement[] {
  if (node.decoratorList.length > 0) ctx.unsupported(node.decoratorList[0]!, "A class decorator", "class decorators are not translated yet");
  if (node.keywords.length > 0) ctx.unsupported(node.keywords[0]!, "A class keyword (metaclass)", "metaclasses are not translated");
  node.bases.forEach((b) => checkBuiltinBase(ctx, b));
  // class Both(Left, Right) -> class Both extends multipleBases(Left, Right): a chain in CPython's MRO.
  if (node.bases.length > 1) checkCooperativeSuper(ctx, node);
  const base = node.bases.length > 1 ? ctx.callHelper("multipleBases", node.bases.map((b) => lowerExpression(ctx, b))) : baseClass(ctx, node);
  const members: ts.ClassElement[] = [...fieldDeclarations(ctx, node), ...leakedNames(ctx, node)];
  const after: ts.Statement[] = [];
  const className = ctx.declaredName(node);
  // A module-level class is declared before the module body runs; attributes that read
  // module variables are assigned where the class statement stands (all of them, in order).
  const deferred = exported && readsModuleVariables(ctx, node) ? ([] as ts.Statement[]) : null;
  node.body.forEach((stmt, i) => {
    const lowered = deferred && stmt.kind === "Assign" && !methodAlias(node, stmt) ? deferClassAttribute(ctx, stmt, className, deferred) : lowerMember(ctx, node, stmt, className, after);
    // Comments and position markers ride on class members like on statements.
    attachTrivia(stmt, lowered as unknown as ts.Statement[], ctx.trivia, ctx.lineMap, i === 0);
    members.push(...lowered);
  });
  const modifiers = exported ? [f.createModifier(ts.SyntaxKind.ExportKeyword)] : undefined;
  const heritage = [f.createHeritageClause(ts.SyntaxKind.ExtendsKeyword, [f.createExpressionWithTypeArguments(base, undefined)])];
  const attributes = classAttributeNames(node);
  const staticMethods = decoratedMethodNames(node, "staticmethod");
  const classMethods = decoratedMethodNames(node, "classmethod");
  if (attributes.length > 0 || staticMethods.length > 0 || classMethods.length > 0) {
    // Instances see class attributes, static and class methods too (classAttributes.ts).
    const list = (names: string[]): ts.Expression => f.createArrayLiteralExpression(names.map((n) => f.createStringLiteral(n)));
    const args: ts.Expression[] = [f.createIdentifier(className), list(attributes)];
    const methods: ts.PropertyAssignment[] = [];
    if (staticMethods.length > 0) methods.push(f.createPropertyAssignment("static", list(staticMethods)));
    if (classMethods.length > 0) methods.push(f.createPropertyAssignment("class", list(classMethods)));
    if (methods.length > 0) args.push(f.createObjectLiteralExpression(methods, false));
    after.unshift(f.createExpressionStatement(ctx.callHelper("classAttributes", args)));
  }
  if (deferred) ctx.deferredDefaults.set(node, deferred);
  if (!exported && !declaresItself(ctx, node)) {
    // Like a def in a block (functions.ts): the class assigns the variable declared outside the block.
    const expression = f.createClassExpression(undefined, className, undefined, heritage, members);
    return [f.createExpressionStatement(f.createAssignment(f.createIdentifier(className), expression)), ...after];
  }
  return [f.createClassDeclaration(modifiers, className, undefined, heritage, members), ...after];
}

/**
 * Under multiple inheritance a base's methods are copied into the combined chain,
 * but their `super` still follows the base's own chain (multipleBases.ts); where
 * CPython's cooperative super() would differ, that is reported, not translated.
 */
function checkCooperativeSuper(ctx: LowerContext, node: ast.ClassDef): void {
  const seen = new Set<ast.ClassDef>();
  const visit = (cls: ast.ClassDef | null): void => {
    if (cls === null || seen.has(cls)) return;
    seen.add(cls);
    walk(cls, (child) => {
      if (child.kind === "Call" && child.func.kind === "Attribute" && child.func.value.kind === "Call" && child.func.value.func.kind === "Name" && child.func.value.func.id === "super") {
        ctx.unsupported(child, "super() in a class used as one of several bases", "its calls would follow its own base chain, not the combined class order");
      }
    });
    for (const b of cls.bases) visit(classNamed(ctx, b));
  };
  node.bases.forEach((b) => visit(classNamed(ctx, b)));
}

/** The builtin types whose runtime counterpart can be extended (types.ts builtinClass); exceptions too. */
const subclassableBuiltins: ReadonlySet<string> = new Set(["object", "list", "tuple", "dict", "set", "frozenset"]);

/**
 * `class Name(bytearray)`: the runtime's other builtin types are functions that
 * build their values, so a subclass's instances would be plain values without the
 * subclass's methods. Reported instead of translated wrongly.
 */
function checkBuiltinBase(ctx: LowerContext, base: ast.Expression): void {
  if (base.kind !== "Name" || ctx.resolution(base).kind !== "builtin") return;
  if (subclassableBuiltins.has(base.id) || isBuiltinExceptionName(base.id)) return;
  ctx.unsupported(base, `A class based on the builtin '${base.id}'`, "only object, list, tuple, dict, set, frozenset and the exception classes can be subclassed in a translated program");
}

function baseClass(ctx: LowerContext, node: ast.ClassDef): ts.Expression {
  const base = node.bases[0];
  // Python 2's `class Old:` is an old-style (classic) class.
  if (!base && ctx.isPy2) return ctx.helper("PyClassicObject");
  if (!base || (base.kind === "Name" && base.id === "object" && ctx.resolution(base).kind === "builtin")) return ctx.helper("PyObject");
  return lowerExpression(ctx, base);
}

function lowerMember(ctx: LowerContext, cls: ast.ClassDef, stmt: ast.Stmt, className: string, after: ts.Statement[]): ts.ClassElement[] {
  switch (stmt.kind) {
    case "FunctionDef":
      return [lowerMethod(ctx, cls, stmt, className, after)];
    case "Assign": {
      // __rmul__ = __mul__: another name for a method -> Vector.prototype.__rmul__ = Vector.prototype.__mul__
      const alias = methodAlias(cls, stmt);
      if (alias) {
        const proto = (): ts.Expression => f.createPropertyAccessExpression(f.createIdentifier(className), "prototype");
        after.push(f.createExpressionStatement(f.createAssignment(f.createPropertyAccessExpression(proto(), alias[0]), f.createPropertyAccessExpression(proto(), alias[1]))));
        return [];
      }
      return lowerClassAttribute(ctx, stmt);
    }
    case "Pass":
      return [];
    case "Expr":
      if (stmt.value.kind === "Constant" && stmt.value.value.type === "str") return []; // docstring
      break;
    default:
      break;
  }
  ctx.unsupported(stmt, `A ${stmt.kind} statement in the body of class '${cls.name.name}'`, "only methods and attributes are translated");
  return [];
}

function decoratedMethodNames(cls: ast.ClassDef, decorator: string): string[] {
  return cls.body.flatMap((s) => (s.kind === "FunctionDef" && s.decoratorList.some((d) => d.kind === "Name" && d.id === decorator) ? [s.name.name] : []));
}

function classAttributeNames(cls: ast.ClassDef): string[] {
  return cls.body.flatMap((s) => (s.kind === "Assign" && s.targets.length === 1 && s.targets[0]!.kind === "Name" && !methodAlias(cls, s) ? [(s.targets[0] as ast.Name).id] : []));
}

/** `alias = method` in a class body, where `method` is a method defined above it: [alias, method]. */
function methodAlias(cls: ast.ClassDef, stmt: ast.Assign): [string, string] | null {
  const target = stmt.targets[0];
  if (stmt.targets.length !== 1 || target?.kind !== "Name" || stmt.value.kind !== "Name") return null;
  const name = stmt.value.id;
  const defined = cls.body.some((s) => s.kind === "FunctionDef" && s.name.name === name && s.span.end <= stmt.span.start && s.decoratorList.length === 0);
  return defined ? [target.id, name] : null;
}

/** Python 2: a list comprehension's variable in a class body is a class attribute (`static i: any;`). */
function leakedNames(ctx: LowerContext, cls: ast.ClassDef): ts.ClassElement[] {
  const scope = ctx.facts.bind.scopeOf.get(cls);
  if (!ctx.isPy2 || !scope) return [];
  const declared = new Set(
    cls.body.flatMap((s) => (s.kind === "FunctionDef" ? [s.name.name] : s.kind === "Assign" ? s.targets.flatMap((t) => (t.kind === "Name" ? [t.id] : [])) : [])),
  );
  const leaked = [...scope.symbols.keys()].filter((name) => !declared.has(name));
  return leaked.map((name) => f.createPropertyDeclaration([f.createModifier(ts.SyntaxKind.StaticKeyword)], name, undefined, anyType(), undefined));
}

/** True when a class attribute's value reads a module variable (one the module body assigns). */
function readsModuleVariables(ctx: LowerContext, cls: ast.ClassDef): boolean {
  let reads = false;
  for (const stmt of cls.body) {
    if (stmt.kind !== "Assign") continue;
    walk(stmt.value, (node) => {
      if (reads || node.kind !== "Name") return;
      const resolution = ctx.resolution(node);
      if (resolution.kind === "builtin" || resolution.kind === "undefined") return;
      if (resolution.symbol.scope.kind === "module" && ctx.placement(resolution.symbol).kind !== "ownDeclaration") reads = true;
    });
  }
  return reads;
}

// limit = MAX  ->  static limit: any;   and, in the module body,  Worker.limit = MAX;
function deferClassAttribute(ctx: LowerContext, stmt: ast.Assign, className: string, deferred: ts.Statement[]): ts.ClassElement[] {
  const target = stmt.targets[0]!;
  if (stmt.targets.length !== 1 || target.kind !== "Name") return lowerClassAttribute(ctx, stmt);
  const slot = f.createPropertyAccessExpression(f.createIdentifier(className), target.id);
  deferred.push(f.createExpressionStatement(f.createAssignment(slot, lowerExpression(ctx, stmt.value))));
  ctx.deferredClassAttributes.push({ cls: className, attribute: target.id });
  return [f.createPropertyDeclaration([f.createModifier(ts.SyntaxKind.StaticKeyword)], target.id, undefined, anyType(), undefined)];
}

// count = 0  ->  static count: any = 0;
function lowerClassAttribute(ctx: LowerContext, stmt: ast.Assign): ts.ClassElement[] {
  const target = stmt.targets[0]!;
  if (stmt.targets.length !== 1 || target.kind !== "Name") {
    ctx.unsupported(stmt, "This class attribute assignment", "assign one name at a time");
    return [];
  }
  const staticModifier = [f.createModifier(ts.SyntaxKind.StaticKeyword)];
  return [f.createPropertyDeclaration(staticModifier, target.id, undefined, anyType(), lowerExpression(ctx, stmt.value))];
}

function lowerMethod(ctx: LowerContext, cls: ast.ClassDef, def: ast.FunctionDef, className: string, after: ts.Statement[]): ts.ClassElement {
  const decorators = def.decoratorList.map((d) => (d.kind === "Name" ? d.id : d.kind === "Attribute" ? d.attr.name : "?"));
  const isStatic = decorators.includes("staticmethod");
  const isClassMethod = decorators.includes("classmethod");
  const isGetter = decorators.includes("property");
  const isSetter = decorators.includes("setter");
  const known = decorators.every((d) => ["staticmethod", "classmethod", "property", "setter"].includes(d));
  if (!known) ctx.unsupported(def.decoratorList[0]!, "This method decorator", "only @staticmethod, @classmethod and @property are translated");
  const parts = lowerFunctionParts(ctx, def, def.args, def.body, {
    isMethod: !isStatic,
    isClassMethod,
    optionalFrom: overrideParameterLimit(ctx, cls, def.name.name),
  });
  const name = def.name.name;
  const modifiers = isStatic || isClassMethod ? [f.createModifier(ts.SyntaxKind.StaticKeyword)] : undefined;
  if (parts.defaultStatements.length > 0) ctx.unsupported(def, "A method with a mutable default value", "it is not translated yet");
  if (ctx.needsSignature(def) && !isGetter && !isSetter) {
    // defineFunction(Counter.prototype.bump, "Counter.bump(self, by=)", [1])
    const owner = isStatic || isClassMethod ? f.createIdentifier(className) : f.createPropertyAccessExpression(f.createIdentifier(className), "prototype");
    const helper = isStatic ? "defineFunction" : "defineMethod";
    after.push(defineFunctionStatement(ctx, f.createPropertyAccessExpression(owner, name), signatureSpec(ctx.qualname(def), def.args), parts.defaults, parts.kwDefaults, helper));
  }
  if (isGetter) return f.createGetAccessorDeclaration(modifiers, name, [], undefined, parts.body);
  if (isSetter) return f.createSetAccessorDeclaration(modifiers, name, parts.parameters, parts.body);
  const asterisk = parts.isGenerator ? f.createToken(ts.SyntaxKind.AsteriskToken) : undefined;
  // A container's methods (PyDict.__setitem__, PyList.__init__) have declared return
  // types that an override returning nothing would not match.
  const returnType = parts.isGenerator ? generatorType(true) : hasContainerBase(ctx, cls) && !isStatic ? anyType() : undefined;
  return f.createMethodDeclaration(modifiers, asterisk, name, undefined, undefined, parts.parameters, returnType, parts.body);
}

/** `class Registry(dict)`, `class Tasks(list)`: a subclass of a builtin container. */
function hasContainerBase(ctx: LowerContext, cls: ast.ClassDef): boolean {
  const base = cls.bases[0];
  return base?.kind === "Name" && base.id !== "object" && subclassableBuiltins.has(base.id) && ctx.resolution(base).kind === "builtin";
}

/**
 * `declare n: any;` for each attribute the methods assign through `self`, so the
 * class shows its instance state (declare: the value is set by `__init__`, which
 * the base constructor calls, so a field initialiser would overwrite it).
 */
function fieldDeclarations(ctx: LowerContext, cls: ast.ClassDef): ts.ClassElement[] {
  const methodNames = new Set(cls.body.filter((s) => s.kind === "FunctionDef").map((s) => (s as ast.FunctionDef).name.name));
  const classAttributes = new Set(cls.body.flatMap((s) => (s.kind === "Assign" ? s.targets.filter((t) => t.kind === "Name").map((t) => (t as ast.Name).id) : [])));
  // Runtime bases such as Process and Exception take any attribute (an index signature); containers do not.
  if (cls.bases.length > 0 && !isUserOrObjectBase(ctx, cls.bases[0]!) && !hasContainerBase(ctx, cls)) return [];
  const names: string[] = [];
  for (const stmt of cls.body) {
    if (stmt.kind !== "FunctionDef") continue;
    const self = stmt.args.args[0]?.arg;
    if (!self || stmt.decoratorList.some((d) => d.kind === "Name" && d.id === "staticmethod")) continue;
    walk(stmt, (node) => {
      if (node.kind === "Attribute" && node.ctx === "Store" && node.value.kind === "Name" && node.value.id === self) {
        const attr = node.attr.name;
        if (!names.includes(attr) && !methodNames.has(attr) && !classAttributes.has(attr)) names.push(attr);
      }
      return node === stmt || (node.kind !== "FunctionDef" && node.kind !== "ClassDef" && node.kind !== "Lambda");
    });
  }
  const declare = [f.createModifier(ts.SyntaxKind.DeclareKeyword)];
  return names.map((n) => f.createPropertyDeclaration(declare, n, undefined, anyType(), undefined));
}

/**
 * TypeScript requires an override to accept the base method's calls; Python does
 * not. A method with more required parameters than the method it overrides makes
 * the extra ones optional (`__init__(name: any, cost: any, seconds?: any)`). Under a
 * runtime base class (Process, Exception) every parameter is made optional, since
 * the base's own signature is not known here.
 */
function overrideParameterLimit(ctx: LowerContext, cls: ast.ClassDef, name: string): number | undefined {
  if (cls.bases.length === 0 || (cls.bases[0]!.kind === "Name" && cls.bases[0]!.id === "object" && ctx.resolution(cls.bases[0] as ast.Name).kind === "builtin")) return undefined;
  const base = userBaseClass(ctx, cls);
  if (!base) return 0;
  const overridden = instanceMethod(ctx, base, name);
  if (!overridden) return undefined;
  if (overridden.args.vararg) return undefined;
  return Math.max(0, overridden.args.posonlyargs.length + overridden.args.args.length - 1);
}

function isUserOrObjectBase(ctx: LowerContext, base: ast.Expression): boolean {
  if (base.kind !== "Name") return false;
  const resolution = ctx.resolution(base);
  if (resolution.kind === "builtin") return base.id === "object";
  if (resolution.kind === "undefined") return false;
  const binding = resolution.symbol.bindings[0];
  return resolution.symbol.bindings.length === 1 && binding?.kind === "ClassDef" && binding.bases.every((b) => isUserOrObjectBase(ctx, b));
}
