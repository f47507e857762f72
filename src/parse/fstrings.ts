// f-string bodies -> the parts of a JoinedStr: literal text (with `{{`/`}}` and
// escapes decoded) and FormattedValue nodes for `{expr!conv:spec}`, including
// CPython 3.11's expansion of the `{expr=}` debug form and nested format specs.

import type * as ast from "./ast.js";
import type { ParseContext } from "./context.js";
import { childrenOf, type SyntaxNode } from "./cst.js";
import { convertExpression, convertExpressionOrList, convertYield } from "./expressions.js";
import { decodeText, joinParts, type StringFlags } from "./strings.js";

/** Literal text of a string or f-string, before adjacent parts are merged. */
export interface TextPart {
  readonly kind: "text";
  readonly value: string;
  readonly span: ast.Span;
}

type Part = TextPart | ast.FormattedValue;

/** The parts of one f-string literal whose body spans [bodyStart, bodyEnd) in the tree. */
export function convertFStringParts(
  cx: ParseContext,
  string: SyntaxNode,
  flags: StringFlags,
  bodyStart: number,
  bodyEnd: number,
): Part[] {
  const parts: Part[] = [];
  let position = bodyStart;
  for (const child of string.children) {
    if (child.type !== "interpolation") continue;
    parts.push(...literalParts(cx, flags, position, child.startIndex));
    parts.push(...convertInterpolation(cx, child, flags, /* depth */ 0));
    position = child.endIndex;
  }
  parts.push(...literalParts(cx, flags, position, bodyEnd));
  return parts;
}

// Literal text between interpolations: `{{` and `}}` stand for one brace, and a
// lone `}` is an error. `\N{...}` is an escape, not a replacement field.
function literalParts(cx: ParseContext, flags: StringFlags, from: number, to: number): Part[] {
  if (to <= from) return [];
  // The module node starts at the first token, so the text comes from the file, not the root.
  const text = cx.fileText.slice(from + cx.offset, to + cx.offset);
  const tokens = flags.raw ? /\{\{|\}\}|[^{}]+|[{}]/g : /\\N\{[^}]*\}|\\[\s\S]|\{\{|\}\}|[^\\{}]+|[{}]/g;
  let value = "";
  let pending = "";
  for (const match of text.matchAll(tokens)) {
    const token = match[0];
    if (token === "{{" || token === "}}" || token === "{" || token === "}") {
      if (token.length === 1) {
        const at = from + match.index + cx.offset;
        cx.syntaxError(token === "}" ? "f-string: single '}' is not allowed" : "f-string: expecting '}'", { start: at, end: at + 1 });
      }
      value += decodeText(cx, pending, flags, spanOf(cx, from, to)) + token[0];
      pending = "";
    } else {
      pending += token;
    }
  }
  value += decodeText(cx, pending, flags, spanOf(cx, from, to));
  return [{ kind: "text", value, span: spanOf(cx, from, to) }];
}

function spanOf(cx: ParseContext, from: number, to: number): ast.Span {
  return { start: from + cx.offset, end: to + cx.offset };
}

// interpolation: '{' expression ['='] [type_conversion] [format_specifier] '}'
// format_expression: the same, nested in a format specifier
function convertInterpolation(cx: ParseContext, node: SyntaxNode, flags: StringFlags, depth: number): Part[] {
  const expressionNode = node.childForFieldName("expression");
  const conversionNode = node.childForFieldName("type_conversion");
  const specNode = node.childForFieldName("format_specifier");
  const debug = childrenOf(node).find((c) => c.type === "=");
  checkExpressionText(cx, node, expressionNode);
  const value = expressionNode === null ? emptyName(cx, node) : convertInterpolatedExpression(cx, expressionNode);
  let conversion = conversionNode === null ? -1 : conversionCode(cx, conversionNode);
  const formatSpec = specNode === null ? null : convertFormatSpec(cx, specNode, flags, depth);
  if (depth >= 1 && specNode !== null && specNode.namedChildren.some((c) => c.type === "format_expression")) {
    cx.syntaxError("f-string: expressions nested too deeply", specNode);
  }
  const parts: Part[] = [];
  if (debug !== undefined) {
    // `{x = }` becomes the text "x = " then the value, repr'd unless a conversion or spec says otherwise.
    const open = node.firstChild!;
    const after = debug.nextSibling ?? node.lastChild!;
    // The text sits inside the braces that the FormattedValue spans, so it gets a
    // zero-width span at the opening brace to keep sibling spans apart.
    const value = cx.fileText.slice(open.endIndex + cx.offset, after.startIndex + cx.offset);
    parts.push({ kind: "text", value, span: spanOf(cx, open.startIndex, open.startIndex) });
    if (conversion === -1 && formatSpec === null) conversion = 114;
  }
  parts.push({ kind: "FormattedValue", span: cx.span(node), value, conversion, formatSpec });
  return parts;
}

function convertInterpolatedExpression(cx: ParseContext, node: SyntaxNode): ast.Expression {
  if (node.type === "yield") return convertYield(cx, node);
  if (node.type === "expression_list" || node.type === "pattern_list") return convertExpressionOrList(cx, node);
  return convertExpression(cx, node);
}

// Python 3.11 forbids backslashes and comments inside the braces.
function checkExpressionText(cx: ParseContext, node: SyntaxNode, expression: SyntaxNode | null): void {
  if (expression === null) {
    cx.syntaxError("f-string: empty expression not allowed", node);
    return;
  }
  const text = expression.text;
  if (text.includes("\\")) cx.syntaxError("f-string expression part cannot include a backslash", expression);
  else if (node.children.some((c) => c.type === "comment")) cx.syntaxError("f-string expression part cannot include '#'", node);
}

function emptyName(cx: ParseContext, node: SyntaxNode): ast.Expression {
  return { kind: "Name", span: cx.span(node), id: "", ctx: "Load" };
}

// type_conversion: '!' [a-z]
function conversionCode(cx: ParseContext, node: SyntaxNode): number {
  const letter = node.text.slice(1);
  if (letter === "s" || letter === "r" || letter === "a") return letter.charCodeAt(0);
  cx.syntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'", node);
  return -1;
}

// format_specifier: ':' (text | format_expression)*
function convertFormatSpec(cx: ParseContext, node: SyntaxNode, flags: StringFlags, depth: number): ast.JoinedStr {
  const parts: Part[] = [];
  let position = node.firstChild!.endIndex;
  for (const child of node.children) {
    if (child.type !== "format_expression") continue;
    parts.push(...literalParts(cx, flags, position, child.startIndex));
    parts.push(...convertInterpolation(cx, child, flags, depth + 1));
    position = child.endIndex;
  }
  parts.push(...literalParts(cx, flags, position, node.endIndex));
  const strValue = (value: string): ast.ConstantValue => ({ type: "str", value, py2Bytes: false, unicodePrefix: false });
  return { kind: "JoinedStr", span: cx.span(node), values: joinParts(parts, strValue) };
}
