// Scopes and symbols, modelled on pyright's analyzer/scope.ts. The binder builds
// one Scope per module, function, lambda, class and (Python 3) comprehension;
// each holds the names bound in it. Analysis facts live here, never on AST nodes.

import type { ClassDef, DictComp, FunctionDef, GeneratorExp, Lambda, ListComp, Module, Node, SetComp } from "../parse/ast.js";

export type ScopeKind = "module" | "function" | "lambda" | "class" | "comprehension";

export type ScopeNode = Module | FunctionDef | Lambda | ClassDef | ListComp | SetComp | DictComp | GeneratorExp;

export const enum SymbolFlags {
  None = 0,
  /** Assigned, imported, defined or deleted in its scope. */
  Bound = 1 << 0,
  Parameter = 1 << 1,
  /** Read somewhere (in its scope or a nested one). */
  Read = 1 << 2,
  /** Referenced from a nested function-like scope (a closure variable or a global read by a function). */
  Captured = 1 << 3,
  /** Assigned from a nested scope through `global`/`nonlocal`. */
  WrittenFromNested = 1 << 4,
  Imported = 1 << 5,
  FunctionDef = 1 << 6,
  ClassDef = 1 << 7,
  Deleted = 1 << 8,
  /** Rebound more than once (assignment count > 1, loop targets, augmented assignment). */
  Reassigned = 1 << 9,
}

/** One occurrence of a symbol's name: where, in which scope, and whether it binds. */
export interface SymbolRef {
  readonly site: Node;
  readonly scope: Scope;
  readonly isStore: boolean;
}

export class PySymbol {
  flags = SymbolFlags.None;
  /** Every occurrence, in source order (filled when names are resolved). */
  readonly refs: SymbolRef[] = [];
  /** Nodes that bind the name in source order (Name stores, defs, aliases, args, handlers). */
  readonly bindings: Node[] = [];

  constructor(
    readonly name: string,
    readonly scope: Scope,
  ) {}

  has(flag: SymbolFlags): boolean {
    return (this.flags & flag) !== 0;
  }
}

export class Scope {
  /** Names bound in this scope (after global/nonlocal redirection). */
  readonly symbols = new Map<string, PySymbol>();
  readonly children: Scope[] = [];
  /** Names declared `global` here. */
  readonly globalNames = new Set<string>();
  /** Names declared `nonlocal` here. */
  readonly nonlocalNames = new Set<string>();
  /** True when the function body contains `yield` (it is a generator). */
  isGenerator = false;

  constructor(
    readonly kind: ScopeKind,
    readonly node: ScopeNode,
    readonly parent: Scope | null,
  ) {
    parent?.children.push(this);
  }

  /** Function-like scopes own local variables at run time (class bodies do not, for closures). */
  get isFunctionLike(): boolean {
    return this.kind === "function" || this.kind === "lambda" || this.kind === "comprehension";
  }

  lookupLocal(name: string): PySymbol | undefined {
    return this.symbols.get(name);
  }

  getOrAdd(name: string): PySymbol {
    let symbol = this.symbols.get(name);
    if (!symbol) {
      symbol = new PySymbol(name, this);
      this.symbols.set(name, symbol);
    }
    return symbol;
  }

  get moduleScope(): Scope {
    let scope: Scope = this;
    while (scope.parent) scope = scope.parent;
    return scope;
  }
}
