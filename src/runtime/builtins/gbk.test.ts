// The GBK and GB2312 codecs against CPython's (3.11 and 2.7 agree): every BMP
// character from U+0080 is encoded (or refused), every two-byte sequence with a
// lead byte from 0x80 decoded (or refused), and the digests of the results must be
// CPython's (testdata/genGbkDigest.py prints them).

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { decodeGbk, encodeGbk, type ChineseCodec } from "./gbk.js";

function encodedDigest(codec: ChineseCodec): [number, string] {
  const digest = createHash("sha256");
  let encodable = 0;
  for (let cp = 0x80; cp < 0x10000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    try {
      const bytes = encodeGbk(String.fromCodePoint(cp), codec, "strict");
      encodable++;
      digest.update(Buffer.from(bytes.data).toString("hex") + ",");
    } catch {
      digest.update("E,");
    }
  }
  return [encodable, digest.digest("hex")];
}

function decodedDigest(codec: ChineseCodec): [number, string] {
  const digest = createHash("sha256");
  let decodable = 0;
  for (let lead = 0x80; lead < 0x100; lead++) {
    for (let trail = 0; trail < 0x100; trail++) {
      try {
        const text = decodeGbk(Uint8Array.of(lead, trail), codec, "strict");
        decodable++;
        digest.update(Array.from(text, (ch) => ch.codePointAt(0)!.toString(16)).join(",") + ";");
      } catch {
        digest.update("E;");
      }
    }
  }
  return [decodable, digest.digest("hex")];
}

test("gbk encodes every BMP character as CPython does", () => {
  assert.deepEqual(encodedDigest("gbk"), [21791, "bba4759e5c578e167978d526c997095485fb7c7658713ba146b84c3ae63ede02"]);
});

test("gbk decodes every two-byte sequence as CPython does", () => {
  assert.deepEqual(decodedDigest("gbk"), [21791, "137c89b06872df5854e2d3f4cf1353626a608977d3275958ff7de4b037ea33e8"]);
});

test("gb2312 encodes every BMP character as CPython does", () => {
  assert.deepEqual(encodedDigest("gb2312"), [7445, "98f7fb0249eb5744dfefcbf406184d0dd686426d63ed9a1e30697103f79d9d3f"]);
});

test("gb2312 decodes every two-byte sequence as CPython does", () => {
  assert.deepEqual(decodedDigest("gb2312"), [7445, "d448c5f03a8f68bd438211836b76ab371635e93daca4185479900429e5b452c2"]);
});

test("gbk decodes what it encodes", () => {
  const text = "中文 进程池, 最多 8 个进程";
  assert.equal(decodeGbk(encodeGbk(text, "gbk", "strict").data, "gbk", "strict"), text);
});
