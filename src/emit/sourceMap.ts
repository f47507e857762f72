// Source maps (version 3) for emitted code. The emitted TypeScript maps line by
// line to the Python source; `py2ts-mp run` composes that with the TypeScript ->
// JavaScript map from transpilation, so a JavaScript stack frame names the Python
// file and line (the runtime turns those frames into a Python traceback).

export interface RawSourceMap {
  readonly version: 3;
  readonly file?: string;
  readonly sources: string[];
  readonly names: string[];
  readonly mappings: string;
  /**
   * Extension (source map v3 allows `x_` fields): the Python code objects with their
   * lines, `[kind, name, first, last, start, end]`, which the runtime's tracebacks name frames by.
   */
  readonly x_pythonScopes?: ReadonlyArray<readonly [string, string, number, number, number, number]>;
}

/** One mapping segment: generated column -> (source index, source line, source column), all 0-based. */
export interface Segment {
  readonly column: number;
  readonly source: number;
  readonly line: number;
  readonly sourceColumn: number;
}

const base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function encodeVlq(value: number): string {
  let vlq = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = "";
  do {
    let digit = vlq & 31;
    vlq >>>= 5;
    if (vlq > 0) digit |= 32;
    out += base64[digit];
  } while (vlq > 0);
  return out;
}

export function encodeMappings(lines: readonly (readonly Segment[])[]): string {
  let source = 0;
  let sourceLine = 0;
  let sourceColumn = 0;
  return lines
    .map((segments) => {
      let column = 0;
      return segments
        .map((s) => {
          const text = encodeVlq(s.column - column) + encodeVlq(s.source - source) + encodeVlq(s.line - sourceLine) + encodeVlq(s.sourceColumn - sourceColumn);
          column = s.column;
          source = s.source;
          sourceLine = s.line;
          sourceColumn = s.sourceColumn;
          return text;
        })
        .join(",");
    })
    .join(";");
}

export function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  let source = 0;
  let sourceLine = 0;
  let sourceColumn = 0;
  for (const lineText of mappings.split(";")) {
    const segments: Segment[] = [];
    let column = 0;
    for (const segmentText of lineText.split(",")) {
      if (segmentText === "") continue;
      const values: number[] = [];
      let shift = 0;
      let value = 0;
      for (const ch of segmentText) {
        const digit = base64.indexOf(ch);
        if (digit < 0) throw new Error(`invalid source map character '${ch}'`);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0] ?? 0;
      if (values.length >= 4) {
        source += values[1]!;
        sourceLine += values[2]!;
        sourceColumn += values[3]!;
        segments.push({ column, source, line: sourceLine, sourceColumn });
      }
    }
    lines.push(segments);
  }
  return lines;
}

/** A line-granular map from emitted TypeScript to the Python file. */
export function lineSourceMap(pythonLines: readonly number[], pythonFile: string, generatedFile: string): RawSourceMap {
  const lines = pythonLines.map((py) => (py > 0 ? [{ column: 0, source: 0, line: py - 1, sourceColumn: 0 }] : []));
  return { version: 3, file: generatedFile, sources: [pythonFile], names: [], mappings: encodeMappings(lines) };
}

/** JavaScript -> TypeScript (from transpilation) composed with TypeScript lines -> Python lines. */
export function composeWithPythonLines(
  jsToTs: RawSourceMap,
  pythonLines: readonly number[],
  pythonFile: string,
  pythonScopes: ReadonlyArray<readonly [string, string, number, number, number, number]> = [],
): RawSourceMap {
  const composed = decodeMappings(jsToTs.mappings).map((segments) =>
    segments.flatMap((s) => {
      const py = pythonLines[s.line] ?? 0;
      return py > 0 ? [{ column: s.column, source: 0, line: py - 1, sourceColumn: 0 }] : [];
    }),
  );
  return { version: 3, file: jsToTs.file, sources: [pythonFile], names: [], mappings: encodeMappings(composed), x_pythonScopes: pythonScopes };
}

export function inlineSourceMapComment(map: RawSourceMap): string {
  return `//# sourceMappingURL=data:application/json;charset=utf-8;base64,${Buffer.from(JSON.stringify(map)).toString("base64")}`;
}
