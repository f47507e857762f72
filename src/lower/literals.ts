// Lowers literals and container displays.
//
//   None / True / 42 / 10**20     ->  null / true / 42 / 100000000000000000000n
//   0.5 / 2.0                     ->  0.5 / float(2)        (an integral float is boxed)
//   [a, *b] / (a,) / {k: v} / {a} ->  PyList.of(a, ...iter(b)) / PyTuple.of(a) / PyDict.of([k, v]) / PySet.of(a)
//   f"{x!r:>5}"                   ->  `${format(repr(x), ">5")}`

import ts from "typescript";
import type * as ast from "../parse/ast.js";
import { f, type LowerContext } from "./context.js";
import { lowerExpression } from "./expressions.js";

export function lowerConstant(ctx: LowerContext, node: ast.Constant): ts.Expression {
  const value = node.value;
  switch (value.type) {
    case "None":
      return f.createNull();
    case "bool":
      return value.value ? f.createTrue() : f.createFalse();
    case "int":
      // Python 2's 10L: a long inside the machine-int range is marked as one (runtime long.ts).
      if (ctx.isPy2 && value.long && value.value >= -(2n ** 63n) && value.value < 2n ** 63n) return ctx.callHelper("long", [intLiteral(value.value)]);
      return intLiteral(value.value);
    case "float":
      return floatLiteral(ctx, value.value);
    case "str":
      return ctx.isPy2 ? py2StringLiteral(ctx, value) : f.createStringLiteral(value.value);
    case "bytes":
      // b'ab\xff' -> bytes("ab\xff", "latin-1"): Python's own spelling of the same value.
      return ctx.callHelper("bytes", [f.createStringLiteral(String.fromCharCode(...value.value)), f.createStringLiteral("latin-1")]);
    case "complex":
      return ctx.unsupported(node, "Complex numbers", "the runtime has no complex type yet");
    case "Ellipsis":
      return ctx.unsupported(node, "The Ellipsis literal", "it has no runtime value yet");
  }
}

/**
 * Python 2 text literals (docs/architecture.md §4): a str is bytes, one char per
 * byte; unicode is a PyUnicode box.
 *
 *   'abc'      ->  "abc"             (ASCII: the bytes are the text)
 *   '听音乐'   ->  utf8("听音乐")     (the literal's UTF-8 bytes)
 *   '\xff'     ->  "\xff"            (bytes that are not UTF-8 stay escaped)
 *   u'中'      ->  u("中")
 */
function py2StringLiteral(ctx: LowerContext, value: Extract<ast.ConstantValue, { type: "str" }>): ts.Expression {
  if (!value.py2Bytes) return ctx.callHelper("u", [f.createStringLiteral(value.value)]);
  const bytes = value.bytes ?? Uint8Array.from(Buffer.from(value.value, "utf8"));
  if (bytes.every((b) => b < 0x80)) return f.createStringLiteral(String.fromCharCode(...bytes));
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (Buffer.from(text, "utf8").equals(Buffer.from(bytes))) return ctx.callHelper("utf8", [f.createStringLiteral(text)]);
  return f.createStringLiteral(String.fromCharCode(...bytes));
}

export function intLiteral(value: bigint): ts.Expression {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const literal =
    magnitude <= BigInt(Number.MAX_SAFE_INTEGER) ? f.createNumericLiteral(magnitude.toString()) : f.createBigIntLiteral(`${magnitude}n`);
  return negative ? f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, literal) : literal;
}

export function floatLiteral(ctx: LowerContext, value: number): ts.Expression {
  const literal = f.createNumericLiteral(Math.abs(value).toString());
  if (!Number.isInteger(value) && Number.isFinite(value)) {
    return value < 0 ? f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, literal) : literal;
  }
  // Integral (and infinite) floats are PyFloat boxes so that they print as floats.
  const arg = value < 0 || Object.is(value, -0) ? f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, literal) : literal;
  return ctx.callHelper("float", [arg]);
}

/** Elements of a list/tuple/set display; `*xs` becomes a spread over Python iteration. */
export function lowerElements(ctx: LowerContext, elts: readonly ast.Expression[]): ts.Expression[] {
  return elts.map((e) =>
    e.kind === "Starred" ? f.createSpreadElement(ctx.callHelper("iterate", [lowerExpression(ctx, e.value)])) : lowerExpression(ctx, e),
  );
}

export function lowerList(ctx: LowerContext, node: ast.List): ts.Expression {
  return containerOf(ctx, "PyList", lowerElements(ctx, node.elts));
}

export function lowerTuple(ctx: LowerContext, node: ast.Tuple): ts.Expression {
  return containerOf(ctx, "PyTuple", lowerElements(ctx, node.elts));
}

/**
 * `{a, b}` is built item by item; a display CPython 3 makes a frozenset constant
 * of (analyze/setConstants.ts) uses the module's constant, declared once at the
 * top of the module (setConstantDeclarations):
 *
 *   {1, 9, 17}            ->  PySet.fromIterable(frozensetConstant)   (SET_UPDATE from the constant)
 *   for x in {7, 15}      ->  for (const x of frozensetConstant_1)
 *   x in {1, 2}           ->  contains(frozensetConstant_2, x)
 */
export function lowerSet(ctx: LowerContext, node: ast.Set): ts.Expression {
  const constant = ctx.facts.setConstants.uses.get(node);
  if (!constant) return containerOf(ctx, "PySet", lowerElements(ctx, node.elts));
  const name = f.createIdentifier(ctx.setConstantName(constant.constant));
  if (constant.use !== "display") return name;
  return f.createCallExpression(f.createPropertyAccessExpression(ctx.helper("PySet"), "fromIterable"), undefined, [name]);
}

/** `const frozensetConstant = PyFrozenSet.ofConstants(1, 9, 17);` for each frozenset constant, in compile order. */
export function setConstantDeclarations(ctx: LowerContext): ts.Statement[] {
  return ctx.facts.setConstants.constants.map((constant) => {
    const items = lowerElements(ctx, constant.items);
    const value = f.createCallExpression(f.createPropertyAccessExpression(ctx.helper("PyFrozenSet"), "ofConstants"), undefined, items);
    const declaration = f.createVariableDeclaration(ctx.setConstantName(constant), undefined, undefined, value);
    return f.createVariableStatement(undefined, f.createVariableDeclarationList([declaration], ts.NodeFlags.Const));
  });
}

// {**a, 'c': 3} -> mergeDicts(a, PyDict.of(["c", 3]))
export function lowerDict(ctx: LowerContext, node: ast.Dict): ts.Expression {
  const parts: ts.Expression[] = [];
  let pairs: ts.Expression[] = [];
  for (let i = 0; i < node.values.length; i++) {
    const key = node.keys[i];
    if (!key) {
      if (pairs.length > 0) parts.push(containerOf(ctx, "PyDict", pairs));
      pairs = [];
      parts.push(lowerExpression(ctx, node.values[i]!));
      continue;
    }
    pairs.push(f.createArrayLiteralExpression([lowerExpression(ctx, key), lowerExpression(ctx, node.values[i]!)]));
  }
  if (parts.length === 0) return containerOf(ctx, "PyDict", pairs);
  if (pairs.length > 0) parts.push(containerOf(ctx, "PyDict", pairs));
  return ctx.callHelper("mergeDicts", parts);
}

function containerOf(ctx: LowerContext, cls: string, items: ts.Expression[]): ts.Expression {
  return f.createCallExpression(f.createPropertyAccessExpression(ctx.helper(cls), "of"), undefined, items);
}

// f-strings: f"a{x}b{y!r:>5}" -> `a${str(x)}b${format(repr(y), ">5")}`
export function lowerJoinedStr(ctx: LowerContext, node: ast.JoinedStr): ts.Expression {
  const parts: Array<string | ts.Expression> = [];
  for (const value of node.values) {
    if (value.kind === "Constant" && value.value.type === "str") parts.push(value.value.value);
    else if (value.kind === "FormattedValue") parts.push(lowerFormattedValue(ctx, value));
    else parts.push(lowerExpression(ctx, value));
  }
  return templateOf(parts);
}

function lowerFormattedValue(ctx: LowerContext, node: ast.FormattedValue): ts.Expression {
  let value = lowerExpression(ctx, node.value);
  const conversion = node.conversion === 114 ? "repr" : node.conversion === 97 ? "ascii" : node.conversion === 115 ? "str" : null;
  // f"{i}" of an int or f"{s}" of a str: JavaScript's own conversion prints the same digits/text.
  const kind = ctx.typeOf(node.value).kind;
  if (!node.formatSpec && (conversion === null || conversion === "str") && (kind === "int" || kind === "str")) return value;
  if (!node.formatSpec) return ctx.callHelper(conversion ?? "str", [value]);
  if (conversion) value = ctx.callHelper(conversion, [value]);
  return ctx.callHelper("format", [value, lowerJoinedStr(ctx, node.formatSpec)]);
}

export function templateOf(parts: Array<string | ts.Expression>): ts.Expression {
  const merged: Array<string | ts.Expression> = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (typeof part === "string" && typeof last === "string") merged[merged.length - 1] = last + part;
    else merged.push(part);
  }
  if (merged.every((p) => typeof p === "string")) return f.createStringLiteral(merged.join(""));
  let head = "";
  if (typeof merged[0] === "string") head = merged.shift() as string;
  const spans: ts.TemplateSpan[] = [];
  for (let i = 0; i < merged.length; i++) {
    const expr = merged[i] as ts.Expression;
    const next = merged[i + 1];
    const text = typeof next === "string" ? next : "";
    if (typeof next === "string") i++;
    const isLast = i >= merged.length - 1;
    spans.push(f.createTemplateSpan(expr, isLast ? f.createTemplateTail(text, raw(text)) : f.createTemplateMiddle(text, raw(text))));
  }
  return f.createTemplateExpression(f.createTemplateHead(head, raw(head)), spans);
}

/** Template literal raw text: escape what would otherwise be template syntax or invalid. */
function raw(text: string): string {
  return text.replace(/[\\`]|\$\{|[\u0000-\u001f\u007f\u2028\u2029]/g, (ch) => {
    if (ch === "\\") return "\\\\";
    if (ch === "`") return "\\`";
    if (ch === "${") return "\\${";
    if (ch === "\n") return "\\n";
    if (ch === "\t") return "\\t";
    if (ch === "\r") return "\\r";
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
