// dumpModulePy2 prints our AST exactly as Python 2.7's `ast.dump(ast.parse(src))`
// does, so py2 parsing is checked against a real CPython 2. It maps our Python 3
// shaped nodes back to 2.7's: Num/Str, Name('True'), TryExcept/TryFinally, one With
// per item, Index/ExtSlice, Call starargs/kwargs, Param names, and the parser's
// folding of `-<number>` into a negative Num.

import type * as ast from "./ast.js";
import { assertNever } from "../util/assert.js";
import { formatList, formatNode } from "./dump.js";
import { reprBytes, reprFloat, reprImaginary, reprUnicodePy2 } from "./pyRepr.js";

const none = "None";
const str2 = (text: string): string => `'${text}'`;
const stmts = (body: readonly ast.Stmt[]): string => formatList(body, dumpStmt);
const exprs = (items: readonly ast.Expression[]): string => formatList(items, (e) => dumpExpr(e));
const opt = (e: ast.Expression | null): string => (e === null ? none : dumpExpr(e));
const simple = (name: string): string => `${name}()`;
const all = (name: string, fields: readonly (readonly [string, string])[]): string => formatNode(name, fields);

export function dumpModulePy2(module: ast.Module): string {
  return all("Module", [["body", stmts(module.body)]]);
}

function dumpStmt(s: ast.Stmt): string {
  switch (s.kind) {
    case "FunctionDef":
      return all("FunctionDef", [["name", str2(s.name.name)], ["args", dumpArguments(s.args)], ["body", stmts(s.body)], ["decorator_list", exprs(s.decoratorList)]]);
    case "ClassDef":
      return all("ClassDef", [["name", str2(s.name.name)], ["bases", exprs(s.bases)], ["body", stmts(s.body)], ["decorator_list", exprs(s.decoratorList)]]);
    case "Return":
      return all("Return", [["value", opt(s.value)]]);
    case "Delete":
      return all("Delete", [["targets", exprs(s.targets)]]);
    case "Assign":
      return all("Assign", [["targets", exprs(s.targets)], ["value", dumpExpr(s.value)]]);
    case "AugAssign":
      return all("AugAssign", [["target", dumpExpr(s.target)], ["op", simple(s.op)], ["value", dumpExpr(s.value)]]);
    case "Print":
      return all("Print", [["dest", opt(s.dest)], ["values", exprs(s.values)], ["nl", s.nl ? "True" : "False"]]);
    case "For":
      return all("For", [["target", dumpExpr(s.target)], ["iter", dumpExpr(s.iter)], ["body", stmts(s.body)], ["orelse", stmts(s.orelse)]]);
    case "While":
    case "If":
      return all(s.kind, [["test", dumpExpr(s.test)], ["body", stmts(s.body)], ["orelse", stmts(s.orelse)]]);
    case "With":
      return dumpWith(s.items, s.body);
    case "Raise":
      return all("Raise", [["type", opt(s.exc)], ["inst", opt(s.py2Value)], ["tback", opt(s.py2Traceback)]]);
    case "Try":
      return dumpTry(s);
    case "Assert":
      return all("Assert", [["test", dumpExpr(s.test)], ["msg", opt(s.msg)]]);
    case "Import":
      return all("Import", [["names", formatList(s.names, dumpAlias)]]);
    case "ImportFrom":
      return all("ImportFrom", [["module", s.module === null ? none : str2(s.module)], ["names", formatList(s.names, dumpAlias)], ["level", String(s.level)]]);
    case "Exec":
      return all("Exec", [["body", dumpExpr(s.body)], ["globals", opt(s.globals)], ["locals", opt(s.locals)]]);
    case "Global":
      return all("Global", [["names", formatList(s.names, (n) => str2(n.name))]]);
    case "Expr":
      return all("Expr", [["value", dumpExpr(s.value)]]);
    case "Pass":
    case "Break":
    case "Continue":
      return simple(s.kind);
    case "AnnAssign":
    case "Match":
    case "Nonlocal":
    case "TypeAlias":
      return simple(`Py3Only${s.kind}`);
    default:
      return assertNever(s, "statement");
  }
}

// Python 2.7 nests `with a, b:` as one With per item.
function dumpWith(items: readonly ast.WithItem[], body: readonly ast.Stmt[]): string {
  const [first, ...rest] = items;
  return all("With", [
    ["context_expr", dumpExpr(first!.contextExpr)],
    ["optional_vars", opt(first!.optionalVars)],
    ["body", rest.length === 0 ? stmts(body) : `[${dumpWith(rest, body)}]`],
  ]);
}

// try/except/else is TryExcept; a finally clause wraps it in TryFinally.
function dumpTry(s: ast.Try): string {
  const tryExcept = (): string =>
    all("TryExcept", [["body", stmts(s.body)], ["handlers", formatList(s.handlers, dumpHandler)], ["orelse", stmts(s.orelse)]]);
  if (s.finalbody.length === 0) return tryExcept();
  const body = s.handlers.length === 0 ? stmts(s.body) : `[${tryExcept()}]`;
  return all("TryFinally", [["body", body], ["finalbody", stmts(s.finalbody)]]);
}

function dumpHandler(h: ast.ExceptHandler): string {
  const name = h.name !== null ? `Name(id=${str2(h.name.name)}, ctx=Store())` : opt(h.py2Target);
  return all("ExceptHandler", [["type", opt(h.type)], ["name", name], ["body", stmts(h.body)]]);
}

function dumpArguments(a: ast.Arguments): string {
  const param = (arg: ast.Arg): string => (arg.py2Tuple !== null ? dumpExpr(arg.py2Tuple) : `Name(id=${str2(arg.arg)}, ctx=Param())`);
  return all("arguments", [
    ["args", formatList([...a.posonlyargs, ...a.args], param)],
    ["vararg", a.vararg === null ? none : str2(a.vararg.arg)],
    ["kwarg", a.kwarg === null ? none : str2(a.kwarg.arg)],
    ["defaults", exprs(a.defaults)],
  ]);
}

function dumpAlias(a: ast.Alias): string {
  return all("alias", [["name", str2(a.name)], ["asname", a.asname === null ? none : str2(a.asname.name)]]);
}

function dumpExpr(e: ast.Expression): string {
  switch (e.kind) {
    case "BoolOp":
      return all("BoolOp", [["op", simple(e.op)], ["values", exprs(e.values)]]);
    case "BinOp":
      return all("BinOp", [["left", dumpExpr(e.left)], ["op", simple(e.op)], ["right", dumpExpr(e.right)]]);
    case "UnaryOp":
      return dumpUnary(e);
    case "Lambda":
      return all("Lambda", [["args", dumpArguments(e.args)], ["body", dumpExpr(e.body)]]);
    case "IfExp":
      return all("IfExp", [["test", dumpExpr(e.test)], ["body", dumpExpr(e.body)], ["orelse", dumpExpr(e.orelse)]]);
    case "Dict":
      return all("Dict", [["keys", formatList(e.keys, opt)], ["values", exprs(e.values)]]);
    case "Set":
      return all("Set", [["elts", exprs(e.elts)]]);
    case "ListComp":
    case "SetComp":
    case "GeneratorExp":
      return all(e.kind, [["elt", dumpExpr(e.elt)], ["generators", formatList(e.generators, dumpComprehension)]]);
    case "DictComp":
      return all("DictComp", [["key", dumpExpr(e.key)], ["value", dumpExpr(e.value)], ["generators", formatList(e.generators, dumpComprehension)]]);
    case "Yield":
      return all("Yield", [["value", opt(e.value)]]);
    case "Compare":
      return all("Compare", [["left", dumpExpr(e.left)], ["ops", formatList(e.ops, simple)], ["comparators", exprs(e.comparators)]]);
    case "Call":
      return dumpCall(e);
    case "Repr":
      return all("Repr", [["value", dumpExpr(e.value)]]);
    case "Constant":
      return dumpConstant(e.value);
    case "Attribute":
      return all("Attribute", [["value", dumpExpr(e.value)], ["attr", str2(e.attr.name)], ["ctx", simple(e.ctx)]]);
    case "Subscript":
      return all("Subscript", [["value", dumpExpr(e.value)], ["slice", dumpSlice(e.slice)], ["ctx", simple(e.ctx)]]);
    case "Name":
      return all("Name", [["id", str2(e.id)], ["ctx", simple(e.ctx)]]);
    case "List":
    case "Tuple":
      return all(e.kind, [["elts", exprs(e.elts)], ["ctx", simple(e.ctx)]]);
    case "Slice":
      return all("Slice", [["lower", opt(e.lower)], ["upper", opt(e.upper)], ["step", opt(e.step)]]);
    case "NamedExpr":
    case "Await":
    case "YieldFrom":
    case "FormattedValue":
    case "JoinedStr":
    case "Starred":
      return simple(`Py3Only${e.kind}`);
    default:
      return assertNever(e, "expression");
  }
}

// CPython 2's parser turns `-<number>` (not parenthesized) into one negative literal.
function dumpUnary(e: ast.UnaryOp): string {
  const operand = e.operand;
  if (e.op === "USub" && operand.kind === "Constant" && operand.span.end === e.span.end) {
    const v = operand.value;
    if (v.type === "int") return dumpConstant({ ...v, value: -v.value });
    if (v.type === "float") return dumpConstant({ ...v, value: -v.value });
    if (v.type === "complex") return dumpConstant({ ...v, imag: -v.imag });
  }
  return all("UnaryOp", [["op", simple(e.op)], ["operand", dumpExpr(operand)]]);
}

function dumpCall(e: ast.Call): string {
  const starred = e.args.find((a): a is ast.Starred => a.kind === "Starred");
  const kwargs = e.keywords.find((k) => k.arg === null);
  return all("Call", [
    ["func", dumpExpr(e.func)],
    ["args", exprs(e.args.filter((a) => a.kind !== "Starred"))],
    ["keywords", formatList(e.keywords.filter((k) => k.arg !== null), (k) => all("keyword", [["arg", str2(k.arg!.name)], ["value", dumpExpr(k.value)]]))],
    ["starargs", starred === undefined ? none : dumpExpr(starred.value)],
    ["kwargs", kwargs === undefined ? none : dumpExpr(kwargs.value)],
  ]);
}

function dumpSlice(e: ast.Expression): string {
  if (e.kind === "Slice") return dumpExpr(e);
  if (e.kind === "Constant" && e.value.type === "Ellipsis") return "Ellipsis()";
  if (e.kind === "Tuple" && e.elts.some((x) => x.kind === "Slice" || (x.kind === "Constant" && x.value.type === "Ellipsis"))) {
    return all("ExtSlice", [["dims", formatList(e.elts, dumpSlice)]]);
  }
  return all("Index", [["value", dumpExpr(e)]]);
}

function dumpComprehension(c: ast.Comprehension): string {
  return all("comprehension", [["target", dumpExpr(c.target)], ["iter", dumpExpr(c.iter)], ["ifs", exprs(c.ifs)]]);
}

const maxInt = 2n ** 63n;

function dumpConstant(v: ast.ConstantValue): string {
  switch (v.type) {
    case "None":
      return "Name(id='None', ctx=Load())";
    case "bool":
      return `Name(id='${v.value ? "True" : "False"}', ctx=Load())`;
    case "int":
      return `Num(n=${v.value}${v.long || v.value >= maxInt || v.value < -maxInt ? "L" : ""})`;
    case "float":
      return `Num(n=${reprFloat(v.value)})`;
    case "complex":
      return `Num(n=${reprImaginary(v.imag)})`;
    case "str":
      return `Str(s=${v.py2Bytes ? reprBytes(v.bytes ?? Buffer.from(v.value, "utf8"), "") : reprUnicodePy2(v.value)})`;
    case "bytes":
      return `Str(s=${reprBytes(v.value, "")})`;
    case "Ellipsis":
      return "Ellipsis()";
    default:
      return assertNever(v, "constant");
  }
}
