// Encoding and decoding text in both dialects against CPython 2.7 and 3.11
// (expected results: testdata/genCases.py): the GBK and GB2312 codecs, encoding
// names as codecs.lookup() resolves them, UnicodeEncodeError's message (Python 2
// shows the character as unicode: u'\u4e2d') and Python 2's error handlers. A
// codec CPython has and the runtime lacks is unsupported, never another codec.

import assert from "node:assert/strict";
import { test } from "node:test";
import { c, checkCases, withDialect } from "../../../test/support/cpython.js";
import { callMethod, isPy2, PyBytes, PyTuple, str, u, unicode, UnicodeEncodeError } from "./index.js";
import { UnsupportedFeatureError } from "./unsupported.js";

/** b'...': Python 2's byte string, Python 3's bytes. */
const b = (bytes: string): unknown => (isPy2() ? bytes : PyBytes.ofArray(Buffer.from(bytes, "latin1")));
/** u'...': Python 2's unicode, Python 3's str. */
const t = (text: string): unknown => (isPy2() ? u(text) : text);
const decode = (bytes: string, ...args: unknown[]) => callMethod(b(bytes), "decode", ...args);
const encode = (text: string, ...args: unknown[]) => callMethod(t(text), "encode", ...args);

const cases = [
  c("b'\\xd6\\xd0'.decode('gbk')", () => decode("\xd6\xd0", "gbk")),
  c("u'\\u4e2d'.encode('gbk')", () => encode("\u4e2d", "gbk")),
  c("u'\\u4e2d\\u6587 ok'.encode('cp936')", () => encode("\u4e2d\u6587 ok", "cp936")),
  c("b'\\xd6\\xd0'.decode('gb2312')", () => decode("\xd6\xd0", "gb2312")),
  c("u'\\u4e2d'.encode('GB2312')", () => encode("\u4e2d", "GB2312")),
  c("b'\\xd6\\xd0'.decode('euc_cn')", () => decode("\xd6\xd0", "euc_cn")),
  c("b'\\xd6\\xd0'.decode('Chinese')", () => decode("\xd6\xd0", "Chinese")),
  c("u'\\u4e02'.encode('gb2312')", () => encode("\u4e02", "gb2312")),
  c("u'\\u4e02'.encode('gbk')", () => encode("\u4e02", "gbk")),
  c("u'\\u30fb'.encode('gb2312')", () => encode("\u30fb", "gb2312")),
  c("u'\\u30fb'.encode('gbk')", () => encode("\u30fb", "gbk")),
  c("(b'\\xa1\\xa4'.decode('gb2312'), b'\\xa1\\xa4'.decode('gbk'))", () => PyTuple.of(decode("\xa1\xa4", "gb2312"), decode("\xa1\xa4", "gbk"))),
  c("b'\\xa2\\xa1'.decode('gb2312')", () => decode("\xa2\xa1", "gb2312")),
  c("b'\\xd6\\xd0\\xd6'.decode('gbk')", () => decode("\xd6\xd0\xd6", "gbk")),
  c("b'\\x81 '.decode('gbk')", () => decode("\x81 ", "gbk")),
  c("b'a\\x80'.decode('gbk')", () => decode("a\x80", "gbk")),
  c("b'\\x80a'.decode('gbk')", () => decode("\x80a", "gbk")),
  c("u'x\\U0001F600'.encode('gbk')", () => encode("x\u{1F600}", "gbk")),
  c("u'\\u4e2d'.encode('ascii')", () => encode("\u4e2d", "ascii")),
  c("u'a\\xe9'.encode('ascii')", () => encode("a\xe9", "ascii")),
  c("u'\\u4e2d\\u6587'.encode('ascii')", () => encode("\u4e2d\u6587", "ascii")),
  c("u'\\U0001F600\\u4e2d'.encode('ascii')", () => encode("\u{1F600}\u4e2d", "ascii")),
  c("u'\\U0001F600x\\u4e2d'.encode('latin-1')", () => encode("\u{1F600}x\u4e2d", "latin-1")),
  c("u'x\\U0001F600y'.encode('ascii')", () => encode("x\u{1F600}y", "ascii")),
  c("str(u'\\u4e2d')", () => str(t("\u4e2d"))),
  c("try:\n    u'\\u4e2d'.encode('ascii')\nexcept UnicodeEncodeError as e:\n    r = e.args\nr", () => {
    try {
      return encode("\u4e2d", "ascii");
    } catch (e) {
      return (e as UnicodeEncodeError).args;
    }
  }),
  c("u'\\u4e2d'.encode('ascii', 'replace')", () => encode("\u4e2d", "ascii", "replace")),
  c("u'a\\xe9\\u20ac'.encode('latin-1', 'xmlcharrefreplace')", () => encode("a\xe9\u20ac", "latin-1", "xmlcharrefreplace")),
  c("u'\\u4e2d\\xe9'.encode('ascii', 'backslashreplace')", () => encode("\u4e2d\xe9", "ascii", "backslashreplace")),
  c("u'\\u4e2dx'.encode('ascii', 'ignore')", () => encode("\u4e2dx", "ascii", "ignore")),
  c("u'x'.encode('ascii', 'bogus')", () => encode("x", "ascii", "bogus")),
  c("u'\\xe9'.encode('ascii', 'bogus')", () => encode("\xe9", "ascii", "bogus")),
  c("u'\\u4e2d'.encode('UTF 8')", () => encode("\u4e2d", "UTF 8")),
  c("u'\\xe9'.encode(' Latin-1 ')", () => encode("\xe9", " Latin-1 ")),
  c("u'x'.encode('gb-2312')", () => encode("x", "gb-2312")),
  c("u'x'.encode('nope')", () => encode("x", "nope")),
  c("b'x'.decode('latin.1')", () => decode("x", "latin.1")),
  c("b'\\xe9'.decode('ISO8859.1')", () => decode("\xe9", "ISO8859.1")),
  c("b'x'.decode('ANSI X3.4 1968')", () => decode("x", "ANSI X3.4 1968")),
  c("'abc'.encode('gbk')", () => callMethod("abc", "encode", "gbk")),
  c("'\\xe9'.encode('gbk')", () => callMethod("\xe9", "encode", "gbk")),
  c("'\\xe9'.encode('nope')", () => callMethod("\xe9", "encode", "nope")),
  c("unicode('\\xd6\\xd0', 'gbk')", () => unicode("\xd6\xd0", "gbk"), ["py2"]),
  c("'\\xd6\\xd0'.decode('gbk').encode('gb2312')", () => callMethod(callMethod("\xd6\xd0", "decode", "gbk"), "encode", "gb2312"), ["py2"]),
];

test("text encodes and decodes as CPython's codecs do", () => {
  const failures = checkCases(cases);
  assert.deepEqual(failures, [], failures.join("\n"));
});

test("a codec CPython has and the runtime lacks is unsupported, in both directions and dialects", () => {
  for (const dialect of ["py2", "py3"] as const) {
    withDialect(dialect, () => {
      for (const name of ["koi8-r", "windows-1252", "latin2", "utf-8-sig", "utf-16", "big5", "rot13", "unicode_escape"]) {
        assert.throws(() => encode("x", name), UnsupportedFeatureError, `${dialect} encode ${name}`);
        assert.throws(() => decode("x", name), UnsupportedFeatureError, `${dialect} decode ${name}`);
      }
    });
  }
  // Names only one version knows.
  assert.throws(() => withDialect("py2", () => decode("x", "string_escape")), UnsupportedFeatureError);
  assert.throws(() => withDialect("py3", () => decode("x", "kz1048")), UnsupportedFeatureError);
  assert.equal(withDialect("py3", () => str(decode("x", "cp65001"))), "x");
});
