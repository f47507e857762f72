// dumpModule prints our AST exactly as CPython 3.11's `ast.dump(ast.parse(src))`
// does (no positions, optional fields left out when None), so tests can compare the
// parser with real CPython. Python 2-only nodes print in the same style.

import type * as ast from "./ast.js";
import { assertNever } from "../util/assert.js";
import { reprBytes, reprFloat, reprImaginary, reprStr } from "./pyRepr.js";

type Field = readonly [name: string, value: string | null];

/** `Name(f1=v1, f2=v2)`, leaving out fields whose value is null (CPython's omitted `None`s). */
export function formatNode(name: string, fields: readonly Field[]): string {
  return `${name}(${fields.filter(([, v]) => v !== null).map(([k, v]) => `${k}=${v}`).join(", ")})`;
}

export function formatList<T>(items: readonly T[], format: (item: T) => string): string {
  return `[${items.map(format).join(", ")}]`;
}

export function dumpModule(module: ast.Module): string {
  return formatNode("Module", [
    ["body", stmts(module.body)],
    ["type_ignores", "[]"],
  ]);
}

const stmts = (body: readonly ast.Stmt[]): string => formatList(body, dumpStmt);
const exprs = (items: readonly ast.Expression[]): string => formatList(items, dumpExpr);
const opt = (e: ast.Expression | null): string | null => (e === null ? null : dumpExpr(e));
const id = (i: ast.Identifier | null): string | null => (i === null ? null : reprStr(i.name));
const simple = (name: string): string => `${name}()`;

export function dumpStmt(s: ast.Stmt): string {
  switch (s.kind) {
    case "FunctionDef":
      return formatNode(s.isAsync ? "AsyncFunctionDef" : "FunctionDef", [
        ["name", reprStr(s.name.name)],
        ["args", dumpArguments(s.args)],
        ["body", stmts(s.body)],
        ["decorator_list", exprs(s.decoratorList)],
        ["returns", opt(s.returns)],
      ]);
    case "ClassDef":
      return formatNode("ClassDef", [
        ["name", reprStr(s.name.name)],
        ["bases", exprs(s.bases)],
        ["keywords", formatList(s.keywords, dumpKeyword)],
        ["body", stmts(s.body)],
        ["decorator_list", exprs(s.decoratorList)],
      ]);
    case "Return":
      return formatNode("Return", [["value", opt(s.value)]]);
    case "Delete":
      return formatNode("Delete", [["targets", exprs(s.targets)]]);
    case "Assign":
      return formatNode("Assign", [["targets", exprs(s.targets)], ["value", dumpExpr(s.value)]]);
    case "AugAssign":
      return formatNode("AugAssign", [["target", dumpExpr(s.target)], ["op", simple(s.op)], ["value", dumpExpr(s.value)]]);
    case "AnnAssign":
      return formatNode("AnnAssign", [
        ["target", dumpExpr(s.target)],
        ["annotation", dumpExpr(s.annotation)],
        ["value", opt(s.value)],
        ["simple", s.simple ? "1" : "0"],
      ]);
    case "For":
      return formatNode(s.isAsync ? "AsyncFor" : "For", [
        ["target", dumpExpr(s.target)],
        ["iter", dumpExpr(s.iter)],
        ["body", stmts(s.body)],
        ["orelse", stmts(s.orelse)],
      ]);
    case "While":
    case "If":
      return formatNode(s.kind, [["test", dumpExpr(s.test)], ["body", stmts(s.body)], ["orelse", stmts(s.orelse)]]);
    case "With":
      return formatNode(s.isAsync ? "AsyncWith" : "With", [["items", formatList(s.items, dumpWithItem)], ["body", stmts(s.body)]]);
    case "Match":
      return formatNode("Match", [["subject", dumpExpr(s.subject)], ["cases", formatList(s.cases, dumpMatchCase)]]);
    case "Raise":
      return formatNode("Raise", [["exc", opt(s.exc)], ["cause", opt(s.cause)]]);
    case "Try":
      return formatNode(s.isStar ? "TryStar" : "Try", [
        ["body", stmts(s.body)],
        ["handlers", formatList(s.handlers, dumpHandler)],
        ["orelse", stmts(s.orelse)],
        ["finalbody", stmts(s.finalbody)],
      ]);
    case "Assert":
      return formatNode("Assert", [["test", dumpExpr(s.test)], ["msg", opt(s.msg)]]);
    case "Import":
      return formatNode("Import", [["names", formatList(s.names, dumpAlias)]]);
    case "ImportFrom":
      return formatNode("ImportFrom", [
        ["module", s.module === null ? null : reprStr(s.module)],
        ["names", formatList(s.names, dumpAlias)],
        ["level", String(s.level)],
      ]);
    case "Global":
    case "Nonlocal":
      return formatNode(s.kind, [["names", formatList(s.names, (n) => reprStr(n.name))]]);
    case "Expr":
      return formatNode("Expr", [["value", dumpExpr(s.value)]]);
    case "Pass":
    case "Break":
    case "Continue":
      return simple(s.kind);
    case "TypeAlias":
      return formatNode("TypeAlias", [["name", dumpExpr(s.name)], ["type_params", "[]"], ["value", dumpExpr(s.value)]]);
    case "Print":
      return formatNode("Print", [["dest", opt(s.dest)], ["values", exprs(s.values)], ["nl", s.nl ? "True" : "False"]]);
    case "Exec":
      return formatNode("Exec", [["body", dumpExpr(s.body)], ["globals", opt(s.globals)], ["locals", opt(s.locals)]]);
    default:
      return assertNever(s, "statement");
  }
}

export function dumpExpr(e: ast.Expression): string {
  switch (e.kind) {
    case "BoolOp":
      return formatNode("BoolOp", [["op", simple(e.op)], ["values", exprs(e.values)]]);
    case "NamedExpr":
      return formatNode("NamedExpr", [["target", dumpExpr(e.target)], ["value", dumpExpr(e.value)]]);
    case "BinOp":
      return formatNode("BinOp", [["left", dumpExpr(e.left)], ["op", simple(e.op)], ["right", dumpExpr(e.right)]]);
    case "UnaryOp":
      return formatNode("UnaryOp", [["op", simple(e.op)], ["operand", dumpExpr(e.operand)]]);
    case "Lambda":
      return formatNode("Lambda", [["args", dumpArguments(e.args)], ["body", dumpExpr(e.body)]]);
    case "IfExp":
      return formatNode("IfExp", [["test", dumpExpr(e.test)], ["body", dumpExpr(e.body)], ["orelse", dumpExpr(e.orelse)]]);
    case "Dict":
      return formatNode("Dict", [["keys", formatList(e.keys, (k) => (k === null ? "None" : dumpExpr(k)))], ["values", exprs(e.values)]]);
    case "Set":
      return formatNode("Set", [["elts", exprs(e.elts)]]);
    case "ListComp":
    case "SetComp":
    case "GeneratorExp":
      return formatNode(e.kind, [["elt", dumpExpr(e.elt)], ["generators", formatList(e.generators, dumpComprehension)]]);
    case "DictComp":
      return formatNode("DictComp", [
        ["key", dumpExpr(e.key)],
        ["value", dumpExpr(e.value)],
        ["generators", formatList(e.generators, dumpComprehension)],
      ]);
    case "Await":
    case "YieldFrom":
    case "Repr":
      return formatNode(e.kind, [["value", dumpExpr(e.value)]]);
    case "Yield":
      return formatNode("Yield", [["value", opt(e.value)]]);
    case "Compare":
      return formatNode("Compare", [["left", dumpExpr(e.left)], ["ops", formatList(e.ops, simple)], ["comparators", exprs(e.comparators)]]);
    case "Call":
      return formatNode("Call", [["func", dumpExpr(e.func)], ["args", exprs(e.args)], ["keywords", formatList(e.keywords, dumpKeyword)]]);
    case "FormattedValue":
      return formatNode("FormattedValue", [
        ["value", dumpExpr(e.value)],
        ["conversion", String(e.conversion)],
        ["format_spec", e.formatSpec === null ? null : dumpExpr(e.formatSpec)],
      ]);
    case "JoinedStr":
      return formatNode("JoinedStr", [["values", exprs(e.values)]]);
    case "Constant":
      return formatNode("Constant", [["value", dumpConstantValue(e.value)], ["kind", e.value.type === "str" && e.value.unicodePrefix ? "'u'" : null]]);
    case "Attribute":
      return formatNode("Attribute", [["value", dumpExpr(e.value)], ["attr", reprStr(e.attr.name)], ["ctx", simple(e.ctx)]]);
    case "Subscript":
      return formatNode("Subscript", [["value", dumpExpr(e.value)], ["slice", dumpExpr(e.slice)], ["ctx", simple(e.ctx)]]);
    case "Starred":
      return formatNode("Starred", [["value", dumpExpr(e.value)], ["ctx", simple(e.ctx)]]);
    case "Name":
      return formatNode("Name", [["id", reprStr(e.id)], ["ctx", simple(e.ctx)]]);
    case "List":
    case "Tuple":
      return formatNode(e.kind, [["elts", exprs(e.elts)], ["ctx", simple(e.ctx)]]);
    case "Slice":
      return formatNode("Slice", [["lower", opt(e.lower)], ["upper", opt(e.upper)], ["step", opt(e.step)]]);
    default:
      return assertNever(e, "expression");
  }
}

export function dumpConstantValue(value: ast.ConstantValue): string {
  switch (value.type) {
    case "None":
      return "None";
    case "bool":
      return value.value ? "True" : "False";
    case "int":
      return value.value.toString();
    case "float":
      return reprFloat(value.value);
    case "complex":
      return reprImaginary(value.imag);
    case "str":
      return reprStr(value.value);
    case "bytes":
      return reprBytes(value.value);
    case "Ellipsis":
      return "Ellipsis";
    default:
      return assertNever(value, "constant");
  }
}

function dumpArguments(a: ast.Arguments): string {
  return formatNode("arguments", [
    ["posonlyargs", formatList(a.posonlyargs, dumpArg)],
    ["args", formatList(a.args, dumpArg)],
    ["vararg", a.vararg === null ? null : dumpArg(a.vararg)],
    ["kwonlyargs", formatList(a.kwonlyargs, dumpArg)],
    ["kw_defaults", formatList(a.kwDefaults, (d) => (d === null ? "None" : dumpExpr(d)))],
    ["kwarg", a.kwarg === null ? null : dumpArg(a.kwarg)],
    ["defaults", exprs(a.defaults)],
  ]);
}

function dumpArg(a: ast.Arg): string {
  return formatNode("arg", [["arg", reprStr(a.arg)], ["annotation", opt(a.annotation)]]);
}

function dumpKeyword(k: ast.Keyword): string {
  return formatNode("keyword", [["arg", id(k.arg)], ["value", dumpExpr(k.value)]]);
}

function dumpAlias(a: ast.Alias): string {
  return formatNode("alias", [["name", reprStr(a.name)], ["asname", id(a.asname)]]);
}

function dumpWithItem(w: ast.WithItem): string {
  return formatNode("withitem", [["context_expr", dumpExpr(w.contextExpr)], ["optional_vars", opt(w.optionalVars)]]);
}

function dumpComprehension(c: ast.Comprehension): string {
  return formatNode("comprehension", [["target", dumpExpr(c.target)], ["iter", dumpExpr(c.iter)], ["ifs", exprs(c.ifs)], ["is_async", c.isAsync ? "1" : "0"]]);
}

function dumpHandler(h: ast.ExceptHandler): string {
  return formatNode("ExceptHandler", [["type", opt(h.type)], ["name", id(h.name)], ["body", stmts(h.body)]]);
}

function dumpMatchCase(c: ast.MatchCase): string {
  return formatNode("match_case", [["pattern", dumpPattern(c.pattern)], ["guard", opt(c.guard)], ["body", stmts(c.body)]]);
}

function dumpPattern(p: ast.Pattern): string {
  const patterns = (items: readonly ast.Pattern[]): string => formatList(items, dumpPattern);
  switch (p.kind) {
    case "MatchValue":
      return formatNode("MatchValue", [["value", dumpExpr(p.value)]]);
    case "MatchSingleton":
      return formatNode("MatchSingleton", [["value", dumpConstantValue(p.value)]]);
    case "MatchSequence":
      return formatNode("MatchSequence", [["patterns", patterns(p.patterns)]]);
    case "MatchMapping":
      return formatNode("MatchMapping", [["keys", exprs(p.keys)], ["patterns", patterns(p.patterns)], ["rest", id(p.rest)]]);
    case "MatchClass":
      return formatNode("MatchClass", [
        ["cls", dumpExpr(p.cls)],
        ["patterns", patterns(p.patterns)],
        ["kwd_attrs", formatList(p.kwdAttrs, (a) => reprStr(a.name))],
        ["kwd_patterns", patterns(p.kwdPatterns)],
      ]);
    case "MatchStar":
      return formatNode("MatchStar", [["name", id(p.name)]]);
    case "MatchAs":
      return formatNode("MatchAs", [["pattern", p.pattern === null ? null : dumpPattern(p.pattern)], ["name", id(p.name)]]);
    case "MatchOr":
      return formatNode("MatchOr", [["patterns", patterns(p.patterns)]]);
    default:
      return assertNever(p, "pattern");
  }
}
