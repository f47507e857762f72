// The binder: builds the scope tree and resolves every name, following Python's
// rules (pyright's analyzer/binder.ts is the model). It runs in two passes because
// Python decides locality per whole function body: pass 1 records every binding
// and `global`/`nonlocal` declaration in its scope; pass 2 resolves each use.

import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { messages } from "../diagnostics/messages.js";
import type * as ast from "../parse/ast.js";
import { forEachChild } from "../parse/forEachChild.js";
import { isBuiltinName } from "./builtinNames.js";
import { PySymbol, Scope, SymbolFlags, type ScopeKind, type ScopeNode } from "./scope.js";

export type Resolution =
  | { readonly kind: "local"; readonly symbol: PySymbol }
  /** A variable of an enclosing function (a closure cell). */
  | { readonly kind: "enclosing"; readonly symbol: PySymbol }
  | { readonly kind: "global"; readonly symbol: PySymbol }
  | { readonly kind: "builtin"; readonly name: string }
  | { readonly kind: "undefined"; readonly name: string };

/** Something that binds or uses a name: a Name node, or a node carrying an identifier. */
export type NameSite = ast.Name | ast.FunctionDef | ast.ClassDef | ast.Alias | ast.Arg | ast.ExceptHandler;

export interface BindResult {
  readonly moduleScope: Scope;
  readonly scopeOf: ReadonlyMap<ast.Node, Scope>;
  /** For every NameSite: what the name refers to. */
  readonly resolutions: ReadonlyMap<NameSite, Resolution>;
  readonly diagnostics: readonly Diagnostic[];
}

interface Occurrence {
  readonly site: NameSite;
  readonly name: string;
  readonly scope: Scope;
  readonly isStore: boolean;
}

export function bindModule(module: ast.Module): BindResult {
  return new Binder(module).bind();
}

class Binder {
  /** Scope created for each scope-owning node. */
  private readonly _scopeOf = new Map<ast.Node, Scope>();
  /** Every name occurrence, in source order, for pass 2. */
  private readonly _occurrences: Occurrence[] = [];
  private readonly _resolutions = new Map<NameSite, Resolution>();
  private readonly _diagnostics: Diagnostic[] = [];
  private readonly _moduleScope: Scope;
  /** Names used before their global declaration, keyed by scope (CPython: "used prior to global declaration"). */
  private readonly _seenInScope = new Map<Scope, Set<string>>();

  constructor(private readonly _module: ast.Module) {
    this._moduleScope = new Scope("module", _module, null);
    this._scopeOf.set(_module, this._moduleScope);
  }

  bind(): BindResult {
    for (const stmt of this._module.body) this._visit(stmt, this._moduleScope);
    for (const occurrence of this._occurrences) this._resolve(occurrence);
    return {
      moduleScope: this._moduleScope,
      scopeOf: this._scopeOf,
      resolutions: this._resolutions,
      diagnostics: this._diagnostics,
    };
  }

  // --- pass 1 ---------------------------------------------------------------

  private _visit(node: ast.Node, scope: Scope): void {
    switch (node.kind) {
      case "FunctionDef":
        return this._visitFunctionDef(node, scope);
      case "ClassDef":
        return this._visitClassDef(node, scope);
      case "Lambda":
        return this._visitLambda(node, scope);
      case "ListComp":
        // Python 2 list comprehensions run in the enclosing scope and leak their variables.
        if (this._module.dialect === "py2") return forEachChild(node, (child) => this._visit(child, scope));
        return this._visitComprehension(node, node.generators, scope);
      case "SetComp":
      case "DictComp":
      case "GeneratorExp":
        return this._visitComprehension(node, node.generators, scope);
      case "Global":
        return this._visitDeclaration(node, scope, "global");
      case "Nonlocal":
        return this._visitDeclaration(node, scope, "nonlocal");
      case "Name":
        this._record(node, node.id, scope, node.ctx !== "Load");
        return;
      case "alias": {
        const bound = node.asname?.name ?? node.name.split(".")[0]!;
        if (node.name !== "*") this._record(node, bound, scope, true, SymbolFlags.Imported);
        return;
      }
      case "ExceptHandler":
        if (node.type) this._visit(node.type, scope);
        if (node.name) this._record(node, node.name.name, scope, true);
        if (node.py2Target) this._visit(node.py2Target, scope);
        for (const stmt of node.body) this._visit(stmt, scope);
        return;
      case "AugAssign":
        // The target is read and written.
        if (node.target.kind === "Name") {
          // `x += 1` reads x before it rebinds it.
          this._record(node.target, node.target.id, scope, false);
          this._record(node.target, node.target.id, scope, true, SymbolFlags.Read | SymbolFlags.Reassigned);
          this._visit(node.value, scope);
          return;
        }
        return forEachChild(node, (child) => this._visit(child, scope));
      case "For":
        forEachChild(node, (child) => this._visit(child, scope));
        this._markTargetsReassigned(node.target, scope);
        return;
      case "Yield":
      case "YieldFrom":
        markGenerator(scope);
        return forEachChild(node, (child) => this._visit(child, scope));
      case "NamedExpr": {
        // `(x := v)` inside a comprehension binds in the enclosing function scope.
        let target = scope;
        while (target.kind === "comprehension" && target.parent) target = target.parent;
        this._visit(node.value, scope);
        this._record(node.target, node.target.id, target, true);
        return;
      }
      default:
        return forEachChild(node, (child) => this._visit(child, scope));
    }
  }

  private _visitFunctionDef(node: ast.FunctionDef, scope: Scope): void {
    // Decorators, defaults and annotations are evaluated in the enclosing scope.
    for (const d of node.decoratorList) this._visit(d, scope);
    this._visitArgumentDefaults(node.args, scope);
    if (node.returns) this._visit(node.returns, scope);
    this._record(node, node.name.name, scope, true, SymbolFlags.FunctionDef);
    const inner = this._newScope("function", node, scope);
    this._bindParameters(node.args, inner);
    for (const stmt of node.body) this._visit(stmt, inner);
  }

  private _visitLambda(node: ast.Lambda, scope: Scope): void {
    this._visitArgumentDefaults(node.args, scope);
    const inner = this._newScope("lambda", node, scope);
    this._bindParameters(node.args, inner);
    this._visit(node.body, inner);
  }

  private _visitClassDef(node: ast.ClassDef, scope: Scope): void {
    for (const d of node.decoratorList) this._visit(d, scope);
    for (const b of node.bases) this._visit(b, scope);
    for (const k of node.keywords) this._visit(k, scope);
    this._record(node, node.name.name, scope, true, SymbolFlags.ClassDef);
    const inner = this._newScope("class", node, scope);
    for (const stmt of node.body) this._visit(stmt, inner);
  }

  private _visitComprehension(
    node: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
    generators: readonly ast.Comprehension[],
    scope: Scope,
  ): void {
    // The first iterable is evaluated in the enclosing scope; everything else inside.
    this._visit(generators[0]!.iter, scope);
    const inner = this._newScope("comprehension", node, scope);
    generators.forEach((gen, i) => {
      if (i > 0) this._visit(gen.iter, inner);
      this._visit(gen.target, inner);
      this._markTargetsReassigned(gen.target, inner);
      for (const cond of gen.ifs) this._visit(cond, inner);
    });
    if (node.kind === "DictComp") {
      this._visit(node.key, inner);
      this._visit(node.value, inner);
    } else {
      this._visit(node.elt, inner);
    }
  }

  private _visitArgumentDefaults(args: ast.Arguments, scope: Scope): void {
    for (const d of args.defaults) this._visit(d, scope);
    for (const d of args.kwDefaults) if (d) this._visit(d, scope);
    for (const a of allArgs(args)) if (a.annotation) this._visit(a.annotation, scope);
  }

  private _bindParameters(args: ast.Arguments, scope: Scope): void {
    for (const a of allArgs(args)) {
      this._record(a, a.arg, scope, true, SymbolFlags.Parameter);
      // Python 2 tuple parameters bind their names too.
      if (a.py2Tuple) this._visit(a.py2Tuple, scope);
    }
  }

  private _visitDeclaration(node: ast.Global | ast.Nonlocal, scope: Scope, kind: "global" | "nonlocal"): void {
    for (const id of node.names) {
      const seen = this._seenInScope.get(scope);
      if (kind === "nonlocal" && scope.kind === "module") {
        this._diagnostics.push(createDiagnostic(messages.nonlocalAtModuleLevel, node.span));
        continue;
      }
      if (seen?.has(id.name)) {
        this._diagnostics.push(createDiagnostic(messages.globalAfterUse, id.span, { name: id.name }));
      }
      const other = kind === "global" ? scope.nonlocalNames : scope.globalNames;
      if (other.has(id.name)) {
        this._diagnostics.push(createDiagnostic(messages.nonlocalAndGlobal, id.span, { name: id.name }));
      }
      const existing = scope.lookupLocal(id.name);
      if (existing?.has(SymbolFlags.Parameter)) {
        const template = kind === "global" ? messages.parameterGlobal : messages.parameterNonlocal;
        this._diagnostics.push(createDiagnostic(template, id.span, { name: id.name }));
      }
      (kind === "global" ? scope.globalNames : scope.nonlocalNames).add(id.name);
      if (kind === "global") scope.moduleScope.getOrAdd(id.name);
    }
  }

  private _newScope(kind: ScopeKind, node: ScopeNode, parent: Scope): Scope {
    const scope = new Scope(kind, node, parent);
    this._scopeOf.set(node, scope);
    return scope;
  }

  /** Records an occurrence; a store also binds the name in its owning scope now (pass 1). */
  private _record(site: NameSite, name: string, scope: Scope, isStore: boolean, extra = SymbolFlags.None): void {
    this._occurrences.push({ site, name, scope, isStore });
    let seen = this._seenInScope.get(scope);
    if (!seen) this._seenInScope.set(scope, (seen = new Set()));
    seen.add(name);
    if (!isStore) return;
    const owner = this._bindingScope(name, scope);
    if (!owner) return; // nonlocal without binding: reported in pass 2
    const symbol = owner.getOrAdd(name);
    if (symbol.bindings.length > 0 || (extra & SymbolFlags.Reassigned) !== 0) symbol.flags |= SymbolFlags.Reassigned;
    symbol.flags |= SymbolFlags.Bound | extra;
    if (site.kind === "Name" && site.ctx === "Del") symbol.flags |= SymbolFlags.Deleted;
    if (owner !== scope) symbol.flags |= SymbolFlags.WrittenFromNested;
    symbol.bindings.push(site);
  }

  /** The scope a store of `name` in `scope` binds in, honouring global/nonlocal. */
  private _bindingScope(name: string, scope: Scope): Scope | null {
    if (scope.globalNames.has(name)) return scope.moduleScope;
    if (scope.nonlocalNames.has(name)) return this._nonlocalTarget(name, scope);
    return scope;
  }

  private _nonlocalTarget(name: string, scope: Scope): Scope | null {
    for (let s = scope.parent; s; s = s.parent) {
      if (s.kind === "class") continue;
      if (s.kind === "module") return null;
      if (s.nonlocalNames.has(name)) return this._nonlocalTarget(name, s);
      if (s.lookupLocal(name)?.has(SymbolFlags.Bound)) return s;
    }
    return null;
  }

  private _markTargetsReassigned(target: ast.Expression, scope: Scope): void {
    if (target.kind === "Name") {
      const owner = this._bindingScope(target.id, scope);
      if (owner) owner.getOrAdd(target.id).flags |= SymbolFlags.Reassigned;
      return;
    }
    if (target.kind === "Tuple" || target.kind === "List") for (const e of target.elts) this._markTargetsReassigned(e, scope);
    if (target.kind === "Starred") this._markTargetsReassigned(target.value, scope);
  }

  // --- pass 2 ---------------------------------------------------------------

  private _resolve(occurrence: Occurrence): void {
    const { site, name, scope } = occurrence;
    const resolution = this._lookup(name, scope, site);
    this._resolutions.set(site, resolution);
    if (resolution.kind === "local" || resolution.kind === "enclosing" || resolution.kind === "global") {
      const symbol = resolution.symbol;
      symbol.refs.push({ site, scope, isStore: occurrence.isStore });
      if (!occurrence.isStore) symbol.flags |= SymbolFlags.Read;
      if (symbol.scope !== scope && symbol.scope.kind !== "class") symbol.flags |= SymbolFlags.Captured;
    }
  }

  private _lookup(name: string, scope: Scope, site: NameSite): Resolution {
    if (scope.globalNames.has(name)) return this._global(name, scope);
    if (scope.nonlocalNames.has(name)) {
      const target = this._nonlocalTarget(name, scope);
      if (!target) {
        this._diagnostics.push(createDiagnostic(messages.nonlocalNoBinding, site.span, { name }));
        return { kind: "undefined", name };
      }
      return { kind: "enclosing", symbol: target.getOrAdd(name) };
    }
    const local = scope.lookupLocal(name);
    if (local?.has(SymbolFlags.Bound)) {
      return scope.kind === "module" ? { kind: "global", symbol: local } : { kind: "local", symbol: local };
    }
    // Free name: enclosing function scopes (never class bodies), then globals, then builtins.
    for (let s = scope.parent; s; s = s.parent) {
      if (s.kind === "class") continue;
      if (s.kind === "module") break;
      if (s.nonlocalNames.has(name)) {
        const target = this._nonlocalTarget(name, s);
        if (target) return { kind: "enclosing", symbol: target.getOrAdd(name) };
      }
      if (s.globalNames.has(name)) return this._global(name, scope);
      const symbol = s.lookupLocal(name);
      if (symbol?.has(SymbolFlags.Bound)) return { kind: "enclosing", symbol };
    }
    return this._global(name, scope);
  }

  private _global(name: string, scope: Scope): Resolution {
    const symbol = scope.moduleScope.lookupLocal(name);
    if (symbol?.has(SymbolFlags.Bound)) return { kind: "global", symbol };
    const module = this._module;
    if (isBuiltinName(name, module.dialect, module.futureFeatures)) return { kind: "builtin", name };
    return { kind: "undefined", name };
  }
}

function markGenerator(scope: Scope): void {
  // `yield` in a comprehension is a syntax error in Python 3.8+; it belongs to the function.
  let s: Scope | null = scope;
  while (s && s.kind === "comprehension") s = s.parent;
  if (s) s.isGenerator = true;
}

export function allArgs(args: ast.Arguments): ast.Arg[] {
  const out = [...args.posonlyargs, ...args.args];
  if (args.vararg) out.push(args.vararg);
  out.push(...args.kwonlyargs);
  if (args.kwarg) out.push(args.kwarg);
  return out;
}
