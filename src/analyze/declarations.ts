// Decides where each local variable is declared in the emitted TypeScript. Python
// variables live for the whole function; TypeScript `let`/`const` are block
// scoped. We declare a variable as late and as tightly as is still equivalent:
//
//   x = f()          ->  const x = f();          (first use is this assignment)
//   for i in xs: ..  ->  for (const i of xs)    (only used inside the loop)
//   if c: y = 1      ->  let y: any;            (used after the block: declared
//   print(y)             if (c) { y = 1; }       before the statement)
//
// A variable read before it is written inside a loop body, or captured by a
// closure inside a loop, must outlive one iteration, so it is hoisted to the top
// of its function (Python closures see the variable, not a per-iteration copy).

import type * as ast from "../parse/ast.js";
import { walk } from "../parse/forEachChild.js";
import type { BindResult } from "./binder.js";
import { readsMaybeUnbound } from "./definiteAssignment.js";
import { moduleLambdaCandidates, type ModuleLambda } from "./moduleLambdas.js";
import { SymbolFlags, type PySymbol, type Scope, type SymbolRef } from "./scope.js";

export type Placement =
  /** `let x: any;` at the top of the function (or module body). */
  | { readonly kind: "hoisted" }
  /** `let x: any;` immediately before `stmt`. */
  | { readonly kind: "beforeStatement"; readonly stmt: ast.Stmt }
  /** `const x = ...` / `let x = ...` at this assignment. */
  | { readonly kind: "atAssignment"; readonly stmt: ast.Assign | ast.AnnAssign; readonly constant: boolean }
  /**
   * Declared by the construct that binds it: `for (const x of ...)`, `catch`, `with ... as x`.
   * Several loops may each declare their own copy when the variable never outlives one of them.
   */
  | { readonly kind: "bindingSite"; readonly nodes: ReadonlySet<ast.For | ast.ExceptHandler | ast.With>; readonly constant: boolean }
  /** A module global shared with exported functions: `let x` at module level (and in the fork snapshot). */
  | { readonly kind: "moduleLevel" }
  /** Declared by its own construct: parameters, imports, exported defs and classes. */
  | { readonly kind: "ownDeclaration" };

export interface DeclarationFacts {
  readonly placement: ReadonlyMap<PySymbol, Placement>;
  /**
   * Variables that may be read while unbound: deleted with `del`, or read (in their
   * own scope) before any assignment. They start as `unbound` and reads are checked.
   */
  readonly maybeUnbound: ReadonlySet<PySymbol>;
  /**
   * Of those, the ones only the control flow may leave unbound (declared in one branch,
   * in a loop body): their reads in their own scope are checked only where the flow
   * analysis could not prove them bound (definiteAssignment.ts).
   */
  readonly unsafeReads: ReadonlyMap<PySymbol, ReadonlySet<ast.Node>>;
  /** Per function-like scope (and the module body): symbols hoisted to its top, in first-use order. */
  readonly hoisted: ReadonlyMap<Scope, readonly PySymbol[]>;
  /** Symbols declared right before a statement. */
  readonly beforeStatement: ReadonlyMap<ast.Stmt, readonly PySymbol[]>;
  /** Module globals read or written by exported functions or classes, in first-binding order. */
  readonly moduleLevel: readonly PySymbol[];
  /** Module-level defs and classes emitted as exported declarations. */
  readonly exported: ReadonlySet<ast.FunctionDef | ast.ClassDef>;
  /** Module-level lambdas assigned to module globals: created when the module loads (moduleLambdas.ts). */
  readonly importTimeLambdas: ReadonlyMap<ast.Assign, ModuleLambda>;
}

interface Block {
  readonly stmts: readonly ast.Stmt[];
  readonly isLoopBody: boolean;
}

export function placeDeclarations(module: ast.Module, bind: BindResult): DeclarationFacts {
  const placement = new Map<PySymbol, Placement>();
  const hoisted = new Map<Scope, PySymbol[]>();
  const beforeStatement = new Map<ast.Stmt, PySymbol[]>();
  const exported = findExported(module, bind);
  const exportedNodes = [...exported];

  const globals: PySymbol[] = [];
  for (const symbol of bind.moduleScope.symbols.values()) {
    if (!symbol.has(SymbolFlags.Bound)) continue;
    if (symbol.has(SymbolFlags.Imported) && symbol.bindings.every((b) => b.kind === "alias")) {
      placement.set(symbol, { kind: "ownDeclaration" });
      continue;
    }
    if (symbol.bindings.length === 1 && exported.has(symbol.bindings[0] as ast.FunctionDef)) {
      placement.set(symbol, { kind: "ownDeclaration" });
      continue;
    }
    globals.push(symbol);
  }
  const { moduleLevel, importTimeLambdas } = findModuleLevel(globals, exportedNodes, moduleLambdaCandidates(module), namesGivenToChildren(module), bind);
  for (const symbol of moduleLevel) placement.set(symbol, { kind: "moduleLevel" });

  const visitScope = (scope: Scope, body: readonly ast.Stmt[]): void => {
    for (const symbol of scope.symbols.values()) {
      if (placement.has(symbol) || !symbol.has(SymbolFlags.Bound)) continue;
      if (symbol.has(SymbolFlags.Parameter)) {
        placement.set(symbol, { kind: "ownDeclaration" });
        continue;
      }
      const refs = symbol.refs.filter((r) => r.scope === scope);
      const result = placeInBlock(symbol, refs, { stmts: body, isLoopBody: false }, false);
      placement.set(symbol, result);
      if (result.kind === "hoisted") push(hoisted, scope, symbol);
      if (result.kind === "beforeStatement") push(beforeStatement, result.stmt, symbol);
    }
  };

  visitScope(bind.moduleScope, module.body);
  const visitFunctionScopes = (): void => {
  for (const [node, scope] of bind.scopeOf) {
    if (scope.kind === "function" && node.kind === "FunctionDef") visitScope(scope, node.body);
    else if (scope.kind === "lambda" || scope.kind === "comprehension") {
      for (const symbol of scope.symbols.values()) {
        if (placement.has(symbol)) continue;
        // Lambda parameters and comprehension targets are declared by their construct.
        const own = symbol.has(SymbolFlags.Parameter) || scope.kind === "comprehension";
        placement.set(symbol, own ? { kind: "ownDeclaration" } : { kind: "hoisted" });
        // A Python 2 list comprehension in a lambda binds its variables in the lambda.
        if (!own) push(hoisted, scope, symbol);
      }
    } else if (scope.kind === "class") {
      // Class bodies: names become class members; the class lowering declares them.
      for (const symbol of scope.symbols.values()) placement.set(symbol, { kind: "ownDeclaration" });
    }
  }
  };
  visitFunctionScopes();
  unifyTupleTargets(module, bind, placement, beforeStatement);
  const { maybeUnbound, unsafeReads } = findMaybeUnbound(module, bind);
  return { placement, hoisted, beforeStatement, moduleLevel, exported, importTimeLambdas, maybeUnbound, unsafeReads };
}

/**
 * Module globals read or written by exported functions or classes (and by the
 * module-level lambdas assigned to such globals, which are created at import time
 * too and so may read only module globals; one may bring in another, hence the loop).
 */
function findModuleLevel(
  candidates: readonly PySymbol[],
  exportedNodes: readonly ast.Node[],
  lambdas: readonly ModuleLambda[],
  givenToChildren: ReadonlySet<ast.Node>,
  bind: BindResult,
): { moduleLevel: PySymbol[]; importTimeLambdas: Map<ast.Assign, ModuleLambda> } {
  const readers: ast.Node[] = [...exportedNodes];
  const importTimeLambdas = new Map<ast.Assign, ModuleLambda>();
  const isModuleLevel = (symbol: PySymbol): boolean =>
    symbol.has(SymbolFlags.WrittenFromNested) || symbol.refs.some((ref) => readers.some((node) => contains(node.span, ref.site.span)));
  // A lambda handed to a child (`Process(target=greet)`, `Pool(initializer=ready)`) too.
  const isPassed = (symbol: PySymbol): boolean => symbol.refs.some((ref) => givenToChildren.has(ref.site));
  for (;;) {
    const added = lambdas.filter((l) => {
      if (importTimeLambdas.has(l.stmt)) return false;
      const resolution = bind.resolutions.get(l.target);
      if (resolution === undefined || !("symbol" in resolution) || !candidates.includes(resolution.symbol)) return false;
      return isModuleLevel(resolution.symbol) || isPassed(resolution.symbol);
    });
    if (added.length === 0) break;
    for (const l of added) {
      importTimeLambdas.set(l.stmt, l);
      readers.push(l.lambda);
    }
  }
  return { moduleLevel: candidates.filter(isModuleLevel), importTimeLambdas };
}

/**
 * Names a call hands to a process it starts, as a fork passes them: the value of a
 * `target=` or `initializer=` keyword (Process, Pool, ProcessPoolExecutor) and the
 * items of `args=`, `initargs=` and `kwargs=`.
 */
function namesGivenToChildren(module: ast.Module): Set<ast.Node> {
  const out = new Set<ast.Node>();
  const add = (value: ast.Expression): void => {
    if (value.kind === "Name") out.add(value);
    else if (value.kind === "Tuple" || value.kind === "List") value.elts.forEach(add);
    else if (value.kind === "Dict") value.values.forEach(add);
    else if (value.kind === "Starred") add(value.value);
  };
  walk(module, (node) => {
    if (node.kind !== "Call") return;
    for (const keyword of node.keywords) {
      const name = keyword.arg?.name;
      if (name === "target" || name === "initializer" || name === "args" || name === "initargs" || name === "kwargs") add(keyword.value);
    }
  });
  return out;
}

function findMaybeUnbound(module: ast.Module, bind: BindResult): { maybeUnbound: Set<PySymbol>; unsafeReads: Map<PySymbol, Set<ast.Node>> } {
  const out = new Set<PySymbol>();
  // Python 3 deletes `e` at the end of `except E as e:`; a read outside the handler may find it unbound.
  if (module.dialect === "py3") {
    walk(module, (node) => {
      if (node.kind !== "ExceptHandler" || !node.name) return;
      const resolution = bind.resolutions.get(node);
      if (!resolution || resolution.kind === "builtin" || resolution.kind === "undefined") return;
      const handlers = resolution.symbol.bindings.filter((b): b is ast.ExceptHandler => b.kind === "ExceptHandler");
      const outside = resolution.symbol.refs.some((r) => !r.isStore && !handlers.some((h) => contains(h.span, r.site.span)));
      if (outside) out.add(resolution.symbol);
    });
  }
  const visit = (scope: BindResult["moduleScope"]): void => {
    for (const symbol of scope.symbols.values()) {
      if (symbol.has(SymbolFlags.Parameter) || symbol.has(SymbolFlags.Imported)) continue;
      if (symbol.bindings.length === 1 && (symbol.bindings[0]!.kind === "FunctionDef" || symbol.bindings[0]!.kind === "ClassDef")) continue;
      const own = symbol.refs.filter((r) => r.scope === scope);
      if (symbol.has(SymbolFlags.Deleted) || (own.length > 0 && !own[0]!.isStore)) out.add(symbol);
    }
    scope.children.forEach(visit);
  };
  visit(bind.moduleScope);
  // A name bound on some paths only (one branch, a loop body, a `def` in a block that did not run).
  const unsafeReads = new Map<PySymbol, Set<ast.Node>>();
  const addFlow = (found: Map<PySymbol, Set<ast.Node>>): void => {
    for (const [symbol, sites] of found) {
      if (!out.has(symbol)) unsafeReads.set(symbol, sites);
    }
  };
  addFlow(readsMaybeUnbound(bind.moduleScope, module.body, module.dialect));
  for (const [node, scope] of bind.scopeOf) {
    if (scope.kind === "function" && node.kind === "FunctionDef") addFlow(readsMaybeUnbound(scope, node.body, module.dialect));
  }
  for (const symbol of unsafeReads.keys()) out.add(symbol);
  return { maybeUnbound: out, unsafeReads };
}

/**
 * A tuple target declares its names together (`const [a, b] = ...`,
 * `for (const [k, v] of ...)`) only when every name may be declared there. Otherwise
 * the names that would have been declared there are declared just before the
 * statement instead:
 *
 *   h, m = divmod(m, 60)     (m exists)  ->  let h: any; [h, m] = unpack(divmod(m, 60), 2);
 *   for i, (k, v) in ...                 ->  let i: any, k: any, v: any; for (const item of ...)
 */
function unifyTupleTargets(
  module: ast.Module,
  bind: BindResult,
  placement: Map<PySymbol, Placement>,
  beforeStatement: Map<ast.Stmt, PySymbol[]>,
): void {
  walk(module, (node) => {
    const target = node.kind === "For" ? node.target : node.kind === "Assign" && node.targets.length === 1 ? node.targets[0]! : null;
    if (!target || (target.kind !== "Tuple" && target.kind !== "List")) return;
    const stmt = node as ast.For | ast.Assign;
    const names: ast.Name[] = [];
    walk(target, (n) => {
      if (n.kind === "Name") names.push(n);
    });
    const symbols = names.flatMap((n) => {
      const resolution = bind.resolutions.get(n);
      return resolution && (resolution.kind === "local" || resolution.kind === "global") ? [resolution.symbol] : [];
    });
    const declaredHere = (symbol: PySymbol): boolean => {
      const p = placement.get(symbol);
      return stmt.kind === "For" ? p?.kind === "bindingSite" && p.nodes.has(stmt) : p?.kind === "atAssignment" && p.stmt === stmt;
    };
    // A loop head cannot declare a starred name; an assignment can (`const [a, rest] = unpackStarred(...)`).
    const flat = flatNames(target) !== null && (stmt.kind === "Assign" || !target.elts.some((e) => e.kind === "Starred"));
    if (!symbols.some(declaredHere) || (flat && symbols.length === names.length && symbols.every(declaredHere))) return;
    for (const symbol of symbols.filter(declaredHere)) {
      const where = stmt.kind === "For" ? firstLoop(placement.get(symbol)!) : stmt;
      placement.set(symbol, { kind: "beforeStatement", stmt: where });
      push(beforeStatement, where, symbol);
    }
  });
}

/** Sibling loops that shared a variable share one declaration, before the first of them. */
function firstLoop(placement: Placement): ast.Stmt {
  const loops = [...(placement as { nodes: ReadonlySet<ast.Stmt> }).nodes];
  return loops.reduce((a, b) => (b.span.start < a.span.start ? b : a));
}

/**
 * Module-level `def`/`class` statements bound once: they become exported
 * declarations, which a child process finds by name. Those inside a module-level
 * `if`, `try` or `with` (`if __name__ == '__main__': def task(x): ...`) are module
 * globals in Python too; a def in a loop is not exported, as each pass makes a new
 * function (with its own defaults).
 */
function findExported(module: ast.Module, bind: BindResult): Set<ast.FunctionDef | ast.ClassDef> {
  const out = new Set<ast.FunctionDef | ast.ClassDef>();
  const visit = (stmts: readonly ast.Stmt[]): void => {
    for (const stmt of stmts) {
      if (stmt.kind === "If") visit([...stmt.body, ...stmt.orelse]);
      else if (stmt.kind === "Try") visit([...stmt.body, ...stmt.handlers.flatMap((h) => h.body), ...stmt.orelse, ...stmt.finalbody]);
      else if (stmt.kind === "With") visit(stmt.body);
      if (stmt.kind !== "FunctionDef" && stmt.kind !== "ClassDef") continue;
      const symbol = bind.moduleScope.lookupLocal(stmt.name.name);
      if (symbol && symbol.bindings.length === 1) out.add(stmt);
    }
  };
  visit(module.body);
  return out;
}

function placeInBlock(symbol: PySymbol, refs: readonly SymbolRef[], block: Block, inLoop: boolean): Placement {
  if (refs.length === 0) return { kind: "hoisted" };
  const captured = symbol.has(SymbolFlags.Captured);
  const groups = groupByStatement(refs, block.stmts);
  if (groups.size === 1) {
    const [stmt, inner] = [...groups][0]!;
    for (const sub of childBlocks(stmt)) {
      if (inner.every((r) => insideBlock(r, sub.stmts))) return placeInBlock(symbol, inner, sub, inLoop || sub.isLoopBody);
    }
    const site = bindingSiteOf(stmt, inner, captured);
    if (site) return site;
  }
  // `for t in a: ...` then `for t in b: ...`: each loop can own its variable.
  const loops = separateLoops(groups, captured);
  if (loops) return loops;
  const first = refs[0]!;
  const firstStmt = block.stmts.find((s) => contains(s.span, first.site.span))!;
  // A nested `def`/`class` bound once declares itself where it stands.
  if (first.site === firstStmt && symbol.bindings.length === 1) return { kind: "ownDeclaration" };
  const deleted = symbol.has(SymbolFlags.Deleted);
  if (first.isStore && !deleted && isDirectAssignment(firstStmt, first) && !(captured && inLoop)) {
    const stores = refs.filter((r) => r.isStore).length;
    const constant = stores === 1 && !symbol.has(SymbolFlags.WrittenFromNested) && !symbol.has(SymbolFlags.Reassigned);
    return { kind: "atAssignment", stmt: firstStmt as ast.Assign | ast.AnnAssign, constant };
  }
  if (!inLoop) return { kind: "beforeStatement", stmt: firstStmt };
  return { kind: "hoisted" };
}

/** `for x in ...` / `except E as x` / `with ... as x` whose variable is only used inside it. */
function bindingSiteOf(stmt: ast.Stmt, refs: readonly SymbolRef[], captured: boolean): Placement | null {
  const first = refs[0]!;
  if (!first.isStore) return null;
  const laterStores = refs.slice(1).some((r) => r.isStore);
  if (stmt.kind === "For" && !captured && contains(stmt.target.span, first.site.span)) {
    const inTargetOrBody = refs.every((r) => contains(stmt.target.span, r.site.span) || stmt.body.some((b) => contains(b.span, r.site.span)));
    const targetStores = refs.filter((r) => contains(stmt.target.span, r.site.span)).length;
    if (inTargetOrBody) return { kind: "bindingSite", nodes: new Set([stmt]), constant: targetStores === 1 && !laterStores };
  }
  if (stmt.kind === "With" && !captured) {
    const boundBy = stmt.items.some((item) => item.optionalVars && contains(item.optionalVars.span, first.site.span));
    if (boundBy) return { kind: "bindingSite", nodes: new Set([stmt]), constant: !laterStores };
  }
  if (stmt.kind === "Try") {
    const handler = stmt.handlers.find((h) => first.site === h);
    if (handler && refs.every((r) => contains(handler.span, r.site.span))) {
      return { kind: "bindingSite", nodes: new Set([handler]), constant: !laterStores };
    }
  }
  return null;
}

/** Every occurrence sits in loops of this block that each bind the variable as their target. */
function separateLoops(groups: Map<ast.Stmt, SymbolRef[]>, captured: boolean): Placement | null {
  if (captured || groups.size < 2) return null;
  const nodes = new Set<ast.For>();
  let constant = true;
  for (const [stmt, refs] of groups) {
    const site = bindingSiteOf(stmt, refs, captured);
    if (!site || site.kind !== "bindingSite" || stmt.kind !== "For") return null;
    if (!site.constant) constant = false;
    nodes.add(stmt);
  }
  return { kind: "bindingSite", nodes, constant };
}

function isDirectAssignment(stmt: ast.Stmt, ref: SymbolRef): boolean {
  if (stmt.kind === "AnnAssign") return stmt.value !== null && stmt.target === ref.site;
  if (stmt.kind !== "Assign" || stmt.targets.length !== 1) return false;
  const target = stmt.targets[0]!;
  if (target === ref.site) return true;
  // `a, b = ...` and `a, *rest = ...` declare their names together (`const [a, rest] = ...`);
  // a nested target (`a, (b, c) = ...`) cannot, so its names are declared before the statement.
  const names = flatNames(target);
  return names !== null && names.includes(ref.site as ast.Name);
}

/** The names of a flat tuple target (`a, b`, `a, *rest`), or null for anything nested. */
export function flatNames(target: ast.Expression): ast.Name[] | null {
  if (target.kind !== "Tuple" && target.kind !== "List") return null;
  const names: ast.Name[] = [];
  for (const elt of target.elts) {
    const name = elt.kind === "Starred" ? elt.value : elt;
    if (name.kind !== "Name") return null;
    names.push(name);
  }
  return names;
}

function childBlocks(stmt: ast.Stmt): Block[] {
  switch (stmt.kind) {
    case "If":
      return [{ stmts: stmt.body, isLoopBody: false }, { stmts: stmt.orelse, isLoopBody: false }];
    case "For":
    case "While":
      return [{ stmts: stmt.body, isLoopBody: true }, { stmts: stmt.orelse, isLoopBody: false }];
    case "Try":
      return [
        { stmts: stmt.body, isLoopBody: false },
        ...stmt.handlers.map((h) => ({ stmts: h.body, isLoopBody: false })),
        { stmts: stmt.orelse, isLoopBody: false },
        { stmts: stmt.finalbody, isLoopBody: false },
      ];
    case "With":
      return [{ stmts: stmt.body, isLoopBody: false }];
    case "Match":
      return stmt.cases.map((c) => ({ stmts: c.body, isLoopBody: false }));
    default:
      return [];
  }
}

function groupByStatement(refs: readonly SymbolRef[], stmts: readonly ast.Stmt[]): Map<ast.Stmt, SymbolRef[]> {
  const groups = new Map<ast.Stmt, SymbolRef[]>();
  for (const ref of refs) {
    const stmt = stmts.find((s) => contains(s.span, ref.site.span));
    if (stmt) push(groups, stmt, ref);
  }
  return groups;
}

function insideBlock(ref: SymbolRef, stmts: readonly ast.Stmt[]): boolean {
  return stmts.length > 0 && ref.site.span.start >= stmts[0]!.span.start && ref.site.span.end <= stmts[stmts.length - 1]!.span.end;
}

function contains(outer: ast.Span, inner: ast.Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
