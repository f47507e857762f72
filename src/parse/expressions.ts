// CST -> AST for expressions: one converter per tree-sitter expression node type,
// chosen by `convertExpression`. Literals, collections, calls, lambdas and py2
// backticks live in their own files; this one holds operators, names, attributes,
// subscripts and the dispatch. Every result is a Load expression; targets.ts
// turns one into a Store/Del target.

import type * as ast from "./ast.js";
import type { ParseContext } from "./context.js";
import { childrenOf, namedChildrenOf, type SyntaxNode } from "./cst.js";
import { convertFloat, convertInteger } from "./numbers.js";
import { convertStringNode } from "./strings.js";
import {
  convertDictionary,
  convertComprehension,
  convertList,
  convertSet,
  convertTuple,
  convertExpressionList,
} from "./collections.js";
import { convertCall } from "./arguments.js";
import { convertLambda } from "./parameters.js";
import { reportUnexpected } from "./errors.js";
import { convertType } from "./annotations.js";

export function convertExpression(cx: ParseContext, node: SyntaxNode): ast.Expression {
  switch (node.type) {
    // identifier: /[_\p{XID_Start}][_\p{XID_Continue}]*/  (also print/exec/async/await/match/type)
    case "identifier":
      return convertName(cx, node);
    // true: 'True'   false: 'False'   none: 'None'
    case "true":
    case "false":
    case "none":
      return { kind: "Constant", span: cx.span(node), value: singletonValue(node) };
    // ellipsis: '...'
    case "ellipsis":
      if (cx.isPy2) cx.dialectError("invalid syntax", "'...' outside a subscript", node);
      return { kind: "Constant", span: cx.span(node), value: { type: "Ellipsis" } };
    // integer: 0x.. | 0o.. | 0b.. | digits [lL] | digits [jJ]
    case "integer":
      return convertInteger(cx, node);
    // float: digits '.' digits [exponent] [jJ]
    case "float":
      return convertFloat(cx, node);
    // string: string_start (interpolation | string_content)* string_end
    // concatenated_string: string string+
    case "string":
    case "concatenated_string":
      return convertStringNode(cx, node);
    // binary_operator: primary_expression ('+' | '-' | '*' | '@' | ...) primary_expression
    case "binary_operator":
      return convertBinaryOperator(cx, node);
    // unary_operator: ('+' | '-' | '~') primary_expression
    case "unary_operator":
      return convertUnaryOperator(cx, node);
    // not_operator: 'not' expression
    case "not_operator":
      if (["lambda", "named_expression"].includes(node.childForFieldName("argument")!.type)) cx.syntaxError("invalid syntax", node.childForFieldName("argument")!);
      return {
        kind: "UnaryOp",
        span: cx.span(node),
        op: "Not",
        operand: convertExpression(cx, node.childForFieldName("argument")!),
      };
    // boolean_operator: expression ('and' | 'or') expression
    case "boolean_operator":
      return convertBooleanOperator(cx, node);
    // comparison_operator: primary_expression (('<' | 'not in' | 'is not' | ...) primary_expression)+
    case "comparison_operator":
      return convertComparison(cx, node);
    // conditional_expression: expression 'if' expression 'else' expression
    case "conditional_expression": {
      const [body, test, orelse] = namedChildrenOf(node);
      return {
        kind: "IfExp",
        span: cx.span(node),
        test: convertExpression(cx, test!),
        body: convertExpression(cx, body!),
        orelse: convertExpression(cx, orelse!),
      };
    }
    // named_expression: identifier ':=' expression
    case "named_expression":
      return convertNamedExpression(cx, node);
    // lambda: 'lambda' [lambda_parameters] ':' expression
    case "lambda":
      return convertLambda(cx, node);
    // await: 'await' primary_expression
    case "await":
      return convertAwait(cx, node);
    // attribute: primary_expression '.' identifier
    case "attribute":
      return {
        kind: "Attribute",
        span: cx.span(node),
        value: convertExpression(cx, node.childForFieldName("object")!),
        attr: convertIdentifier(cx, node.childForFieldName("attribute")!),
        ctx: "Load",
      };
    // subscript: primary_expression '[' (expression | slice) (',' (expression | slice))* [','] ']'
    case "subscript":
      return convertSubscript(cx, node);
    // call: primary_expression (argument_list | generator_expression)
    case "call":
      return convertCall(cx, node);
    // list: '[' [elements] ']'   tuple: '(' [elements] ')'   set: '{' elements '}'
    case "list":
      return convertList(cx, node);
    case "tuple":
      return convertTuple(cx, node);
    case "set":
      return convertSet(cx, node);
    // dictionary: '{' [(pair | dictionary_splat) (',' ...)*] [','] '}'
    case "dictionary":
      return convertDictionary(cx, node);
    // list_comprehension / set_comprehension / dictionary_comprehension / generator_expression:
    //   open body for_in_clause (for_in_clause | if_clause)* close
    case "list_comprehension":
    case "set_comprehension":
    case "dictionary_comprehension":
    case "generator_expression":
      return convertComprehension(cx, node);
    // parenthesized_expression: '(' (expression | yield | list_splat | parenthesized_expression) ')'
    case "parenthesized_expression":
      return convertParenthesized(cx, node);
    // expression_list: expression (',' expression)* [',']  — an unparenthesized tuple
    case "expression_list":
    case "pattern_list":
      return convertExpressionList(cx, node);
    // list_splat: '*' expression — only valid where the context allows it (see convertStarred)
    case "list_splat":
    case "list_splat_pattern": {
      const starred = convertStarred(cx, node);
      cx.syntaxError("can't use starred expression here", node);
      return starred;
    }
    // yield: 'yield' ['from' expression | expressions]
    case "yield":
      return convertYield(cx, node);
    // as_pattern: expression 'as' expression — only in with items (compound.ts) and case patterns
    case "as_pattern":
      cx.syntaxError("invalid syntax", node);
      return convertExpression(cx, namedChildrenOf(node)[0]!);
    // tuple_pattern / list_pattern (assignment targets): '(' patterns ')' / '[' patterns ']'
    case "tuple_pattern":
      return convertTuple(cx, node);
    case "list_pattern":
      return convertList(cx, node);
    // keyword_identifier is aliased to identifier; dotted_name appears in decorators of old grammars
    case "dotted_name":
      return convertDottedName(cx, node);
    // type: expression | splat_type | generic_type | union_type | constrained_type | member_type
    case "type":
    case "generic_type":
    case "union_type":
    case "member_type":
    case "splat_type":
    case "constrained_type":
      return convertType(cx, node);
    // as_pattern_target: the alias of an as_pattern (converted by the with-statement code)
    case "as_pattern_target":
      return convertExpression(cx, namedChildrenOf(node)[0]!);
    default:
      return reportUnexpected(cx, node);
  }
}

function singletonValue(node: SyntaxNode): ast.ConstantValue {
  if (node.type === "none") return { type: "None" };
  return { type: "bool", value: node.type === "true" };
}

export function convertIdentifier(cx: ParseContext, node: SyntaxNode): ast.Identifier {
  checkAsciiName(cx, node);
  return { name: node.text.normalize("NFKC"), span: cx.span(node) };
}

/** Python 2 identifiers are ASCII only. */
function checkAsciiName(cx: ParseContext, node: SyntaxNode): void {
  if (cx.isPy2 && /[^\x00-\x7f]/.test(node.text)) cx.dialectError("invalid syntax", "a non-ASCII identifier", node);
}

export function convertName(cx: ParseContext, node: SyntaxNode): ast.Name {
  const override = cx.nameOverride;
  if (override !== undefined && override.offset === cx.span(node).start) {
    return { kind: "Name", span: cx.span(node), id: override.id, ctx: "Load" };
  }
  const id = node.text.normalize("NFKC");
  checkAsciiName(cx, node);
  if (cx.isPy2) checkPy2Name(cx, node, id);
  // Keywords since Python 3.7 that tree-sitter still lets through as names.
  else if (id === "await" || id === "async") cx.syntaxError("invalid syntax", node);
  return { kind: "Name", span: cx.span(node), id, ctx: "Load" };
}

/** `print` and `exec` are keywords in Python 2 (unless print_function); statements handle their real uses. */
function checkPy2Name(cx: ParseContext, node: SyntaxNode, id: string): void {
  if (id === "print" && !cx.printIsFunction) {
    cx.dialectError("invalid syntax", "'print' used as a value", node);
  } else if (id === "exec") {
    cx.dialectError("invalid syntax", "'exec' used as a value", node);
  }
}

function convertDottedName(cx: ParseContext, node: SyntaxNode): ast.Expression {
  const parts = namedChildrenOf(node);
  let result: ast.Expression = convertName(cx, parts[0]!);
  for (const part of parts.slice(1)) {
    result = {
      kind: "Attribute",
      span: { start: cx.span(node).start, end: cx.span(part).end },
      value: result,
      attr: convertIdentifier(cx, part),
      ctx: "Load",
    };
  }
  return result;
}

const binaryOperators: Readonly<Record<string, ast.BinaryOperator>> = {
  "+": "Add",
  "-": "Sub",
  "*": "Mult",
  "@": "MatMult",
  "/": "Div",
  "%": "Mod",
  "**": "Pow",
  "<<": "LShift",
  ">>": "RShift",
  "|": "BitOr",
  "^": "BitXor",
  "&": "BitAnd",
  "//": "FloorDiv",
};

export function binaryOperatorOf(token: string): ast.BinaryOperator | undefined {
  return binaryOperators[token];
}

// Python's binding strength of the binary operators (`**` aside, which tree-sitter gets right).
const precedence: Readonly<Record<string, number>> = {
  "|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5, "*": 6, "@": 6, "/": 6, "//": 6, "%": 6,
};

// tree-sitter-python binds `^` tighter than `&` (CPython: `a ^ b & c` is `a ^ (b & c)`),
// so an unparenthesized chain of binary operators is flattened into operands and
// operators and rebuilt by precedence climbing with Python's table.
function convertBinaryOperator(cx: ParseContext, node: SyntaxNode): ast.Expression {
  const operator = node.childForFieldName("operator")!;
  if (operator.type === "**") return makeBinOp(cx, node.childForFieldName("left")!, operator, node.childForFieldName("right")!);
  const operands: SyntaxNode[] = [];
  const operators: SyntaxNode[] = [];
  const flatten = (n: SyntaxNode): void => {
    const op = n.type === "binary_operator" ? n.childForFieldName("operator")! : null;
    if (op === null || op.type === "**") {
      operands.push(n);
      return;
    }
    flatten(n.childForFieldName("left")!);
    operators.push(op);
    flatten(n.childForFieldName("right")!);
  };
  flatten(node);
  let index = 0;
  let next = 0;
  const climb = (minimum: number): ast.Expression => {
    let left = convertExpression(cx, operands[index++]!);
    while (next < operators.length && precedence[operators[next]!.type]! >= minimum) {
      const op = operators[next++]!;
      const right = climb(precedence[op.type]! + 1);
      left = { kind: "BinOp", span: { start: left.span.start, end: right.span.end }, left, op: binaryOperatorChecked(cx, op), right };
    }
    return left;
  };
  return climb(0);
}

function makeBinOp(cx: ParseContext, left: SyntaxNode, operator: SyntaxNode, right: SyntaxNode): ast.BinOp {
  return {
    kind: "BinOp",
    span: cx.spanFrom(left, right),
    left: convertExpression(cx, left),
    op: binaryOperatorChecked(cx, operator),
    right: convertExpression(cx, right),
  };
}

function binaryOperatorChecked(cx: ParseContext, operator: SyntaxNode): ast.BinaryOperator {
  const op = binaryOperators[operator.type]!;
  if (op === "MatMult" && cx.isPy2) cx.dialectError("invalid syntax", "the '@' operator", operator);
  return op;
}

const unaryOperators: Readonly<Record<string, ast.UnaryOperator>> = { "+": "UAdd", "-": "USub", "~": "Invert" };

function convertUnaryOperator(cx: ParseContext, node: SyntaxNode): ast.Expression {
  return {
    kind: "UnaryOp",
    span: cx.span(node),
    op: unaryOperators[node.childForFieldName("operator")!.type]!,
    operand: convertExpression(cx, node.childForFieldName("argument")!),
  };
}

// `a and b and c` is one BoolOp in CPython; tree-sitter nests it to the left. A
// parenthesized operand stays separate, as in CPython.
function convertBooleanOperator(cx: ParseContext, node: SyntaxNode): ast.BoolOp {
  const opToken = node.childForFieldName("operator")!.type;
  const op: ast.BoolOperator = opToken === "and" ? "And" : "Or";
  const values: ast.Expression[] = [];
  let left = node.childForFieldName("left")!;
  const rights: SyntaxNode[] = [node.childForFieldName("right")!];
  while (left.type === "boolean_operator" && left.childForFieldName("operator")!.type === opToken) {
    rights.push(left.childForFieldName("right")!);
    left = left.childForFieldName("left")!;
  }
  values.push(convertExpression(cx, left));
  for (const right of rights.reverse()) values.push(convertExpression(cx, right));
  return { kind: "BoolOp", span: cx.span(node), op, values };
}

const compareOperators: Readonly<Record<string, ast.CompareOperator>> = {
  "==": "Eq",
  "!=": "NotEq",
  "<>": "NotEq",
  "<": "Lt",
  "<=": "LtE",
  ">": "Gt",
  ">=": "GtE",
  is: "Is",
  "is not": "IsNot",
  in: "In",
  "not in": "NotIn",
};

function convertComparison(cx: ParseContext, node: SyntaxNode): ast.Compare {
  const operands: ast.Expression[] = [];
  const ops: ast.CompareOperator[] = [];
  for (const child of childrenOf(node)) {
    if (child.isNamed) {
      operands.push(convertExpression(cx, child));
      continue;
    }
    const op = compareOperators[child.type];
    if (op === undefined) continue;
    checkComparisonDialect(cx, child);
    ops.push(op);
  }
  return { kind: "Compare", span: cx.span(node), left: operands[0]!, ops, comparators: operands.slice(1) };
}

// Python 2's `<>` is `!=`; Python 3 only accepts it under `from __future__ import barry_as_FLUFL`,
// which in turn rejects `!=`.
function checkComparisonDialect(cx: ParseContext, token: SyntaxNode): void {
  const flufl = cx.futureFeatures.has("barry_as_FLUFL");
  if (token.type === "<>" && !cx.isPy2 && !flufl) cx.dialectError("invalid syntax", "the '<>' operator", token);
  if (token.type === "!=" && flufl) cx.syntaxError("with Barry as BDFL, use '<>' instead of '!='", token);
}

// CPython accepts an unparenthesized `:=` only in these places (its named_expression rule).
const namedExpressionParents = new Set([
  "if_statement", "elif_clause", "while_statement", "argument_list", "subscript", "list", "set", "tuple",
  "parenthesized_expression", "list_comprehension", "set_comprehension", "generator_expression",
  "match_statement",
]);

function convertNamedExpression(cx: ParseContext, node: SyntaxNode): ast.NamedExpr {
  if (cx.isPy2) cx.dialectError("invalid syntax", "the ':=' operator", node);
  else if (!namedExpressionParents.has(node.parent?.type ?? "") && !(node.parent?.type === "if_clause" && node.parent.parent?.type === "case_clause")) {
    const operator = node.children.find((c) => c.type === ":=") ?? node;
    cx.syntaxError("invalid syntax", operator);
  }
  const name = node.childForFieldName("name")!;
  return {
    kind: "NamedExpr",
    span: cx.span(node),
    target: { kind: "Name", span: cx.span(name), id: name.text.normalize("NFKC"), ctx: "Store" },
    value: convertExpression(cx, node.childForFieldName("value")!),
  };
}

// CPython parses `await a ** b` as `(await a) ** b`; tree-sitter gives `await` a lower
// precedence than `**`, so rotate the power operator back out.
function convertAwait(cx: ParseContext, node: SyntaxNode): ast.Expression {
  if (cx.isPy2) cx.dialectError("invalid syntax", "'await'", node);
  const operand = namedChildrenOf(node)[0]!;
  // CPython's `await` takes a primary: `await -x` is invalid (tree-sitter allows it).
  if (operand.type === "unary_operator") cx.syntaxError("invalid syntax", operand);
  if (operand.type === "binary_operator" && operand.childForFieldName("operator")!.type === "**") {
    const base = operand.childForFieldName("left")!;
    const awaited: ast.Await = {
      kind: "Await",
      span: { start: cx.span(node).start, end: cx.span(base).end },
      value: convertExpression(cx, base),
    };
    return {
      kind: "BinOp",
      span: cx.span(node),
      left: awaited,
      op: "Pow",
      right: convertExpression(cx, operand.childForFieldName("right")!),
    };
  }
  return { kind: "Await", span: cx.span(node), value: convertExpression(cx, operand) };
}

function convertSubscript(cx: ParseContext, node: SyntaxNode): ast.Subscript {
  const items = node.childrenForFieldName("subscript").filter((n) => n.type !== "comment");
  const trailingComma = childrenOf(node).some((c) => c.type === "," && c.startIndex > items[items.length - 1]!.startIndex);
  const elements = items.map((item) => convertSubscriptItem(cx, item));
  let slice: ast.Expression;
  if (elements.length === 1 && !trailingComma && elements[0]!.kind !== "Starred") {
    slice = elements[0]!;
  } else {
    const last = items[items.length - 1]!;
    const end = trailingComma ? childrenOf(node).filter((c) => c.type === ",").pop()!.endIndex + cx.offset : cx.span(last).end;
    slice = { kind: "Tuple", span: { start: cx.span(items[0]!).start, end }, elts: elements, ctx: "Load" };
  }
  return {
    kind: "Subscript",
    span: cx.span(node),
    value: convertExpression(cx, node.childForFieldName("value")!),
    slice,
    ctx: "Load",
  };
}

function convertSubscriptItem(cx: ParseContext, node: SyntaxNode): ast.Expression {
  switch (node.type) {
    // slice: [expression] ':' [expression] [':' [expression]]
    case "slice":
      return convertSlice(cx, node);
    // `...` is Python 2's Ellipsis slice, valid only here.
    case "ellipsis":
      return { kind: "Constant", span: cx.span(node), value: { type: "Ellipsis" } };
    case "list_splat":
      if (cx.isPy2) cx.dialectError("invalid syntax", "'*' unpacking in a subscript", node);
      return convertStarred(cx, node);
    default:
      return convertExpression(cx, node);
  }
}

function convertSlice(cx: ParseContext, node: SyntaxNode): ast.Slice {
  const parts: (ast.Expression | null)[] = [null, null, null];
  let index = 0;
  for (const child of childrenOf(node)) {
    if (child.type === ":") index++;
    else if (child.isNamed) parts[index] = convertExpression(cx, child);
  }
  return { kind: "Slice", span: cx.span(node), lower: parts[0]!, upper: parts[1]!, step: parts[2]! };
}

function convertParenthesized(cx: ParseContext, node: SyntaxNode): ast.Expression {
  const inner = namedChildrenOf(node)[0];
  if (inner === undefined) return reportUnexpected(cx, node);
  if (inner.type === "list_splat") {
    cx.syntaxError("cannot use starred expression here", inner);
    return convertStarred(cx, inner);
  }
  return convertExpression(cx, inner);
}

/** `*x` where the context allows unpacking (collections, calls, targets, subscripts). */
export function convertStarred(cx: ParseContext, node: SyntaxNode): ast.Starred {
  const value = namedChildrenOf(node)[0]!;
  return { kind: "Starred", span: cx.span(node), value: convertExpression(cx, value), ctx: "Load" };
}

export function convertYield(cx: ParseContext, node: SyntaxNode): ast.Yield | ast.YieldFrom {
  const from = childrenOf(node).find((c) => c.type === "from");
  const value = namedChildrenOf(node)[0];
  if (from !== undefined) {
    if (cx.isPy2) cx.dialectError("invalid syntax", "'yield from'", node);
    return { kind: "YieldFrom", span: cx.span(node), value: convertExpression(cx, value!) };
  }
  return {
    kind: "Yield",
    span: cx.span(node),
    value: value === undefined ? null : convertExpressionOrList(cx, value),
  };
}

/** An `expressions` slot (return, yield, for ... in): an expression or an unparenthesized tuple. */
export function convertExpressionOrList(cx: ParseContext, node: SyntaxNode): ast.Expression {
  return node.type === "expression_list" ? convertExpressionList(cx, node) : convertExpression(cx, node);
}
