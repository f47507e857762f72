// CST -> AST for compound statements: if/elif/else, for, while, try/except/finally,
// with, def, class, decorators and match. Blocks convert through statements.ts;
// an empty block is CPython's "expected an indented block" IndentationError.

import { createDiagnostic } from "../diagnostics/diagnostic.js";
import { messages } from "../diagnostics/messages.js";
import type * as ast from "./ast.js";
import type { ParseContext } from "./context.js";
import { childrenOf, namedChildrenOf, type SyntaxNode } from "./cst.js";
import { convertArgumentList } from "./arguments.js";
import { convertExpression, convertExpressionOrList, convertIdentifier } from "./expressions.js";
import { convertType } from "./annotations.js";
import { convertParameters } from "./parameters.js";
import { convertMatch } from "./patterns.js";
import { convertStatements } from "./statements.js";
import { convertTarget } from "./targets.js";
import { reportUnexpected } from "./errors.js";

export function convertCompoundStatement(cx: ParseContext, node: SyntaxNode): ast.Stmt {
  switch (node.type) {
    // if_statement: 'if' expression ':' block elif_clause* [else_clause]
    case "if_statement":
      return convertIf(cx, node);
    // for_statement: ['async'] 'for' targets 'in' expressions ':' block [else_clause]
    case "for_statement":
      return convertFor(cx, node);
    // while_statement: 'while' expression ':' block [else_clause]
    case "while_statement":
      return {
        kind: "While",
        span: cx.span(node),
        test: convertExpression(cx, node.childForFieldName("condition")!),
        body: convertBody(cx, node.childForFieldName("body"), node, "'while' statement"),
        orelse: convertElse(cx, node.childForFieldName("alternative")),
      };
    // try_statement: 'try' ':' block except_clause* [else_clause] [finally_clause]
    case "try_statement":
      return convertTry(cx, node);
    // with_statement: ['async'] 'with' with_clause ':' block
    case "with_statement":
      return convertWith(cx, node);
    // function_definition: ['async'] 'def' identifier [type_parameter] parameters ['->' type] ':' block
    case "function_definition":
      return convertFunction(cx, node, [], node);
    // class_definition: 'class' identifier [type_parameter] [argument_list] ':' block
    case "class_definition":
      return convertClass(cx, node, [], node);
    // decorated_definition: decorator+ (function_definition | class_definition)
    case "decorated_definition":
      return convertDecorated(cx, node);
    // match_statement: 'match' expression (',' expression)* [','] ':' block(case_clause*)
    case "match_statement":
      return convertMatch(cx, node);
    default: {
      const placeholder = reportUnexpected(cx, node);
      return { kind: "Expr", span: placeholder.span, value: placeholder };
    }
  }
}

/** A suite's statements; an empty one is CPython's IndentationError. */
export function convertBody(cx: ParseContext, block: SyntaxNode | null, header: SyntaxNode, what: string): ast.Stmt[] {
  const statements = block === null ? [] : convertStatements(cx, block.children);
  if (statements.length === 0 && (block === null || !block.hasError)) {
    const line = cx.fileText.slice(0, cx.span(header).start).split(/\r\n|\r|\n/).length;
    const at = nextTokenAfter(cx, block === null ? cx.span(header).end : cx.span(block).start);
    cx.sink.report(
      createDiagnostic(messages.pythonIndentationError, at, { message: `expected an indented block after ${what} on line ${line}` }),
    );
  }
  return statements;
}

/** The span of the first character after `offset` that is not blank or a comment (CPython points there). */
function nextTokenAfter(cx: ParseContext, offset: number): ast.Span {
  const rest = /^(?:\s|#[^\n\r]*)*/.exec(cx.fileText.slice(offset))![0].length;
  const start = Math.min(offset + rest, cx.fileText.length);
  return { start, end: Math.min(start + 1, cx.fileText.length) };
}

function convertElse(cx: ParseContext, clause: SyntaxNode | null): ast.Stmt[] {
  // else_clause: 'else' ':' block
  return clause === null ? [] : convertBody(cx, clause.childForFieldName("body"), clause, "'else' statement");
}

// `elif` chains become nested Ifs in orelse, each spanning to the end of the chain.
function convertIf(cx: ParseContext, node: SyntaxNode): ast.If {
  const alternatives = node.childrenForFieldName("alternative");
  const build = (header: SyntaxNode, index: number): ast.If => {
    const rest = alternatives.slice(index);
    const next = rest[0];
    let orelse: ast.Stmt[] = [];
    if (next?.type === "elif_clause") orelse = [build(next, index + 1)];
    else if (next?.type === "else_clause") orelse = convertElse(cx, next);
    const last = rest[rest.length - 1] ?? header;
    const what = header.type === "elif_clause" ? "'elif' statement" : "'if' statement";
    return {
      kind: "If",
      span: { start: cx.span(header).start, end: cx.span(header.type === "if_statement" ? node : last).end },
      test: convertExpression(cx, header.childForFieldName("condition")!),
      body: convertBody(cx, header.childForFieldName("consequence"), header, what),
      orelse,
    };
  };
  return build(node, 0);
}

function convertFor(cx: ParseContext, node: SyntaxNode): ast.For {
  const isAsync = childrenOf(node)[0]?.type === "async";
  if (isAsync && cx.isPy2) cx.dialectError("invalid syntax", "'async for'", node);
  return {
    kind: "For",
    span: cx.span(node),
    target: convertTarget(cx, node.childForFieldName("left")!, "Store", "for"),
    iter: convertExpressionOrList(cx, node.childForFieldName("right")!),
    body: convertBody(cx, node.childForFieldName("body"), node, "'for' statement"),
    orelse: convertElse(cx, node.childForFieldName("alternative")),
    isAsync,
  };
}

function convertTry(cx: ParseContext, node: SyntaxNode): ast.Try {
  const clauses = namedChildrenOf(node);
  const handlerNodes = clauses.filter((c) => c.type === "except_clause");
  const elseNode = clauses.find((c) => c.type === "else_clause") ?? null;
  const finallyNode = clauses.find((c) => c.type === "finally_clause");
  const stars = handlerNodes.map((h) => childrenOf(h).some((c) => c.type === "*" || c.type === "except*"));
  const isStar = stars.some((s) => s);
  const mixed = stars.findIndex((s) => s !== stars[0]);
  if (mixed >= 0) cx.syntaxError("cannot have both 'except' and 'except*' on the same 'try'", handlerNodes[mixed]!);
  if (isStar && cx.isPy2) cx.dialectError("invalid syntax", "'except*'", node);
  handlerNodes.forEach((h, i) => {
    if (i < handlerNodes.length - 1 && h.childrenForFieldName("value").length === 0) cx.syntaxError("default 'except:' must be last", h);
  });
  if (handlerNodes.length === 0 && finallyNode === undefined) cx.syntaxError("expected 'except' or 'finally' block", node);
  return {
    kind: "Try",
    span: cx.span(node),
    body: convertBody(cx, node.childForFieldName("body"), node, "'try' statement"),
    handlers: handlerNodes.map((h) => convertExceptClause(cx, h)),
    orelse: convertElse(cx, elseNode),
    // finally_clause: 'finally' ':' block
    finalbody: finallyNode === undefined ? [] : convertBody(cx, lastBlock(finallyNode), finallyNode, "'finally' statement"),
    isStar,
  };
}

function lastBlock(node: SyntaxNode): SyntaxNode | null {
  return namedChildrenOf(node).find((c) => c.type === "block") ?? null;
}

// except_clause: 'except' ['*'] [expression ['as' expression] | expression (',' expression)*] ':' block
// Python 2's `except E, e:` binds e (any target); Python 3 calls it a syntax error.
function convertExceptClause(cx: ParseContext, node: SyntaxNode): ast.ExceptHandler {
  const values = node.childrenForFieldName("value");
  let bound: SyntaxNode | null = node.childForFieldName("alias");
  // `except E as e` arrives as one as_pattern value.
  if (values.length === 1 && values[0]!.type === "as_pattern") {
    bound = namedChildrenOf(values[0]!.childForFieldName("alias")!)[0]!;
    values[0] = namedChildrenOf(values[0]!)[0]!;
  }
  let type: ast.Expression | null = values.length > 0 ? convertExpression(cx, values[0]!) : null;
  let name: ast.Identifier | null = null;
  let py2Target: ast.Expression | null = null;
  if (values.length >= 2) {
    if (!cx.isPy2) {
      cx.dialectError("multiple exception types must be parenthesized", "'except E, e'", cx.spanFrom(values[0]!, values[values.length - 1]!));
      type = { kind: "Tuple", span: cx.spanFrom(values[0]!, values[values.length - 1]!), elts: values.map((v) => convertExpression(cx, v)), ctx: "Load" };
    } else {
      if (values.length > 2) cx.syntaxError("invalid syntax", values[2]!);
      bound = values[1]!;
    }
  }
  if (bound !== null) {
    if (bound.type === "identifier") name = convertIdentifier(cx, bound);
    else if (cx.isPy2) py2Target = convertTarget(cx, bound, "Store", "except");
    else cx.syntaxError("invalid syntax", bound);
  }
  return { kind: "ExceptHandler", span: cx.span(node), type, name, py2Target, body: convertBody(cx, lastBlock(node), node, "'except' statement") };
}

// with_clause: with_item (',' with_item)* [','] | '(' with_item (',' with_item)* [','] ')'
// with_item: expression | expression 'as' target (an as_pattern)
function convertWith(cx: ParseContext, node: SyntaxNode): ast.With {
  const isAsync = childrenOf(node)[0]?.type === "async";
  if (isAsync && cx.isPy2) cx.dialectError("invalid syntax", "'async with'", node);
  const clause = namedChildrenOf(node).find((c) => c.type === "with_clause")!;
  const items = namedChildrenOf(clause).filter((c) => c.type === "with_item").map((item): ast.WithItem => {
    const value = item.childForFieldName("value")!;
    if (value.type !== "as_pattern") {
      return { kind: "withitem", span: cx.span(item), contextExpr: convertExpression(cx, value), optionalVars: null };
    }
    const target = value.childForFieldName("alias")!;
    return {
      kind: "withitem",
      span: cx.span(item),
      contextExpr: convertExpression(cx, namedChildrenOf(value)[0]!),
      optionalVars: convertTarget(cx, namedChildrenOf(target)[0]!, "Store", "with"),
    };
  });
  const clauseTokens = childrenOf(clause);
  if (cx.isPy2 && clauseTokens[0]?.type === "(") cx.dialectError("invalid syntax", "parenthesized context managers", clause);
  if (clauseTokens[0]?.type !== "(" && clauseTokens[clauseTokens.length - 1]?.type === ",") {
    cx.syntaxError("invalid syntax", clauseTokens[clauseTokens.length - 1]!);
  }
  return { kind: "With", span: cx.span(node), items, body: convertBody(cx, node.childForFieldName("body"), node, "'with' statement"), isAsync };
}

// decorator: '@' expression NEWLINE
function convertDecorated(cx: ParseContext, node: SyntaxNode): ast.Stmt {
  const decorators = namedChildrenOf(node)
    .filter((c) => c.type === "decorator")
    .map((d) => convertExpression(cx, namedChildrenOf(d)[0]!));
  const definition = node.childForFieldName("definition")!;
  return definition.type === "class_definition"
    ? convertClass(cx, definition, decorators, node)
    : convertFunction(cx, definition, decorators, node);
}

function convertFunction(cx: ParseContext, node: SyntaxNode, decorators: ast.Expression[], whole: SyntaxNode): ast.FunctionDef {
  const isAsync = childrenOf(node)[0]?.type === "async";
  if (isAsync && cx.isPy2) cx.dialectError("invalid syntax", "'async def'", node);
  rejectTypeParameters(cx, node);
  const parameters = node.childForFieldName("parameters")!;
  const returns = node.childForFieldName("return_type");
  if (returns !== null && cx.isPy2) cx.dialectError("invalid syntax", "a return annotation", returns);
  return {
    kind: "FunctionDef",
    span: cx.span(whole),
    name: convertIdentifier(cx, node.childForFieldName("name")!),
    args: convertParameters(cx, parameters, cx.span(parameters), /* isLambda */ false),
    body: convertBody(cx, node.childForFieldName("body"), node, "function definition"),
    decoratorList: decorators,
    returns: returns === null ? null : convertType(cx, returns),
    typeParams: [],
    isAsync,
  };
}

function convertClass(cx: ParseContext, node: SyntaxNode, decorators: ast.Expression[], whole: SyntaxNode): ast.ClassDef {
  rejectTypeParameters(cx, node);
  const superclasses = node.childForFieldName("superclasses");
  const { args, keywords } = superclasses === null ? { args: [], keywords: [] } : convertArgumentList(cx, superclasses);
  if (cx.isPy2) {
    for (const keyword of keywords) cx.dialectError("invalid syntax", "a keyword in a class definition", keyword.span);
    for (const base of args) if (base.kind === "Starred") cx.dialectError("invalid syntax", "'*' in a class definition", base.span);
  }
  return {
    kind: "ClassDef",
    span: cx.span(whole),
    name: convertIdentifier(cx, node.childForFieldName("name")!),
    bases: args,
    keywords,
    body: convertBody(cx, node.childForFieldName("body"), node, "class definition"),
    decoratorList: decorators,
    typeParams: [],
  };
}

// PEP 695 type parameters (`def f[T]()`) are Python 3.12; CPython 3.11 rejects them.
function rejectTypeParameters(cx: ParseContext, node: SyntaxNode): void {
  const typeParameters = node.childForFieldName("type_parameters");
  if (typeParameters !== null) cx.syntaxError("invalid syntax", typeParameters);
}
