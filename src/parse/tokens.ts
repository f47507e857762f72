// Tokenizer-level checks that tree-sitter's recovery hides or words poorly, made
// the way CPython's tokenizer makes them: unterminated strings, unbalanced brackets,
// indentation (unexpected indent, unindent mismatch, tabs mixed with spaces), stray
// characters, and Python 2's rule that non-ASCII source needs a coding declaration.

import { createDiagnostic } from "../diagnostics/diagnostic.js";
import { messages } from "../diagnostics/messages.js";
import type { ParseContext } from "./context.js";

interface Bracket {
  readonly char: string;
  readonly offset: number;
  readonly line: number;
}

const closing: Readonly<Record<string, string>> = { ")": "(", "]": "[", "}": "{" };
const compoundKeywords = new Set(["if", "elif", "else", "while", "for", "try", "except", "finally", "with", "def", "class"]);
const asyncKeywords = new Set(["def", "for", "with"]);

export interface TokenCheck {
  /** There were tokenizer errors (tree errors would only repeat them). */
  readonly failed: boolean;
  /** Offset of the first token of every logical line, ascending. */
  readonly logicalLineStarts: readonly number[];
}

/** Reports tokenizer errors and finds where logical lines start. */
export function checkTokens(cx: ParseContext): TokenCheck {
  const before = cx.sink.items.length;
  const scanner = new TokenScanner(cx);
  scanner.scan();
  if (cx.isPy2) checkPy2Encoding(cx);
  return { failed: cx.sink.items.length > before, logicalLineStarts: scanner.logicalLineStarts };
}

class TokenScanner {
  private readonly _text: string;
  private _i = 0;
  private _line = 1;
  private readonly _brackets: Bracket[] = [];
  /** Indentation columns of the open blocks (tab size 8) and CPython's tab-size-1 "alt" columns. */
  private readonly _indents: number[] = [0];
  private readonly _altIndents: number[] = [0];
  /** The last significant token of the current logical line was ':'. */
  private _endsWithColon = false;
  private _failed = false;
  readonly logicalLineStarts: number[] = [];

  constructor(private readonly _cx: ParseContext) {
    this._text = _cx.fileText;
  }

  scan(): void {
    while (this._i < this._text.length && !this._failed) {
      this._scanLineStart();
      this._scanLogicalLine();
    }
    const open = this._brackets[this._brackets.length - 1];
    if (!this._failed && open !== undefined) this._error(`'${open.char}' was never closed`, open.offset, 1);
  }

  // At the start of a physical line outside brackets: blank and comment lines are
  // skipped; otherwise the indentation is compared with the stack of open blocks.
  private _scanLineStart(): void {
    const text = this._text;
    let column = 0;
    let alt = 0;
    const start = this._i;
    while (this._i < text.length) {
      const c = text[this._i]!;
      if (c === " ") {
        column++;
        alt++;
      } else if (c === "\t") {
        column = (Math.floor(column / 8) + 1) * 8;
        alt++;
      } else if (c === "\f") {
        column = alt = 0;
      } else break;
      this._i++;
    }
    const c = text[this._i];
    if (c === undefined || c === "#" || c === "\n" || c === "\r") return;
    this._indent(column, alt, start);
  }

  private _indent(column: number, alt: number, lineStart: number): void {
    const top = this._indents[this._indents.length - 1]!;
    const altTop = this._altIndents[this._altIndents.length - 1]!;
    if (column === top) {
      if (alt !== altTop) this._tabError(lineStart);
    } else if (column > top) {
      if (alt <= altTop) return this._tabError(lineStart);
      if (!this._endsWithColon) return this._indentError("unexpected indent", lineStart);
      this._indents.push(column);
      this._altIndents.push(alt);
    } else {
      while (this._indents.length > 1 && column < this._indents[this._indents.length - 1]!) {
        this._indents.pop();
        this._altIndents.pop();
      }
      if (column !== this._indents[this._indents.length - 1]) {
        return this._indentError("unindent does not match any outer indentation level", lineStart);
      }
      if (alt !== this._altIndents[this._altIndents.length - 1]) this._tabError(lineStart);
    }
  }

  /** Scans tokens up to the end of the logical line (newline outside brackets). */
  private _scanLogicalLine(): void {
    const text = this._text;
    let sawToken = false;
    while (this._i < text.length && !this._failed) {
      const c = text[this._i]!;
      if (c === "\n" || c === "\r") {
        this._newline();
        if (this._brackets.length === 0) {
          if (sawToken) this._endsWithColonFinal();
          return;
        }
      } else if (c === "#") {
        while (this._i < text.length && text[this._i] !== "\n" && text[this._i] !== "\r") this._i++;
      } else if (c === "\\") {
        this._continuation();
      } else if (c === " " || c === "\t" || c === "\f") {
        this._i++;
      } else {
        if (!sawToken && this._brackets.length === 0) this.logicalLineStarts.push(this._i);
        sawToken = true;
        this._token();
      }
    }
    if (sawToken) this._endsWithColonFinal();
  }

  private _pendingColon = false;
  /** The first two names of the logical line, and whether it had a ':' outside brackets. */
  private _words: string[] = [];
  private _colonAtTop = false;
  private _lastTokenEnd = 0;

  private _endsWithColonFinal(): void {
    this._endsWithColon = this._pendingColon;
    this._pendingColon = false;
    const [first, second] = this._words;
    const header = first !== undefined && (compoundKeywords.has(first) || (first === "async" && asyncKeywords.has(second ?? "")));
    if (header && !this._colonAtTop && !this._failed) this._error("expected ':'", this._lastTokenEnd, 1);
    this._words = [];
    this._colonAtTop = false;
  }

  private _newline(): void {
    if (this._text[this._i] === "\r" && this._text[this._i + 1] === "\n") this._i++;
    this._i++;
    this._line++;
  }

  private _continuation(): void {
    const next = this._text[this._i + 1];
    if (next === "\n" || next === "\r") {
      this._i++;
      this._newline();
    } else if (next === undefined) {
      this._i++;
      this._error("unexpected EOF while parsing", this._i - 1, 1);
    } else {
      this._error("unexpected character after line continuation character", this._i, 1);
    }
  }

  private _token(): void {
    const text = this._text;
    const c = text[this._i]!;
    const stringStart = /^(?:[rRbBuUfF]{0,2})(['"])/.exec(text.slice(this._i, this._i + 3));
    const precededByName = this._i > 0 && /[\p{L}\p{N}_]/u.test(text[this._i - 1]!);
    if (stringStart !== null && !(precededByName && stringStart[0].length > 1)) {
      this._string(stringStart[0].length - 1);
      this._pendingColon = false;
      this._lastTokenEnd = this._i;
      if (this._words.length === 0) this._words.push("");
      return;
    }
    this._pendingColon = c === ":";
    if (c === ":" && this._brackets.length === 0) this._colonAtTop = true;
    this._lastTokenEnd = this._i + 1;
    if (c === "(" || c === "[" || c === "{") {
      this._brackets.push({ char: c, offset: this._i, line: this._line });
    } else if (c === ")" || c === "]" || c === "}") {
      this._close(c);
    } else if (/[\p{L}\p{N}_]/u.test(c)) {
      const start = this._i;
      while (this._i + 1 < text.length && /[\p{L}\p{N}_\p{Mn}\p{Mc}\p{Pc}]/u.test(text[this._i + 1]!)) this._i++;
      if (this._words.length < 2 && this._brackets.length === 0) this._words.push(text.slice(start, this._i + 1));
      this._lastTokenEnd = this._i + 1;
    } else if (c.charCodeAt(0) > 0x7f && !/\s/.test(c)) {
      const code = c.codePointAt(0)!;
      const ch = String.fromCodePoint(code);
      this._error(`invalid character '${ch}' (U+${code.toString(16).toUpperCase().padStart(4, "0")})`, this._i, ch.length);
      return;
    }
    this._i++;
  }

  private _close(c: string): void {
    const open = this._brackets.pop();
    if (open === undefined) {
      this._error(`unmatched '${c}'`, this._i, 1);
    } else if (open.char !== closing[c]) {
      const where = open.line === this._line ? "" : ` on line ${open.line}`;
      this._error(`closing parenthesis '${c}' does not match opening parenthesis '${open.char}'${where}`, this._i, 1);
    }
  }

  // A string literal starting at the quote `prefixLength` characters ahead.
  private _string(prefixLength: number): void {
    const text = this._text;
    const start = this._i;
    const startLine = this._line;
    const quoteAt = start + prefixLength;
    const quote = text[quoteAt]!;
    const triple = text.startsWith(quote.repeat(3), quoteAt);
    const delimiter = triple ? quote.repeat(3) : quote;
    let i = quoteAt + delimiter.length;
    while (i < text.length) {
      const c = text[i]!;
      if (c === "\\") {
        if (text[i + 1] === "\r" && text[i + 2] === "\n") i++;
        if (text[i + 1] === "\n" || text[i + 1] === "\r") this._line++;
        i += 2;
        continue;
      }
      if (text.startsWith(delimiter, i)) {
        this._i = i + delimiter.length;
        if (/[fF]/.test(text.slice(start, quoteAt))) this._fString(quoteAt + delimiter.length, i);
        return;
      }
      if (c === "\n" || c === "\r") {
        if (!triple) break;
        if (c === "\r" && text[i + 1] === "\n") i++;
        this._line++;
      }
      i++;
    }
    if (triple) {
      const lastLine = this._text.split(/\r\n|\r|\n/).length - (/(\r\n|\r|\n)$/.test(this._text) ? 1 : 0);
      this._error(`unterminated triple-quoted string literal (detected at line ${lastLine})`, start, 1);
    } else {
      this._error(`unterminated string literal (detected at line ${startLine})`, start, 1);
    }
  }

  // Python 3.11 checks an f-string's braces when it tokenizes the literal: `{}` and a
  // lone `}` are errors before any expression is parsed.
  private _fString(from: number, to: number): void {
    const text = this._text;
    let i = from;
    while (i < to) {
      const c = text[i]!;
      if ((c === "{" || c === "}") && text[i + 1] === c) {
        i += 2;
      } else if (c === "}") {
        return this._error("f-string: single '}' is not allowed", i, 1);
      } else if (c === "{") {
        const rest = /^\{\s*/.exec(text.slice(i, to))![0].length;
        if (/^[}!:=]/.test(text[i + rest] ?? "")) return this._error("f-string: empty expression not allowed", i, 1);
        i = this._skipReplacementField(i, to);
        if (i < 0) return;
      } else {
        i += c === "\\" ? 2 : 1;
      }
    }
  }

  /**
   * From a replacement field's `{` to just after its matching `}`, or -1 after
   * reporting it unclosed. Brackets and quotes count in the expression; after a
   * top-level ':' (the format spec) only nested `{}` fields do.
   */
  private _skipReplacementField(open: number, to: number): number {
    const text = this._text;
    let depth = 0;
    let i = open + 1;
    for (; i < to; i++) {
      const c = text[i]!;
      if (c === "'" || c === '"') {
        const close = text.indexOf(c, i + 1);
        if (close < 0 || close >= to) break;
        i = close;
      } else if (c === "(" || c === "[" || c === "{") depth++;
      else if (depth === 0 && c === "}") return i + 1;
      else if (c === ")" || c === "]" || c === "}") depth--;
      else if (depth === 0 && c === ":") break;
    }
    let nested = 0;
    for (; i < to; i++) {
      const c = text[i]!;
      if (c === "{") nested++;
      else if (c === "}" && nested-- === 0) return i + 1;
    }
    this._error("f-string: expecting '}'", open, 1);
    return -1;
  }

  private _error(message: string, offset: number, length: number): void {
    this._cx.syntaxError(message, { start: offset, end: offset + length });
    this._failed = true;
  }

  private _indentError(message: string, offset: number): void {
    const end = this._text.slice(offset).search(/\S|$/) + offset;
    this._cx.sink.report(createDiagnostic(messages.pythonIndentationError, { start: end, end: end + 1 }, { message }));
    this._failed = true;
  }

  private _tabError(offset: number): void {
    this._cx.sink.report(createDiagnostic(messages.inconsistentIndentation, { start: offset, end: offset + 1 }));
    this._failed = true;
  }
}

// Python 2 reads source as bytes and refuses non-ASCII without a PEP 263 declaration.
function checkPy2Encoding(cx: ParseContext): void {
  const text = cx.fileText.replace(/^\uFEFF/, "");
  const index = text.search(/[^\x00-\x7f]/);
  if (index < 0) return;
  const firstLines = text.split(/\r\n|\r|\n/, 2);
  if (firstLines.some((line) => /^[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+/.test(line))) return;
  if (cx.fileText.startsWith("\uFEFF")) return;
  const line = text.slice(0, index).split(/\r\n|\r|\n/).length;
  const firstByte = Buffer.from(String.fromCodePoint(text.codePointAt(index)!), "utf8")[0]!;
  const offset = index + (cx.fileText.length - text.length);
  cx.syntaxError(
    `Non-ASCII character '\\x${firstByte.toString(16)}' in file ${cx.fileName} on line ${line}, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details`,
    { start: offset, end: offset + 1 },
  );
}
