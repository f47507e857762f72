// Python's repr() of literal values, as CPython 3.11 and 2.7 print them, for the
// AST dumps that tests compare with real CPython (dump.ts, dumpPy2.ts).

/** CPython's "printable" test: everything but categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than ' '. */
const nonPrintable = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function chooseQuote(text: string): string {
  return text.includes("'") && !text.includes('"') ? '"' : "'";
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, "0");
}

/**
 * Quotes `chars` as CPython's repr does: backslash, the chosen quote, \n, \r and \t
 * are escaped everywhere; `other` spells every remaining character (or returns null
 * to keep it as it is).
 */
function quote(prefix: string, chars: readonly string[], other: (code: number, ch: string) => string | null): string {
  const q = chooseQuote(chars.join(""));
  let out = prefix + q;
  for (const ch of chars) {
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else out += other(ch.codePointAt(0)!, ch) ?? ch;
  }
  return out + q;
}

function escapeCode(code: number): string {
  if (code < 0x100) return "\\x" + hex(code, 2);
  return code < 0x10000 ? "\\u" + hex(code, 4) : "\\U" + hex(code, 8);
}

/** repr() of a Python 3 str: non-printable characters are escaped, the rest kept. */
export function reprStr(text: string): string {
  return quote("", Array.from(text), (code, ch) =>
    code < 0x20 || code === 0x7f || (code > 0x7f && (ch === " " || nonPrintable.test(ch))) ? escapeCode(code) : null,
  );
}

/** repr() of bytes (Python 3 `b'..'`, or a Python 2 str without the prefix). */
export function reprBytes(bytes: Uint8Array, prefix = "b"): string {
  return quote(prefix, Array.from(bytes, (b) => String.fromCharCode(b)), (code) => (code < 0x20 || code >= 0x7f ? escapeCode(code) : null));
}

/** repr() of a Python 2 unicode string: every non-ASCII character is escaped. */
export function reprUnicodePy2(text: string): string {
  return quote("u", Array.from(text), (code) => (code < 0x20 || code >= 0x7f ? escapeCode(code) : null));
}

/**
 * repr() of a float: the shortest digits that round-trip (as JavaScript finds them),
 * laid out with CPython's rule: exponent form when the decimal point would sit more
 * than 16 places right or 4 or more places left of the first digit.
 */
export function reprFloat(value: number, addDotZero = true): string {
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  if (value === 0) return (Object.is(value, -0) ? "-0" : "0") + (addDotZero ? ".0" : "");
  const sign = value < 0 ? "-" : "";
  const [mantissa, exponentText] = Math.abs(value).toExponential().split("e") as [string, string];
  const digits = mantissa.replace(".", "");
  const exponent = Number(exponentText);
  const decpt = exponent + 1;
  if (decpt <= -4 || decpt > 16) {
    const fraction = digits.length > 1 ? "." + digits.slice(1) : "";
    const expSign = exponent < 0 ? "-" : "+";
    return `${sign}${digits[0]}${fraction}e${expSign}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  if (decpt <= 0) return `${sign}0.${"0".repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return `${sign}${digits}${"0".repeat(decpt - digits.length)}${addDotZero ? ".0" : ""}`;
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

/** repr() of a complex with a zero real part, as the parser makes them (`2j`, `1.5j`). */
export function reprImaginary(imag: number): string {
  return `${reprFloat(imag, /* addDotZero */ false)}j`;
}
