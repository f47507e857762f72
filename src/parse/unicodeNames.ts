// Unicode character names for "\N{NAME}" escapes, from CPython 3.11's database
// (generated into unicodeNameData.ts). The table is inflated on first use only,
// since almost no script has a \N escape.

import { inflateSync } from "node:zlib";
import { deflatedNames, hexSuffixRanges } from "./unicodeNameData.js";

let byName: Map<string, number> | undefined;

/** The code point named `name` (case-insensitive, as CPython), or undefined. */
export function lookupUnicodeName(name: string): number | undefined {
  const upper = name.toUpperCase();
  for (const [prefix, first, last] of hexSuffixRanges) {
    if (!upper.startsWith(prefix)) continue;
    const hex = upper.slice(prefix.length);
    if (!/^[0-9A-F]{4,5}$/.test(hex)) return undefined;
    const code = parseInt(hex, 16);
    if (code >= first && code <= last) return code;
  }
  byName ??= buildTable();
  return byName.get(upper);
}

function buildTable(): Map<string, number> {
  const table = new Map<string, number>();
  for (const line of inflateSync(Buffer.from(deflatedNames, "base64")).toString("ascii").split("\n")) {
    const semi = line.indexOf(";");
    table.set(line.slice(semi + 1), parseInt(line.slice(0, semi), 16));
  }
  addHangulSyllables(table);
  return table;
}

// Hangul syllable names are built from jamo short names (Unicode chapter 3.12).
const leading = "G GG N D DD R M B BB S SS _ J JJ C K T P H".split(" ").map((s) => (s === "_" ? "" : s));
const vowels = "A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I".split(" ");
const trailing = "_ G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H"
  .split(" ")
  .map((s) => (s === "_" ? "" : s));

function addHangulSyllables(table: Map<string, number>): void {
  for (let l = 0; l < leading.length; l++) {
    for (let v = 0; v < vowels.length; v++) {
      for (let t = 0; t < trailing.length; t++) {
        const code = 0xac00 + (l * vowels.length + v) * trailing.length + t;
        table.set(`HANGUL SYLLABLE ${leading[l]}${vowels[v]}${trailing[t]}`, code);
      }
    }
  }
}
