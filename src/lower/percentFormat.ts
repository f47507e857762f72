// `'item%d' % i` with a literal format whose conversions are all plain `%d`, `%i`
// or `%s` of operands known to be ints or strs: a template literal (`item${i}`)
// instead of the runtime's percentFormat, which parses the format on every call.
// Python 3 only (a Python 2 str is bytes, and `%s` of unicode promotes the result).
// Anything else (flags, widths, `%(name)s`, floats, unknown operands) returns null
// and goes through the `mod` helper.

import type ts from "typescript";
import type * as ast from "../parse/ast.js";
import type { LowerContext } from "./context.js";
import { lowerExpression } from "./expressions.js";
import { templateOf } from "./literals.js";

/** The template literal for `fmt % args`, or null when the runtime must format it. */
export function lowerLiteralPercentFormat(ctx: LowerContext, node: ast.BinOp): ts.Expression | null {
  if (ctx.isPy2 || node.op !== "Mod") return null;
  const fmt = node.left;
  if (fmt.kind !== "Constant" || fmt.value.type !== "str") return null;
  const pieces = splitFormat(fmt.value.value);
  if (pieces === null) return null;
  const conversions = pieces.filter((p): p is Conversion => typeof p !== "string");
  // A tuple display supplies one value per conversion; any other operand is one value
  // (and must not be a tuple, which Python would unpack).
  const operands = node.right.kind === "Tuple" ? node.right.elts : [node.right];
  if (operands.length !== conversions.length || operands.some((e) => e.kind === "Starred")) return null;
  if (node.right.kind !== "Tuple" && ctx.typeOf(node.right).kind === "tuple") return null;
  const kinds = operands.map((e) => ctx.typeOf(e).kind);
  // %d of an int and %s of an int or str print what JavaScript's own conversion prints:
  // ints are safe-integer numbers or bigints, whose String() is their decimal digits.
  if (!conversions.every((c, i) => kinds[i] === "int" || (c.type === "s" && kinds[i] === "str"))) return null;
  let next = 0;
  return templateOf(
    pieces.map((p) => {
      if (typeof p === "string") return p;
      const operand = operands[next++]!;
      return operand.kind === "Constant" && operand.value.type === "str" ? operand.value.value : lowerExpression(ctx, operand);
    }),
  );
}

interface Conversion {
  readonly type: "d" | "s";
}

/** The format's literal text and conversions, or null if it uses anything beyond %d/%i/%s/%%. */
function splitFormat(fmt: string): Array<string | Conversion> | null {
  const pieces: Array<string | Conversion> = [];
  let text = "";
  for (let i = 0; i < fmt.length; i++) {
    if (fmt[i] !== "%") {
      text += fmt[i];
      continue;
    }
    const c = fmt[++i];
    if (c === "%") {
      text += "%";
      continue;
    }
    if (c !== "d" && c !== "i" && c !== "s") return null;
    if (text !== "") pieces.push(text);
    text = "";
    pieces.push({ type: c === "s" ? "s" : "d" });
  }
  if (text !== "") pieces.push(text);
  return pieces;
}
