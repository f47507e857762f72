// The GBK encoder against CPython 3.11's gbk codec: every BMP character from U+0080
// is encoded (or refused), and the digest of the results must be CPython's
// (testdata/genGbkDigest.py prints it).

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { decodeGbk, encodeGbk } from "./gbk.js";

test("gbk encodes every BMP character as CPython does", () => {
  const digest = createHash("sha256");
  let encodable = 0;
  for (let cp = 0x80; cp < 0x10000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    try {
      const bytes = encodeGbk(String.fromCodePoint(cp), "gbk", "strict");
      encodable++;
      digest.update(Buffer.from(bytes.data).toString("hex") + ",");
    } catch {
      digest.update("E,");
    }
  }
  assert.equal(encodable, 21791);
  assert.equal(digest.digest("hex"), "bba4759e5c578e167978d526c997095485fb7c7658713ba146b84c3ae63ede02");
});

test("gbk decodes what it encodes", () => {
  const text = "中文 进程池, 最多 8 个进程";
  assert.equal(decodeGbk(encodeGbk(text, "gbk", "strict").data, "gbk", "strict"), text);
});
