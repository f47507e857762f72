// TypeScript annotations for variables whose Python type inference knows
// (analyze/types.ts). A reassigned Python variable needs an annotation — `let x = 1`
// would give `x` the TypeScript type of its first value — and a known one reads
// better than `any`:
//
//   total = 0; total += i   ->  let total: int = 0;   (int = number | bigint)
//   name = 'a'; name = 'b'  ->  let name: string = "a";
//   x = 1; x = 'a'          ->  let x: any = 1;

import ts from "typescript";
import type { PyType } from "../analyze/index.js";
import { f, type LowerContext } from "./context.js";

export function typeNodeFor(ctx: LowerContext, type: PyType): ts.TypeNode {
  switch (type.kind) {
    case "int":
      return f.createTypeReferenceNode(ctx.helper("int"));
    case "float":
      return f.createTypeReferenceNode(ctx.helper("float"));
    case "str":
      return f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword);
    case "bool":
      return f.createKeywordTypeNode(ts.SyntaxKind.BooleanKeyword);
    default:
      return f.createKeywordTypeNode(ts.SyntaxKind.AnyKeyword);
  }
}
