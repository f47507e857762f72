// Which reads of a variable may find it unbound, following the control flow of
// its scope as CPython does at run time: a name bound only in one branch of an
// `if`, in a loop body that may not run, in a `try` body that may stop early, or
// by a `def`/`class` in a block that did not run is a NameError (module level) or
// UnboundLocalError (function) when read afterwards:
//
//   if len(sys.argv) > 5:        x is bound on one path only: `print(x)` reads
//       x = 1                     checkBound(x, "x", "module")
//   print(x)
//
// The analysis is conservative: a read it cannot prove bound is checked at run
// time (the check costs a comparison, a wrong answer would be silently different
// output). It looks only at a scope's own reads of its own variables; reads from
// nested functions happen whenever those are called.

import type * as ast from "../parse/ast.js";
import { walk } from "../parse/forEachChild.js";
import type { PySymbol, Scope, SymbolRef } from "./scope.js";

interface LoopExits {
  readonly atBreaks: State[];
  readonly atPassEnds: State[];
}

/** The variables bound on every path to this point; null where no path arrives (after return, raise, break). */
type State = Set<PySymbol> | null;

/** The reads (and `del`s) of `scope`'s own variables that may find them unbound, by symbol. */
export function readsMaybeUnbound(scope: Scope, body: readonly ast.Stmt[], dialect: "py2" | "py3"): Map<PySymbol, Set<ast.Node>> {
  const flow = new ScopeFlow(scope, dialect);
  const initial = new Set<PySymbol>();
  for (const symbol of scope.symbols.values()) if (symbol.refs.some((r) => r.site.kind === "arg" && r.scope === scope)) initial.add(symbol);
  flow.block(body, initial);
  if (scope.kind === "module") flow.nestedReads();
  return flow.maybeUnbound;
}

class ScopeFlow {
  readonly maybeUnbound = new Map<PySymbol, Set<ast.Node>>();
  /** The scope's own references to its own symbols, by position (reads of one site before its store). */
  private readonly refs: { readonly ref: SymbolRef; readonly symbol: PySymbol }[] = [];
  /** Module level: what was bound before each statement (nestedReads). */
  private readonly statesBefore = new Map<ast.Stmt, Set<PySymbol>>();
  private readonly statesAfter = new Map<ast.Stmt, Set<PySymbol>>();
  /** Per enclosing loop, the states at its `break` statements and where its passes end (`continue` too). */
  private readonly loops: LoopExits[] = [];

  constructor(
    private readonly scope: Scope,
    private readonly dialect: "py2" | "py3",
  ) {
    for (const symbol of scope.symbols.values()) {
      for (const ref of symbol.refs) if (ref.scope === scope) this.refs.push({ ref, symbol });
    }
    // Stable: `x += 1` keeps its read before its store.
    this.refs.sort((a, b) => a.ref.site.span.start - b.ref.site.span.start);
  }

  block(stmts: readonly ast.Stmt[], state: State): State {
    for (const stmt of stmts) state = this.statement(stmt, state);
    return state;
  }

  /**
   * Module globals read by functions (and lambdas, comprehensions, class bodies): such
   * a read runs after the statement that holds it (a `def` runs its body only when
   * called), so a global bound on every path to that statement is bound there too
   * (`del` makes a variable checked everywhere: declarations.ts).
   */
  nestedReads(): void {
    for (const symbol of this.scope.symbols.values()) {
      for (const ref of symbol.refs) {
        if (ref.scope === this.scope || ref.isStore) continue;
        const found = this.statementHolding(ref.site);
        if (found === undefined || found.before.has(symbol)) {
          if (found === undefined) this.unsafe(symbol, ref.site);
          continue;
        }
        // A function's body (a lambda's, a method's) runs when called: after the statement that makes it.
        const after = this.statesAfter.get(found.stmt);
        if (after?.has(symbol) && isDeferred(found.stmt, ref.site)) continue;
        if (!this.boundAtEveryUse(ref.scope, symbol)) this.unsafe(symbol, ref.site);
      }
    }
  }

  /**
   * The read is in a module-level function or class (or something nested in one)
   * that the module uses only where `symbol` is bound: `lock = Lock()` then
   * `Process(target=task)`, with `task` reading `lock`. A use from another function,
   * or no knowing all uses, is not proof.
   */
  private boundAtEveryUse(reader: Scope, symbol: PySymbol): boolean {
    let top = reader;
    while (top.parent !== null && top.parent !== this.scope) top = top.parent;
    const node = top.node;
    if (top.parent !== this.scope || (node.kind !== "FunctionDef" && node.kind !== "ClassDef")) return false;
    const own = this.scope.symbols.get(node.name.name);
    if (own === undefined || own.bindings.length !== 1 || own.bindings[0] !== node) return false;
    return own.refs.every((use) => {
      if (use.isStore || contains(node.span, use.site.span)) return true; // its binding, or a use from its own body
      // A comprehension runs where it stands (`[Process(target=task) for i in ...]`).
      let scope: Scope | null = use.scope;
      while (scope !== null && scope.kind === "comprehension") scope = scope.parent;
      return scope === this.scope && this.statementHolding(use.site)?.before.has(symbol) === true;
    });
  }

  /** The innermost module-level statement that holds `site`, and what was bound before it; undefined in code that never runs. */
  private statementHolding(site: ast.Node): { stmt: ast.Stmt; before: Set<PySymbol> } | undefined {
    let found: { stmt: ast.Stmt; before: Set<PySymbol> } | undefined;
    for (const [stmt, before] of this.statesBefore) {
      if (contains(stmt.span, site.span) && (found === undefined || contains(found.stmt.span, stmt.span))) found = { stmt, before };
    }
    return found;
  }

  private statement(stmt: ast.Stmt, state: State): State {
    if (state === null) return null; // unreachable code: CPython never runs it
    if (this.scope.kind !== "module") return this.transfer(stmt, state);
    this.statesBefore.set(stmt, new Set(state));
    const after = this.transfer(stmt, state);
    if (after !== null) this.statesAfter.set(stmt, new Set(after));
    return after;
  }

  private transfer(stmt: ast.Stmt, state: Set<PySymbol>): State {
    switch (stmt.kind) {
      case "If": {
        this.evaluate(stmt.test, state);
        return join(this.block(stmt.body, new Set(state)), this.block(stmt.orelse, new Set(state)));
      }
      case "While": {
        this.evaluate(stmt.test, state);
        const { atBreaks } = this.loopBody(stmt.body, new Set(state));
        // `while True:` ends only at a break; otherwise the test may fail before any pass.
        const normalExit = isAlwaysTrue(stmt.test) ? null : this.block(stmt.orelse, new Set(state));
        return atBreaks.reduce(join, normalExit);
      }
      case "For": {
        this.evaluate(stmt.iter, state);
        const pass = new Set(state);
        this.evaluate(stmt.target, pass);
        const { atBreaks, atPassEnds } = this.loopBody(stmt.body, pass);
        // `for i in range(3):` runs its body at least once: it ends after a whole pass.
        const ended = this.runsAtLeastOnce(stmt.iter) ? atPassEnds.reduce(join, null) : new Set(state);
        return atBreaks.reduce(join, ended === null ? null : this.block(stmt.orelse, new Set(ended)));
      }
      case "Try":
        return this.tryStatement(stmt, state);
      case "With": {
        for (const item of stmt.items) {
          this.evaluate(item.contextExpr, state);
          if (item.optionalVars) this.evaluate(item.optionalVars, state);
        }
        return this.block(stmt.body, state);
      }
      case "Match": {
        this.evaluate(stmt.subject, state);
        // No case may match: the state before the statement is one of the outcomes.
        let out: State = new Set(state);
        for (const c of stmt.cases) {
          const inCase = new Set(state);
          this.evaluate(c.pattern, inCase);
          if (c.guard) this.evaluate(c.guard, inCase);
          out = join(out, this.block(c.body, inCase));
        }
        return out;
      }
      case "Return":
      case "Raise":
        this.evaluate(stmt, state);
        return null;
      case "Break":
        this.loops[this.loops.length - 1]?.atBreaks.push(new Set(state));
        return null;
      case "Continue":
        this.loops[this.loops.length - 1]?.atPassEnds.push(new Set(state));
        return null;
      default:
        // Simple statements, `def` and `class` (their decorators, defaults and bases, then the name).
        this.evaluate(stmt, state);
        return state;
    }
  }

  /** A loop body: its passes start where the loop starts (a later pass only adds bindings). */
  private loopBody(body: readonly ast.Stmt[], state: Set<PySymbol>): LoopExits {
    const exits: LoopExits = { atBreaks: [], atPassEnds: [] };
    this.loops.push(exits);
    exits.atPassEnds.push(this.block(body, state));
    return this.loops.pop()!;
  }

  /** `range(3)`, `range(1, 4)`, `[a, b]`, `(a, b)`: an iterable that is never empty (the builtin range, not a rebound name). */
  private runsAtLeastOnce(iter: ast.Expression): boolean {
    if (iter.kind === "List" || iter.kind === "Tuple") return iter.elts.length > 0 && !iter.elts.some((e) => e.kind === "Starred");
    if (iter.kind !== "Call" || iter.func.kind !== "Name" || iter.keywords.length > 0) return false;
    const name = iter.func.id;
    if ((name !== "range" && name !== "xrange") || this.isRebound(name)) return false;
    const ints = iter.args.map(intConstant);
    if (ints.some((v) => v === null)) return false;
    const [a, b] = ints as bigint[];
    if (ints.length === 1) return a! > 0n;
    return ints.length === 2 && a! < b!;
  }

  private isRebound(name: string): boolean {
    for (let s: Scope | null = this.scope; s !== null; s = s.parent) if (s.symbols.has(name)) return true;
    return false;
  }

  private tryStatement(stmt: ast.Try, before: Set<PySymbol>): State {
    // The body may stop at any statement: a handler starts from what was bound before it.
    const bodyEnd = this.block(stmt.body, new Set(before));
    let out = this.block(stmt.orelse, bodyEnd);
    for (const handler of stmt.handlers) {
      const inHandler = new Set(before);
      this.evaluate(handler, inHandler, handler.body);
      let end = this.block(handler.body, inHandler);
      // Python 3 unbinds `except E as e:` when the handler ends.
      if (end !== null && handler.name && this.dialect === "py3") end = withoutName(end, handler.name.name);
      out = join(out, end);
    }
    if (stmt.finalbody.length === 0) return out;
    // `finally` also runs after an exception or a return: its reads see only what was bound before.
    this.block(stmt.finalbody, new Set(before));
    return out === null ? null : this.block(stmt.finalbody, out);
  }

  /**
   * The references inside `node` (outside `skip`, a body analysed on its own):
   * reads first, as Python evaluates the value before it binds the targets.
   */
  private evaluate(node: ast.Node, state: Set<PySymbol>, skip: readonly ast.Stmt[] = []): void {
    const inside = this.refsIn(node.span).filter(({ ref }) => !skip.some((s) => contains(s.span, ref.site.span)));
    // A Python 2 list comprehension binds its loop variables in this scope before its
    // element reads them; after it, they are bound only if the iterable was not empty.
    const loops = this.dialect === "py2" ? comprehensionLoops(node, (iter) => this.runsAtLeastOnce(iter)) : [];
    const boundByLoop = (read: SymbolRef, symbol: PySymbol): boolean =>
      loops.some(
        (l) => contains(l.comprehension, read.site.span) && inside.some((o) => o.symbol === symbol && o.ref.isStore && contains(l.target, o.ref.site.span)),
      );
    for (const { ref, symbol } of inside) {
      if (!ref.isStore && !state.has(symbol) && !boundByLoop(ref, symbol)) this.unsafe(symbol, ref.site);
    }
    for (const { ref, symbol } of inside) {
      if (!ref.isStore || loops.some((l) => !l.alwaysRuns && contains(l.target, ref.site.span))) continue;
      if (ref.site.kind === "Name" && ref.site.ctx === "Del") {
        // `del x` of an unbound x is a NameError too.
        if (!state.has(symbol)) this.unsafe(symbol, ref.site);
        state.delete(symbol);
      } else {
        state.add(symbol);
      }
    }
  }

  private unsafe(symbol: PySymbol, site: ast.Node): void {
    const sites = this.maybeUnbound.get(symbol);
    if (sites) sites.add(site);
    else this.maybeUnbound.set(symbol, new Set([site]));
  }

  private refsIn(span: ast.Span): { readonly ref: SymbolRef; readonly symbol: PySymbol }[] {
    let lo = 0;
    let hi = this.refs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.refs[mid]!.ref.site.span.start < span.start) lo = mid + 1;
      else hi = mid;
    }
    const out = [];
    for (let i = lo; i < this.refs.length && this.refs[i]!.ref.site.span.start < span.end; i++) {
      if (contains(span, this.refs[i]!.ref.site.span)) out.push(this.refs[i]!);
    }
    return out;
  }
}

interface ComprehensionLoop {
  readonly comprehension: ast.Span;
  readonly target: ast.Span;
  /** Its target is bound at least once (`[f(i) for i in range(3)]`). */
  readonly alwaysRuns: boolean;
}

/** Each Python 2 list comprehension's loops: the comprehension's span and the loop's target. */
function comprehensionLoops(node: ast.Node, nonEmpty: (iter: ast.Expression) => boolean): ComprehensionLoop[] {
  const out: ComprehensionLoop[] = [];
  walk(node, (n) => {
    if (n.kind !== "ListComp") return;
    let reached = true;
    for (const g of n.generators) {
      reached &&= nonEmpty(g.iter);
      out.push({ comprehension: n.span, target: g.target.span, alwaysRuns: reached });
      reached &&= g.ifs.length === 0;
    }
  });
  return out;
}

function intConstant(node: ast.Expression): bigint | null {
  if (node.kind === "Constant" && node.value.type === "int") return node.value.value;
  if (node.kind === "UnaryOp" && node.op === "USub" && node.operand.kind === "Constant" && node.operand.value.type === "int") return -node.operand.value.value;
  return null;
}

/** `site` is in the body of a function, method or lambda that `stmt` makes (or is). */
function isDeferred(stmt: ast.Stmt, site: ast.Node): boolean {
  let deferred = false;
  walk(stmt, (node) => {
    if (deferred || !contains(node.span, site.span)) return false;
    if (node.kind === "FunctionDef" || node.kind === "Lambda") deferred = true;
    return !deferred;
  });
  return deferred;
}

function join(a: State, b: State): State {
  if (a === null) return b;
  if (b === null) return a;
  const out = new Set<PySymbol>();
  for (const symbol of a) if (b.has(symbol)) out.add(symbol);
  return out;
}

function withoutName(state: Set<PySymbol>, name: string): Set<PySymbol> {
  return new Set([...state].filter((s) => s.name !== name));
}

/** `while True:` / `while 1:` (Python 2's `True` is a name: its builtin meaning is assumed). */
function isAlwaysTrue(test: ast.Expression): boolean {
  if (test.kind === "Constant") {
    const v = test.value;
    return (v.type === "bool" && v.value) || (v.type === "int" && v.value !== 0n);
  }
  return test.kind === "Name" && test.id === "True";
}

function contains(outer: ast.Span, inner: ast.Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
