// Exceptions, type objects, the object model and attribute access against CPython
// 2.7 and 3.11 (expected results from testdata/genCases.py). Python classes in a
// snippet are mirrored by TypeScript classes of the same name.

import assert from "node:assert/strict";
import { test } from "node:test";
import { c, checkCases } from "../../../test/support/cpython.js";
import { PyFloat } from "./float.js";
import {
  AttributeError,
  BaseException,
  bool,
  callable,
  delattr,
  dict,
  EnvironmentError,
  Exception,
  FileNotFoundError,
  frozenset,
  getattr,
  hasattr,
  IndexError,
  IOError,
  isinstance,
  issubclass,
  KeyError,
  list,
  LookupError,
  object,
  OSError,
  PyClassicObject,
  PyDict,
  PyList,
  PyObject,
  PyTuple,
  range,
  RuntimeError,
  set,
  setattr,
  StopIteration,
  SyntaxError,
  SystemExit,
  tuple,
  type,
  TypeError,
  typeRepr,
  UnicodeDecodeError,
  ValueError,
  ZeroDivisionError,
  asException,
  withCause,
  nameError,
  toPyException,
  bytes,
  RecursionError,
  slice,
} from "./index.js";
import { builtinType } from "./types.js";

const L = (...items: any[]): PyList<any> => PyList.of<any>(...items);
const T = (...items: any[]): PyTuple<any> => PyTuple.of<any>(...items);
const F = (v: number) => new PyFloat(v);
const names = (t: any) => L(...t.__mro__.map((k: any) => k.__name__));
const int = builtinType("int");
const float = builtinType("float");
const str = builtinType("str");

class Foo extends PyObject {}
class C extends PyObject {}
class Bar extends Foo {}
class Old extends PyClassicObject {}
class MyErr extends Exception {}
class Point extends PyObject {
  declare x: any;
  override __init__(x: any): any {
    this.x = x;
  }
}
class Tagged extends PyObject {
  declare tag: any;
  override __init__(): any {
    this.tag = "t";
  }
  label(): string {
    return "L" + this.tag;
  }
}
class Dyn extends PyObject {
  __getattr__(name: string): any {
    if (name === "magic") return 42;
    throw new AttributeError(name);
  }
}
class DetailError extends Exception {
  declare detail: any;
  override __init__(detail: any): any {
    super.__init__(`detail: ${detail}`);
    this.detail = detail;
  }
}
class Quiet extends Exception {
  override __str__(): any {
    return "quiet";
  }
}
class Stack extends list {
  peek(): any {
    return (this as any)[(this as any).length - 1];
  }
}
class Counts extends dict {
  __missing__(_key: any): any {
    return 0;
  }
}

const cases = [
  // exception construction, str and repr
  c("repr(ValueError())", () => new ValueError().__repr__()),
  c("repr(ValueError('x'))", () => new ValueError("x").__repr__()),
  c("repr(ValueError('x', 1))", () => new ValueError("x", 1).__repr__()),
  c("repr(ValueError(None))", () => new ValueError(null).__repr__()),
  c("str(ValueError())", () => new ValueError().__str__()),
  c("str(ValueError('x'))", () => new ValueError("x").__str__()),
  c("str(ValueError('x', 1))", () => new ValueError("x", 1).__str__()),
  c("str(ValueError(5))", () => new ValueError(5).__str__()),
  c("ValueError('x', 1).args", () => new ValueError("x", 1).args),
  c("str(KeyError('a'))", () => new KeyError("a").__str__()),
  c("str(KeyError(1))", () => new KeyError(1).__str__()),
  c("str(KeyError('a', 'b'))", () => new KeyError("a", "b").__str__()),
  c("str(KeyError())", () => new KeyError().__str__()),
  c("repr(KeyError('a'))", () => new KeyError("a").__repr__()),
  c("str(IndexError('list index out of range'))", () => new IndexError("list index out of range").__str__()),
  c("SystemExit(3).code", () => new SystemExit(3).code),
  c("SystemExit().code", () => new SystemExit().code),
  c("SystemExit(1, 2).code", () => new SystemExit(1, 2).code),
  c("StopIteration(5).value", () => new StopIteration(5).value, ["py3"]),
  c("StopIteration().value", () => new StopIteration().value, ["py3"]),
  c("ValueError('x').message", () => new ValueError("x").message, ["py2"]),
  c("ValueError('x', 1).message", () => new ValueError("x", 1).message, ["py2"]),
  c("str(UnicodeDecodeError('utf-8', b'\\xff\\xfe', 0, 1, 'invalid start byte'))", () =>
    new UnicodeDecodeError("utf-8", bytes("\xff\xfe", "latin-1"), 0, 1, "invalid start byte").__str__()),
  c("str(UnicodeDecodeError('utf-8', b'\\xff\\xfe', 0, 2, 'invalid start byte'))", () =>
    new UnicodeDecodeError("utf-8", bytes("\xff\xfe", "latin-1"), 0, 2, "invalid start byte").__str__()),
  c("str(SyntaxError('bad', ('f.py', 3, 4, 'x y')))", () => new SyntaxError("bad", T("f.py", 3, 4, "x y")).__str__()),
  c("str(Exception(''))", () => new Exception("").__str__()),
  c("repr(Exception(''))", () => new Exception("").__repr__()),
  // OSError family
  c("type(OSError(2, 'No such file')).__name__", () => (type(new OSError(2, "No such file")) as any).__name__),
  c("type(OSError(99, 'x')).__name__", () => (type(new OSError(99, "x")) as any).__name__),
  c("type(IOError(13, 'x')).__name__", () => (type(new IOError(13, "x")) as any).__name__),
  c("repr(OSError(2, 'No such file'))", () => new OSError(2, "No such file").__repr__()),
  c("str(OSError(2, 'No such file'))", () => new OSError(2, "No such file").__str__()),
  c("str(OSError(2, 'No such file', 'f.txt'))", () => new OSError(2, "No such file", "f.txt").__str__()),
  c("OSError(2, 'No such file', 'f.txt').args", () => new OSError(2, "No such file", "f.txt").args),
  c("str(OSError(2, 'x', None))", () => new OSError(2, "x", null).__str__()),
  c("str(OSError('plain'))", () => new OSError("plain").__str__()),
  c("str(OSError('a', 'b'))", () => new OSError("a", "b").__str__()),
  c("e = OSError(2, 'No such file', 'f.txt')\n(e.errno, e.strerror, e.filename)", () => {
    const e = new OSError(2, "No such file", "f.txt") as any;
    return T(e.errno, e.strerror, e.filename);
  }),
  c("str(OSError(2, 'x', 'a', None, 'b'))", () => new OSError(2, "x", "a", null, "b").__str__(), ["py3"]),
  c("str(EnvironmentError(13, 'denied', 'g'))", () => new EnvironmentError(13, "denied", "g").__str__()),
  c("isinstance(IOError(), OSError)", () => isinstance(new IOError(), OSError)),
  c("IOError is OSError", () => IOError === OSError),
  c("issubclass(IOError, EnvironmentError)", () => issubclass(IOError, EnvironmentError)),
  c("issubclass(FileNotFoundError, OSError)", () => issubclass(FileNotFoundError, OSError), ["py3"]),
  // the hierarchy and type objects of exceptions
  c("[c.__name__ for c in ValueError.__mro__]", () => names(ValueError)),
  c("[c.__name__ for c in KeyError.__mro__]", () => names(KeyError)),
  c("[c.__name__ for c in StopIteration.__mro__]", () => names(StopIteration)),
  c("[c.__name__ for c in IOError.__mro__]", () => names(IOError)),
  c("[c.__name__ for c in ZeroDivisionError.__mro__]", () => names(ZeroDivisionError)),
  c("issubclass(KeyError, LookupError)", () => issubclass(KeyError, LookupError)),
  c("issubclass(ValueError, (TypeError, Exception))", () => issubclass(ValueError, T(TypeError, Exception))),
  c("issubclass(SystemExit, Exception)", () => issubclass(SystemExit, Exception)),
  c("isinstance(KeyError('a'), LookupError)", () => isinstance(new KeyError("a"), LookupError)),
  c("isinstance(KeyError('a'), (TypeError, IndexError))", () => isinstance(new KeyError("a"), T(TypeError, IndexError))),
  c("repr(ValueError)", () => typeRepr(ValueError)),
  c("repr(OSError)", () => typeRepr(OSError)),
  c("ValueError.__name__", () => ValueError.__name__),
  c("ValueError('q').__class__.__name__", () => (new ValueError("q").__class__ as any).__name__),
  c("ValueError.__module__", () => ValueError.__module__),
  c("class MyErr(Exception): pass\nrepr(MyErr)", () => typeRepr(MyErr)),
  c("class MyErr(Exception): pass\nrepr(MyErr('a'))", () => new MyErr("a").__repr__()),
  c("class MyErr(Exception): pass\nstr(MyErr('a', 2))", () => new MyErr("a", 2).__str__()),
  c("class MyErr(Exception): pass\n[c.__name__ for c in MyErr.__mro__]", () => names(MyErr)),
  c("class MyErr(Exception): pass\nMyErr.__module__", () => MyErr.__module__),
  c("class DetailError(Exception):\n    def __init__(self, detail):\n        Exception.__init__(self, 'detail: %s' % detail)\n        self.detail = detail\ne = DetailError(7)\n(str(e), e.args, e.detail)", () => {
    const e = new DetailError(7);
    return T(e.__str__(), e.args, e.detail);
  }),
  c("class Quiet(Exception):\n    def __str__(self):\n        return 'quiet'\n(str(Quiet(1)), repr(Quiet(1)))", () => T(new Quiet(1).__str__(), new Quiet(1).__repr__())),
  // raise helpers
  c("def f():\n    raise 5\nf()", () => { throw asException(5); }),
  c("def f():\n    raise ValueError\nf()", () => { throw asException(ValueError); }),
  c("class C(object): pass\ndef f():\n    raise C()\nf()", () => { throw asException(new C()); }),
  c("def f():\n    raise ValueError('a') from KeyError('b')\ntry:\n    f()\nexcept ValueError as e:\n    r = (e.__cause__, e.__suppress_context__)\nr", () =>
    { const e = withCause(new ValueError("a"), new KeyError("b")); return T(e.__cause__, e.__suppress_context__); }, ["py3"]),
  c("def f():\n    raise ValueError from 5\nf()", () => withCause(new ValueError(), 5), ["py3"]),
  c("undefined_name", () => nameError("undefined_name")),
  c("def f():\n    return undefined_name\nf()", () => nameError("undefined_name", true)),
  c("def rec(n):\n    return rec(n + 1)\nrec(0)", () => {
    const rec = (n: number): number => rec(n + 1);
    try {
      return rec(0);
    } catch (error) {
      throw toPyException(error);
    }
  }),
  // type()
  c("repr(type(None))", () => typeRepr(type(null))),
  c("repr(type(True))", () => typeRepr(type(true))),
  c("repr(type(1))", () => typeRepr(type(1))),
  c("repr(type(2**70))", () => typeRepr(type(2n ** 70n))),
  c("repr(type(1.5))", () => typeRepr(type(1.5))),
  c("repr(type(2.0))", () => typeRepr(type(F(2)))),
  c("repr(type('a'))", () => typeRepr(type("a"))),
  c("repr(type([]))", () => typeRepr(type(L()))),
  c("repr(type(()))", () => typeRepr(type(T()))),
  c("repr(type({}))", () => typeRepr(type(new PyDict()))),
  c("repr(type(set()))", () => typeRepr(type(set()))),
  c("repr(type(frozenset()))", () => typeRepr(type(frozenset()))),
  c("repr(type(range(3)))", () => typeRepr(type(range(3)))),
  c("repr(type(slice(1)))", () => typeRepr(type(slice(1)))),
  c("repr(type(object()))", () => typeRepr(type(object()))),
  c("repr(type(int))", () => typeRepr(type(int))),
  c("repr(type(type))", () => typeRepr(type(type))),
  c("repr(type(ValueError))", () => typeRepr(type(ValueError))),
  c("class Foo(object): pass\nrepr(type(Foo()))", () => typeRepr(type(new Foo()))),
  c("class Foo(object): pass\nrepr(type(Foo))", () => typeRepr(type(Foo))),
  c("class Old: pass\nrepr(type(Old()))", () => typeRepr(type(new Old()))),
  c("class Old: pass\nrepr(type(Old))", () => typeRepr(type(Old))),
  c("class Old: pass\nstr(Old)", () => (Old as any).__module__ + "." + Old.__name__, ["py2"]),
  c("def f(): pass\nrepr(type(f))", () => typeRepr(type(() => null))),
  c("type(1) is int", () => type(1) === int),
  c("type(True) is bool", () => type(true) === bool),
  c("type([]) is list", () => type(L()) === list),
  c("type(2.0) is float", () => type(F(2)) === float),
  c("type('s') is str", () => type("s") === str),
  c("type([]).__name__", () => (type(L()) as any).__name__),
  c("type(None).__name__", () => (type(null) as any).__name__),
  c("int.__name__", () => (int as any).__name__),
  c("list.__module__", () => (list as any).__module__),
  c("[c.__name__ for c in bool.__mro__]", () => names(bool)),
  c("[c.__name__ for c in list.__mro__]", () => names(list)),
  c("class Foo(object): pass\nclass Bar(Foo): pass\n[c.__name__ for c in Bar.__mro__]", () => names(Bar)),
  c("class Foo(object): pass\nclass Bar(Foo): pass\nBar.__bases__[0].__name__", () => (Bar as any).__bases__[0].__name__),
  c("class Foo(object): pass\nFoo.__name__", () => Foo.__name__),
  c("class Foo(object): pass\nFoo().__class__.__name__", () => (new Foo().__class__ as any).__name__),
  // isinstance / issubclass
  c("isinstance(True, int)", () => isinstance(true, int)),
  c("isinstance(1, float)", () => isinstance(1, float)),
  c("isinstance(1, (float, int))", () => isinstance(1, T(float, int))),
  c("isinstance(1.5, (int, (str, float)))", () => isinstance(1.5, T(int, T(str, float)))),
  c("isinstance(2.0, int)", () => isinstance(F(2), int)),
  c("isinstance(2**70, int)", () => isinstance(2n ** 70n, int)),
  c("isinstance('a', str)", () => isinstance("a", str)),
  c("isinstance(None, object)", () => isinstance(null, object)),
  c("isinstance([], list)", () => isinstance(L(), list)),
  c("isinstance((), list)", () => isinstance(T(), list)),
  c("isinstance({}, dict)", () => isinstance(new PyDict(), dict)),
  c("isinstance(frozenset(), set)", () => isinstance(frozenset(), set)),
  c("isinstance(range(2), range)", () => isinstance(range(2), range), ["py3"]),
  c("class Foo(object): pass\nisinstance(Foo(), object)", () => isinstance(new Foo(), object)),
  c("class Foo(object): pass\nclass Bar(Foo): pass\nisinstance(Bar(), Foo)", () => isinstance(new Bar(), Foo)),
  c("class Foo(object): pass\nclass Bar(Foo): pass\nisinstance(Foo(), Bar)", () => isinstance(new Foo(), Bar)),
  c("class Foo(object): pass\nisinstance(Foo, type)", () => isinstance(Foo, type)),
  c("class Old: pass\nisinstance(Old, type)", () => isinstance(Old, type)),
  c("isinstance(int, type)", () => isinstance(int, type)),
  c("isinstance(1, 2)", () => isinstance(1, 2)),
  c("issubclass(bool, int)", () => issubclass(bool, int)),
  c("issubclass(int, object)", () => issubclass(int, object)),
  c("issubclass(list, (int, list))", () => issubclass(list, T(int, list))),
  c("class Foo(object): pass\nissubclass(Foo, object)", () => issubclass(Foo, object)),
  c("issubclass(1, int)", () => issubclass(1, int)),
  c("issubclass(int, 1)", () => issubclass(int, 1)),
  // objects and attributes
  c("class Foo(object): pass\nf = Foo()\nf == f", () => { const f = new Foo(); return f.__eq__(f); }),
  c("class Foo(object): pass\nFoo() == Foo()", () => new Foo().__eq__(new Foo()) === true),
  c("class Foo(object): pass\nf = Foo()\nhash(f) == hash(f)", () => { const f = new Foo(); return f.__hash__() === f.__hash__(); }),
  c("class Foo(object): pass\nrepr(Foo()).startswith('<__main__.Foo object at 0x')", () => new Foo().__repr__().startsWith("<__main__.Foo object at 0x")),
  c("class Old: pass\nrepr(Old()).startswith('<__main__.Old instance at 0x')", () => new Old().__repr__().startsWith("<__main__.Old instance at 0x"), ["py2"]),
  c("repr(object()).startswith('<object object at 0x')", () => (object() as any).__repr__().startsWith("<object object at 0x")),
  c("class Point(object):\n    def __init__(self, x):\n        self.x = x\nPoint(3).x", () => new Point(3).x),
  c("class Point(object):\n    def __init__(self, x):\n        self.x = x\ngetattr(Point(3), 'x')", () => getattr(new Point(3), "x")),
  c("class Foo(object): pass\ngetattr(Foo(), 'zz')", () => getattr(new Foo(), "zz")),
  c("class Foo(object): pass\ngetattr(Foo(), 'zz', 5)", () => getattr(new Foo(), "zz", 5)),
  c("class Foo(object): pass\ngetattr(Foo(), 'zz', None)", () => getattr(new Foo(), "zz", null)),
  c("class Foo(object): pass\ngetattr(Foo, 'zz')", () => getattr(Foo, "zz")),
  c("class Old: pass\ngetattr(Old(), 'zz')", () => getattr(new Old(), "zz")),
  c("getattr(1, 'x')", () => getattr(1, "x")),
  c("getattr([], 'x', 5)", () => getattr(L(), "x", 5)),
  c("getattr([], 'map', 5)", () => getattr(L(), "map", 5)),
  c("getattr([], 'length', 5)", () => getattr(L(), "length", 5)),
  c("getattr(5, 3)", () => getattr(5, 3)),
  c("getattr([1, 2], 'append')(3)", () => getattr(L(1, 2), "append")(3)),
  c("a = [1, 2]\ngetattr(a, 'append')(3)\na", () => { const a = L(1, 2); getattr(a, "append")(3); return a; }),
  c("class Tagged(object):\n    def __init__(self):\n        self.tag = 't'\n    def label(self):\n        return 'L' + self.tag\ngetattr(Tagged(), 'label')()", () => getattr(new Tagged(), "label")()),
  c("class Dyn(object):\n    def __getattr__(self, name):\n        if name == 'magic':\n            return 42\n        raise AttributeError(name)\n(Dyn().magic, getattr(Dyn(), 'other', 'd'))", () =>
    T(getattr(new Dyn(), "magic"), getattr(new Dyn(), "other", "d"))),
  c("getattr(1, '__class__') is int", () => getattr(1, "__class__") === int),
  c("class Foo(object): pass\nhasattr(Foo(), 'zz')", () => hasattr(new Foo(), "zz")),
  c("hasattr([], 'append')", () => hasattr(L(), "append")),
  c("hasattr([], 'push')", () => hasattr(L(), "push")),
  c("class Foo(object): pass\nf = Foo()\nsetattr(f, 'a', 1)\nf.a", () => { const f = new Foo(); setattr(f, "a", 1); return (f as any).a; }),
  c("setattr(object(), 'a', 1)", () => setattr(object(), "a", 1)),
  c("setattr([], 'a', 1)", () => setattr(L(), "a", 1)),
  c("setattr(1, 'x', 2)", () => setattr(1, "x", 2)),
  c("class Foo(object): pass\nsetattr(Foo, 'count', 1)\nFoo.count", () => { setattr(Foo, "count", 1); return (Foo as any).count; }),
  c("class Foo(object): pass\ndelattr(Foo(), 'zz')", () => delattr(new Foo(), "zz")),
  c("class Foo(object): pass\nf = Foo()\nf.a = 1\ndel f.a\nhasattr(f, 'a')", () => { const f = new Foo() as any; f.a = 1; delattr(f, "a"); return hasattr(f, "a"); }),
  c("delattr([], 'x')", () => delattr(L(), "x")),
  c("setattr(ValueError('x'), 'q', 1)", () => setattr(new ValueError("x"), "q", 1)),
  c("(callable(len), callable(1), callable(int), callable([]))", () => T(callable(() => 0), callable(1), callable(int), callable(L()))),
  c("class Foo(object): pass\nFoo(1)", () => new (Foo as any)(1)),
  c("class Old: pass\nOld(1)", () => new (Old as any)(1)),
  c("object(1)", () => (object as any)(1)),
  c("class Sub(object):\n    def __init__(self, x):\n        super(Sub, self).__init__(x)\nSub(1)", () => {
    class Sub extends PyObject {
      override __init__(x: any): any {
        return super.__init__(x);
      }
    }
    return new Sub(1);
  }),
  // builtin types as base classes
  c("class Stack(list):\n    def peek(self):\n        return self[-1]\ns = Stack([1, 2])\ns.append(3)\n(s.peek(), len(s), isinstance(s, list), type(s).__name__)", () => {
    const s = new Stack(L(1, 2)) as any;
    s.append(3);
    return T(s.peek(), s.length, isinstance(s, list), (type(s) as any).__name__);
  }),
  c("class Counts(dict):\n    def __missing__(self, key):\n        return 0\nc = Counts(a=1)\n(c['a'], c['b'], isinstance(c, dict))", () => {
    const counts = new Counts({ a: 1 }) as any;
    return T(counts.__getitem__("a"), counts.__getitem__("b"), isinstance(counts, dict));
  }),
  c("class Stack(list): pass\n[c.__name__ for c in Stack.__mro__]", () => names(Stack)),
  c("(bool(), bool(0), bool([1]), bool(''), bool(None), bool(0.0))", () => T(bool(), bool(0), bool(L(1)), bool(""), bool(null), bool(F(0)))),
  c("tuple(x for x in [1, 2])", () => tuple(L(1, 2)[Symbol.iterator]())),
  c("isinstance(ValueError('x'), BaseException)", () => isinstance(new ValueError("x"), BaseException)),
  c("isinstance(RuntimeError(), Exception)", () => isinstance(new RuntimeError(), Exception)),
  c("issubclass(RecursionError, RuntimeError)", () => issubclass(RecursionError, RuntimeError), ["py3"]),
];

test("exceptions, type objects and attributes match CPython", () => {
  const failures = checkCases(cases);
  assert.equal(failures.length, 0, `${failures.length} mismatches:\n${failures.join("\n")}`);
});

test("isinstance judges a caught JavaScript stack overflow as RecursionError", () => {
  let caught: unknown;
  const rec = (n: number): number => rec(n + 1);
  try {
    rec(0);
  } catch (error) {
    caught = error;
  }
  assert.equal(isinstance(caught, RecursionError), true);
  assert.equal(isinstance(caught, ValueError), false);
});

test("toPyException makes an escaped JavaScript error a visible SystemError", () => {
  const e = toPyException(new globalThis.TypeError("x is not a function"));
  assert.equal((e.constructor as typeof BaseException).__name__, "SystemError");
  assert.match(e.__str__(), /internal error: TypeError: x is not a function/);
});
