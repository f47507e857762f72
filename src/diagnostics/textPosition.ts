// Converts span offsets (UTF-16 code units, see parse/ast.ts Span) to the 1-based
// line and column that diagnostics show. Columns count Unicode code points, so a
// caret lines up under Chinese text in a terminal the way a reader counts it; the
// choice is tested with a non-ASCII line.

export interface LineAndColumn {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in code points. */
  readonly column: number;
}

export class LineMap {
  private readonly _lineStarts: number[];

  constructor(readonly text: string) {
    this._lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this._lineStarts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this._lineStarts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this._lineStarts.length;
  }

  /** The 0-based index of the line holding `offset`. */
  lineIndexOf(offset: number): number {
    let lo = 0;
    let hi = this._lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this._lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): LineAndColumn {
    const index = this.lineIndexOf(offset);
    const start = this._lineStarts[index]!;
    const column = countCodePoints(this.text.slice(start, offset)) + 1;
    return { line: index + 1, column };
  }

  lineStart(lineIndex: number): number {
    return this._lineStarts[lineIndex]!;
  }

  /** The text of a 0-based line, without its line break. */
  lineText(lineIndex: number): string {
    const start = this._lineStarts[lineIndex]!;
    const next = lineIndex + 1 < this._lineStarts.length ? this._lineStarts[lineIndex + 1]! : this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, "");
  }
}

export function countCodePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) n++;
    else {
      n++;
      i++;
    }
  }
  return n;
}
