// CST -> AST for `match` statements (Python 3.10+): subjects, case clauses and
// their patterns (MatchValue, MatchSingleton, MatchSequence, MatchMapping,
// MatchClass, MatchStar, MatchAs, MatchOr), following CPython's pattern grammar.

import type * as ast from "./ast.js";
import type { ParseContext } from "./context.js";
import { childrenOf, namedChildrenOf, type SyntaxNode } from "./cst.js";
import { convertExpression, convertIdentifier } from "./expressions.js";
import { convertBody } from "./compound.js";

// match_statement: 'match' expression (',' expression)* [','] ':' block(case_clause*)
export function convertMatch(cx: ParseContext, node: SyntaxNode): ast.Match {
  if (cx.isPy2) cx.dialectError("invalid syntax", "a match statement", node.firstChild!);
  const subjects = node.childrenForFieldName("subject").filter((s) => s.isNamed && s.type !== "comment");
  const colon = childrenOf(node).find((c) => c.type === ":");
  const commas = childrenOf(node).filter((c) => c.type === "," && (colon === undefined || c.startIndex < colon.startIndex));
  const subject: ast.Expression =
    subjects.length === 1 && commas.length === 0
      ? convertExpression(cx, subjects[0]!)
      : {
          kind: "Tuple",
          span: cx.spanFrom(subjects[0]!, commas.length >= subjects.length ? commas[commas.length - 1]! : subjects[subjects.length - 1]!),
          elts: subjects.map((s) => convertExpression(cx, s)),
          ctx: "Load",
        };
  const body = node.childForFieldName("body");
  const cases = body === null ? [] : body.childrenForFieldName("alternative").map((c) => convertCase(cx, c));
  if (cases.length === 0) cx.syntaxError("invalid syntax", node);
  return { kind: "Match", span: cx.span(node), subject, cases };
}

// case_clause: 'case' case_pattern (',' case_pattern)* [','] ['if' expression] ':' block
function convertCase(cx: ParseContext, node: SyntaxNode): ast.MatchCase {
  const patterns = namedChildrenOf(node).filter((c) => c.type === "case_pattern");
  const guard = node.childForFieldName("guard");
  const commas = childrenOf(node).filter((c) => c.type === "," && c.startIndex < (guard?.startIndex ?? Infinity));
  const pattern: ast.Pattern =
    patterns.length === 1 && commas.length === 0
      ? convertCasePattern(cx, patterns[0]!)
      : { kind: "MatchSequence", span: cx.spanFrom(patterns[0]!, commas.length >= patterns.length ? commas[commas.length - 1]! : patterns[patterns.length - 1]!), patterns: patterns.map((p) => convertCasePattern(cx, p)) };
  return {
    kind: "match_case",
    span: cx.span(node),
    pattern,
    guard: guard === null ? null : convertExpression(cx, namedChildrenOf(guard)[0]!),
    body: convertBody(cx, node.childForFieldName("consequence"), node, "'case' statement"),
  };
}

// case_pattern: as_pattern | keyword_pattern | simple_pattern, where a simple pattern
// may also be '-' number or '_' spelled directly inside the case_pattern node.
function convertCasePattern(cx: ParseContext, node: SyntaxNode): ast.Pattern {
  const parts = childrenOf(node);
  if (parts.length === 0 || (parts.length === 1 && parts[0]!.type === "_")) {
    return { kind: "MatchAs", span: cx.span(node), pattern: null, name: null };
  }
  if (parts.length === 2 && parts[0]!.type === "-") return { kind: "MatchValue", span: cx.span(node), value: negated(cx, node, parts[1]!) };
  const inner = namedChildrenOf(node)[0];
  if (inner === undefined) {
    cx.syntaxError("invalid syntax", node);
    return { kind: "MatchAs", span: cx.span(node), pattern: null, name: null };
  }
  return convertSimplePattern(cx, inner);
}

function negated(cx: ParseContext, whole: SyntaxNode | ast.Span, number: SyntaxNode): ast.Expression {
  const span = "type" in whole ? cx.span(whole) : whole;
  return { kind: "UnaryOp", span: { start: span.start, end: cx.span(number).end }, op: "USub", operand: convertExpression(cx, number) };
}

function convertSimplePattern(cx: ParseContext, node: SyntaxNode): ast.Pattern {
  const span = cx.span(node);
  switch (node.type) {
    case "case_pattern":
      return convertCasePattern(cx, node);
    // as_pattern: case_pattern 'as' identifier
    case "as_pattern": {
      const [inner, name] = namedChildrenOf(node);
      const target = name!.type === "as_pattern_target" ? namedChildrenOf(name!)[0]! : name!;
      return { kind: "MatchAs", span, pattern: convertSimplePattern(cx, inner!), name: captureName(cx, target) };
    }
    // union_pattern: simple_pattern ('|' simple_pattern)+
    case "union_pattern":
      return { kind: "MatchOr", span, patterns: namedChildrenOf(node).flatMap((p) => flattenOr(convertSimplePattern(cx, p))) };
    // dotted_name: a capture (`x`) or a value pattern (`Color.RED`)
    case "dotted_name": {
      const names = namedChildrenOf(node);
      if (names.length === 1) return { kind: "MatchAs", span, pattern: null, name: captureName(cx, names[0]!) };
      return { kind: "MatchValue", span, value: convertExpression(cx, node) };
    }
    // true / false / none
    case "true":
    case "false":
    case "none":
      return { kind: "MatchSingleton", span, value: node.type === "none" ? { type: "None" } : { type: "bool", value: node.type === "true" } };
    // string | concatenated_string | integer | float
    case "string":
    case "concatenated_string":
    case "integer":
    case "float":
      return { kind: "MatchValue", span, value: convertExpression(cx, node) };
    // complex_pattern: ['-'] number ('+' | '-') number
    case "complex_pattern":
      return { kind: "MatchValue", span, value: convertComplex(cx, node) };
    // splat_pattern: ('*' | '**') (identifier | '_')
    case "splat_pattern":
      return { kind: "MatchStar", span, name: splatName(cx, node) };
    // list_pattern: '[' case_pattern, ... ']'   tuple_pattern: '(' case_pattern, ... ')'
    case "list_pattern":
    case "tuple_pattern": {
      const items = namedChildrenOf(node);
      if (node.type === "tuple_pattern" && items.length === 1 && !childrenOf(node).some((c) => c.type === ",")) {
        return convertSimplePattern(cx, items[0]!);
      }
      return { kind: "MatchSequence", span, patterns: items.map((p) => convertSimplePattern(cx, p)) };
    }
    // dict_pattern: '{' (key ':' case_pattern | '**' identifier), ... '}'
    case "dict_pattern":
      return convertMapping(cx, node);
    // class_pattern: dotted_name '(' [case_pattern (',' case_pattern)*] ')'
    case "class_pattern":
      return convertClassPattern(cx, node);
    default:
      cx.syntaxError("invalid syntax", node);
      return { kind: "MatchAs", span, pattern: null, name: null };
  }
}

function flattenOr(pattern: ast.Pattern): ast.Pattern[] {
  return pattern.kind === "MatchOr" ? [...pattern.patterns] : [pattern];
}

function captureName(cx: ParseContext, node: SyntaxNode): ast.Identifier | null {
  return node.text === "_" ? null : convertIdentifier(cx, node);
}

function splatName(cx: ParseContext, node: SyntaxNode): ast.Identifier | null {
  const name = namedChildrenOf(node)[0];
  return name === undefined ? null : captureName(cx, name);
}

function convertComplex(cx: ParseContext, node: SyntaxNode): ast.Expression {
  const parts = childrenOf(node);
  let index = 0;
  let left: ast.Expression;
  if (parts[0]!.type === "-") {
    left = negated(cx, node, parts[1]!);
    index = 2;
  } else {
    left = convertExpression(cx, parts[0]!);
    index = 1;
  }
  const op = parts[index]!.type === "+" ? "Add" : "Sub";
  return { kind: "BinOp", span: cx.span(node), left, op, right: convertExpression(cx, parts[index + 1]!) };
}

function convertMapping(cx: ParseContext, node: SyntaxNode): ast.MatchMapping {
  const keys: ast.Expression[] = [];
  const patterns: ast.Pattern[] = [];
  let rest: ast.Identifier | null = null;
  let negative: SyntaxNode | null = null;
  for (const child of childrenOf(node)) {
    const field = fieldOf(node, child);
    if (field === "key") {
      if (child.type === "-") negative = child;
      else if (negative !== null) {
        keys.push(negated(cx, negative, child));
        negative = null;
      } else keys.push(mappingKey(cx, child));
    } else if (field === "value") {
      patterns.push(convertSimplePattern(cx, child));
    } else if (child.type === "splat_pattern") {
      rest = splatName(cx, child);
    }
  }
  return { kind: "MatchMapping", span: cx.span(node), keys, patterns, rest };
}

function mappingKey(cx: ParseContext, node: SyntaxNode): ast.Expression {
  if (node.type === "complex_pattern") return convertComplex(cx, node);
  if (node.type === "true" || node.type === "false" || node.type === "none" || node.type === "dotted_name") return convertExpression(cx, node);
  return convertExpression(cx, node);
}

function fieldOf(parent: SyntaxNode, child: SyntaxNode): string | null {
  for (let i = 0; i < parent.childCount; i++) {
    if (parent.child(i)!.startIndex === child.startIndex && parent.child(i)!.endIndex === child.endIndex) return parent.fieldNameForChild(i);
  }
  return null;
}

function convertClassPattern(cx: ParseContext, node: SyntaxNode): ast.MatchClass {
  const [cls, ...args] = namedChildrenOf(node);
  const patterns: ast.Pattern[] = [];
  const kwdAttrs: ast.Identifier[] = [];
  const kwdPatterns: ast.Pattern[] = [];
  for (const arg of args) {
    const keyword = namedChildrenOf(arg)[0];
    if (keyword?.type === "keyword_pattern") {
      // keyword_pattern: identifier '=' simple_pattern
      const [name, value] = namedChildrenOf(keyword);
      kwdAttrs.push(convertIdentifier(cx, name!));
      kwdPatterns.push(value === undefined ? { kind: "MatchAs", span: cx.span(keyword), pattern: null, name: null } : convertSimplePattern(cx, value));
      continue;
    }
    if (kwdAttrs.length > 0) cx.syntaxError("positional patterns follow keyword patterns", arg);
    patterns.push(convertCasePattern(cx, arg));
  }
  return { kind: "MatchClass", span: cx.span(node), cls: convertExpression(cx, cls!), patterns, kwdAttrs, kwdPatterns };
}
