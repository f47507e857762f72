// String literals -> Constant / JoinedStr: prefixes and their validity per dialect,
// escape decoding (escapes.ts), implicit concatenation with CPython's rules, and
// Python 2 backticks, which tree-sitter reads as a string delimited by '`'.
// f-string pieces are converted by fstrings.ts.

import type * as ast from "./ast.js";
import type { ParseContext } from "./context.js";
import { namedChildrenOf, type SyntaxNode } from "./cst.js";
import { decodeByteString, decodeStringBody, type EscapeMode } from "./escapes.js";
import { convertFStringParts, type TextPart } from "./fstrings.js";
import { convertBacktick } from "./py2.js";

export interface StringFlags {
  readonly raw: boolean;
  readonly bytes: boolean;
  readonly unicodePrefix: boolean;
  readonly fstring: boolean;
  /** The text is unicode (py3 str, py2 u'' or unicode_literals), not bytes. */
  readonly unicode: boolean;
}

/** One literal of a (possibly concatenated) string: its flags and decoded parts. */
interface StringPiece {
  readonly node: SyntaxNode;
  readonly flags: StringFlags;
  readonly parts: readonly (TextPart | ast.FormattedValue)[];
}

// string: string_start (interpolation | string_content)* string_end
// concatenated_string: string string+
export function convertStringNode(cx: ParseContext, node: SyntaxNode): ast.Expression {
  const strings = node.type === "string" ? [node] : namedChildrenOf(node);
  if (strings.length === 1 && isBacktick(strings[0]!)) return convertBacktick(cx, strings[0]!);
  const pieces: StringPiece[] = [];
  for (const string of strings) {
    if (isBacktick(string)) {
      cx.syntaxError("invalid syntax", string);
      continue;
    }
    pieces.push(convertPiece(cx, string));
  }
  return combinePieces(cx, node, pieces);
}

function isBacktick(string: SyntaxNode): boolean {
  return string.firstChild?.type === "string_start" && string.firstChild.text === "`";
}

function convertPiece(cx: ParseContext, string: SyntaxNode): StringPiece {
  const start = string.firstChild!;
  const prefix = start.text.replace(/['"]+$/, "");
  const flags = readPrefix(cx, prefix, start);
  const end = string.lastChild!;
  const bodyStart = start.endIndex;
  // The closing quote is the last 1 or 3 characters: tree-sitter's string_end token can
  // also swallow a raw string's final `\"`.
  const delimiter = start.text.length - prefix.length;
  const bodyEnd = end.type === "string_end" && !end.isMissing ? Math.max(bodyStart, string.endIndex - delimiter) : string.endIndex;
  if (flags.fstring) return { node: string, flags, parts: convertFStringParts(cx, string, flags, bodyStart, bodyEnd) };
  const body = string.text.slice(bodyStart - string.startIndex, bodyEnd - string.startIndex);
  const span = { start: bodyStart + cx.offset, end: bodyEnd + cx.offset };
  return { node: string, flags, parts: [{ kind: "text", value: decodeText(cx, body, flags, span), span }] };
}

/** Decodes one run of literal text (outside any `{}` of an f-string). */
export function decodeText(cx: ParseContext, body: string, flags: StringFlags, span: ast.Span): string {
  const mode: EscapeMode = {
    raw: flags.raw,
    unicode: flags.unicode,
    bytes: !flags.unicode,
    asciiOnly: flags.bytes && !cx.isPy2,
  };
  const result = decodeStringBody(body.replace(/\r\n?/g, "\n"), mode);
  if (result.error !== undefined) {
    const at = Math.min(span.start + result.error.offset, span.end);
    cx.syntaxError(result.error.message, { start: at, end: Math.min(at + Math.max(1, result.error.length), span.end) });
  }
  return result.value;
}

// Python 3: '', r, u, b, br/rb, f, fr/rf (any case). Python 2: '', r, u, ur, b, br.
function readPrefix(cx: ParseContext, prefix: string, token: SyntaxNode): StringFlags {
  const lower = prefix.toLowerCase();
  const raw = lower.includes("r");
  const bytes = lower.includes("b");
  // CPython 3 records kind='u' only for a lowercase 'u' prefix; Python 2 takes either case.
  const unicodePrefix = cx.isPy2 ? lower.includes("u") : prefix.startsWith("u");
  const fstring = lower.includes("f");
  const span = { start: cx.span(token).start, end: cx.span(token).start + prefix.length };
  if (!/^(?:[rubf]|br|rb|ur|fr|rf)?$/.test(lower) || (lower.length === 2 && lower[0] === lower[1])) {
    cx.syntaxError("invalid syntax", span);
  } else if (cx.isPy2) {
    if (fstring) cx.dialectError("invalid syntax", "an f-string", span);
    else if (lower === "rb") cx.dialectError("invalid syntax", "the 'rb' string prefix", span);
  } else if (lower.includes("u") && raw) {
    cx.dialectError("invalid syntax", "the 'ur' string prefix", span);
  }
  const unicode = cx.isPy2 ? unicodePrefix || (!bytes && cx.unicodeLiterals) : !bytes;
  return { raw, bytes: bytes && !cx.isPy2, unicodePrefix, fstring, unicode };
}

// Python 3 refuses to join bytes with str; Python 2 makes the result unicode when any
// piece is. f-strings turn the whole concatenation into one JoinedStr.
function combinePieces(cx: ParseContext, node: SyntaxNode, pieces: readonly StringPiece[]): ast.Expression {
  const span = cx.span(node);
  if (pieces.length === 0) return { kind: "Constant", span, value: emptyString(cx) };
  const first = pieces[0]!.flags;
  if (!cx.isPy2 && pieces.some((p) => p.flags.bytes !== first.bytes)) {
    cx.syntaxError("cannot mix bytes and nonbytes literals", node);
  }
  if (first.bytes && !cx.isPy2) {
    const text = pieces.flatMap((p) => p.parts).map((p) => (p.kind === "text" ? p.value : "")).join("");
    return { kind: "Constant", span, value: { type: "bytes", value: Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff) } };
  }
  const unicode = pieces.some((p) => p.flags.unicode);
  const unicodePrefix = cx.isPy2 ? pieces.some((p) => p.flags.unicodePrefix) : first.unicodePrefix;
  const strValue = (value: string): ast.ConstantValue => ({ type: "str", value, py2Bytes: cx.isPy2 && !unicode, unicodePrefix });
  if (!pieces.some((p) => p.flags.fstring)) {
    const text = pieces.map((p) => pieceText(p, !cx.isPy2 || unicode)).join("");
    if (!cx.isPy2 || unicode) return { kind: "Constant", span, value: strValue(text) };
    // A Python 2 byte string: `text` holds one char per byte.
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    return { kind: "Constant", span, value: { type: "str", value: decodeByteString(bytes), py2Bytes: true, unicodePrefix, bytes } };
  }
  return { kind: "JoinedStr", span, values: joinParts(pieces.flatMap((p) => p.parts), strValue) };
}

/** Merges adjacent text parts into Constants and drops empty ones, as CPython 3.11 does. */
export function joinParts(
  parts: readonly (TextPart | ast.FormattedValue)[],
  strValue: (value: string) => ast.ConstantValue,
): (ast.Constant | ast.FormattedValue)[] {
  const values: (ast.Constant | ast.FormattedValue)[] = [];
  let pending: TextPart | undefined;
  const flush = (): void => {
    if (pending !== undefined && pending.value !== "") {
      values.push({ kind: "Constant", span: pending.span, value: strValue(pending.value) });
    }
    pending = undefined;
  };
  for (const part of parts) {
    if (part.kind !== "text") {
      flush();
      values.push(part);
    } else if (pending === undefined || pending.value === "") {
      pending = part;
    } else if (part.value !== "") {
      pending = { kind: "text", value: pending.value + part.value, span: { start: pending.span.start, end: part.span.end } };
    }
  }
  flush();
  return values;
}

// A Python 2 byte string piece holds one char per byte; joined with a unicode piece,
// CPython 2 decodes it (as UTF-8 here, the encoding py2ts-mp reads sources in).
function pieceText(piece: StringPiece, unicodeResult: boolean): string {
  const text = piece.parts.map((p) => (p.kind === "text" ? p.value : "")).join("");
  if (!unicodeResult || piece.flags.unicode) return text;
  return decodeByteString(Uint8Array.from(text, (c) => c.charCodeAt(0)));
}

function emptyString(cx: ParseContext): ast.ConstantValue {
  return { type: "str", value: "", py2Bytes: cx.isPy2 && !cx.unicodeLiterals, unicodePrefix: false };
}
