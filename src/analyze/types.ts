// A light, flow-insensitive type inference: each variable gets the join of the
// types of every value bound to it; expressions get a type from their operands.
// It exists so lowering can emit direct TypeScript where Python's semantics and
// JavaScript's coincide (`a === b` on two ints, `i < n` on numbers, `s + t` on
// two strings, a plain `for...of` over a list) and fall back to runtime helpers
// everywhere else. "unknown" is always a safe answer.

import type * as ast from "../parse/ast.js";
import { walk } from "../parse/forEachChild.js";
import type { BindResult } from "./binder.js";
import type { PySymbol } from "./scope.js";
import { findContainerUses, type ContainerUses } from "./containerUses.js";
import { findParameterSources, type ParameterSources } from "./callSites.js";

export type PyType =
  | { readonly kind: "unknown" }
  /** No value yet: a variable not yet bound while solving (joins ignore it). */
  | { readonly kind: "never" }
  | { readonly kind: "none" | "bool" | "int" | "float" | "str" | "bytes" | "range" }
  | { readonly kind: "list" | "set" | "frozenset"; readonly element: PyType }
  /** An iterator or other one-pass iterable (enumerate, zip, dict views): only iterated. */
  | { readonly kind: "iterator"; readonly element: PyType }
  | { readonly kind: "tuple"; readonly elements: readonly PyType[] | null; readonly element: PyType }
  | { readonly kind: "dict"; readonly key: PyType; readonly value: PyType }
  | { readonly kind: "function"; readonly def: ast.FunctionDef }
  | { readonly kind: "class"; readonly def: ast.ClassDef }
  | { readonly kind: "instance"; readonly def: ast.ClassDef }
  /** A value made by a library module (`Process(...)`, `mp.current_process()`): a runtime object. */
  | { readonly kind: "library" };

export const unknown: PyType = { kind: "unknown" };
const never: PyType = { kind: "never" };
const int: PyType = { kind: "int" };
const float: PyType = { kind: "float" };
const str: PyType = { kind: "str" };
const bool: PyType = { kind: "bool" };
const none: PyType = { kind: "none" };
const library: PyType = { kind: "library" };

export function isKind(type: PyType, ...kinds: PyType["kind"][]): boolean {
  return kinds.includes(type.kind);
}

export function sameType(a: PyType, b: PyType): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "list":
    case "set":
    case "frozenset":
    case "iterator":
      return sameType(a.element, (b as typeof a).element);
    case "tuple":
      return sameType(a.element, (b as typeof a).element);
    case "dict":
      return sameType(a.key, (b as typeof a).key) && sameType(a.value, (b as typeof a).value);
    case "function":
    case "class":
    case "instance":
      return a.def === (b as typeof a).def;
    default:
      return true;
  }
}

/** The least type covering both (unknown when they differ in kind). */
export function join(a: PyType | null, b: PyType): PyType {
  if (a === null || a.kind === "never") return b;
  if (b.kind === "never") return a;
  if (sameType(a, b)) return a;
  if (a.kind !== b.kind) return unknown;
  switch (a.kind) {
    case "list":
    case "set":
    case "frozenset":
    case "iterator":
      return { kind: a.kind, element: join(a.element, (b as typeof a).element) };
    case "tuple":
      return { kind: "tuple", elements: null, element: join(a.element, (b as typeof a).element) };
    case "dict":
      return { kind: "dict", key: join(a.key, (b as typeof a).key), value: join(a.value, (b as typeof a).value) };
    default:
      return unknown;
  }
}

/** The type of the items a `for` loop over a value of this type produces. */
export function elementType(type: PyType): PyType {
  switch (type.kind) {
    case "never":
      return type;
    case "list":
    case "set":
    case "frozenset":
    case "tuple":
    case "iterator":
      return type.element;
    case "dict":
      return type.key;
    case "range":
      return int;
    case "str":
      return str;
    case "bytes":
      return int;
    default:
      return unknown;
  }
}

export interface TypeFacts {
  typeOf(expr: ast.Expression): PyType;
  typeOfSymbol(symbol: PySymbol): PyType;
}

export function inferTypes(module: ast.Module, bind: BindResult): TypeFacts {
  return new TypeInference(module, bind);
}

const maxRounds = 8;

class TypeInference implements TypeFacts {
  /** The joined type of each variable; absent means no binding seen yet (bottom). */
  private readonly _symbolTypes = new Map<PySymbol, PyType>();
  /** Return types of functions, joined over their `return` statements. */
  private readonly _returnTypes = new Map<ast.FunctionDef, PyType>();
  private readonly _bindings: Array<{ symbol: PySymbol; value: () => PyType }> = [];
  private readonly _returns: Array<{ def: ast.FunctionDef; value: () => PyType }> = [];
  /** Which container variables keep precise element types, and what is added to them. */
  private readonly _containers: ContainerUses;
  /** What the calls of directly-called defs pass to each parameter (callSites.ts). */
  private readonly _parameterSources: ParameterSources;
  /** Binding sites whose value this inference understands. */
  private readonly _boundSites = new Set<ast.Node>();
  /** True while solving: unbound variables are "never" (no information yet), not unknown. */
  private _solving = true;

  constructor(
    private readonly _module: ast.Module,
    private readonly _bind: BindResult,
  ) {
    this._containers = findContainerUses(_module, _bind);
    this._parameterSources = findParameterSources(_module, _bind);
    this._collect();
    this._solve();
  }

  typeOfSymbol(symbol: PySymbol): PyType {
    const type = this._symbolTypes.get(symbol);
    return !type || type.kind === "never" ? unknown : type;
  }

  typeOf(expr: ast.Expression): PyType {
    switch (expr.kind) {
      case "Constant":
        return constantType(expr.value, this._module.dialect);
      case "Name":
        return this._nameType(expr);
      case "JoinedStr":
      case "Repr":
        return str;
      case "Compare":
        return bool;
      case "UnaryOp":
        return this._unaryType(expr);
      case "BinOp":
        return this._binaryType(expr.op, this.typeOf(expr.left), this.typeOf(expr.right));
      case "BoolOp":
        return expr.values.map((v) => this.typeOf(v)).reduce<PyType | null>((a, b) => join(a, b), null) ?? unknown;
      case "IfExp":
        return join(this.typeOf(expr.body), this.typeOf(expr.orelse));
      case "List":
        return { kind: "list", element: expr.elts.length === 0 ? never : this._joinAll(expr.elts) };
      case "Set":
        return { kind: "set", element: expr.elts.length === 0 ? never : this._joinAll(expr.elts) };
      case "Tuple":
        return expr.elts.some((e) => e.kind === "Starred")
          ? { kind: "tuple", elements: null, element: unknown }
          : { kind: "tuple", elements: expr.elts.map((e) => this.typeOf(e)), element: this._joinAll(expr.elts) };
      case "Dict":
        if (expr.keys.length === 0) return { kind: "dict", key: never, value: never };
        return expr.keys.some((k) => k === null)
          ? { kind: "dict", key: unknown, value: unknown }
          : { kind: "dict", key: this._joinAll(expr.keys as ast.Expression[]), value: this._joinAll(expr.values) };
      case "ListComp":
        return { kind: "list", element: this.typeOf(expr.elt) };
      case "SetComp":
        return { kind: "set", element: this.typeOf(expr.elt) };
      case "DictComp":
        return { kind: "dict", key: this.typeOf(expr.key), value: this.typeOf(expr.value) };
      case "Call":
        return this._callType(expr);
      case "Subscript":
        return this._subscriptType(expr);
      default:
        return unknown;
    }
  }

  /** The type of `e` in `except T as e` (a class of this module, a builtin exception, or a tuple of them). */
  private _exceptionType(type: ast.Expression): PyType {
    const classes = type.kind === "Tuple" ? type.elts : [type];
    return classes
      .map((cls): PyType => {
        if (cls.kind !== "Name") return unknown;
        const resolution = this._bind.resolutions.get(cls);
        if (resolution?.kind === "builtin") return library;
        const only = resolution && resolution.kind !== "undefined" && resolution.symbol.bindings.length === 1 ? resolution.symbol.bindings[0]! : null;
        return only?.kind === "ClassDef" ? { kind: "instance", def: only } : unknown;
      })
      .reduce<PyType | null>((a, b) => join(a, b), null) ?? unknown;
  }

  /** `m` in `m.f()` when `m` was bound only by `import m`. */
  private _isImportedModule(node: ast.Expression): boolean {
    if (node.kind !== "Name") return false;
    const resolution = this._bind.resolutions.get(node);
    if (!resolution || resolution.kind === "builtin" || resolution.kind === "undefined") return false;
    const bindings = resolution.symbol.bindings;
    return bindings.length === 1 && bindings[0]!.kind === "alias";
  }

  private _joinAll(exprs: readonly ast.Expression[]): PyType {
    if (exprs.some((e) => e.kind === "Starred")) return unknown;
    return exprs.map((e) => this.typeOf(e)).reduce<PyType | null>((a, b) => join(a, b), null) ?? unknown;
  }

  private _nameType(name: ast.Name): PyType {
    const type = this._nameTypeOrNever(name);
    return type.kind === "never" && !this._solving ? unknown : type;
  }

  private _nameTypeOrNever(name: ast.Name): PyType {
    const resolution = this._bind.resolutions.get(name);
    if (!resolution) return unknown;
    if (resolution.kind === "builtin") {
      if (name.id === "True" || name.id === "False") return bool;
      if (name.id === "None") return none;
      if (name.id === "__name__") return str;
      return unknown;
    }
    if (resolution.kind === "undefined") return unknown;
    // Inside `except T as e:` the variable holds that handler's exception (Python 3 unbinds it after).
    const bindings = resolution.symbol.bindings;
    if (bindings.length > 1) {
      const inside = (outer: ast.Node, inner: ast.Node): boolean => outer.span.start <= inner.span.start && inner.span.end <= outer.span.end;
      const handler = bindings.filter((b): b is ast.ExceptHandler => b.kind === "ExceptHandler" && inside(b, name)).pop();
      const rebound = handler !== undefined && bindings.some((b) => b !== handler && inside(handler, b));
      if (handler?.type && !rebound) return this._exceptionType(handler.type);
    }
    return this._symbolTypes.get(resolution.symbol) ?? never;
  }

  private _unaryType(expr: ast.UnaryOp): PyType {
    const operand = this.typeOf(expr.operand);
    if (operand.kind === "never") return never;
    if (expr.op === "Not") return bool;
    if (expr.op === "Invert") return operand.kind === "int" || operand.kind === "bool" ? int : unknown;
    if (operand.kind === "bool") return int;
    return operand.kind === "int" || operand.kind === "float" ? operand : unknown;
  }

  private _binaryType(op: ast.BinaryOperator, left: PyType, right: PyType): PyType {
    if (left.kind === "never" || right.kind === "never") return never;
    const numeric = (t: PyType): boolean => t.kind === "int" || t.kind === "float" || t.kind === "bool";
    // Python 2: '%s' % u'x' is unicode, so only Python 3 knows the result.
    if (op === "Mod" && left.kind === "str") return this._module.dialect === "py3" ? str : unknown;
    if (op === "Add" && left.kind === "str" && right.kind === "str") return str;
    if (op === "Mult" && ((left.kind === "str" && isIntLike(right)) || (isIntLike(left) && right.kind === "str"))) return str;
    if (op === "Add" && left.kind === "list" && right.kind === "list") return join(left, right);
    if (!numeric(left) || !numeric(right)) return unknown;
    const anyFloat = left.kind === "float" || right.kind === "float";
    switch (op) {
      case "Div":
        // Python 3 (and `from __future__ import division`) always give a float; Python 2 keeps ints.
        if (this._module.dialect === "py3" || this._module.futureFeatures.includes("division")) return float;
        return anyFloat ? float : int;
      case "Pow":
        // int ** negative int is a float: only known non-negative literal exponents stay int.
        return anyFloat ? float : unknown;
      case "BitAnd":
      case "BitOr":
      case "BitXor":
      case "LShift":
      case "RShift":
        return anyFloat ? unknown : int;
      case "MatMult":
        return unknown;
      default:
        return anyFloat ? float : int;
    }
  }

  private _callType(call: ast.Call): PyType {
    const func = call.func;
    if (func.kind === "Name") {
      const resolution = this._bind.resolutions.get(func);
      if (resolution?.kind === "builtin") return builtinReturnType(func.id, call, this._module.dialect, (e) => this.typeOf(e));
      if (resolution && resolution.kind !== "undefined") {
        const symbol = resolution.symbol;
        const only = symbol.bindings.length === 1 ? symbol.bindings[0]! : null;
        if (only?.kind === "ClassDef") return { kind: "instance", def: only };
        if (only?.kind === "FunctionDef") return this._returnTypes.get(only) ?? unknown;
        if (only?.kind === "alias") return library;
      }
    }
    if (func.kind === "Attribute") {
      if (this._isImportedModule(func.value)) return library;
      if (this.typeOf(func.value).kind === "never") return never;
      // Python 2: a str method given a unicode argument returns unicode.
      if (this._module.dialect === "py2" && call.args.length > 0 && this.typeOf(func.value).kind === "str") return unknown;
      return methodReturnType(this.typeOf(func.value), func.attr.name);
    }
    return unknown;
  }

  private _subscriptType(expr: ast.Subscript): PyType {
    const value = this.typeOf(expr.value);
    // No information yet while solving (a variable not yet seen): no information about the item either.
    if (value.kind === "never") return never;
    if (expr.slice.kind === "Slice") return value.kind === "list" || value.kind === "str" || value.kind === "tuple" ? (value.kind === "tuple" ? { kind: "tuple", elements: null, element: value.element } : value) : unknown;
    switch (value.kind) {
      case "list":
        return value.element;
      case "tuple": {
        const index = expr.slice.kind === "Constant" && expr.slice.value.type === "int" ? Number(expr.slice.value.value) : null;
        if (index !== null && value.elements && index >= 0 && index < value.elements.length) return value.elements[index]!;
        return value.element;
      }
      case "dict":
        return value.value;
      case "str":
        return str;
      default:
        return unknown;
    }
  }

  // --- collecting bindings and solving ---------------------------------------

  private _collect(): void {
    walk(this._module, (node) => {
      switch (node.kind) {
        case "Assign":
          for (const target of node.targets) this._bindTarget(target, () => this.typeOf(node.value));
          break;
        case "AnnAssign":
          if (node.value) this._bindTarget(node.target, () => this.typeOf(node.value!));
          break;
        case "AugAssign":
          if (node.target.kind === "Name") {
            const target = node.target;
            this._bindTarget(target, () => this._binaryType(node.op, this._nameType(target), this.typeOf(node.value)));
          }
          break;
        case "For":
          this._bindTarget(node.target, () => elementType(this.typeOf(node.iter)));
          break;
        case "comprehension":
          this._bindTarget(node.target, () => elementType(this.typeOf(node.iter)));
          break;
        case "FunctionDef":
          this._bindSite(node, () => ({ kind: "function", def: node }));
          for (const arg of [...node.args.posonlyargs, ...node.args.args, ...node.args.kwonlyargs]) {
            // A parameter of a def only ever called directly has the type of what the calls pass.
            const passed = this._parameterSources.get(arg);
            this._bindSite(arg, passed ? () => passed.map((e) => this.typeOf(e)).reduce<PyType>((a, b) => join(a, b), never) : () => unknown);
          }
          if (node.args.vararg) this._bindSite(node.args.vararg, () => ({ kind: "tuple", elements: null, element: unknown }));
          if (node.args.kwarg) this._bindSite(node.args.kwarg, () => ({ kind: "dict", key: str, value: unknown }));
          break;
        case "Lambda":
          for (const arg of [...node.args.posonlyargs, ...node.args.args, ...node.args.kwonlyargs]) this._bindSite(arg, () => unknown);
          break;
        case "ClassDef":
          this._bindSite(node, () => ({ kind: "class", def: node }));
          break;
        case "ExceptHandler":
          // except TaskFailed as e: an instance of that class (a builtin exception is a runtime object).
          if (node.name && node.type) {
            const type = node.type;
            this._bindSite(node, () => this._exceptionType(type));
          }
          break;
        case "Return":
          this._recordReturn(node);
          break;
        default:
          break;
      }
    });
    // Every other binding (imports, with/except targets, del, walrus) makes the variable unknown.
    for (const symbol of this._allSymbols()) {
      if (symbol.bindings.some((site) => !this._boundSites.has(site))) this._bindings.push({ symbol, value: () => unknown });
    }
  }

  /**
   * A container variable's type with what is added through it (`xs.append(v)`,
   * `d[k] = v`); unknown contents when the value may change elsewhere (containerUses.ts).
   */
  private _withContents(symbol: PySymbol, type: PyType): PyType {
    if (type.kind !== "list" && type.kind !== "set" && type.kind !== "dict") return type;
    if (this._containers.escaped.has(symbol)) {
      return type.kind === "dict" ? { kind: "dict", key: unknown, value: unknown } : { kind: type.kind, element: unknown };
    }
    const items = (this._containers.itemsAdded.get(symbol) ?? []).map((e) => this.typeOf(e));
    if (type.kind === "dict") {
      const keys = (this._containers.keysAdded.get(symbol) ?? []).map((e) => this.typeOf(e));
      return { kind: "dict", key: keys.reduce((a, b) => join(a, b), type.key), value: items.reduce((a, b) => join(a, b), type.value) };
    }
    return { kind: type.kind, element: items.reduce((a, b) => join(a, b), type.element) };
  }

  private _recordReturn(node: ast.Return): void {
    const def = this._enclosingFunction(node);
    if (!def) return;
    const value = node.value;
    this._returns.push({ def, value: () => (value ? this.typeOf(value) : none) });
  }

  private _bindTarget(target: ast.Expression, value: () => PyType): void {
    if (target.kind === "Name") return this._bindSite(target, value);
    if (target.kind === "Tuple" || target.kind === "List") {
      target.elts.forEach((elt, i) => {
        if (elt.kind === "Starred") this._bindTarget(elt.value, () => ({ kind: "list", element: unknown }));
        else
          this._bindTarget(elt, () => {
            const whole = value();
            if (whole.kind === "tuple" && whole.elements && whole.elements.length === target.elts.length) return whole.elements[i]!;
            return elementType(whole);
          });
      });
    }
  }

  private _bindSite(site: ast.Name | ast.FunctionDef | ast.ClassDef | ast.Arg | ast.ExceptHandler, value: () => PyType): void {
    const resolution = this._bind.resolutions.get(site);
    if (!resolution || resolution.kind === "builtin" || resolution.kind === "undefined") return;
    this._boundSites.add(site);
    this._bindings.push({ symbol: resolution.symbol, value });
  }

  private _solve(): void {
    this._solveRounds();
    this._solving = false;
  }

  private _solveRounds(): void {
    // Functions without a `return` return None; those whose returns are all seen get their join.
    for (let round = 0; round < maxRounds; round++) {
      let changed = false;
      const next = new Map<PySymbol, PyType>();
      for (const { symbol, value } of this._bindings) next.set(symbol, join(next.get(symbol) ?? null, value()));
      for (const [symbol, type] of next) next.set(symbol, this._withContents(symbol, type));
      for (const [symbol, type] of next) {
        if (!sameType(this._symbolTypes.get(symbol) ?? unknown, type) || !this._symbolTypes.has(symbol)) {
          this._symbolTypes.set(symbol, type);
          changed = true;
        }
      }
      const returns = new Map<ast.FunctionDef, PyType>();
      for (const { def, value } of this._returns) returns.set(def, join(returns.get(def) ?? null, value()));
      for (const [def, type] of returns) {
        if (!sameType(this._returnTypes.get(def) ?? unknown, type) || !this._returnTypes.has(def)) {
          this._returnTypes.set(def, type);
          changed = true;
        }
      }
      if (!changed) return;
    }
    // No fixpoint within the bound: give up on precision rather than be wrong.
    for (const symbol of this._symbolTypes.keys()) this._symbolTypes.set(symbol, unknown);
    for (const def of this._returnTypes.keys()) this._returnTypes.set(def, unknown);
  }

  private _allSymbols(): PySymbol[] {
    const out: PySymbol[] = [];
    const visit = (scope: BindResult["moduleScope"]): void => {
      out.push(...scope.symbols.values());
      scope.children.forEach(visit);
    };
    visit(this._bind.moduleScope);
    return out;
  }

  private _enclosingFunction(node: ast.Return): ast.FunctionDef | null {
    let found: ast.FunctionDef | null = null;
    for (const [owner, scope] of this._bind.scopeOf) {
      if (owner.kind !== "FunctionDef" || scope.isGenerator) continue;
      if (owner.span.start <= node.span.start && node.span.end <= owner.span.end && (!found || owner.span.start > found.span.start)) found = owner;
    }
    return found;
  }
}

function isIntLike(type: PyType): boolean {
  return type.kind === "int" || type.kind === "bool";
}

function constantType(value: ast.ConstantValue, dialect: ast.Dialect): PyType {
  switch (value.type) {
    case "None":
      return none;
    case "bool":
      return bool;
    case "int":
      // Python 2's 10L is a long: a boxed value (runtime long.ts), not a plain int.
      return value.long ? unknown : int;
    case "float":
      return float;
    case "str":
      // A Python 2 unicode literal is a boxed value (runtime unicode.ts), not a str.
      return dialect === "py2" && !value.py2Bytes ? unknown : str;
    case "bytes":
      return { kind: "bytes" };
    default:
      return unknown;
  }
}

function tupleOf(elements: readonly PyType[]): PyType {
  return { kind: "tuple", elements, element: elements.reduce<PyType | null>((a, b) => join(a, b), null) ?? unknown };
}

function iteratorOf(element: PyType): PyType {
  return { kind: "iterator", element };
}

const strToStr = new Set([
  "upper", "lower", "strip", "lstrip", "rstrip", "replace", "join", "title", "capitalize", "swapcase",
  "center", "ljust", "rjust", "zfill", "expandtabs", "casefold",
]);
const strToBool = new Set(["startswith", "endswith", "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle", "isdecimal", "isnumeric"]);

/** What a method of a receiver of known type returns (str and dict methods; "unknown" otherwise). */
function methodReturnType(receiver: PyType, name: string): PyType {
  if (receiver.kind === "str") {
    if (strToStr.has(name)) return str;
    if (strToBool.has(name)) return bool;
    if (name === "split" || name === "rsplit" || name === "splitlines") return { kind: "list", element: str };
    if (name === "find" || name === "rfind" || name === "index" || name === "rindex" || name === "count") return int;
    return unknown;
  }
  if (receiver.kind === "dict") {
    switch (name) {
      case "items":
      case "iteritems":
      case "viewitems":
        return iteratorOf(tupleOf([receiver.key, receiver.value]));
      case "keys":
      case "iterkeys":
      case "viewkeys":
        return iteratorOf(receiver.key);
      case "values":
      case "itervalues":
      case "viewvalues":
        return iteratorOf(receiver.value);
      default:
        return unknown;
    }
  }
  return unknown;
}

function builtinReturnType(name: string, call: ast.Call, dialect: ast.Dialect, typeOf: (e: ast.Expression) => PyType): PyType {
  switch (name) {
    case "len":
    case "ord":
    case "hash":
    case "id":
      return int;
    case "long":
    case "int":
      if (name === "long" && dialect === "py2") return unknown;
      return call.args.length === 0 || ["int", "float", "str", "bool"].includes(typeOf(call.args[0]!).kind) ? int : unknown;
    case "float":
      return call.args.length === 0 || ["int", "float", "str", "bool"].includes(typeOf(call.args[0]!).kind) ? float : unknown;
    case "str":
    case "repr":
    case "chr":
    case "hex":
    case "oct":
    case "bin":
    case "format":
    case "ascii":
      return str;
    case "bool":
    case "isinstance":
    case "issubclass":
    case "callable":
    case "hasattr":
      return bool;
    case "range":
      return dialect === "py2" ? { kind: "list", element: int } : { kind: "range" };
    case "xrange":
      return { kind: "range" };
    case "abs": {
      const arg = call.args[0] ? typeOf(call.args[0]) : unknown;
      return arg.kind === "int" || arg.kind === "float" ? arg : unknown;
    }
    case "sorted":
    case "list":
      return { kind: "list", element: call.args[0] ? elementType(typeOf(call.args[0])) : unknown };
    case "enumerate":
      return call.args.length >= 1 ? iteratorOf(tupleOf([int, elementType(typeOf(call.args[0]!))])) : unknown;
    case "zip": {
      if (call.args.some((a) => a.kind === "Starred") || call.keywords.length > 0) return unknown;
      const item = tupleOf(call.args.map((a) => elementType(typeOf(a))));
      return dialect === "py2" ? { kind: "list", element: item } : iteratorOf(item);
    }
    case "reversed":
      return call.args.length === 1 ? iteratorOf(elementType(typeOf(call.args[0]!))) : unknown;
    case "dict":
      return { kind: "dict", key: unknown, value: unknown };
    case "set":
    case "frozenset":
      return { kind: name, element: call.args[0] ? elementType(typeOf(call.args[0])) : unknown };
    default:
      return unknown;
  }
}
