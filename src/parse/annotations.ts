// CST -> AST for annotations and the other `type` slots. tree-sitter reads
// `list[int]` in an annotation as a generic_type, `a.b` as a member_type and `A | B`
// as a union_type; CPython has plain expressions there (Subscript, Attribute, BinOp).

import type * as ast from "./ast.js";
import type { ParseContext } from "./context.js";
import { namedChildrenOf, type SyntaxNode } from "./cst.js";
import { convertExpression, convertIdentifier, convertName } from "./expressions.js";

export function convertType(cx: ParseContext, node: SyntaxNode): ast.Expression {
  switch (node.type) {
    // type: expression | splat_type | generic_type | union_type | constrained_type | member_type
    case "type":
      return convertType(cx, namedChildrenOf(node)[0]!);
    // generic_type: identifier type_parameter
    case "generic_type": {
      const [name, parameters] = namedChildrenOf(node);
      const elements = namedChildrenOf(parameters!).map((t) => convertType(cx, t));
      const slice: ast.Expression =
        elements.length === 1 && !parameters!.children.some((c) => c.type === ",")
          ? elements[0]!
          : { kind: "Tuple", span: innerSpan(cx, parameters!), elts: elements, ctx: "Load" };
      return { kind: "Subscript", span: cx.span(node), value: convertName(cx, name!), slice, ctx: "Load" };
    }
    // union_type: type '|' type
    case "union_type": {
      const [left, right] = namedChildrenOf(node);
      return { kind: "BinOp", span: cx.span(node), left: convertType(cx, left!), op: "BitOr", right: convertType(cx, right!) };
    }
    // member_type: type '.' identifier
    case "member_type": {
      const [value, attr] = namedChildrenOf(node);
      return { kind: "Attribute", span: cx.span(node), value: convertType(cx, value!), attr: convertIdentifier(cx, attr!), ctx: "Load" };
    }
    // splat_type: ('*' | '**') identifier — only in type parameter lists
    case "splat_type":
    // constrained_type: type ':' type — only in type parameter lists
    case "constrained_type":
      cx.syntaxError("invalid syntax", node);
      return convertType(cx, namedChildrenOf(node)[0]!);
    default:
      return convertExpression(cx, node);
  }
}

/** The span inside a bracketed node, without its brackets. */
function innerSpan(cx: ParseContext, node: SyntaxNode): ast.Span {
  const named = namedChildrenOf(node);
  return { start: cx.span(named[0]!).start, end: cx.span(named[named.length - 1]!).end };
}
