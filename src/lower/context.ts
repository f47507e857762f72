// State shared by every lowering function for one module: the analysis facts, the
// diagnostics sink, helper imports, name management and the stack of functions
// being lowered. Lowering reads the AST and facts and never mutates them.

import ts from "typescript";
import type { AnalysisFacts, NameSite, Placement, PySymbol, PyType, Resolution, Scope, SetConstant } from "../analyze/index.js";
import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { MessageTemplate, ParamsOf } from "../diagnostics/messages.js";
import { messages } from "../diagnostics/messages.js";
import { LineMap } from "../diagnostics/textPosition.js";
import type * as ast from "../parse/ast.js";
import { walk } from "../parse/forEachChild.js";
import { fail } from "../util/assert.js";
import { ImportManager } from "./imports.js";
import { NameManager, safeIdentifier } from "./names.js";
import type { Trivia } from "./trivia.js";
import { findFunctionsNeedingSignatures } from "./signatures.js";
import type { FastLoopPlan } from "./fastLoopPlan.js";

export const f = ts.factory;

export interface LoopFrame {
  /** Label that `break` must target (set when the loop has an `else` clause). */
  readonly breakLabel: string | null;
}

export interface FunctionFrame {
  readonly scope: Scope;
  /** A method body (its `this` is the instance or class). */
  readonly isMethod: boolean;
  readonly loops: LoopFrame[];
  /** Compiler temporaries used in this function, declared at its top (`let _t: any;`). */
  readonly temps: string[];
  /** Catch variables of the `except` blocks being lowered, innermost last (for bare `raise`). */
  readonly handlers: string[];
}

export interface LowerOptions {
  readonly fileName: string;
  readonly text: string;
}

export class LowerContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly names: NameManager;
  readonly imports: ImportManager;
  readonly lineMap: LineMap;
  readonly frames: FunctionFrame[] = [];
  /** Module-level variables the compiler adds (default-value holders of module-level defs). */
  readonly moduleHolders: string[] = [];
  /** `const square_lambda = moduleLambda(...)`: module-level lambdas created at import (moduleLambdas.ts). */
  readonly importTimeLambdas: ts.Statement[] = [];
  /** CPython 3's compile-time SyntaxWarnings (`x is 5`), printed before the module body runs. */
  readonly syntaxWarnings: Array<{ readonly offset: number; readonly line: number; readonly message: string }> = [];
  /**
   * For a module-level def with computed defaults, or a module-level class whose
   * attributes read module variables: the assignments the module body runs there.
   */
  readonly deferredDefaults = new Map<ast.FunctionDef | ast.ClassDef, ts.Statement[]>();
  /** Class attributes assigned by the module body (`C.limit = MAX`): in the fork snapshot, as a child must see them. */
  readonly deferredClassAttributes: Array<{ readonly cls: string; readonly attribute: string }> = [];
  /** While the plain-number copy of a versioned loop is lowered: its plan (fastLoops.ts). */
  fastLoop: FastLoopPlan | null = null;
  /** Inside either copy of a versioned loop, where nested loops are not versioned again. */
  versioning = false;
  /** Local TypeScript names of symbols renamed on emit (reserved words, clashes). */
  private readonly _symbolNames = new Map<PySymbol, string>();
  /** Module-level names of CPython 3's frozenset constants (lowerSet). */
  private readonly _setConstantNames = new Map<SetConstant, string>();
  /** Parameters lowered as `this`: the `self` of methods and `cls` of class methods. */
  private readonly _selfSymbols = new Set<PySymbol>();
  private readonly _classReceivers = new Set<PySymbol>();
  /** The `from ... import` statement owning each alias (plain `import` aliases are absent). */
  private readonly _importFroms = new Map<ast.Alias, ast.ImportFrom>();

  constructor(
    readonly facts: AnalysisFacts,
    readonly options: LowerOptions,
    readonly trivia: Trivia,
  ) {
    this.names = new NameManager(collectScriptNames(facts));
    this.imports = new ImportManager(this.names);
    this.lineMap = new LineMap(options.text);
    walk(facts.module, (node) => {
      if (node.kind === "ImportFrom") for (const alias of node.names) this._importFroms.set(alias, node);
    });
  }

  private _signaturesNeeded: Set<ast.FunctionDef> | null = null;

  /** The module-level constant holding a frozenset constant (literals.ts setConstantDeclarations). */
  setConstantName(constant: SetConstant): string {
    let name = this._setConstantNames.get(constant);
    if (name === undefined) {
      name = this.names.unique("frozensetConstant");
      this._setConstantNames.set(constant, name);
    }
    return name;
  }

  /** True when the runtime needs this function's Python signature (signatures.ts). */
  needsSignature(def: ast.FunctionDef): boolean {
    this._signaturesNeeded ??= findFunctionsNeedingSignatures(this);
    return this._signaturesNeeded.has(def);
  }

  /** CPython's __qualname__: `f`, `Counter.bump`, `outer.<locals>.inner`, `outer.<locals>.<lambda>`. */
  qualname(node: ast.FunctionDef | ast.ClassDef | ast.Lambda): string {
    const parts = [node.kind === "Lambda" ? "<lambda>" : node.name.name];
    let scope = this.facts.bind.scopeOf.get(node)?.parent ?? null;
    for (; scope && scope.kind !== "module"; scope = scope.parent) {
      const owner = scope.node;
      if (owner.kind === "ClassDef") parts.unshift(owner.name.name);
      else if (owner.kind === "FunctionDef") parts.unshift(`${owner.name.name}.<locals>`);
      else if (owner.kind === "Lambda") parts.unshift("<lambda>.<locals>");
    }
    return parts.join(".");
  }

  private _bindingStatements: Map<ast.Name, ast.Stmt> | null = null;

  /** The assignment statement whose plain-name target `name` is (`x = ...`, `x += ...`, `x: T = ...`). */
  bindingStatement(name: ast.Name): ast.Stmt | undefined {
    if (this._bindingStatements === null) {
      const map = new Map<ast.Name, ast.Stmt>();
      walk(this.facts.module, (node) => {
        if (node.kind === "Assign") for (const t of node.targets) if (t.kind === "Name") map.set(t, node);
        if ((node.kind === "AugAssign" || node.kind === "AnnAssign") && node.target.kind === "Name") map.set(node.target, node);
      });
      this._bindingStatements = map;
    }
    return this._bindingStatements.get(name);
  }

  importFromOf(alias: ast.Alias): ast.ImportFrom | undefined {
    return this._importFroms.get(alias);
  }

  get module(): ast.Module {
    return this.facts.module;
  }

  get isPy2(): boolean {
    return this.module.dialect === "py2";
  }

  hasFuture(feature: string): boolean {
    return this.module.futureFeatures.includes(feature);
  }

  get frame(): FunctionFrame {
    return this.frames[this.frames.length - 1] ?? fail("no function frame");
  }

  /** True inside a method, or inside a function nested in one (where `this` may be used). */
  get inMethod(): boolean {
    return this.frames.some((frame) => frame.isMethod);
  }

  /** The class whose method is being lowered, if any. */
  currentClass(): ast.ClassDef | null {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const parent = this.frames[i]!.scope.parent;
      if (this.frames[i]!.isMethod && parent?.kind === "class") return parent.node as ast.ClassDef;
    }
    return null;
  }

  /** A fresh temporary of the current function. */
  temp(base = "_t"): string {
    const name = this.names.unique(base);
    this.frame.temps.push(name);
    return name;
  }

  /** The catch variable of the innermost `except` block being lowered, if any. */
  handledException(): string | null {
    const handlers = this.frame.handlers;
    return handlers[handlers.length - 1] ?? null;
  }

  pushHandler(catchVariable: string): void {
    this.frame.handlers.push(catchVariable);
  }

  popHandler(): void {
    this.frame.handlers.pop();
  }

  /** True for a name bound only by `except ... as name` (it holds an exception instance). */
  isHandlerVariable(name: ast.Name): boolean {
    const resolution = this.resolution(name);
    if (resolution.kind !== "local" && resolution.kind !== "global" && resolution.kind !== "enclosing") return false;
    return resolution.symbol.bindings.every((b) => b.kind === "ExceptHandler");
  }

  helper(name: string): ts.Identifier {
    return this.imports.helper(name);
  }

  /** Calls runtime helper `name` with `args`. */
  callHelper(name: string, args: readonly ts.Expression[]): ts.CallExpression {
    return f.createCallExpression(this.helper(name), undefined, args);
  }

  report<M extends MessageTemplate<string>>(
    template: M,
    node: { readonly span: ast.Span },
    ...params: [ParamsOf<M>] extends [never] ? [] : [Readonly<Record<ParamsOf<M>, string | number>>]
  ): void {
    this.diagnostics.push(createDiagnostic(template, node.span, ...params));
  }

  /** Reports an unsupported construct and returns a placeholder (the output is discarded on error). */
  unsupported(node: { readonly span: ast.Span }, what: string, why: string): ts.Expression {
    this.report(messages.unsupportedConstruct, node, { what, why });
    return f.createIdentifier("undefined");
  }

  resolution(site: NameSite): Resolution {
    return this.facts.bind.resolutions.get(site) ?? fail(`unresolved name site at ${site.span.start}`);
  }

  placement(symbol: PySymbol): Placement {
    return this.facts.declarations.placement.get(symbol) ?? { kind: "hoisted" };
  }

  scopeOf(node: ast.Node): Scope {
    return this.facts.bind.scopeOf.get(node) ?? fail(`no scope for ${node.kind}`);
  }

  /** The TypeScript identifier text for a symbol. */
  symbolName(symbol: PySymbol): string {
    let name = this._symbolNames.get(symbol);
    if (!name) {
      name = safeIdentifier(symbol.name);
      this._symbolNames.set(symbol, name);
    }
    return name;
  }

  markSelf(arg: ast.Arg, isClassReceiver = false): void {
    const resolution = this.facts.bind.resolutions.get(arg);
    if (resolution && resolution.kind === "local") {
      this._selfSymbols.add(resolution.symbol);
      if (isClassReceiver) this._classReceivers.add(resolution.symbol);
    }
  }

  /** True for the `cls` parameter of a class method. */
  isClassReceiver(symbol: PySymbol): boolean {
    return this._classReceivers.has(symbol);
  }

  isSelf(symbol: PySymbol): boolean {
    return this._selfSymbols.has(symbol);
  }

  /** The inferred Python type of an expression ("unknown" when not known). */
  typeOf(expr: ast.Expression): PyType {
    return this.facts.types.typeOf(expr);
  }

  /** The TypeScript name a `def`/`class`/parameter declares. */
  declaredName(node: ast.FunctionDef | ast.ClassDef): string {
    return this._siteName(node, node.name.name);
  }

  parameterName(arg: ast.Arg): string {
    return this._siteName(arg, arg.arg);
  }

  private _siteName(site: NameSite, fallback: string): string {
    const resolution = this.facts.bind.resolutions.get(site);
    if (resolution && (resolution.kind === "local" || resolution.kind === "global" || resolution.kind === "enclosing")) {
      return this.symbolName(resolution.symbol);
    }
    return safeIdentifier(fallback);
  }

  /** 1-based Python line of an offset. */
  lineOf(offset: number): number {
    return this.lineMap.position(offset).line;
  }

  /** Source text of a node, for messages. */
  textOf(node: { readonly span: ast.Span }): string {
    return this.options.text.slice(node.span.start, node.span.end);
  }
}

/**
 * Every identifier the script binds, so compiler-made names never collide. Builtins
 * the script only reads are not included: the runtime helper of that name is the
 * builtin itself.
 */
function collectScriptNames(facts: AnalysisFacts): Set<string> {
  const names = new Set<string>();
  const visit = (scope: Scope): void => {
    for (const name of scope.symbols.keys()) names.add(name);
    for (const child of scope.children) visit(child);
  };
  visit(facts.bind.moduleScope);
  return names;
}
