// Splits an output line into its *skeleton* (the text with every number replaced
// by a shape marker) and its number *fields*. Lines of different runs are aligned
// by skeleton; the fields are then compared one by one (streamModel.ts).

/** int `42`, decimal `0.25`, exponent `1.5e-05`, hex `0x7f3a` (object addresses). */
export type NumberShape = "int" | "dec" | "exp" | "hex";

export interface NumberField {
  readonly text: string;
  readonly value: number;
  readonly shape: NumberShape;
  /** Digits after the decimal point (0 for int and hex). */
  readonly decimals: number;
}

export interface TokenizedLine {
  readonly skeleton: string;
  readonly fields: readonly NumberField[];
}

/** Marks a number's place in a skeleton; output text never contains U+0001. */
export const FIELD_MARK = "\u0001";
const SHAPE_CODE: Record<NumberShape, string> = { int: "i", dec: "d", exp: "e", hex: "x" };

// A leading '-' belongs to the number only after a separator, so `Process-1` is
// the word `Process-` and the number 1, while `x = -1` has the number -1.
const NUMBER = /0[xX][0-9a-fA-F]+|(?:(?<=^|[\s(\[{,:=<>])-)?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/g;

export function tokenizeLine(line: string): TokenizedLine {
  const fields: NumberField[] = [];
  const skeleton = line.replace(NUMBER, (text) => {
    const field = readNumber(text);
    fields.push(field);
    return FIELD_MARK + SHAPE_CODE[field.shape];
  });
  return { skeleton, fields };
}

function readNumber(text: string): NumberField {
  if (/^0[xX]/.test(text)) return { text, value: Number.parseInt(text.slice(2), 16), shape: "hex", decimals: 0 };
  const exponent = /[eE]/.test(text);
  const point = text.indexOf(".");
  const decimals = point < 0 ? 0 : (/^[0-9]+/.exec(text.slice(point + 1))?.[0].length ?? 0);
  const shape: NumberShape = exponent ? "exp" : point >= 0 ? "dec" : "int";
  return { text, value: Number(text), shape, decimals };
}

/** The skeleton with `#` for each number, for messages. */
export function showSkeleton(skeleton: string): string {
  return skeleton.replace(/\u0001[idex]/g, "#");
}
