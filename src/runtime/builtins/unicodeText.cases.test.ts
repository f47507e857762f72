// Python 2's two text types meeting in formatting, against CPython 2.7 (expected
// results: testdata/genCases.py): str.format keeps the format string's type (a
// unicode field in a byte format is encoded as ASCII, `{!r}` of unicode is
// u'x'), and an object whose __str__ or __repr__
// returns unicode (as under unicode_literals) works: str() and repr() encode it
// as ASCII, unicode() and '%s' keep it unicode.

import assert from "node:assert/strict";
import { test } from "node:test";
import { c as case2, checkCases } from "../../../test/support/cpython.js";
import { callMethod, format, PyList, PyObject, PyTuple, repr, str, u, unicode, utf8 } from "./index.js";
import { mod } from "./operator.js";

const c = (source: string, thunk: () => unknown) => case2(source, thunk, ["py2"]);
const T = (...items: unknown[]) => PyTuple.of(...items);
const fmt = (template: unknown, ...args: unknown[]) => callMethod(template, "format", ...args);

class TextStr extends PyObject {
  override __str__(): unknown {
    return u("text");
  }
}

class ChineseStr extends PyObject {
  override __str__(): unknown {
    return u("\u4e2d");
  }
}

class TextRepr extends PyObject {
  override __repr__(): unknown {
    return u("r");
  }
}

class ChineseRepr extends PyObject {
  override __repr__(): unknown {
    return u("\u6587");
  }
}

class BytesStr extends PyObject {
  override __str__(): unknown {
    return utf8("\u4e2d");
  }
}

class BothStr extends PyObject {
  override __str__(): unknown {
    return "str";
  }
  __unicode__(): unknown {
    return u("uni");
  }
}

const cases = [
  // str.format and format()
  c("('{!r}'.format(u'x'), '{0!r}'.format(u'x'), u'{!r}'.format(u'x'), u'{!r}'.format('x'))", () => T(fmt("{!r}", u("x")), fmt("{0!r}", u("x")), fmt(u("{!r}"), u("x")), fmt(u("{!r}"), "x"))),
  c("('{!r:>6}'.format(u'x'), '{!r}'.format(u'\\u4e2d'), '{!r}'.format([u'a']))", () => T(fmt("{!r:>6}", u("x")), fmt("{!r}", u("\u4e2d")), fmt("{!r}", PyList.of(u("a"))))),
  c("('{}'.format(u'x'), '{!s}'.format(u'x'), '{:>3}'.format(u'x'), '{0}{1}'.format('a', u'b'))", () => T(fmt("{}", u("x")), fmt("{!s}", u("x")), fmt("{:>3}", u("x")), fmt("{0}{1}", "a", u("b")))),
  c("'{!s}'.format(u'\\u4e2d')", () => fmt("{!s}", u("\u4e2d"))),
  c("'{:>5}'.format(u'\\u4e2d')", () => fmt("{:>5}", u("\u4e2d"))),
  c("u'{:^5}'.format(u'\\u4e2d\\u6587')", () => fmt(u("{:^5}"), u("\u4e2d\u6587"))),
  c("u'{:>5}'.format('\\xe4\\xb8\\xad')", () => fmt(u("{:>5}"), utf8("\u4e2d"))),
  c("u'{!s}'.format('\\xe4')", () => fmt(u("{!s}"), "\xe4")),
  c("(u'{}|{:d}|{:.2f}|{}'.format('a', 5, 1.5, None), u'{0[1]}'.format('ab'))", () => T(fmt(u("{}|{:d}|{:.2f}|{}"), "a", 5, 1.5, null), fmt(u("{0[1]}"), "ab"))),
  // __str__ and __repr__ returning unicode
  c("class U(object):\n    def __str__(self):\n        return u'text'\n(str(U()), unicode(U()), '%s' % U(), u'%s' % U(), '{}'.format(U()), u'{}'.format(U()), '{!s}'.format(U()), format(U()))", () => {
    const x = new TextStr();
    return T(str(x), unicode(x), mod("%s", x), mod(u("%s"), x), fmt("{}", x), fmt(u("{}"), x), fmt("{!s}", x), format(x));
  }),
  c("class N(object):\n    def __str__(self):\n        return u'\\u4e2d'\nstr(N())", () => str(new ChineseStr())),
  c("class N(object):\n    def __str__(self):\n        return u'\\u4e2d'\n'{}'.format(N())", () => fmt("{}", new ChineseStr())),
  c("class N(object):\n    def __str__(self):\n        return u'\\u4e2d'\n(unicode(N()), '%s' % N(), '%s|%s' % (N(), 'x'), u'{}'.format(N()), u'{!s}'.format(N()))", () => {
    const x = new ChineseStr();
    return T(unicode(x), mod("%s", x), mod("%s|%s", T(x, "x")), fmt(u("{}"), x), fmt(u("{!s}"), x));
  }),
  c("class R(object):\n    def __repr__(self):\n        return u'r'\n(repr(R()), '%r' % R(), u'%r' % R(), [R()], '{!r}'.format(R()), str(R()))", () => {
    const x = new TextRepr();
    return T(repr(x), mod("%r", x), mod(u("%r"), x), PyList.of(x), fmt("{!r}", x), str(x));
  }),
  c("class RN(object):\n    def __repr__(self):\n        return u'\\u6587'\nrepr(RN())", () => repr(new ChineseRepr())),
  c("class B(object):\n    def __str__(self):\n        return '\\xe4\\xb8\\xad'\nunicode(B())", () => unicode(new BytesStr())),
  c("class B(object):\n    def __str__(self):\n        return '\\xe4\\xb8\\xad'\n('%s' % B(), str(B()))", () => T(mod("%s", new BytesStr()), str(new BytesStr()))),
  c("class B(object):\n    def __str__(self):\n        return '\\xe4\\xb8\\xad'\nu'%s' % B()", () => mod(u("%s"), new BytesStr())),
  c("class V(object):\n    def __str__(self):\n        return 'str'\n    def __unicode__(self):\n        return u'uni'\n('%s' % V(), u'%s' % V(), u'{}'.format(V()), '{}'.format(V()), unicode(V()), str(V()))", () => {
    const x = new BothStr();
    return T(mod("%s", x), mod(u("%s"), x), fmt(u("{}"), x), fmt("{}", x), unicode(x), str(x));
  }),
];

test("Python 2 str and unicode meet in formatting as in CPython 2", () => {
  const failures = checkCases(cases);
  assert.deepEqual(failures, [], failures.join("\n"));
});
