// Python 2 unicode case rules (strCase.ts applies them while a unicode method
// runs): CPython 2.7 maps each code point to one code point with Unicode 5.2's
// simple mappings (u'stra\xdfe'.upper() keeps the sharp s, u'\u0130'.lower() is
// u'i'), where JavaScript applies today's full mappings ('STRASSE', 'i\u0307'); and
// its isupper/islower/istitle, which swapcase and title consult, are 5.2's too.

import { PY2_LOWER_CHARS, PY2_LOWER_RUNS, PY2_TITLE_CHARS, PY2_TITLE_RUNS, PY2_UPPER_CHARS, PY2_UPPER_RUNS } from "./py2UnicodeCase.generated.js";
import { inRanges } from "./unicodeChars.js";

type CaseMap = ReadonlyMap<number, number>;

/** The code points a table's runs map, built when a program first changes the case of unicode. */
function expand(runs: readonly number[]): CaseMap {
  const map = new Map<number, number>();
  for (let i = 0; i < runs.length; i += 4) {
    const [first, last, step, delta] = [runs[i]!, runs[i + 1]!, runs[i + 2]!, runs[i + 3]!];
    for (let cp = first; cp <= last; cp += step) map.set(cp, cp + delta);
  }
  return map;
}

let upperMap: CaseMap | null = null;
let lowerMap: CaseMap | null = null;
let titleMap: CaseMap | null = null;

function mapChars(s: string, map: CaseMap): string {
  let out = "";
  for (const ch of s) {
    const mapped = map.get(ch.codePointAt(0)!);
    out += mapped === undefined ? ch : String.fromCodePoint(mapped);
  }
  return out;
}

export function py2Upper(s: string): string {
  return mapChars(s, (upperMap ??= expand(PY2_UPPER_RUNS)));
}

export function py2Lower(s: string): string {
  return mapChars(s, (lowerMap ??= expand(PY2_LOWER_RUNS)));
}

export function py2Title(s: string): string {
  return mapChars(s, (titleMap ??= expand(PY2_TITLE_RUNS)));
}

export function py2IsUpper(ch: string): boolean {
  return inRanges(ch.codePointAt(0)!, PY2_UPPER_CHARS);
}

export function py2IsLower(ch: string): boolean {
  return inRanges(ch.codePointAt(0)!, PY2_LOWER_CHARS);
}

export function py2IsTitle(ch: string): boolean {
  return inRanges(ch.codePointAt(0)!, PY2_TITLE_CHARS);
}
