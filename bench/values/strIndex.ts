// What indexing a str by code point costs (docs/architecture.md §4, "str and
// code points"): strGetItem/strLen against plain JavaScript indexing, for strings
// with and without characters beyond U+FFFF.

import { strGetItem, strLen } from "../../src/runtime/index.js";
import { median, report } from "../support.js";

function nsPerOp(ops: number, body: () => number): string {
  body();
  const samples: number[] = [];
  let sink = 0;
  for (let run = 0; run < 7; run++) {
    const start = process.hrtime.bigint();
    sink += body();
    samples.push(Number(process.hrtime.bigint() - start) / ops);
  }
  if (sink === -1) process.stdout.write("");
  return `${median(samples).toFixed(1)} ns/op`;
}

export async function benchStrIndex(): Promise<void> {
  const bmp = "abcdefghij".repeat(1000);
  const other = "qrstuvwxyz".repeat(1000);
  const astral = "abcdefghi\u{1F600}".repeat(1000);
  // Two-byte strings: V8 cannot rule out surrogates from the representation alone.
  const cjk = "\u4e2d\u6587abcdefgh".repeat(1000);
  const cjkOther = "\u6587\u4e2dabcdefgh".repeat(1000);
  const n = 10_000;
  const fresh = Array.from({ length: 1000 }, (_, i) => `line number ${i} of the input file`);
  report("strIndex", [
    ["JavaScript s[i], 10k BMP string", nsPerOp(n, () => { let c = 0; for (let i = 0; i < n; i++) c += bmp[i]!.length; return c; })],
    ["strGetItem, 10k BMP string", nsPerOp(n, () => { let c = 0; for (let i = 0; i < n; i++) c += strGetItem(bmp, i).length; return c; })],
    ["strGetItem, 10k code points with emoji", nsPerOp(n, () => { let c = 0; for (let i = 0; i < n; i++) c += strGetItem(astral, i).length; return c; })],
    ["strGetItem, two 10k BMP strings alternately", nsPerOp(n, () => { let c = 0; for (let i = 0; i < n; i++) c += strGetItem(i % 2 ? bmp : other, i).length; return c; })],
    ["strGetItem, two 10k CJK strings alternately", nsPerOp(n, () => { let c = 0; for (let i = 0; i < n; i++) c += strGetItem(i % 2 ? cjk : cjkOther, i).length; return c; })],
    ["strLen, 1000 distinct 30-char strings", nsPerOp(1000, () => { let c = 0; for (const s of fresh) c += strLen(s); return c; })],
    ["JavaScript .length, same strings", nsPerOp(1000, () => { let c = 0; for (const s of fresh) c += s.length; return c; })],
  ]);
}
