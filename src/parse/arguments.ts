// Call arguments (calls and class bases): argument_list -> positional args (with
// Starred for `*x`) and keywords (arg null for `**m`), plus the ordering rules
// CPython enforces that tree-sitter's grammar does not (Python 2's stricter ones too).

import type * as ast from "./ast.js";
import type { ParseContext } from "./context.js";
import { namedChildrenOf, type SyntaxNode } from "./cst.js";
import { convertExpression, convertIdentifier, convertStarred } from "./expressions.js";

// call: primary_expression (argument_list | generator_expression)
export function convertCall(cx: ParseContext, node: SyntaxNode): ast.Call {
  const func = convertExpression(cx, node.childForFieldName("function")!);
  const argumentsNode = node.childForFieldName("arguments")!;
  if (argumentsNode.type === "generator_expression") {
    return { kind: "Call", span: cx.span(node), func, args: [convertExpression(cx, argumentsNode)], keywords: [] };
  }
  const { args, keywords } = convertArgumentList(cx, argumentsNode);
  return { kind: "Call", span: cx.span(node), func, args, keywords };
}

export interface ConvertedArguments {
  readonly args: ast.Expression[];
  readonly keywords: ast.Keyword[];
}

// argument_list: '(' [(expression | list_splat | dictionary_splat | keyword_argument) (',' ...)*] [','] ')'
export function convertArgumentList(cx: ParseContext, node: SyntaxNode): ConvertedArguments {
  const args: ast.Expression[] = [];
  const keywords: ast.Keyword[] = [];
  const order = new ArgumentOrder(cx);
  const named = namedChildrenOf(node);
  // tree-sitter accepts `f(,)`; a comma needs an argument before it.
  const comma = node.children.find((c) => c.type === ",");
  if (named.length === 0 && comma !== undefined) cx.syntaxError("invalid syntax", comma);
  for (const child of named) {
    switch (child.type) {
      // keyword_argument: identifier '=' expression
      case "keyword_argument": {
        const name = child.childForFieldName("name")!;
        const keyword: ast.Keyword = {
          kind: "keyword",
          span: cx.span(child),
          arg: convertIdentifier(cx, name),
          value: convertExpression(cx, child.childForFieldName("value")!),
        };
        order.keyword(child, keyword.arg!.name);
        keywords.push(keyword);
        break;
      }
      // dictionary_splat: '**' expression
      case "dictionary_splat":
        order.doubleStar(child);
        keywords.push({ kind: "keyword", span: cx.span(child), arg: null, value: convertExpression(cx, namedChildrenOf(child)[0]!) });
        break;
      // list_splat: '*' expression
      case "list_splat":
        order.star(child);
        args.push(convertStarred(cx, child));
        break;
      default:
        order.positional(child);
        args.push(convertExpression(cx, child));
    }
  }
  return { args, keywords };
}

/** Tracks what came before each argument, to report CPython's ordering errors. */
class ArgumentOrder {
  private _sawKeyword = false;
  private _sawDoubleStar = false;
  private _sawStar = false;
  private readonly _names = new Set<string>();

  constructor(private readonly _cx: ParseContext) {}

  positional(node: SyntaxNode): void {
    const cx = this._cx;
    if (this._sawDoubleStar) cx.syntaxError(cx.isPy2 ? "invalid syntax" : "positional argument follows keyword argument unpacking", node);
    else if (this._sawKeyword) cx.syntaxError(cx.isPy2 ? "non-keyword arg after keyword arg" : "positional argument follows keyword argument", node);
    else if (this._sawStar && cx.isPy2) cx.syntaxError("only named arguments may follow *expression", node);
  }

  star(node: SyntaxNode): void {
    const cx = this._cx;
    if (this._sawDoubleStar) cx.syntaxError(cx.isPy2 ? "invalid syntax" : "iterable argument unpacking follows keyword argument unpacking", node);
    else if (this._sawStar && cx.isPy2) cx.dialectError("invalid syntax", "a second '*' argument", node);
    this._sawStar = true;
  }

  doubleStar(node: SyntaxNode): void {
    if (this._sawDoubleStar && this._cx.isPy2) this._cx.dialectError("invalid syntax", "a second '**' argument", node);
    this._sawDoubleStar = true;
  }

  keyword(node: SyntaxNode, name: string): void {
    const cx = this._cx;
    if (this._sawDoubleStar && cx.isPy2) cx.dialectError("invalid syntax", "a keyword argument after '**'", node);
    if (this._names.has(name)) cx.syntaxError(cx.isPy2 ? "keyword argument repeated" : `keyword argument repeated: ${name}`, node);
    this._names.add(name);
    this._sawKeyword = true;
  }
}
