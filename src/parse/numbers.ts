// Number literals -> Constant values with each dialect's rules: exact bigint
// integers, Python 3 underscores, Python 2 `10L` longs and `0777` octals,
// floats and imaginary literals. Invalid forms get CPython's tokenizer messages.

import type * as ast from "./ast.js";
import type { ParseContext } from "./context.js";
import type { SyntaxNode } from "./cst.js";

// integer: ('0x' hex+ | '0o' oct+ | '0b' bin+ | digits) ['L' | 'l' | 'j' | 'J']
export function convertInteger(cx: ParseContext, node: SyntaxNode): ast.Constant {
  const text = node.text;
  const span = cx.span(node);
  const suffix = text[text.length - 1]!;
  if (suffix === "j" || suffix === "J") {
    const digits = checkUnderscores(cx, node, text.slice(0, -1), "decimal");
    return { kind: "Constant", span, value: { type: "complex", imag: Number(digits) } };
  }
  const long = suffix === "l" || suffix === "L";
  const body = long ? text.slice(0, -1) : text;
  const radixLetter = body.length > 1 && body[0] === "0" ? body[1]!.toLowerCase() : "";
  const radix = radixLetter === "x" ? 16 : radixLetter === "o" ? 8 : radixLetter === "b" ? 2 : 10;
  const radixName = radix === 16 ? "hexadecimal" : radix === 8 ? "octal" : radix === 2 ? "binary" : "decimal";
  if (long && !cx.isPy2) {
    cx.dialectError(`invalid ${radixName} literal`, "a long integer literal ('L' suffix)", lastChar(cx, node));
  }
  // `0x_ff`: PEP 515 allows one underscore right after the base prefix.
  const afterPrefix = radix === 10 ? body : body.slice(body[2] === "_" ? 3 : 2);
  let digits = checkUnderscores(cx, node, afterPrefix, radixName);
  let value: bigint;
  if (radix === 10 && digits.length > 1 && digits[0] === "0") {
    value = convertLeadingZero(cx, node, digits);
  } else {
    if (radix !== 10) digits = (radix === 16 ? "0x" : radix === 8 ? "0o" : "0b") + digits;
    value = BigInt(digits);
  }
  return { kind: "Constant", span, value: { type: "int", value, long } };
}

// `0777` is octal in Python 2; Python 3 only accepts leading zeros on zero itself.
function convertLeadingZero(cx: ParseContext, node: SyntaxNode, digits: string): bigint {
  if (/^0+$/.test(digits)) return 0n;
  if (!cx.isPy2) {
    cx.dialectError(
      "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
      "an old-style octal literal",
      node,
    );
    return BigInt(digits);
  }
  if (/[89]/.test(digits)) {
    cx.syntaxError("invalid token", node);
    return BigInt(digits);
  }
  return BigInt("0o" + digits);
}

// float: digits '.' [digits] [exponent] | '.' digits [exponent] | digits exponent, then ['j' | 'J']
export function convertFloat(cx: ParseContext, node: SyntaxNode): ast.Constant {
  const text = node.text;
  const span = cx.span(node);
  const suffix = text[text.length - 1]!;
  const imaginary = suffix === "j" || suffix === "J";
  const body = checkUnderscores(cx, node, imaginary ? text.slice(0, -1) : text, "decimal");
  const number = Number(body);
  return {
    kind: "Constant",
    span,
    value: imaginary ? { type: "complex", imag: number } : { type: "float", value: number },
  };
}

// Underscores (PEP 515) are Python 3.6+: one between two digits, never leading or trailing.
function checkUnderscores(cx: ParseContext, node: SyntaxNode, digits: string, radixName: string): string {
  if (!digits.includes("_")) return digits;
  if (cx.isPy2) {
    cx.dialectError("invalid syntax", "an underscore in a number literal", node);
  } else if (/(^|[^0-9a-fA-F])_|_($|[^0-9a-fA-F])|__/.test(digits)) {
    cx.syntaxError(`invalid ${radixName} literal`, node);
  }
  return digits.replace(/_/g, "");
}

function lastChar(cx: ParseContext, node: SyntaxNode): ast.Span {
  const end = cx.span(node).end;
  return { start: end - 1, end };
}
